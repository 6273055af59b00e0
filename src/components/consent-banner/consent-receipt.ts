/**
 * Consent receipts: what the banner sends to the site's `receipt-endpoint`
 * after each decision and reset, and how, so that the request carries no
 * more than its body: `fetch` with `keepalive`, no credentials (no cookies),
 * no referrer (no page address, `Origin: null`), a `text/plain` body (a
 * simple request: no preflight). No rendering, no `msg()`.
 */
import type {ConsentMethod} from '../../internal/events.js';
import {STORE_KEY, type ConsentChoices} from './consent-store.js';

/** What a receipt records: a first choice, a change, a withdrawal (a category allowed before is refused), or a reset. */
export type ReceiptEvent = 'given' | 'updated' | 'withdrawn' | 'reset';

/** The receipt's JSON body. */
export interface ConsentReceipt {
  /** Receipt format version. */
  v: 1;
  /** A random id; for a decision, the stored record's id. */
  id: string;
  /** The id of this browser's previous receipt (a chain), or `null`. */
  prev: string | null;
  event: ReceiptEvent;
  method: ConsentMethod;
  /** Each optional category, on or off, after the event. */
  choices: ConsentChoices;
  /** Each service of the JSON configuration, on or off, after the event (absent where the site declares none). */
  services?: Record<string, boolean>;
  /** The policy revision. */
  revision: string;
  /** The language the banner was shown in. */
  lang: string;
  /** The library's version. */
  version: string;
  /** SHA-256 (hex) of the texts shown, first layer and preferences dialog; `null` where the browser has no `crypto.subtle` (pages on plain http other than localhost). */
  textHash: string | null;
  /** Whether the browser sent Global Privacy Control. */
  gpc: boolean;
  /** When (ms since the epoch). */
  ts: number;
  /** The privacy policy's address, or `null`. */
  policy: string | null;
}

/** This browser's receipt state (localStorage): the last receipt's id, and the ones not known to have arrived. */
const KEY = `${STORE_KEY}_receipt`;
interface Kept {
  last?: string;
  retry: ConsentReceipt[];
}

function read(): Kept {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Kept | null;
    return {last: typeof kept?.last === 'string' ? kept.last : undefined, retry: Array.isArray(kept?.retry) ? kept.retry : []};
  } catch {
    return {retry: []};
  }
}

function write(kept: Kept): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // No storage: no chain across resets and no retry, nothing else changes.
  }
}

/** The id of this browser's last receipt (kept through a reset), for the chain. */
export function lastReceiptId(): string | null {
  return read().last ?? null;
}

/** SHA-256 of `text` in lowercase hex, or `null` where `crypto.subtle` is missing. */
export async function sha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** Posts the receipt; resolves whether the endpoint got it. Never rejects. */
function post(url: string, receipt: ConsentReceipt): Promise<boolean> {
  const body = JSON.stringify(receipt);
  try {
    if ('keepalive' in Request.prototype) {
      // `no-cors`: a cross-origin endpoint needs no CORS headers; a network error still rejects.
      return fetch(url, {method: 'POST', body, keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'no-cors'}).then(
        (r) => r.type === 'opaque' || r.ok,
        () => false
      );
    }
    // Only where fetch cannot outlive the page: a beacon carries the
    // endpoint's cookies and follows the page's referrer policy.
    return Promise.resolve(navigator.sendBeacon(url, body));
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Sends a receipt, with the SHA-256 of `text` (what the person was shown,
 * or the promise of it).
 * Its id is at once the last one (the chain); until it is known to have
 * arrived it is kept (ten at most), to be sent once more on the next page view.
 */
export function sendReceipt(url: string, receipt: Omit<ConsentReceipt, 'textHash'>, text: string | Promise<string>): void {
  // The chain's last id at once, even while the text is still being made.
  write({...read(), last: receipt.id});
  void Promise.resolve(text).then(sha256).then((textHash) => {
    const full = {...receipt, textHash};
    const kept = read();
    write({...kept, retry: [...kept.retry, full].slice(-10)});
    return post(url, full).then((ok) => {
      const now = read();
      if (ok) write({...now, retry: now.retry.filter((r) => r.id !== full.id)});
    });
  });
}

/** Sends, once, the receipts a previous page view could not: they are forgotten first, whatever happens. */
export function retryReceipts(url: string): void {
  const kept = read();
  if (!kept.retry.length) return;
  write({last: kept.last, retry: []});
  for (const receipt of kept.retry) void post(url, receipt);
}
