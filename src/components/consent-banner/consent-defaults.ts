/**
 * consent-defaults.js: Google Consent Mode's default, sent before Google's tag
 * runs. A small classic script for `<head>`, before Google's snippet or GTM
 * (built as an IIFE: dist/cdn/consent-defaults.js). It defines `dataLayer`
 * and `gtag` the way Google's snippet does, reads the stored choice
 * synchronously (the banner's own reader, bundled in) and pushes
 * `gtag('consent', 'default', …)` for all seven types, then
 * `ads_data_redaction`. Attributes on its script tag:
 *
 * - `data-wait-for-update` (ms, default 500): how long Google's tags wait for
 *   the banner's update while the person has not decided;
 * - `data-storage` (`cookie` or `local`) and `data-revision`: the banner's
 *   `storage` and `revision`, so that a choice kept elsewhere, or made under
 *   another revision, is not taken.
 */
import {readConsent, staleReason, type ConsentRecord} from './consent-store.js';
import {BUILT_IN_CONSENT_MODE, consentState, gpcEnabled, grantedTypes, sendConsent} from './consent-signals.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

const WAIT = 500;
const data = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
const warn = (attribute: string, value: string, accepted: string, fallback: string) =>
  console.warn(`consent-defaults.js: data-${attribute}="${value}" is not valid. Accepted values: ${accepted}. Using "${fallback}".`);

let wait = WAIT;
const rawWait = data.waitForUpdate;
if (rawWait !== undefined) {
  const n = Number(rawWait.trim());
  if (rawWait.trim() && Number.isInteger(n) && n >= 0 && n <= 10000) wait = n;
  else warn('wait-for-update', rawWait, '0–10000 (milliseconds)', String(WAIT));
}
let storage: 'cookie' | 'local' = 'cookie';
const rawStorage = data.storage;
if (rawStorage !== undefined) {
  const v = rawStorage.trim().toLowerCase();
  if (v === 'cookie' || v === 'local') storage = v;
  else warn('storage', rawStorage, 'cookie, local', 'cookie');
}

window.dataLayer = window.dataLayer || [];
window.gtag =
  window.gtag ||
  function gtag() {
    // Exactly Google's snippet: push the arguments object.
    // eslint-disable-next-line prefer-rest-params
    window.dataLayer!.push(arguments);
  };

const found = readConsent(storage);
let record: ConsentRecord | undefined;
if (found.status === 'ok' && !staleReason(found.record, data.revision ?? found.record.revision, [])) record = found.record;
const granted = record ? (record.cm ?? grantedTypes(record.choices, (c) => Object.hasOwn(BUILT_IN_CONSENT_MODE, c) ? BUILT_IN_CONSENT_MODE[c] : undefined)) : [];
// A decided choice is final for this page: waiting for an update would only delay the tags.
sendConsent('default', consentState(granted, gpcEnabled(), record), record ? undefined : {wait_for_update: wait});
