import {html, nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles, disclosureStyles} from '../../internal/styles.js';
import {heading} from '../../internal/heading.js';
import {emit} from '../../internal/events.js';
import {disclaimerStyles} from './medical-disclaimer.styles.js';

export const DISCLAIMER_VARIANTS = ['story', 'general', 'reviewed'] as const;
export type DisclaimerVariant = (typeof DISCLAIMER_VARIANTS)[number];

/** Parses `YYYY-MM-DD` into a real calendar date (UTC), or `undefined`. */
export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

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
    variant: {reflect: true},
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

  private get _variant(): DisclaimerVariant {
    const v = (this.variant ?? '').trim().toLowerCase();
    if (!v) return 'general'; // no attribute, or an empty one: the default, silently
    if ((DISCLAIMER_VARIANTS as readonly string[]).includes(v)) return v as DisclaimerVariant;
    this.warnInvalid('variant', this.variant, DISCLAIMER_VARIANTS, 'general');
    return 'general';
  }

  private get _org(): string {
    const fr = this.resolvedLocale === 'fr' ? (this.orgFr ?? '').trim() : '';
    return fr || (this.org ?? '').trim();
  }

  private _toggle(): void {
    this.open = !this.open;
    emit(this, 'pv-disclaimer-toggle', {open: this.open});
  }

  private _title(variant: DisclaimerVariant): string {
    return variant === 'story' ? msg('About personal stories') : msg('About this information');
  }

  private _reviewLines(): TemplateResult {
    const fr = this.resolvedLocale === 'fr' ? (this.reviewedByFr ?? '').trim() : '';
    const by = fr || (this.reviewedBy ?? '').trim();
    if (!by) {
      this.warnOnce('reviewed-by', () =>
        msg("variant=\"reviewed\" needs reviewed-by (the reviewer's name). The review is shown without a name.")
      );
    }
    let date: TemplateResult | typeof nothing = nothing;
    const raw = (this.reviewedOn ?? '').trim();
    if (raw) {
      const parsed = parseIsoDate(raw);
      if (parsed) {
        const label = new Intl.DateTimeFormat(this.resolvedLocale === 'fr' ? 'fr-CA' : 'en-CA', {
          dateStyle: 'long',
          timeZone: 'UTC',
        }).format(parsed);
        date = html` ${msg('Date of review:')} <time datetime=${raw}>${label}</time>.`;
      } else {
        this.warnOnce(`reviewed-on=${raw}`, () =>
          msg(str`reviewed-on="${raw}" is not a date in the form YYYY-MM-DD (for example 2026-03-31). The date is left out.`)
        );
      }
    }
    return html`<p>${by ? msg(str`This information was reviewed by ${by}.`) : msg('A health professional has reviewed this information.')}${date}</p>`;
  }

  private _body(variant: DisclaimerVariant): TemplateResult {
    const org = this._org;
    switch (variant) {
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
    const variant = this._variant;
    const level = this.headingLevelOf(this.headingLevel, 0);
    if (this.compact) {
      return html`
        <div class="note" part="base" role="note" aria-labelledby="summary-text">
          <div class="summary" part="summary">
            <p id="summary-text">${msg('This is general information for all readers, not medical advice.')}</p>
            <button
              class="toggle"
              part="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="details"
              @click=${this._toggle}
            >${msg('Read the full notice')}</button>
          </div>
          <div class="details" id="details" part="details" ?hidden=${!this.open}>
            ${heading(level, 'title', 'title', this._title(variant))}
            <div part="body">${this._body(variant)}</div>
            <slot></slot>
          </div>
        </div>
      `;
    }
    return html`
      <div class="note" part="base" role="note" aria-labelledby="title">
        ${heading(level, 'title', 'title', this._title(variant))}
        <div part="body">${this._body(variant)}</div>
        <slot></slot>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-medical-disclaimer': PvMedicalDisclaimer;
  }
}
