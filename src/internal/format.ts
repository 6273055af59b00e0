/**
 * Dates and quotation marks, written once for every widget. Pure: no DOM,
 * no msg(); the caller passes the language.
 */
import {pick, type Bilingual} from './bilingual.js';
import {msg, str} from '@lit/localize';
import {withLocale, type PvLocale} from './locale.js';

/**
 * Parses `YYYY-MM-DD` into a real calendar date (midnight UTC), or
 * `undefined` (wrong form, or a day that does not exist such as 2023-02-29).
 * The value is taken as given: trim it first where spaces are allowed.
 */
export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * A date in the Canadian form of `locale` ("March 31, 2026", « 31 mars 2026 »),
 * read in UTC so that the day never shifts with the reader's time zone.
 * `options` replace the default long date (e.g. `{month: 'long', year: 'numeric'}`).
 */
export function formatDate(date: Date, locale: PvLocale, options: Intl.DateTimeFormatOptions = {dateStyle: 'long'}): string {
  try {
    return new Intl.DateTimeFormat(`${locale}-CA`, {...options, timeZone: 'UTC'}).format(date);
  } catch (e) {
    // A page that replaced or broke Intl (#24): the date in ISO form, with one warning, never a blank widget.
    if (!intlWarned) {
      intlWarned = true;
      const reason = e instanceof Error ? e.message : String(e);
      console.warn(withLocale(locale, () => msg(str`The browser's date formatting (Intl.DateTimeFormat) failed: ${reason}. Dates are shown as YYYY-MM-DD.`)));
    }
    return date.toISOString().slice(0, 10);
  }
}
let intlWarned = false;

/** Opening and closing quotation marks: « » with no-break spaces inside in French (docs/glossary.md), “ ” in English. */
const MARKS: Bilingual<readonly [string, string]> = {en: ['\u201c', '\u201d'], fr: ['«\u00a0', '\u00a0»']};

/** The opening and closing marks of `locale`, for templates that put markup between them. */
export function quoteMarks(locale: PvLocale): readonly [string, string] {
  return pick(MARKS, locale);
}

/** `text` between the quotation marks of `locale`. */
export function quote(text: string, locale: PvLocale): string {
  const [open, close] = quoteMarks(locale);
  return `${open}${text}${close}`;
}
