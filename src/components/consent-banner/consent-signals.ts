/**
 * The signals around the choice: Global Privacy Control (what the browser
 * says) and Google Consent Mode v2 (what Google's tags are told). Pure: no
 * rendering, no `msg()`.
 */
import type {ConsentChoices} from './consent-store.js';

type GtagWindow = Window & {gtag?: (...args: unknown[]) => void; dataLayer?: unknown[]};

/** Whether the browser sends Global Privacy Control. */
export function gpcEnabled(): boolean {
  return typeof navigator !== 'undefined' && (navigator as {globalPrivacyControl?: boolean}).globalPrivacyControl === true;
}

/** Whether the page uses Google's tag: `gtag` or `dataLayer` exists. */
export function usesGoogleTag(): boolean {
  const w = window as GtagWindow;
  return typeof w.gtag === 'function' || Array.isArray(w.dataLayer);
}

/** Consent Mode's signals for `choices`. */
export function consentModeSignals(choices: ConsentChoices): Record<string, 'granted' | 'denied'> {
  const state = (on: boolean | undefined) => (on ? 'granted' : 'denied');
  return {
    ad_storage: state(choices.marketing),
    ad_user_data: state(choices.marketing),
    ad_personalization: state(choices.marketing),
    analytics_storage: state(choices.analytics),
  };
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
