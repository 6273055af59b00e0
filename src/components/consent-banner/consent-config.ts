/**
 * Reads the banner's JSON configuration (its `<script type="application/json">`
 * child) into typed categories. Pure: problems are reported through `warn`,
 * never thrown, and the banner words them. A field in the wrong form is left
 * out on its own: its category is kept (and still gates its elements).
 * Own properties only: a polluted `Object.prototype` adds nothing.
 */
import {isRecord, own} from '../../internal/json-config.js';
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
  | {kind: 'consent-type'; field: string; value: string}
  /** An entry of `allowed-origins` or `allowedOrigins` that is not an http(s) origin. */
  | {kind: 'origin'; field: string; value: string};

/** A cookie's name as browsers allow it (RFC 6265 token), optionally ending in `*`. */
const COOKIE_NAME = /^[!#$%&'+\-.^_`|~0-9A-Za-z]+\*?$/;

function pickText(value: unknown): Partial<CategoryText> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<CategoryText> = {};
  for (const key of ['label', 'purpose', 'data'] as const) {
    const text = own(value, key);
    if (typeof text === 'string') out[key] = text;
  }
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
  const out: Record<string, CustomCategory> = Object.create(null) as Record<string, CustomCategory>;
  const config = isRecord(value) ? value : undefined;
  const cats = own(config, 'categories');
  if (!isRecord(cats)) {
    // A configuration of allowed origins alone needs no categories.
    if (own(config, 'allowedOrigins') === undefined) warn({kind: 'shape'});
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
      en: pickText(own(def, 'en')),
      fr: pickText(own(def, 'fr')),
      cookies: list(own(def, 'cookies'), field('cookies'), (s) => COOKIE_NAME.test(s) && s !== '*', warn),
      localStorage: list(own(def, 'localStorage'), field('localStorage'), key, warn),
      sessionStorage: list(own(def, 'sessionStorage'), field('sessionStorage'), key, warn),
      // Always its own property, so that reading it never reaches the prototype.
      consentMode: undefined,
    };
    const modes = own(def, 'consentMode');
    if (modes !== undefined) {
      const types = list(modes, field('consentMode'), () => true, warn);
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

/**
 * The http(s) origins of a list (`allowed-origins`, or the JSON child's
 * `allowedOrigins`), each as `https://host[:port]`; any other entry warns
 * once and is left out. Absent: `[]`.
 */
export function readOrigins(value: unknown, field: string, warn: (p: ConfigProblem) => void): string[] {
  return list(value, field, () => true, warn).filter((v) => {
    try {
      const url = new URL(v);
      if (/^https?:$/.test(url.protocol) && url.origin === v.replace(/\/$/, '')) return true;
    } catch {
      // Not a URL: warned below.
    }
    warn({kind: 'origin', field, value: v});
    return false;
  }).map((v) => new URL(v).origin);
}
