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
  /** What follows the title: `, [1992] 2 SCR 138.` with a reference, else a full stop, or nothing when the title ends with its own punctuation. */
  afterTitle: string;
  /** The year (when there is no reference), the revision and the page, each a short sentence. */
  details: string[];
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
  const details: string[] = [];
  if (c.year !== undefined && !c.reference) details.push(`${c.year}.`);
  if (c.revised) details.push(words.revised(revisedMonth(c.revised, locale)));
  if (c.page !== undefined) details.push(words.page(c.page));
  return {
    publisher: pick(c.publisher, locale),
    title,
    afterTitle: c.reference ? `, ${c.reference}.` : /[.?!]$/.test(title) ? '' : '.',
    details,
    link: citationUrl(c, locale),
  };
}

/** A source as one line of plain text (what "Copy for my appointment" copies). */
export function citationText(c: Citation, locale: PvLocale, words: CitationWords): string {
  const p = citationParts(c, locale, words);
  const parts = [`${p.publisher}.`, `${p.title}${p.afterTitle}`, ...p.details];
  if (p.link) parts.push(p.link.inEnglish ? `${p.link.href} ${words.inEnglish}` : p.link.href);
  return parts.join(' ');
}
