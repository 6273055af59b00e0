/**
 * The signals around the choice: Global Privacy Control (what the browser
 * says) and Google Consent Mode v2 (what Google's tags are told). Pure: no
 * rendering, no `msg()`; consent-defaults.js is built from it too.
 */
import type {ConsentChoices, ConsentRecord} from './consent-store.js';

type GtagWindow = Window & {gtag?: (...args: unknown[]) => void; dataLayer?: unknown[]};

/** Every Consent Mode type, in Google's order. */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];
/** The types a category may grant: `security_storage` is always granted. */
export const GRANTABLE_TYPES = CONSENT_TYPES.slice(0, 6);
export type ConsentState = Record<ConsentType, 'granted' | 'denied'>;

/** The built-in categories' types (a category's `consentMode` in the JSON configuration replaces them). */
export const BUILT_IN_CONSENT_MODE: Readonly<Record<string, readonly ConsentType[]>> = {
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export {gpcEnabled, usesGoogleTag} from './consent-peek.js';


/**
 * The types `choices` grant: a type is granted when the categories mapped to
 * it are all granted (and at least one is). `mapping` gives a category's types.
 */
export function grantedTypes(choices: ConsentChoices, mapping: (category: string) => readonly ConsentType[] | undefined): ConsentType[] {
  return GRANTABLE_TYPES.filter((type) => {
    const cats = Object.keys(choices).filter((c) => mapping(c)?.includes(type));
    return cats.length > 0 && cats.every((c) => choices[c]);
  });
}

/**
 * All seven types: `security_storage` granted, the `granted` ones granted.
 * Under Global Privacy Control (`gpc`) the ad types stay denied unless the
 * stored `record` was made under it with `marketing` on, or with ad types
 * among those it grants (a marketing service: "Accept all" never turns one on
 * under the signal, so the person turned it on themselves; the banner keeps
 * that choice too).
 */
export function consentState(granted: readonly string[], gpc: boolean, record?: ConsentRecord | null): ConsentState {
  const chosen = !!record?.gpc && ((Object.hasOwn(record.choices, 'marketing') && record.choices.marketing) || !!record.cm?.some((t) => t.startsWith('ad_')));
  const denyAds = gpc && !chosen;
  const state = {} as ConsentState;
  for (const type of CONSENT_TYPES) {
    const on = type === 'security_storage' || (granted.includes(type) && !(denyAds && type.startsWith('ad_')));
    state[type] = on ? 'granted' : 'denied';
  }
  return state;
}

/**
 * Sends a consent `default` or `update` through `gtag`, followed by
 * `ads_data_redaction` (true while `ad_storage` is denied).
 */
export function sendConsent(kind: 'default' | 'update', state: ConsentState, extra?: {wait_for_update: number}): void {
  gtag('consent', kind, {...state, ...extra});
  gtag('set', 'ads_data_redaction', state.ad_storage === 'denied');
}

/** Whether a dataLayer entry is the gtag command `name` (an arguments object or an array). */
function command(entry: unknown, name: string): entry is ArrayLike<unknown> {
  return typeof entry === 'object' && entry !== null && (entry as ArrayLike<unknown>)[0] === name && 'length' in entry;
}

/**
 * What the page's `dataLayer` already holds: the consent state its `consent`
 * commands set (undefined when there is no default), and whether Google's tag
 * was set up (`js`, `config`, GTM's `gtm.js` event) before any default.
 */
export function readDataLayer(): {state?: Record<string, unknown>; tagFirst: boolean} {
  const dataLayer = (window as GtagWindow).dataLayer;
  let state: Record<string, unknown> | undefined;
  let tagFirst = false;
  for (const entry of Array.isArray(dataLayer) ? dataLayer : []) {
    if (command(entry, 'consent') && (state || entry[1] === 'default')) {
      state = {...state, ...(entry[2] as object)};
    } else if (!state && (command(entry, 'js') || command(entry, 'config') || (entry as {event?: unknown} | null)?.event === 'gtm.js')) {
      tagFirst = true;
    }
  }
  return {state, tagFirst};
}

/**
 * Calls `gtag(...args)`; where only `dataLayer` exists, pushes exactly what
 * Google's snippet pushes: an arguments object. Does nothing without either.
 */
export function gtag(...args: unknown[]): void {
  const w = window as GtagWindow;
  if (typeof w.gtag === 'function') {
    w.gtag(...args);
  } else if (Array.isArray(w.dataLayer)) {
    const dataLayer = w.dataLayer;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    (function push(..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      dataLayer.push(arguments);
    })(...args);
  }
}
