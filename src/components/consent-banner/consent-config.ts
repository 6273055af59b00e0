/**
 * Reads the banner's JSON configuration (its `<script type="application/json">`
 * child) into typed categories. Pure: problems are reported through `warn`,
 * never thrown, and the banner words them. A field in the wrong form is left
 * out on its own: its category is kept (and still gates its elements).
 * Own properties only: a polluted `Object.prototype` adds nothing.
 */
import {isRecord, own} from '../../internal/json-config.js';
import {safeUrl} from '../../internal/safe-url.js';
import type {CategoryText} from '../../content/consent-categories.js';
import {CATEGORY_NAME} from './consent-store.js';
import {readText, type LocalText} from './consent-peek.js';
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
  | {kind: 'origin'; field: string; value: string}
  /** A service's id is not valid, is a category's name, or its value is not an object: left out. */
  | {kind: 'service'; name: string}
  /** A service names no category this configuration knows: left out. */
  | {kind: 'service-category'; name: string; category: string}
  /** `field` is not a text (a string, or `{"en": …, "fr": …}`): left out. */
  | {kind: 'text'; field: string}
  /** `field` is not an http(s) or relative URL (or, for a contact, an e-mail address): left out. */
  | {kind: 'url'; field: string; value: string};

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
    // A configuration of allowed origins, services or the site's identity alone needs no categories.
    if (!config || !['allowedOrigins', 'services', ...SITE_FIELDS].some((k) => own(config, k) !== undefined)) warn({kind: 'shape'});
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
    if (modes !== undefined) category.consentMode = typesOf(modes, field('consentMode'), warn);
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

export {localText, readText, type LocalText} from './consent-peek.js';

/** One cookie a service sets: its name (or a prefix ending in `*`) and how long it lasts. */
export interface ServiceCookie {
  name: string;
  duration?: LocalText;
}

/** A service declared in the JSON configuration (`services`), inside a category. */
export interface ConsentService {
  id: string;
  /** Its category: an optional one (it has a switch of its own) or `necessary` (always on). */
  category: string;
  name: LocalText;
  provider?: LocalText;
  purpose?: LocalText;
  /** Where its data goes outside Canada (else the site's `transfer`). */
  transfer?: LocalText;
  /** Its privacy policy, an http(s) or relative URL. */
  policy?: string;
  cookies: ServiceCookie[];
  localStorage: string[];
  sessionStorage: string[];
  /** The Google Consent Mode types it grants when it is allowed. */
  consentMode: ConsentType[];
}

/** How to reach the organisation responsible for the data. */
export interface SiteController {
  name: LocalText;
  /** A `mailto:` link, or the http(s) or relative URL of a contact page. */
  contact?: string;
}

/** The site's identity and the rest of the disclosure, each text in both languages. */
export interface ConsentSite {
  controller?: SiteController;
  /** The `necessary` category's texts, replacing the built-in ones where given. */
  necessary?: {purpose?: LocalText; data?: LocalText};
  /** How long the data collected is kept. */
  retention?: LocalText;
  /** Where data goes outside Canada, for every service that says nothing else. */
  transfer?: LocalText;
  /** What refusing changes (default: the site works the same). */
  refusal?: LocalText;
}

/** The JSON child's top-level fields about the site. */
export const SITE_FIELDS = ['controller', 'necessary', 'retention', 'transfer', 'refusal'] as const;

/** A cookie list: names, or `{"name": …, "duration": …}`; bad entries are left out with one warning for the field. */
function readCookies(value: unknown, field: string, warn: (p: ConfigProblem) => void): ServiceCookie[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [];
  const out: ServiceCookie[] = [];
  for (const [i, item] of items.entries()) {
    const name = typeof item === 'string' ? item : isRecord(item) ? own(item, 'name') : undefined;
    if (typeof name === 'string' && COOKIE_NAME.test(name) && name !== '*') {
      out.push({name, duration: isRecord(item) ? readText(own(item, 'duration'), `${field}[${i}].duration`, warn) : undefined});
    }
  }
  if (!Array.isArray(value) || out.length < items.length) warn({kind: 'list', field});
  return out;
}

/** An http(s) or relative URL; else one warning and `undefined`. */
function readUrl(value: unknown, field: string, warn: (p: ConfigProblem) => void, mail = false): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (mail && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) return `mailto:${text}`;
  const url = safeUrl(text);
  if (url) return url;
  warn({kind: 'url', field, value: String(value)});
  return undefined;
}

/**
 * Reads `{"services": {"ga4": {"category": "analytics", "name": …, "provider": …,
 * "purpose": …, "policy": …, "transfer": …, "cookies": [{"name": "_ga*",
 * "duration": …}], "localStorage": […], "sessionStorage": […], "consentMode": […]}}}`.
 * `categories`: the names a service may belong to (besides `necessary`). A
 * service's id follows the categories' rule and may not be a category's name:
 * `data-pv-consent` takes either.
 */
export function readServices(value: unknown, categories: readonly string[], warn: (p: ConfigProblem) => void): Record<string, ConsentService> {
  const out = Object.create(null) as Record<string, ConsentService>;
  const defs = own(isRecord(value) ? value : undefined, 'services');
  if (defs === undefined) return out;
  if (!isRecord(defs)) {
    warn({kind: 'service', name: 'services'});
    return out;
  }
  for (const [id, def] of Object.entries(defs)) {
    const field = (name: string) => `services.${id}.${name}`;
    if (!CATEGORY_NAME.test(id) || id === 'necessary' || categories.includes(id) || !isRecord(def)) {
      warn({kind: 'service', name: id});
      continue;
    }
    const category = own(def, 'category');
    if (typeof category !== 'string' || (category !== 'necessary' && !categories.includes(category))) {
      warn({kind: 'service-category', name: id, category: String(category)});
      continue;
    }
    const text = (name: string) => readText(own(def, name), field(name), warn);
    const key = (s: string) => s.trim() !== '' && s !== '*';
    const types = typesOf(own(def, 'consentMode'), field('consentMode'), warn);
    out[id] = {
      id,
      category,
      name: text('name') ?? {en: id, fr: id},
      provider: text('provider'),
      purpose: text('purpose'),
      transfer: text('transfer'),
      policy: readUrl(own(def, 'policy'), field('policy'), warn),
      cookies: readCookies(own(def, 'cookies'), field('cookies'), warn),
      localStorage: list(own(def, 'localStorage'), field('localStorage'), key, warn),
      sessionStorage: list(own(def, 'sessionStorage'), field('sessionStorage'), key, warn),
      consentMode: types,
    };
  }
  return out;
}

/** A `consentMode` list: the types a category or service may grant; others warn. */
function typesOf(value: unknown, field: string, warn: (p: ConfigProblem) => void): ConsentType[] {
  return list(value, field, () => true, warn).filter((t): t is ConsentType => {
    if ((GRANTABLE_TYPES as readonly string[]).includes(t)) return true;
    warn({kind: 'consent-type', field, value: t});
    return false;
  });
}

/**
 * Reads the site's identity and disclosure: `controller` (`{"name": …,
 * "contact": "privacy@org.example" or a URL}`), `necessary` (a text, its
 * purpose, or `{"purpose": …, "data": …}`), `retention`, `transfer`, `refusal`.
 */
export function readSite(value: unknown, warn: (p: ConfigProblem) => void): ConsentSite {
  const config = isRecord(value) ? value : undefined;
  const site: ConsentSite = {};
  const controller = own(config, 'controller');
  if (controller !== undefined) {
    const name = readText(isRecord(controller) ? own(controller, 'name') : controller, 'controller.name', warn);
    if (name) site.controller = {name, contact: isRecord(controller) ? readUrl(own(controller, 'contact'), 'controller.contact', warn, true) : undefined};
  }
  const necessary = own(config, 'necessary');
  if (necessary !== undefined) {
    site.necessary = isRecord(necessary) && own(necessary, 'en') === undefined && own(necessary, 'fr') === undefined
      ? {purpose: readText(own(necessary, 'purpose'), 'necessary.purpose', warn), data: readText(own(necessary, 'data'), 'necessary.data', warn)}
      : {purpose: readText(necessary, 'necessary', warn)};
  }
  for (const key of ['retention', 'transfer', 'refusal'] as const) site[key] = readText(own(config, key), key, warn);
  return site;
}
