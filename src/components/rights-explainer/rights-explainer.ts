import {html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles, disclosureStyles} from '../../internal/styles.js';
import {heading, type HeadingLevel} from '../../internal/heading.js';
import {emit} from '../../internal/events.js';
import {copyText} from '../../internal/copy.js';
import type {PvLocale} from '../../internal/locale.js';
import {
  CITATIONS,
  QUOTATIONS,
  citationUrl,
  quotationText,
  type Citation,
  type CitationId,
  type QuotationId,
} from '../../content/citations.js';
import {PROVINCE_CODES, isProvinceCode} from '../../content/province-codes.js';
import {rightsExplainerStyles} from './rights-explainer.styles.js';

export const RIGHTS_VARIANTS = ['full', 'compact'] as const;
export type RightsVariant = (typeof RIGHTS_VARIANTS)[number];

export const CITATION_STYLES = ['footnotes', 'inline'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The two quotations the widget is built around, in the order shown and copied. */
const RIGHT_QUOTES: readonly QuotationId[] = ['cma-second-opinion', 'cmpa-not-a-breakdown'];

/**
 * Collects the footnote marks of one render, in document order, so that the
 * numbers are generated (first cited = 1, no gaps) and every source knows each
 * place that cites it.
 */
class Notes {
  private readonly order: CitationId[] = [];
  private readonly refs = new Map<CitationId, string[]>();

  constructor(private readonly prefix: string) {}

  /** The id of a source's list item. */
  noteId(id: CitationId): string {
    return `${this.prefix}-note-${this.numberOf(id)}`;
  }

  /** The number of a source, giving it the next number on first use. */
  numberOf(id: CitationId): number {
    if (!this.order.includes(id)) this.order.push(id);
    return this.order.indexOf(id) + 1;
  }

  /** Records one more place citing `id` and returns the id of its mark. */
  addRef(id: CitationId): string {
    const n = this.numberOf(id);
    const list = this.refs.get(id) ?? [];
    const refId = `${this.prefix}-ref-${n}-${list.length + 1}`;
    list.push(refId);
    this.refs.set(id, list);
    return refId;
  }

  /** Cited sources in number order, with the ids of the marks citing each. */
  entries(): Array<{id: CitationId; n: number; refs: string[]}> {
    return this.order.map((id, i) => ({id, n: i + 1, refs: this.refs.get(id) ?? []}));
  }
}

/** Ends a title with a full stop unless it already ends with punctuation. */
function stop(text: string): string {
  return /[.?!]$/.test(text) ? '' : '.';
}

/**
 * The right to a second opinion, as the profession states it: the CMA Code of
 * Ethics and Professionalism and the CMPA, quoted exactly and cited, then what
 * it means for the patient in plain words, then the numbered sources.
 *
 * All quotations and sources come from the typed citations module
 * (`src/content/citations.ts`). Footnote numbers are generated from the order
 * in which sources are first cited; each mark links to its source and each
 * source links back to every mark. Those links move focus inside the shadow
 * root (links to `#id` there do not navigate on their own).
 *
 * In French, the CMPA sentence is its official French text; the CMA sentence
 * is our own rendering, marked « Traduction libre » and followed by the
 * original English.
 *
 * With `province="QC"`, a section on Quebec adds section 98 of the Quebec
 * Code of ethics of physicians (the doctor sends the record to whoever the
 * patient names, within 30 days), quoted from its official English text; its
 * French is our own rendering, marked the same way.
 *
 * @tagname pv-rights-explainer
 * @summary The right to a second opinion, quoted from the CMA Code and the CMPA, with citations.
 *
 * @csspart base - The widget's box.
 * @csspart section - Each section ("Your right…", "What this means for you", "Sources").
 * @csspart heading - Each section heading.
 * @csspart callout - The compact form's box: the CMA sentence and the button.
 * @csspart quote - Each displayed quotation (a `figure` with its `blockquote`).
 * @csspart attribution - Who said it, under each quotation.
 * @csspart translation-note - The "free translation" note under a quotation in our own French.
 * @csspart toggle - The disclosure button (compact form).
 * @csspart details - The part revealed by the button (compact form).
 * @csspart note-ref - Each footnote mark.
 * @csspart sources - The list of sources.
 * @csspart back-link - Each link from a source back to a place that cites it.
 * @csspart copy - The "Copy for my appointment" button.
 * @csspart status - The copy confirmation line (`role="status"`).
 * @csspart province-section - The Quebec section (`province="QC"`).
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-surface - Background of the compact callout and the quotations.
 * @cssproperty --pv-color-border - Borders and dividers.
 * @cssproperty --pv-color-accent - Links, the quotations' edge, buttons.
 * @cssproperty --pv-color-accent-text - Text on an accent background.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 *
 * @fires pv-rights-toggle - The reader opened or closed the compact form. `detail: {open: boolean}`.
 * @fires pv-copy - The two quotations and their sources were copied. `detail: {text: string}` (exactly what was copied).
 */
export class PvRightsExplainer extends PvElement {
  static override styles = [baseStyles, disclosureStyles, rightsExplainerStyles];
  /** Lit's reactive properties (declared here rather than with decorators: smaller bundles). */
  static override properties: PropertyDeclarations = {
    variant: {reflect: true},
    citations: {},
    headingLevel: {attribute: 'heading-level'},
    open: {type: Boolean, reflect: true},
    province: {},
    _copyState: {state: true, attribute: false},
  };


  /** `full` (default): every section. `compact`: the CMA sentence in a callout, with a button that reveals the rest. */
  variant: string = 'full';

  /** `footnotes` (default): numbered marks and a numbered source list. `inline`: the source named right after each quotation. */
  citations: string = 'footnotes';

  /** Level of the section headings, `1`–`6`, or `none` for bold paragraphs. Default `2`. */
  headingLevel = '2';

  /** Whether the compact form is expanded. */
  open = false;

  /** Two-letter code of the reader's province or territory (case-insensitive). `QC` adds the Quebec section. */
  province = '';

  private _quebec = false;

  private _copyState: '' | 'copied' | 'failed' = '';

  /**
   * Prefix of every id in the shadow root. Ids are scoped to each element's
   * own shadow root, so two widgets on a page never clash; a fixed prefix
   * also keeps pre-rendered (server) and hydrated ids identical.
   */
  private readonly _prefix = 'pvr';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('province')) {
      const raw = (this.province ?? '').trim();
      const code = raw.toUpperCase();
      if (raw && !isProvinceCode(code)) this.warnInvalid('province', raw, PROVINCE_CODES, '');
      this._quebec = code === 'QC';
    }
  }

  private get _variant(): RightsVariant {
    const v = (this.variant ?? '').trim().toLowerCase();
    if (!v) return 'full';
    if ((RIGHTS_VARIANTS as readonly string[]).includes(v)) return v as RightsVariant;
    this.warnInvalid('variant', String(this.variant), RIGHTS_VARIANTS, 'full');
    return 'full';
  }

  private get _citationStyle(): CitationStyle {
    const v = (this.citations ?? '').trim().toLowerCase();
    if (!v) return 'footnotes';
    if ((CITATION_STYLES as readonly string[]).includes(v)) return v as CitationStyle;
    this.warnInvalid('citations', String(this.citations), CITATION_STYLES, 'footnotes');
    return 'footnotes';
  }

  /**
   * The plain text that "Copy for my appointment" copies, in the element's
   * language: the two quotations, each with its full source and link.
   */
  get appointmentText(): string {
    return this.inLocale(() => {
      const locale = this.resolvedLocale;
      const blocks = RIGHT_QUOTES.map((qid) => {
        const q = QUOTATIONS[qid];
        const shown = quotationText(q, locale) ?? {text: q.en, translated: false};
        const lines = [this._marks(shown.text, locale)];
        if (shown.translated) lines.push(`${msg('Free translation. Original English text:')} ${this._marks(q.en, 'en')}`);
        lines.push(this._sourceText(CITATIONS[q.citation]));
        return lines.join('\n');
      });
      return [msg('My right to a second opinion'), ...blocks].join('\n\n');
    });
  }

  /** Puts quotation marks around `text` in the typography of `lang`. */
  private _marks(text: string, lang: PvLocale): string {
    return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `\u201c${text}\u201d`;
  }

  private _revised(c: Citation): string | undefined {
    if (!c.revised) return undefined;
    const [y, m] = c.revised.split('-').map(Number);
    return new Intl.DateTimeFormat(this.resolvedLocale === 'fr' ? 'fr-CA' : 'en-CA', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
      new Date(Date.UTC(y, m - 1, 1))
    );
  }

  /** The details after a source's title: reference, year, revision, page. */
  private _sourceDetails(c: Citation): string[] {
    const parts: string[] = [];
    if (c.year !== undefined && !c.reference) parts.push(`${c.year}.`);
    const revised = this._revised(c);
    if (revised) parts.push(msg(str`Revised ${revised}.`));
    if (c.page !== undefined) {
      const page = c.page;
      parts.push(msg(str`Page ${page}.`));
    }
    return parts;
  }

  /** A source as one line of plain text (for copying). */
  private _sourceText(c: Citation): string {
    const locale = this.resolvedLocale;
    const title = c.title[locale];
    const ref = c.reference ? `, ${c.reference[locale]}` : '';
    const link = citationUrl(c, locale);
    const parts = [`${c.publisher[locale]}.`, `${title}${ref}${ref ? '.' : stop(title)}`, ...this._sourceDetails(c)];
    if (link) parts.push(link.inEnglish ? `${link.href} ${msg('(page in English)')}` : link.href);
    return parts.join(' ');
  }

  /** The linked title of a source, with "(page in English)" where the link leads to the English page. */
  private _linkedTitle(c: Citation): TemplateResult {
    const locale = this.resolvedLocale;
    const title = c.title[locale];
    const link = citationUrl(c, locale);
    if (!link) return html`<cite>${title}</cite>`;
    return html`<cite><a href=${link.href} hreflang=${link.inEnglish ? 'en' : locale}>${title}</a></cite>${link.inEnglish
        ? html` ${msg('(page in English)')}`
        : nothing}`;
  }

  /** A source in full: publisher, linked title, reference, year, revision, page. */
  private _source(c: Citation): TemplateResult {
    const title = c.title[this.resolvedLocale];
    const ref = c.reference ? `, ${c.reference[this.resolvedLocale]}` : '';
    const details = this._sourceDetails(c);
    // Empty text is `nothing`, never '': a hydrated empty text binding has no
    // text node, so a later value would be written into Lit's marker comment.
    return html`${c.publisher[this.resolvedLocale]}. ${this._linkedTitle(c)}${ref || nothing}${(ref ? '.' : stop(title)) || nothing}${details.length
        ? ` ${details.join(' ')}`
        : nothing}`;
  }

  /** A footnote mark, or in inline mode the short source in brackets. */
  private _cite(id: CitationId, notes: Notes, style: CitationStyle): TemplateResult {
    const c = CITATIONS[id];
    if (style === 'inline') {
      return html` <span class="inline-cite">(${c.publisher[this.resolvedLocale]}, ${this._linkedTitle(c)})</span>`;
    }
    const refId = notes.addRef(id);
    const n = notes.numberOf(id);
    return html`<sup class="note-mark"
      ><a class="note-ref" part="note-ref" id=${refId} href=${`#${notes.noteId(id)}`}
        ><span class="visually-hidden">${msg('Source')} </span>${n}</a
      ></sup
    >`;
  }

  /** One of the two main quotations, as a figure with its blockquote and attribution. */
  private _quote(qid: QuotationId, notes: Notes, style: CitationStyle): TemplateResult {
    const locale = this.resolvedLocale;
    const q = QUOTATIONS[qid];
    const c = CITATIONS[q.citation];
    const shown = quotationText(q, locale) ?? {text: q.en, translated: false};
    const textLang: PvLocale = quotationText(q, locale) ? locale : 'en';
    const cite = citationUrl(c, textLang)?.href;
    const open = textLang === 'fr' ? '«\u00a0' : '\u201c';
    const close = textLang === 'fr' ? '\u00a0»' : '\u201d';
    const attribution =
      style === 'inline'
        ? html`— ${this._source(c)}`
        : html`— ${c.publisher[locale]}, <cite>${c.title[locale]}</cite>${this._cite(q.citation, notes, style)}`;
    return html`
      <figure class="quote" part="quote" data-quote=${qid}>
        <blockquote cite=${cite ?? nothing} lang=${textLang}>
          <p>${open}<span class="quote-text">${shown.text}</span>${close}</p>
        </blockquote>
        <figcaption>
          <span class="attribution" part="attribution">${attribution}</span>
          ${shown.translated
            ? html`<span class="translation-note" part="translation-note"
                >${msg('Free translation. Original English text:')}
                <q lang="en" cite=${citationUrl(c, 'en')?.href ?? nothing}>\u201c<span class="original-text">${q.en}</span>\u201d</q></span
              >`
            : nothing}
        </figcaption>
      </figure>
    `;
  }

  private _heading(level: HeadingLevel, key: string, text: string): TemplateResult {
    return heading(level, `${this._prefix}-${key}`, 'heading', text);
  }

  private _copyBar(): TemplateResult {
    const status =
      this._copyState === 'copied'
        ? msg('Copied. You can paste it into a note or an email.')
        : this._copyState === 'failed'
          ? msg('Sorry, it could not be copied. Select the quotes and copy them yourself.')
          : '';
    return html`
      <div class="copy-bar">
        <button type="button" class="copy" part="copy" @click=${this._copy}>${msg('Copy for my appointment')}</button>
        <p class="status" part="status" role="status">${status}</p>
      </div>
    `;
  }

  private _intro(qid: QuotationId): string {
    return qid === 'cma-second-opinion'
      ? msg('The Canadian Medical Association has a code of ethics for doctors. It asks doctors to:')
      : msg('The Canadian Medical Protective Association says:');
  }

  private _meaning(notes: Notes, style: CitationStyle): TemplateResult {
    const locale = this.resolvedLocale;
    const anytime = QUOTATIONS['ccs-anytime'];
    const anytimeText = quotationText(anytime, locale) ?? {text: anytime.en, translated: false};
    const open = locale === 'fr' ? '«\u00a0' : '\u201c';
    const close = locale === 'fr' ? '\u00a0»' : '\u201d';
    const ccs = CITATIONS['ccs-second-opinion'];
    const copy = QUOTATIONS['ccs-copy-of-file'];
    const copyText = quotationText(copy, locale) ?? {text: copy.en, translated: false};
    return html`
      <ul class="points">
        <li>
          ${msg('You can ask at any time. The Canadian Cancer Society says:')}
          <q data-quote="ccs-anytime" cite=${citationUrl(ccs, 'en')?.href ?? nothing}>${open}<span class="quote-text">${anytimeText.text}</span>${close}</q>${this._cite('ccs-second-opinion', notes, style)}
        </li>
        <li>
          ${msg('Your request only needs to be reasonable.')}${this._cite('cma-code', notes, style)}
          ${msg('Wanting to feel sure about your diagnosis can be reason enough.')}${this._cite('cbcn-second-opinion', notes, style)}
        </li>
        <li>
          ${msg('Asking is your right. It does not mean you distrust your doctor.')}${this._cite('cmpa-second-opinion', notes, style)}
        </li>
        <li>
          ${msg('You can ask for a copy of your medical file to be sent to the second doctor. The Canadian Cancer Society says:')}
          <q data-quote="ccs-copy-of-file" cite=${citationUrl(ccs, 'en')?.href ?? nothing}>${open}<span class="quote-text">${copyText.text}</span>${close}</q>${copyText.translated
            ? ` ${msg('(free translation)')}`
            : nothing}${this._cite('ccs-second-opinion', notes, style)}
          ${msg('The Supreme Court of Canada has said that patients may see and copy the information in their medical records. Today, provincial laws set these rules in most provinces.')}${this._cite(
            'mcinerney-macdonald',
            notes,
            style
          )}
        </li>
      </ul>
    `;
  }

  /** The Quebec section: s. 98 of the Code of ethics of physicians (records sent to whoever the patient names). */
  private _quebecSection(level: HeadingLevel, notes: Notes, style: CitationStyle): TemplateResult | typeof nothing {
    if (!this._quebec) return nothing;
    return html`
      <div class="section" part="section province-section">
        ${this._heading(level, 'quebec', msg('In Quebec'))}
        <p>
          ${msg("Quebec's Code of ethics of physicians has no article on second opinions. But section 98 helps you get your records to a second doctor. It says:")}
        </p>
        ${this._quote('qc-code-s98', notes, style)}
      </div>
    `;
  }

  private _sources(level: HeadingLevel, notes: Notes, style: CitationStyle): TemplateResult {
    const headingId = `${this._prefix}-sources`;
    if (style === 'inline') {
      // The Quebec Code is a source only where its section is shown.
      const ids = (Object.keys(CITATIONS) as CitationId[]).filter((id) => this._quebec || id !== 'qc-physicians-code');
      return html`
        <div class="section" part="section">
          ${this._heading(level, 'sources', msg('Sources'))}
          <ul class="sources" part="sources" aria-labelledby=${headingId}>
            ${ids.map((id) => html`<li>${this._source(CITATIONS[id])}</li>`)}
          </ul>
        </div>
      `;
    }
    return html`
      <div class="section" part="section">
        ${this._heading(level, 'sources', msg('Sources'))}
        <ol class="sources" part="sources" aria-labelledby=${headingId}>
          ${notes.entries().map(
            ({id, n, refs}) => html`
              <li id=${notes.noteId(id)} tabindex="-1" data-n=${n}>
                ${this._source(CITATIONS[id])}
                <span class="back-links">
                  ${refs.map((refId, i) => {
                    const place = i + 1;
                    const count = refs.length;
                    return html`<a class="back-link" part="back-link" href=${`#${refId}`}
                      ><span aria-hidden="true">↩${count > 1 ? String.fromCharCode(96 + place) : ''}</span
                      ><span class="visually-hidden"
                        >${count > 1 ? msg(str`Back to the text, place ${place} of ${count}`) : msg('Back to the text')}</span
                      ></a
                    >`;
                  })}
                </span>
              </li>
            `
          )}
        </ol>
      </div>
    `;
  }

  /** Moves focus to an in-widget `#id` target (links inside a shadow root do not navigate on their own). */
  private async _onClick(event: MouseEvent): Promise<void> {
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href');
    if (!link || !href || !href.startsWith('#')) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(href.slice(1))}"]`);
    if (!target) return;
    event.preventDefault();
    if (this._variant === 'compact' && !this.open && target.closest('[part~="details"]')) {
      this.open = true;
      emit(this, 'pv-rights-toggle', {open: true});
      await this.updateComplete;
    }
    target.focus();
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({block: 'nearest', behavior: smooth ? 'smooth' : 'auto'});
  }

  private _toggle(): void {
    this.open = !this.open;
    emit(this, 'pv-rights-toggle', {open: this.open});
  }

  private async _copy(): Promise<void> {
    const text = this.appointmentText;
    this._copyState = '';
    await this.updateComplete;
    const ok = await copyText(text);
    this._copyState = ok ? 'copied' : 'failed';
    if (ok) emit(this, 'pv-copy', {text});
  }

  protected override render(): TemplateResult {
    const variant = this._variant;
    const style = this._citationStyle;
    const level = this.headingLevelOf(this.headingLevel, 2);
    const notes = new Notes(this._prefix);
    const locale = this.resolvedLocale;
    const [cma, cmpa] = RIGHT_QUOTES;

    const rightHeading = this._heading(level, 'right', msg('Your right to a second opinion'));
    const cmaBlock = html`<p>${this._intro(cma)}</p>${this._quote(cma, notes, style)}`;
    // Built in document order, so footnote numbers follow reading order.
    if (variant === 'compact') {
      const detailsId = `${this._prefix}-details`;
      const callout = html`
        <div class="callout" part="callout">
          ${rightHeading} ${cmaBlock}
          <button
            type="button"
            class="toggle"
            part="toggle"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${detailsId}
            @click=${this._toggle}
          >${msg('Read more about your right')}</button>
        </div>
      `;
      const cmpaBlock = html`<p>${this._intro(cmpa)}</p>${this._quote(cmpa, notes, style)}`;
      const meaning = this._meaning(notes, style);
      const quebec = this._quebecSection(level, notes, style);
      const sources = this._sources(level, notes, style);
      return html`
        <div class="explainer compact" part="base" lang=${locale} @click=${this._onClick}>
          ${callout}
          <div class="details" id=${detailsId} part="details" ?hidden=${!this.open}>
            <div class="section" part="section">${cmpaBlock} ${this._copyBar()}</div>
            <div class="section" part="section">
              ${this._heading(level, 'meaning', msg('What this means for you'))} ${meaning}
            </div>
            ${quebec} ${sources}
          </div>
        </div>
      `;
    }
    const cmpaBlock = html`<p>${this._intro(cmpa)}</p>${this._quote(cmpa, notes, style)}`;
    const meaning = this._meaning(notes, style);
    const quebec = this._quebecSection(level, notes, style);
    const sources = this._sources(level, notes, style);
    return html`
      <div class="explainer" part="base" lang=${locale} @click=${this._onClick}>
        <div class="section" part="section">${rightHeading} ${cmaBlock} ${cmpaBlock} ${this._copyBar()}</div>
        <div class="section" part="section">${this._heading(level, 'meaning', msg('What this means for you'))} ${meaning}</div>
        ${quebec} ${sources}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-rights-explainer': PvRightsExplainer;
  }
}
