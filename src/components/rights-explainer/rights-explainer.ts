import {html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement, nonBlank} from '../../internal/pv-element.js';
import {baseStyles, disclosureStyles} from '../../internal/styles.js';
import {heading, type HeadingLevel, type HeadingLevelAttribute} from '../../internal/heading.js';
import {emit} from '../../internal/events.js';
import {CopyStatus} from '../../internal/copy-status.js';
import {pick} from '../../internal/bilingual.js';
import {quote, quoteMarks} from '../../internal/format.js';
import type {PvLocale} from '../../internal/locale.js';
import {
  CITATIONS,
  QUOTATIONS,
  citationUrl,
  quotationText,
  type Citation,
  type CitationId,
  type Quotation,
  type QuotationId,
} from '../../content/citations.js';
import {PROVINCE_CODES, provinceCodeOf} from '../../content/province-codes.js';
import {Footnotes} from './footnotes.js';
import {citationParts, citationText, type CitationParts, type CitationWords} from './citation-format.js';
import {rightsExplainerStyles} from './rights-explainer.styles.js';

/** Values of `variant`. `compact` is the older spelling of the `compact` attribute (still read, with a warning). */
export const RIGHTS_VARIANTS = ['full', 'compact'] as const;
export type RightsVariant = (typeof RIGHTS_VARIANTS)[number];

export const CITATION_STYLES = ['footnotes', 'inline'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The two quotations the widget is built around, in the order shown and copied. */
const RIGHT_QUOTES: readonly QuotationId[] = ['cma-second-opinion', 'cmpa-not-a-breakdown'];

/** What to show of a quotation in `locale`: its text there, else the English one; and the language it is in. */
function shownQuotation(q: Quotation, locale: PvLocale): {text: string; translated: boolean; lang: PvLocale} {
  const own = quotationText(q, locale);
  return own ? {...own, lang: locale} : {text: q.en, translated: false, lang: 'en'};
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
    compact: {type: Boolean, reflect: true},
    citations: {},
    headingLevel: {attribute: 'heading-level'},
    open: {type: Boolean, reflect: true},
    province: {},
    variant: {reflect: true, useDefault: true},
  };

  /** Show the CMA sentence in a callout, with a button that reveals the rest. */
  compact = false;

  /** `footnotes` (default): numbered marks and a numbered source list. `inline`: the source named right after each quotation. */
  citations: CitationStyle = 'footnotes';

  /** Level of the section headings, `1`–`6`, or `none` for bold paragraphs. Default `2`. */
  headingLevel: HeadingLevelAttribute = '2';

  /** Whether the compact form is expanded. */
  open = false;

  /** Two-letter code of the reader's province or territory (case-insensitive). `QC` adds the Quebec section. */
  province = '';

  /**
   * Deprecated: the older way to ask for the compact form. `variant="compact"`
   * still works, with one console warning; write `compact` instead. `full`
   * (default) is the full form.
   * @deprecated Use `compact`.
   */
  variant: RightsVariant = 'full';

  /**
   * Prefix of every id in the shadow root. Ids are scoped to each element's
   * own shadow root, so two widgets on a page never clash; a fixed prefix
   * also keeps pre-rendered (server) and hydrated ids identical.
   */
  private readonly _prefix = 'pvr';

  private readonly _copyStatus = new CopyStatus(this);

  // Resolved from the attributes in willUpdate(); render() only reads them.
  private _compact = false;
  private _style: CitationStyle = 'footnotes';
  private _level: HeadingLevel = 2;
  private _quebec = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const all = !this.hasUpdated;
    if (all || changed.has('variant') || changed.has('compact')) {
      const variant = this.enumOf('variant', nonBlank(this.variant), RIGHTS_VARIANTS, 'full');
      if (variant === 'compact') {
        this.warnOnce('variant-compact', () =>
          msg('variant="compact" is deprecated: use the compact attribute.')
        );
      }
      this._compact = this.compact || variant === 'compact';
    }
    if (all || changed.has('citations')) this._style = this.enumOf('citations', nonBlank(this.citations), CITATION_STYLES, 'footnotes');
    if (all || changed.has('headingLevel')) this._level = this.headingLevelOf(this.headingLevel, 2);
    if (all || changed.has('province')) {
      const raw = (this.province ?? '').trim();
      const code = provinceCodeOf(raw);
      if (raw && !code) this.warnInvalid('province', raw, PROVINCE_CODES, '');
      this._quebec = code === 'QC';
    }
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
        const shown = shownQuotation(q, locale);
        const lines = [quote(shown.text, locale)];
        if (shown.translated) lines.push(`${msg('Free translation. Original English text:')} ${quote(q.en, 'en')}`);
        lines.push(citationText(CITATIONS[q.citation], locale, this._words()));
        return lines.join('\n');
      });
      return [msg('My right to a second opinion'), ...blocks].join('\n\n');
    });
  }

  /** The words around a source's facts, in the element's language. */
  private _words(): CitationWords {
    return {
      revised: (revised) => msg(str`Revised ${revised}.`),
      page: (page) => msg(str`Page ${page}.`),
      inEnglish: msg('(page in English)'),
    };
  }

  private _parts(c: Citation): CitationParts {
    return citationParts(c, this.resolvedLocale, this._words());
  }

  /**
   * The linked title of a source, with "(page in English)" where the link
   * leads to the English page; inside brackets already (`inBrackets`, an
   * inline source), ", page in English" instead, so that no bracket doubles.
   */
  private _linkedTitle(p: CitationParts, inBrackets = false): TemplateResult {
    const link = p.link;
    if (!link) return html`<cite>${p.title}</cite>`;
    return html`<cite><a href=${link.href} hreflang=${link.inEnglish ? 'en' : this.resolvedLocale}>${p.title}</a></cite>${link.inEnglish
        ? inBrackets
          ? `, ${msg('page in English')}`
          : html` ${msg('(page in English)')}`
        : nothing}`;
  }

  /** A source in full: publisher, linked title, then reference, year, revision and page. */
  private _source(c: Citation): TemplateResult {
    const p = this._parts(c);
    // Empty text is `nothing`, never '': a hydrated empty text binding has no
    // text node, so a later value would be written into Lit's marker comment.
    return html`${p.publisher}. ${this._linkedTitle(p)}${p.afterTitle || nothing}`;
  }

  /** A footnote mark, or in inline mode the short source in brackets. */
  private _cite(id: CitationId, notes: Footnotes<CitationId>): TemplateResult {
    if (this._style === 'inline') {
      const p = this._parts(CITATIONS[id]);
      return html` <span class="inline-cite">(${p.publisher}, ${this._linkedTitle(p, true)})</span>`;
    }
    const refId = notes.addRef(id);
    const n = notes.numberOf(id);
    return html`<sup class="note-mark"
      ><a class="note-ref" part="note-ref" id=${refId} href=${`#${notes.noteId(id)}`}
        ><span class="visually-hidden">${msg('Source')} </span>${n}</a
      ></sup
    >`;
  }

  /** A displayed quotation (the two main ones, and s. 98 for Quebec), with its introduction, as a figure with its blockquote and attribution. */
  private _quote(qid: QuotationId, notes: Footnotes<CitationId>): TemplateResult {
    const locale = this.resolvedLocale;
    const q = QUOTATIONS[qid];
    const c = CITATIONS[q.citation];
    const shown = shownQuotation(q, locale);
    const textLang = shown.lang;
    const cite = citationUrl(c, textLang)?.href;
    const [open, close] = quoteMarks(textLang);
    const [openEn, closeEn] = quoteMarks('en');
    const attribution =
      this._style === 'inline'
        ? html`— ${this._source(c)}`
        : html`— ${pick(c.publisher, locale)}, <cite>${pick(c.title, locale)}</cite>${this._cite(q.citation, notes)}`;
    const intro =
      qid === 'cma-second-opinion'
        ? msg('The Canadian Medical Association has a code of ethics for doctors. It asks doctors to:')
        : qid === 'qc-code-s98'
          ? msg("Quebec's Code of ethics of physicians has no article on second opinions. But section 98 helps you get your records to a second doctor. It says:")
          : msg('The Canadian Medical Protective Association says:');
    return html`
      <p>${intro}</p>
      <figure class="quote" part="quote" data-quote=${qid}>
        <blockquote cite=${cite ?? nothing} lang=${textLang}>
          <p>${open}<span class="quote-text">${shown.text}</span>${close}</p>
        </blockquote>
        <figcaption>
          <span class="attribution" part="attribution">${attribution}</span>
          ${shown.translated
            ? html`<span class="translation-note" part="translation-note"
                >${msg('Free translation. Original English text:')}
                <q lang="en" cite=${citationUrl(c, 'en')?.href ?? nothing}>${openEn}<span class="original-text">${q.en}</span>${closeEn}</q></span
              >`
            : nothing}
        </figcaption>
      </figure>
    `;
  }

  private _heading(key: string, text: string): TemplateResult {
    return heading(this._level, `${this._prefix}-${key}`, 'heading', text);
  }

  private _copyBar(): TemplateResult {
    const s = this._copyStatus.status;
    const status =
      s === 'copied'
        ? msg('Copied. You can paste it into a note or an email.')
        : s === 'copy-failed'
          ? msg('Sorry, it could not be copied. Select the quotes and copy them yourself.')
          : '';
    return html`
      <div class="copy-bar">
        <button type="button" class="copy primary" part="copy" @click=${this._copy}>${this._copyStatus.label(msg('Copy for my appointment'))}</button>
        <p class="status" part="status" role="status">${status}</p>
      </div>
    `;
  }

  private _meaning(notes: Footnotes<CitationId>): TemplateResult {
    const locale = this.resolvedLocale;
    const anytime = QUOTATIONS['ccs-anytime'];
    const anytimeText = shownQuotation(anytime, locale);
    const [open, close] = quoteMarks(locale);
    const ccs = CITATIONS['ccs-second-opinion'];
    const copyOfFile = shownQuotation(QUOTATIONS['ccs-copy-of-file'], locale);
    return html`
      <ul class="points">
        <li>
          ${msg('You can ask at any time. The Canadian Cancer Society says:')}
          <q data-quote="ccs-anytime" cite=${citationUrl(ccs, 'en')?.href ?? nothing}>${open}<span class="quote-text">${anytimeText.text}</span>${close}</q>${this._cite('ccs-second-opinion', notes)}
        </li>
        <li>
          ${msg('Your request only needs to be reasonable.')}${this._cite('cma-code', notes)}
          ${msg('Wanting to feel sure about your diagnosis can be reason enough.')}${this._cite('cbcn-second-opinion', notes)}
        </li>
        <li>
          ${msg('Asking is your right. It does not mean you distrust your doctor.')}${this._cite('cmpa-second-opinion', notes)}
        </li>
        <li>
          ${msg('You can ask for a copy of your medical file to be sent to the second doctor. The Canadian Cancer Society says:')}
          <q data-quote="ccs-copy-of-file" cite=${citationUrl(ccs, 'en')?.href ?? nothing}>${open}<span class="quote-text">${copyOfFile.text}</span>${close}</q>${copyOfFile.translated
            ? ` ${msg('(free translation)')}`
            : nothing}${this._cite('ccs-second-opinion', notes)}
          ${msg('The Supreme Court of Canada has said that patients may see and copy the information in their medical records. Today, provincial laws set these rules in most provinces.')}${this._cite(
            'mcinerney-macdonald',
            notes
          )}
        </li>
      </ul>
    `;
  }

  /** The Quebec section: s. 98 of the Code of ethics of physicians (records sent to whoever the patient names). */
  private _quebecSection(notes: Footnotes<CitationId>): TemplateResult | typeof nothing {
    if (!this._quebec) return nothing;
    return html`
      <div class="section" part="section province-section">${this._heading('quebec', msg('In Quebec'))} ${this._quote('qc-code-s98', notes)}</div>
    `;
  }

  private _sources(notes: Footnotes<CitationId>): TemplateResult {
    const headingId = `${this._prefix}-sources`;
    const title = this._heading('sources', msg('Sources'));
    if (this._style === 'inline') {
      // The Quebec Code is a source only where its section is shown.
      const ids = (Object.keys(CITATIONS) as CitationId[]).filter((id) => this._quebec || id !== 'qc-physicians-code');
      return html`
        <div class="section" part="section">
          ${title}
          <ul class="sources" part="sources" aria-labelledby=${headingId}>
            ${ids.map((id) => html`<li>${this._source(CITATIONS[id])}</li>`)}
          </ul>
        </div>
      `;
    }
    return html`
      <div class="section" part="section">
        ${title}
        <ol class="sources" part="sources" aria-labelledby=${headingId}>
          ${notes.entries().map(
            ({id, n, refs}) => html`
              <li id=${notes.noteId(id)} tabindex="-1" data-n=${n}>
                ${this._source(CITATIONS[id])}
                <span class="back-links">
                  ${refs.map((refId, i) => {
                    const place = i + 1;
                    const count = refs.length;
                    // Seen: "Back to text" (and "1 of 2" where a source is cited twice); heard: the note's number too.
                    return html`<a class="back-link" part="back-link" href=${`#${refId}`}
                      >${msg('Back to text')}<span class="visually-hidden">, ${msg(str`note ${n}`)}</span>${count > 1
                        ? ` ${msg(str`(${place} of ${count})`)}`
                        : nothing}</a
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
    if (this._compact && !this.open && target.closest('[part~="details"]')) {
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
    if (await this._copyStatus.copy(text)) emit(this, 'pv-copy', {text});
  }

  protected override render(): TemplateResult {
    const compact = this._compact;
    const notes = new Footnotes<CitationId>(this._prefix);
    const [cma, cmpa] = RIGHT_QUOTES;
    const detailsId = `${this._prefix}-details`;
    // One layout for both forms, built in document order so that footnote
    // numbers follow reading order. The compact form shows the first
    // quotation in a callout, with a button that reveals the rest.
    const first = compact ? 'callout' : 'section';
    const right = html`${this._heading('right', msg('Your right to a second opinion'))} ${this._quote(cma, notes)}`;
    const second = html`${this._quote(cmpa, notes)} ${this._copyBar()}`;
    const toggle = html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${this._toggle}
    >${this.open ? msg('Show less about your right') : msg('Read more about your right')}</button>`;
    const rest = html`
      <div class="section" part="section">${this._heading('meaning', msg('What this means for you'))} ${this._meaning(notes)}</div>
      ${this._quebecSection(notes)} ${this._sources(notes)}
    `;
    return html`
      <div class=${compact ? 'explainer compact' : 'explainer'} part="base" lang=${this.resolvedLocale} @click=${this._onClick}>
        <div class=${first} part=${first}>${right} ${compact ? toggle : second}</div>
        ${compact
          ? html`<div class="details" id=${detailsId} part="details" ?hidden=${!this.open}>
              <div class="section" part="section">${second}</div>
              ${rest}
            </div>`
          : rest}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-rights-explainer': PvRightsExplainer;
  }
}
