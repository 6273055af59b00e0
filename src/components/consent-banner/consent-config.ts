/**
 * Reads the banner's JSON configuration (its `<script type="application/json">`
 * child) into typed categories. Pure: problems are reported through `warn`,
 * never thrown, and the banner words them. A field in the wrong form is left
 * out on its own: its category is kept (and still gates its elements).
 */
import {isRecord} from '../../internal/json-config.js';
import type {CategoryText} from '../../content/consent-categories.js';
import {CATEGORY_NAME} from './consent-store.js';
import {GRANTABLE_TYPES, type ConsentType} from './consent-signals.js';

/** A category defined or completed by the JSON configuration. */
export interface CustomCategory {
  en?: Partial<CategoryText>;
  fr?: Partial<CategoryText>;
  /** Cookies to delete on withdrawal: exact names, or prefixes ending in `*`. */
  cookies: string[];
  /** localStorage keys to remove on withdrawal: exact, or prefixes ending in `*`. */
  localStorage: string[];
  /** sessionStorage keys to remove on withdrawal: exact, or prefixes ending in `*`. */
  sessionStorage: string[];
  /** The Google Consent Mode types the category grants; absent: the built-in mapping. */
  consentMode?: ConsentType[];
}

/** The problems the reader can report, each turned into one warning by the banner. */
export type ConfigProblem =
  /** No `categories` object: the whole configuration is ignored. */
  | {kind: 'shape'}
  /** A category's name is not valid (or is `necessary`), or its value is not an object. */
  | {kind: 'category'; name: string}
  /** `field` (e.g. `categories.video.cookies`) is not a list of names; the valid entries are kept. */
  | {kind: 'list'; field: string}
  /** An entry of a `consentMode` list is not a type a category may grant. */
  | {kind: 'consent-type'; field: string; value: string};

/** A cookie's name as browsers allow it (RFC 6265 token), optionally ending in `*`. */
const COOKIE_NAME = /^[!#$%&'+\-.^_`|~0-9A-Za-z]+\*?$/;

function pickText(value: unknown): Partial<CategoryText> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<CategoryText> = {};
  for (const key of ['label', 'purpose', 'data'] as const) if (typeof value[key] === 'string') out[key] = value[key];
  return out;
}

/** A list of strings that pass `valid`; anything else warns once for the field. Absent: `[]`. */
function list(value: unknown, field: string, valid: (s: string) => boolean, warn: (p: ConfigProblem) => void): string[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [];
  const good = items.filter((v): v is string => typeof v === 'string' && valid(v));
  if (!Array.isArray(value) || good.length < items.length) warn({kind: 'list', field});
  return good;
}

/**
 * Reads `{"categories": {"video": {"en": {…}, "fr": {…}, "cookies": […],
 * "localStorage": […], "sessionStorage": […], "consentMode": […]}}}`.
 */
export function readConsentConfig(value: unknown, warn: (p: ConfigProblem) => void): Record<string, CustomCategory> {
  const out: Record<string, CustomCategory> = {};
  const cats = isRecord(value) ? value.categories : undefined;
  if (!isRecord(cats)) {
    warn({kind: 'shape'});
    return out;
  }
  for (const [id, def] of Object.entries(cats)) {
    if (!CATEGORY_NAME.test(id) || id === 'necessary' || !isRecord(def)) {
      warn({kind: 'category', name: id});
      continue;
    }
    const field = (name: string) => `categories.${id}.${name}`;
    const key = (s: string) => s.trim() !== '' && s !== '*';
    const category: CustomCategory = {
      en: pickText(def.en),
      fr: pickText(def.fr),
      cookies: list(def.cookies, field('cookies'), (s) => COOKIE_NAME.test(s) && s !== '*', warn),
      localStorage: list(def.localStorage, field('localStorage'), key, warn),
      sessionStorage: list(def.sessionStorage, field('sessionStorage'), key, warn),
    };
    if (def.consentMode !== undefined) {
      const types = list(def.consentMode, field('consentMode'), () => true, warn);
      category.consentMode = types.filter((t): t is ConsentType => {
        if ((GRANTABLE_TYPES as readonly string[]).includes(t)) return true;
        warn({kind: 'consent-type', field: field('consentMode'), value: t});
        return false;
      });
    }
    out[id] = category;
  }
  return out;
}
