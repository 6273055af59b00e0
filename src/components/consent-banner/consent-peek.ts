/**
 * What the banner's first step (first.ts) reads before the rest of the
 * banner loads: whether a choice is stored at all, Global Privacy Control,
 * the JSON child's texts, Google's tag, URLs against the document. Apart from the modules that use them too
 * (consent-store, consent-signals, consent-config), which a first visit
 * loads only once the first layer shows.
 */
import {isRecord, own} from '../../internal/json-config.js';
import type {PvLocale} from '../../internal/locale.js';

/** Name of the cookie (and localStorage key) holding the record. */
export const STORE_KEY = 'pv_consent';
/** The cookie's name on https without `cookie-domain`: host-only, `Secure`, `Path=/`, by the browser's rule. */
export const HOST_KEY = `__Host-${STORE_KEY}`;

/**
 * Whether anything is stored under the choice's name, without reading it:
 * `undefined` when storage throws. (The first step shows the first layer at
 * once only when nothing is.)
 */
export function hasStoredChoice(kind: 'cookie' | 'local'): boolean | undefined {
  try {
    return kind === 'local' ? localStorage.getItem(STORE_KEY) !== null : new RegExp(`(^|;\\s*)(__Host-)?${STORE_KEY}=`).test(document.cookie);
  } catch {
    return undefined;
  }
}

/** Whether the browser sends Global Privacy Control. */
export function gpcEnabled(): boolean {
  return typeof navigator !== 'undefined' && (navigator as {globalPrivacyControl?: boolean}).globalPrivacyControl === true;
}

/** Whether the page uses Google's tag: `gtag` or `dataLayer` exists. */
export function usesGoogleTag(): boolean {
  const w = window as Window & {gtag?: unknown; dataLayer?: unknown};
  return typeof w.gtag === 'function' || Array.isArray(w.dataLayer);
}

/** A text in both languages: French falls back to English (a plain string is both). */
export interface LocalText {
  en: string;
  fr: string;
}

/** A text in `lang`. */
export function localText(text: LocalText | undefined, lang: PvLocale): string {
  return text ? text[lang] : '';
}

/** A text field: a string (both languages) or `{"en": …, "fr": …}` (either falls back to the other); anything else warns. */
export function readText(value: unknown, field: string, warn: (p: {kind: 'text'; field: string}) => void): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim()) return {en: value, fr: value};
  const en = isRecord(value) ? own(value, 'en') : undefined;
  const fr = isRecord(value) ? own(value, 'fr') : undefined;
  const good = (t: unknown): t is string => typeof t === 'string' && t.trim() !== '';
  if ((good(en) || good(fr)) && (en === undefined || good(en)) && (fr === undefined || good(fr))) {
    return {en: good(en) ? en : (fr as string), fr: good(fr) ? fr : (en as string)};
  }
  warn({kind: 'text', field});
  return undefined;
}

/**
 * The URL the site's relative URLs mean: the document's own, not an injected
 * `<base href>` (a `srcdoc` document has no URL of its own: its base then).
 */
export function documentUrl(): string {
  const base = document.querySelector('base[href]');
  return !base ? document.baseURI : /^about:/.test(document.URL) ? `${self.origin}/` : document.URL;
}

/** `value` as an absolute http(s) URL against the document's URL, or undefined. */
export function absoluteUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim(), documentUrl());
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
