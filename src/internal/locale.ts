/**
 * Per-element language for every widget.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page. We use its
 * reentrant mode instead: `msg()` asks `getLocale()` on every call, and we
 * answer with the language of the element that is rendering right now (a
 * small stack, because one element's update never runs inside another's, but
 * `withLocale()` may be nested by callers). Outside a render the page language
 * is used, so handlers that need another language wrap their `msg()` calls in
 * `withLocale()`.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {TemplateMap} from '@lit/localize';
// French templates are loaded eagerly (loading is synchronous in reentrant
// mode; a lazy import would flash English), but per widget: the shared
// internals' French here, each widget's own with its registration (its
// define.ts), so that a page pays only for the French of what it shows.
import {templates as internalFrench, keyLength} from '../generated/locales/fr/internal.js';

/** The languages every widget ships in. */
export type PvLocale = 'en' | 'fr';

export const SUPPORTED_LOCALES: readonly PvLocale[] = ['en', 'fr'];

// Null-prototype: a polluted Object.prototype supplies no translation.
const french: TemplateMap = Object.assign(Object.create(null) as TemplateMap, internalFrench);

/** Adds a widget's French templates (from src/generated/locales/fr/<widget>.ts). */
export function addFrench(templates: TemplateMap): void {
  Object.assign(french, templates);
}

/**
 * The generated tables key each message by the first `keyLength` hex digits
 * of its lit-localize id (scripts/split-locales.mjs makes sure they differ),
 * which saves ~8 compressed bytes a message; msg() asks by the whole id.
 */
const frenchById: TemplateMap = new Proxy(french, {
  get: (table, id) => (typeof id === 'string' ? table[id.slice(0, keyLength + 1)] : undefined),
});

const stack: PvLocale[] = [];
let fallback: PvLocale | undefined;

/**
 * Maps any BCP 47 tag to a supported language: `fr`, `fr-CA`, `FR-ca` … are
 * French; `en-*` is English. Anything else (including an empty tag) gives
 * `undefined`, so callers can keep looking further up the tree.
 */
export function normalizeLocale(tag: string | null | undefined): PvLocale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : undefined;
}

/** The page's language (or `doc`'s): `<html lang>`, else English. */
export function pageLocale(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): PvLocale {
  return normalizeLocale(doc?.documentElement?.getAttribute('lang')) ?? 'en';
}

/**
 * The raw `lang` value that applies to `el`: its own attribute, else the
 * nearest ancestor's, crossing shadow roots, else `<html lang>`. Empty
 * `lang=""` means "unknown" in HTML and is skipped.
 */
export function inheritedLang(el: Element): string {
  // By node type, not instanceof: the ancestors may belong to another window (an iframe's document).
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1) {
      const value = (node as Element).getAttribute('lang');
      if (value && value.trim()) return value.trim();
    }
    node = node.parentNode ?? (node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null);
  }
  return '';
}

/**
 * The language `el` renders in. A tag we do not ship (say `es`) falls back to
 * the page's language, then English.
 */
export function resolveLocale(el: Element): PvLocale {
  return normalizeLocale(inheritedLang(el)) ?? pageLocale(el.ownerDocument);
}

/** Runs `fn` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: PvLocale, fn: () => T): T {
  stack.push(locale);
  try {
    return fn();
  } finally {
    stack.pop();
  }
}

/**
 * Server rendering only: the language `msg()` uses outside any element's
 * render. The server evaluates parts of a template (directives such as
 * `repeat`, nested templates) after the element's render() has returned, so
 * each widget sets its language here when it renders on the server (under
 * any Lit SSR host), and the render command for the whole render.
 */
export function setServerLocale(locale: PvLocale | undefined): void {
  fallback = locale;
}

/** The locale `msg()` uses right now. */
export function currentLocale(): PvLocale {
  return stack[stack.length - 1] ?? fallback ?? pageLocale();
}

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  getLocale: currentLocale,
  loadLocaleSync: (locale) => (locale === 'fr' ? {templates: frenchById} : undefined),
});
