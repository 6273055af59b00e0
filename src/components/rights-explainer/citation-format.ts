/**
 * How the rights explainer writes a source: publisher, title, reference,
 * year, revision, page and link. Pure: the widget passes the few words
 * around the facts (`CitationWords`, in its language) and draws the result.
 */
import {citationUrl, type Citation} from '../../content/citations.js';
import {pick} from '../../internal/bilingual.js';
import {formatDate} from '../../internal/format.js';
import type {PvLocale} from '../../internal/locale.js';

/** The words a source needs, in the reader's language. */
export interface CitationWords {
  /** "Revised September 2023." for a formatted month and year. */
  revised(revised: string): string;
  /** "Page 5." */
  page(page: number): string;
  /** "(page in English)", after a link that leads to the English page. */
  inEnglish: string;
}

/** One source, ready to show. */
export interface CitationParts {
  publisher: string;
  title: string;
  /**
   * Everything after the title, each a short sentence: the reference in the reader's language (`, [1992] 2 SCR 138.`, `, [1992] 2 R.C.S. 138.`)
   * or a full stop (none when the title ends with its own punctuation), then the year
   * (when there is no reference), the revision and the page. For example `. 2018. Page 5.`
   */
  afterTitle: string;
  /** The page to link to, if any: in the reader's language, else the English page (`inEnglish`). */
  link?: {href: string; inEnglish: boolean};
}

/** A `YYYY-MM` revision as "September 2023" / « septembre 2023 ». */
function revisedMonth(revised: string, locale: PvLocale): string {
  const [y, m] = revised.split('-').map(Number);
  return formatDate(new Date(Date.UTC(y, m - 1)), locale, {month: 'long', year: 'numeric'});
}

/** The parts of a source in `locale`. */
export function citationParts(c: Citation, locale: PvLocale, words: CitationWords): CitationParts {
  const title = pick(c.title, locale);
  let after = c.reference ? `, ${pick(c.reference, locale)}.` : /[.?!]$/.test(title) ? '' : '.';
  if (c.year !== undefined && !c.reference) after += ` ${c.year}.`;
  if (c.revised) after += ` ${words.revised(revisedMonth(c.revised, locale))}`;
  if (c.page !== undefined) after += ` ${words.page(c.page)}`;
  return {publisher: pick(c.publisher, locale), title, afterTitle: after, link: citationUrl(c, locale)};
}

/** A source as one line of plain text (what "Copy for my appointment" copies). */
export function citationText(c: Citation, locale: PvLocale, words: CitationWords): string {
  const {publisher, title, afterTitle, link} = citationParts(c, locale, words);
  const href = link ? ` ${link.href}${link.inEnglish ? ` ${words.inEnglish}` : ''}` : '';
  return `${publisher}. ${title}${afterTitle}${href}`;
}
