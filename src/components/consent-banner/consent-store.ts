/**
 * The consent record and where it is kept: pure state, no rendering.
 *
 * The record is a small versioned JSON object, kept in a first-party cookie
 * `pv_consent` (`__Host-pv_consent` on https without `cookie-domain`, which
 * no sibling subdomain or sub-path can overwrite), or in localStorage with
 * `storage="local"`. A short checksum lets us notice a value edited by hand
 * (it is not a security boundary: any script on the page can write a valid
 * record); anything unreadable is reported as `invalid` so the banner can
 * discard it and ask again. More than one visible cookie is `conflict`.
 * Storage that throws (cookies disabled, private modes) is reported as
 * `unavailable`, never thrown. Records are read through own properties only.
 */
import {isRecord, own} from '../../internal/json-config.js';
import {randomHex} from './random-id.js';


import {HOST_KEY, STORE_KEY} from './consent-peek.js';

export {HOST_KEY, STORE_KEY} from './consent-peek.js';
/** Version of the record's format. */
export const STORE_VERSION = 1;
/** Default lifetime of a choice, in days (about six months). */
export const DEFAULT_EXPIRES_DAYS = 182;
/** Longest lifetime accepted for `expires-days` (13 months). */
export const MAX_EXPIRES_DAYS = 395;

/** Where the record is kept. */
export type StorageKind = 'cookie' | 'local';

/** Each optional category, on or off. `necessary` is always on and not listed. */
export type ConsentChoices = Record<string, boolean>;

/** The stored consent record: choices, revision, times, a random id; nothing about the person. */
export interface ConsentRecord {
  /** Format version. */
  v: number;
  /** Each optional category, on or off. */
  choices: ConsentChoices;
  /** The site's policy revision the choice was made under. */
  revision: string;
  /** When the choice was made (ms since the epoch). */
  ts: number;
  /** When it expires (ms since the epoch). */
  exp: number;
  /** A random receipt id. */
  id: string;
  /** Whether the browser sent Global Privacy Control when the choice was made. */
  gpc: boolean;
  /**
   * The Google Consent Mode types the choice grants (from the categories'
   * mapping), so that consent-defaults.js can send them before the banner
   * has loaded. Absent: the built-in mapping applies.
   */
  cm?: string[];
  /**
   * Each service of the JSON configuration, on or off (absent where the site
   * declares none, and in records made before services: each service then
   * takes its category's value).
   */
  services?: Record<string, boolean>;
}

/** What reading the store found. */
export type ReadResult =
  | {status: 'none'}
  | {status: 'ok'; record: ConsentRecord}
  | {status: 'invalid'}
  | {status: 'unavailable'}
  /** Several `pv_consent` cookies are visible (one set for a more specific path or another domain): the most restrictive of them, if any is readable. */
  | {status: 'conflict'; record?: ConsentRecord};

const DAY = 86_400_000;
/** A category's name: lowercase letters, digits, `-`, `_`, up to 32 characters. */
export const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

/** FNV-1a over the record's fields: notices hand edits (not a security measure). */
function checksum(r: ConsentRecord): string {
  const text = JSON.stringify([r.v, Object.entries(r.choices).sort(), r.revision, r.ts, r.exp, r.id, r.gpc, ...(r.cm ? [r.cm] : []), ...(r.services ? [Object.entries(r.services).sort()] : [])]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A random receipt id (24 hex digits); never throws where `crypto` is missing (see `randomHex`). */
export function receiptId(): string {
  return randomHex(12);
}

/** A new record for `choices`, made now, valid for `days`; `cm`: the Consent Mode types it grants; `services`: each service, on or off. */
export function createRecord(
  choices: ConsentChoices,
  revision: string,
  days: number,
  gpc: boolean,
  now = Date.now(),
  cm?: string[],
  services?: Record<string, boolean>
): ConsentRecord {
  return {v: STORE_VERSION, choices: {...choices}, revision, ts: now, exp: now + days * DAY, id: receiptId(), gpc, ...(cm ? {cm: [...cm]} : {}), ...(services ? {services: {...services}} : {})};
}

/** A map of names to booleans, as a null-prototype copy (own properties only), or undefined. */
function flags(value: unknown): Record<string, boolean> | undefined {
  if (!isRecord(value)) return undefined;
  const copy = Object.assign(Object.create(null), value) as Record<string, unknown>;
  return Object.entries(copy).every(([k, v]) => CATEGORY_NAME.test(k) && typeof v === 'boolean') ? (copy as Record<string, boolean>) : undefined;
}

/** Serialises a record with its checksum. */
export function encodeRecord(r: ConsentRecord): string {
  return JSON.stringify({...r, h: checksum(r)});
}

/** Parses a stored value; `undefined` when it is malformed or was edited. */
export function decodeRecord(text: string): ConsentRecord | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  // Own properties only (a null-prototype copy): a polluted prototype adds no field.
  const o = Object.assign(Object.create(null), raw) as Record<string, unknown>;
  const c = flags(o.choices);
  const services = flags(o.services);
  if (
    o.v !== STORE_VERSION ||
    !c ||
    (o.services !== undefined && !services) ||
    typeof o.revision !== 'string' ||
    !Number.isFinite(o.ts) || !Number.isFinite(o.exp) || (o.exp as number) <= (o.ts as number) ||
    typeof o.id !== 'string' || !/^[0-9a-f]{8,64}$/.test(o.id) ||
    typeof o.gpc !== 'boolean' ||
    (o.cm !== undefined && !(Array.isArray(o.cm) && o.cm.every((t) => typeof t === 'string')))
  ) {
    return undefined;
  }
  const record: ConsentRecord = {
    v: STORE_VERSION,
    choices: {...(c as ConsentChoices)},
    revision: o.revision,
    ts: o.ts as number,
    exp: o.exp as number,
    id: o.id,
    gpc: o.gpc,
    ...(o.cm ? {cm: [...(o.cm as string[])]} : {}),
    ...(services ? {services: {...services}} : {}),
  };
  return o.h === checksum(record) ? record : undefined;
}

/** A cookie's value as we wrote it (URI-encoded); `''` (unreadable) when it does not decode. */
function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value.trim());
  } catch {
    return '';
  }
}

/** The values of the cookies named `name` this page sees (more specific paths first). */
function cookieValues(name: string): string[] {
  const values: string[] = [];
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) values.push(decodeValue(part.slice(eq + 1)));
  }
  return values;
}

/**
 * The stored texts: the `__Host-` cookie alone when there is one (nobody else
 * can set it), else every `pv_consent` cookie visible (the name before
 * `__Host-`, still read), or the localStorage value. Throws when storage does.
 */
function readRaw(kind: StorageKind): string[] {
  if (kind === 'local') {
    const v = localStorage.getItem(STORE_KEY);
    return v === null ? [] : [v];
  }
  const host = cookieValues(HOST_KEY);
  return host.length ? host.slice(0, 1) : cookieValues(STORE_KEY);
}

/** The most restrictive of several records: a category is on only where every readable one has it on (an unreadable one allows nothing). */
function restrictive(values: string[]): ConsentRecord | undefined {
  const records = values.map(decodeRecord);
  const first = records.find((r) => r);
  if (!first) return undefined;
  const choices = Object.fromEntries(Object.keys(first.choices).map((c) => [c, records.every((r) => own(r?.choices, c) === true)]));
  const services = first.services && Object.fromEntries(Object.keys(first.services).map((c) => [c, records.every((r) => own(r?.services, c) === true)]));
  return {...first, choices, ...(services ? {services} : {})};
}

function toResult(raw: string[]): ReadResult {
  if (!raw.length) return {status: 'none'};
  if (raw.length > 1) return {status: 'conflict', record: restrictive(raw)};
  const record = decodeRecord(raw[0]);
  return record ? {status: 'ok', record} : {status: 'invalid'};
}

/** Reads the stored record. Never throws. */
export function readConsent(kind: StorageKind): ReadResult {
  try {
    return toResult(readRaw(kind));
  } catch {
    return {status: 'unavailable'};
  }
}

/** The part of the Cookie Store API we use (not in TypeScript's DOM types yet). */
interface CookieStoreLike {
  getAll(name: string): Promise<{value: string}[]>;
}

/** How long the Cookie Store API may take before `document.cookie` is read instead (ms). */
export const COOKIE_STORE_DEADLINE = 150;

/**
 * Reads the stored record without blocking the page, where the browser can:
 * the first `document.cookie` read of a page waits for the browser's cookie
 * store, which is the largest single cost of the banner's start, while the
 * Cookie Store API answers asynchronously. Gives the same result as
 * `readConsent`, falling back to it when the API throws, rejects (e.g. a
 * `SecurityError` in a sandboxed frame) or has not answered within
 * `COOKIE_STORE_DEADLINE`; or `undefined` where there is no such API
 * (localStorage, browsers without `cookieStore`): then call `readConsent`.
 * Never rejects.
 */
export function readConsentAsync(kind: StorageKind): Promise<ReadResult> | undefined {
  try {
    const store = kind === 'cookie' ? (globalThis as {cookieStore?: CookieStoreLike}).cookieStore : undefined;
    if (!store) return undefined;
    const all = (name: string) => store.getAll(name).then((list) => list.map((c) => decodeValue(c.value)));
    const read = Promise.all([all(HOST_KEY), all(STORE_KEY)]).then(([host, plain]) => toResult(host.length ? host.slice(0, 1) : plain));
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, COOKIE_STORE_DEADLINE));
    return Promise.race([read, late]).then(
      (found) => found ?? readConsent(kind),
      () => readConsent(kind)
    );
  } catch {
    return Promise.resolve(readConsent(kind));
  }
}

/**
 * Stores a record. Returns whether it was really kept (read back): false when
 * storage throws or silently refuses (cookies disabled). With `domain` (a
 * parent domain of this host) the cookie is shared by its subdomains; where
 * the browser refuses that domain, it is kept for this host. Never throws.
 */
export function writeConsent(kind: StorageKind, record: ConsentRecord, domain?: string, https = location.protocol === 'https:'): boolean {
  const value = encodeRecord(record);
  const kept = () => readRaw(kind).join('\n') === value;
  try {
    if (kind === 'local') {
      localStorage.setItem(STORE_KEY, value);
    } else {
      const maxAge = Math.max(0, Math.round((record.exp - Date.now()) / 1000));
      const secure = https ? '; Secure' : '';
      const cookie = (name: string) => `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
      // The name before __Host-, host-only: migrated, never read again beside the new one.
      const dropPlain = () => (document.cookie = `${STORE_KEY}=; Path=/; Max-Age=0`);
      if (https && !domain) {
        document.cookie = cookie(HOST_KEY);
        if (cookieValues(HOST_KEY).length) dropPlain();
        else document.cookie = cookie(STORE_KEY);
      } else {
        if (https) document.cookie = `${HOST_KEY}=; Path=/; Max-Age=0; Secure`;
        if (domain) {
          // One record only: a host-only one would be read first on this host.
          dropPlain();
          document.cookie = `${cookie(STORE_KEY)}; Domain=${domain}`;
        }
        if (!domain || !kept()) document.cookie = cookie(STORE_KEY);
      }
    }
    return kept();
  } catch {
    return false;
  }
}

/**
 * Removes the stored record (for this host, and on `domain` if given; with
 * `everywhere`, in every scope this page can reach, for cookies set by
 * others on a sub-path or a parent domain). Never throws.
 */
export function clearConsent(kind: StorageKind, domain?: string, everywhere = false): void {
  try {
    if (kind === 'local') return localStorage.removeItem(STORE_KEY);
    document.cookie = `${HOST_KEY}=; Path=/; Max-Age=0; Secure`;
    const scopes = everywhere ? cookieScopes() : ['; Path=/', ...(domain ? [`; Path=/; Domain=${domain}`] : [])];
    for (const scope of scopes) document.cookie = `${STORE_KEY}=; Max-Age=0${scope}`;
  } catch {
    // Nothing stored, or nothing we can do.
  }
}

/**
 * Why the person must be asked again, or `undefined` when the record still
 * holds: it expired, the policy revision changed, or a category is new.
 */
export function staleReason(record: ConsentRecord, revision: string, categories: readonly string[], now = Date.now()): 'expired' | 'revision' | 'category' | undefined {
  if (now >= record.exp) return 'expired';
  if (record.revision !== revision) return 'revision';
  if (categories.some((c) => !Object.hasOwn(record.choices, c))) return 'category';
  return undefined;
}

/** Whether `name` matches one of `patterns`: exact names, or prefixes ending in `*`. Our own keys never match. */
function matches(patterns: readonly string[], name: string): boolean {
  return !name.startsWith(STORE_KEY) && patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** The names of the cookies this page sees that match `patterns`, once each. */
function cookieNames(patterns: readonly string[]): string[] {
  return [...new Set(document.cookie.split(';').map((p) => p.split('=')[0].trim()))].filter((n) => n && matches(patterns, n));
}

/**
 * Where a cookie this page sees may have been set, for deleting it: with no
 * Domain (host-only), this host and each parent domain (there is no list of
 * public suffixes here, and none is needed: browsers refuse a cookie for
 * `ca`, `qc.ca` or `co.uk` themselves), and each path from this page's up to
 * `/`, with and without its trailing slash.
 */
function cookieScopes(): string[] {
  const host = location.hostname;
  const parts = host.split('.');
  const domains = [''];
  // An IP address has no parent domains.
  if (!/^[\d.]+$|:/.test(host)) for (let i = 0; i < parts.length - 1; i++) domains.push(`; Domain=${parts.slice(i).join('.')}`);
  const path = location.pathname;
  const paths = new Set(['/']);
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) paths.add(path.slice(0, i)).add(path.slice(0, i + 1));
  paths.add(path);
  return [...paths].flatMap((p) => domains.map((d) => `; Path=${p}${d}`));
}

/**
 * Deletes the cookies this page sees whose names match `patterns`, trying
 * every scope they may have been set in (see `cookieScopes`). Returns the
 * names that are really gone afterwards. Never throws.
 */
export function deleteCookies(patterns: readonly string[]): string[] {
  if (!patterns.length) return [];
  try {
    const found = cookieNames(patterns);
    if (!found.length) return [];
    const scopes = cookieScopes();
    for (const name of found) for (const scope of scopes) document.cookie = `${name}=; Max-Age=0${scope}`;
    const left = cookieNames(patterns);
    return found.filter((n) => !left.includes(n));
  } catch {
    // Cookies unavailable: nothing to delete.
    return [];
  }
}

/** Removes the keys of `localStorage` or `sessionStorage` that match `patterns`. Returns the keys really gone. Never throws. */
export function clearKeys(kind: 'localStorage' | 'sessionStorage', patterns: readonly string[]): string[] {
  if (!patterns.length) return [];
  try {
    const store = globalThis[kind];
    const found = Array.from({length: store.length}, (_, i) => store.key(i)!).filter((k) => matches(patterns, k));
    for (const key of found) store.removeItem(key);
    return found.filter((k) => store.getItem(k) === null);
  } catch {
    return [];
  }
}
