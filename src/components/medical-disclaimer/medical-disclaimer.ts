import {html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement, nonBlank} from '../../internal/pv-element.js';
import {baseStyles, disclosureStyles} from '../../internal/styles.js';
import {heading, type HeadingLevel} from '../../internal/heading.js';
import {emit} from '../../internal/events.js';
import {formatDate, parseIsoDate} from '../../internal/format.js';
import {pick, type Bilingual} from '../../internal/bilingual.js';
import {disclaimerStyles} from './medical-disclaimer.styles.js';

export const DISCLAIMER_VARIANTS = ['story', 'general', 'reviewed'] as const;
export type DisclaimerVariant = (typeof DISCLAIMER_VARIANTS)[number];

/**
 * The "not a substitute for professional medical advice" notice at the foot
 * of a health article, configurable per organization and page type.
 *
 * It is a note (`role="note"`), not a landmark: it belongs to the article it
 * follows, and a page with several of them should not gain several
 * complementary landmarks. It is named by its title.
 *
 * @tagname pv-medical-disclaimer
 * @summary Medical disclaimer for story, general and medically reviewed pages.
 *
 * @slot - Extra text shown after the standard notice (inside the expanded part when `compact`).
 *
 * @csspart base - The note's box.
 * @csspart title - The title (a heading when `heading-level` is 1–6).
 * @csspart body - The standard text.
 * @csspart summary - The one-line summary (compact form).
 * @csspart toggle - The disclosure button (compact form).
 * @csspart details - The full text revealed by the button (compact form).
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-surface - Background of the box.
 * @cssproperty --pv-color-accent - The box's edge and the button.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 *
 * @fires pv-disclaimer-toggle - The reader opened or closed the compact form. `detail: {open: boolean}`.
 */
export class PvMedicalDisclaimer extends PvElement {
  static override styles = [baseStyles, disclosureStyles, disclaimerStyles];
  /** Lit's reactive properties (declared here rather than with decorators: smaller bundles). */
  static override properties: PropertyDeclarations = {
    variant: {reflect: true, useDefault: true},
    org: {},
    orgFr: {attribute: 'org-fr'},
    reviewedBy: {attribute: 'reviewed-by'},
    reviewedByFr: {attribute: 'reviewed-by-fr'},
    reviewedOn: {attribute: 'reviewed-on'},
    compact: {type: Boolean, reflect: true},
    open: {type: Boolean, reflect: true},
    headingLevel: {attribute: 'heading-level'},
  };


  /** Which notice: `story` (personal stories), `general` (general health information) or `reviewed` (medically reviewed). */
  variant: 'story' | 'general' | 'reviewed' = 'general';

  /** The organization's name, inserted in the text. Without it the text names no one. */
  org = '';

  /** The organization's name in French, if it differs (used when the widget is in French). */
  orgFr = '';

  /** Who reviewed the page (`reviewed` variant), e.g. "Dr. Sam Example, medical oncologist". */
  reviewedBy = '';

  /** The same in French, if it differs (used when the widget is in French), e.g. « Dre Sam Example, oncologue médicale ». */
  reviewedByFr = '';

  /** When the page was reviewed, as `YYYY-MM-DD` (`reviewed` variant). */
  reviewedOn = '';

  /** Show one short line and a button that reveals the full text. */
  compact = false;

  /** Whether the compact form is expanded. */
  open = false;

  /** The title's heading level, `1`–`6`, or `none` (default) for a plain paragraph. */
  headingLevel: '1' | '2' | '3' | '4' | '5' | '6' | 'none' = 'none';

  // Resolved from the attributes in willUpdate(); render() only reads them.
  private _variant: DisclaimerVariant = 'general';
  private _level: HeadingLevel = 0;
  private _reviewer: Bilingual = {en: '', fr: ''};
  private _reviewDate: {iso: string; date: Date} | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const all = !this.hasUpdated;
    if (all || changed.has('variant')) this._variant = this.enumOf('variant', nonBlank(this.variant), DISCLAIMER_VARIANTS, 'general');
    if (all || changed.has('headingLevel')) this._level = this.headingLevelOf(this.headingLevel, 0);
    if (all || changed.has('variant') || changed.has('reviewedBy') || changed.has('reviewedByFr') || changed.has('reviewedOn')) {
      this._resolveReview();
    }
  }

  /** Who reviewed the page and when, warning once about what is missing or wrong (only the `reviewed` variant shows them). */
  private _resolveReview(): void {
    const en = (this.reviewedBy ?? '').trim();
    this._reviewer = {en, fr: (this.reviewedByFr ?? '').trim() || en};
    this._reviewDate = undefined;
    if (this._variant !== 'reviewed') return;
    if (!pick(this._reviewer, this.resolvedLocale)) {
      this.warnOnce('reviewed-by', () =>
        msg("variant=\"reviewed\" needs reviewed-by (the reviewer's name). The review is shown without a name.")
      );
    }
    const raw = (this.reviewedOn ?? '').trim();
    if (!raw) return;
    const date = parseIsoDate(raw);
    if (date) this._reviewDate = {iso: raw, date};
    else {
      this.warnOnce(`reviewed-on=${raw}`, () =>
        msg(str`reviewed-on="${raw}" is not a date in the form YYYY-MM-DD (for example 2026-03-31). The date is left out.`)
      );
    }
  }

  private get _org(): string {
    const fr = this.resolvedLocale === 'fr' ? (this.orgFr ?? '').trim() : '';
    return fr || (this.org ?? '').trim();
  }

  private _toggle(): void {
    this.open = !this.open;
    emit(this, 'pv-disclaimer-toggle', {open: this.open});
  }

  private _title(): string {
    return this._variant === 'story' ? msg('About personal stories') : msg('About this information');
  }

  /** The compact form's one line, in the words of its variant. */
  private _summary(): string {
    switch (this._variant) {
      case 'story':
        return msg('This is a personal story, not medical advice.');
      case 'reviewed':
        return msg('A health professional reviewed this general information. It is not medical advice.');
      default:
        return msg('This is general information for all readers, not medical advice.');
    }
  }

  private _reviewLines(): TemplateResult {
    const by = pick(this._reviewer, this.resolvedLocale);
    const review = this._reviewDate;
    const date = review
      ? html` ${msg('Date of review:')} <time datetime=${review.iso}>${formatDate(review.date, this.resolvedLocale)}</time>.`
      : nothing;
    return html`<p>${by ? msg(str`This information was reviewed by ${by}.`) : msg('A health professional has reviewed this information.')}${date}</p>`;
  }

  private _body(): TemplateResult {
    const org = this._org;
    switch (this._variant) {
      case 'story':
        return html`
          <p>
            ${msg('Personal stories share the views and experiences of the people who wrote them.')}
            ${org
              ? msg(str`They are not always the views of ${org}.`)
              : msg('They are not always the views of the organization that shares them.')}
          </p>
          <p>${msg('No health professional has reviewed this story. It is not medical advice.')}</p>
          <p>${msg('Always talk with your healthcare team about your treatment plans and goals.')}</p>
        `;
      case 'reviewed':
        return html`
          ${this._reviewLines()}
          <p>${msg('It is general information for all readers. It does not replace advice, diagnosis or treatment from your healthcare team.')}</p>
          <p>${msg('Talk with your healthcare team about your own situation.')}</p>
        `;
      default:
        return html`
          <p>
            ${org
              ? msg(str`${org} shares this general health information to help you learn.`)
              : msg('This is general health information, shared to help you learn.')}
            ${msg('It is not medical advice. It does not replace advice, diagnosis or treatment from your healthcare team.')}
          </p>
          <p>${msg('Talk with your healthcare team about your own situation.')}</p>
        `;
    }
  }

  protected override render(): TemplateResult {
    const notice = html`
      ${heading(this._level, 'title', 'title', this._title())}
      <div part="body">${this._body()}</div>
      <slot></slot>
    `;
    // The compact form names the note by its one-line summary and puts the notice behind the button.
    return html`
      <div class="note" part="base" role="note" aria-labelledby=${this.compact ? 'summary-text' : 'title'}>
        ${this.compact
          ? html`
              <div class="summary" part="summary">
                <p id="summary-text">${this._summary()}</p>
                <button
                  class="toggle"
                  part="toggle"
                  type="button"
                  aria-expanded=${this.open ? 'true' : 'false'}
                  aria-controls="details"
                  @click=${this._toggle}
                >${this.open ? msg('Show less') : msg('Read the full notice')}</button>
              </div>
              <div class="details" id="details" part="details" ?hidden=${!this.open}>${notice}</div>
            `
          : notice}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-medical-disclaimer': PvMedicalDisclaimer;
  }
}
