/**
 * Every event the library fires, declared once. Each is a `CustomEvent`
 * that bubbles and crosses shadow roots (`composed`).
 */

// <pv-medical-disclaimer> event details
/** `pv-disclaimer-toggle`: the compact disclaimer was opened or closed by the reader. */
export interface PvDisclaimerToggleDetail {
  open: boolean;
}

// <pv-rights-explainer> event details
/** `pv-rights-toggle`: the compact rights explainer was opened or closed by the reader. */
export interface PvRightsToggleDetail {
  open: boolean;
}
/** `pv-copy`: text was copied to the clipboard at the reader's request. */
export interface PvCopyDetail {
  /** Exactly the plain text that was copied. */
  text: string;
}

// <pv-referral-options> event details
/** `pv-route-toggle`: a route card of the compact referral options, or a card's details, was opened or closed. */
export interface PvRouteToggleDetail {
  /** The route's id: `family-doctor`, `specialist`, `walk-in` or `insurance`. */
  route: string;
  open: boolean;
}
/** `pv-guide-complete`: every guide question is answered (fired again after each change). */
export interface PvGuideCompleteDetail {
  /** The answers: `familyDoctor` (`yes`/`no`), `opinion` (only with a family doctor), `insurance` (`yes`/`no`/`not-sure`). */
  answers: {familyDoctor?: string; opinion?: string; insurance?: string};
  /** The suggested route ids, in order. */
  routes: string[];
}
/** `pv-province-change`: the reader chose a province or territory in the picker (`''` for none). */
export interface PvProvinceChangeDetail {
  province: string;
}

// <pv-consent-banner> event details
/** How a consent choice was made. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'notice' | 'gpc' | 'api';
/** `pv-consent-change`: the person's consent choice changed (bubbles to `document`). */
export interface PvConsentChangeDetail {
  /** Each optional category, on or off (`necessary` is always on and not listed). */
  choices: Record<string, boolean>;
  /** Each service of the JSON configuration, on or off (`{}` where the site declares none). */
  services: Record<string, boolean>;
  /** Categories that were on and are now off. */
  revoked: string[];
  /** Services that were on and are now off. */
  revokedServices: string[];
  method: ConsentMethod;
  /** The policy revision the choice was made under. */
  revision: string;
  /** When the choice was made (ms since the epoch). */
  timestamp: number;
}
/** `pv-consent-withdraw`: categories were withdrawn; scripts that already ran stay until the page reloads. */
export interface PvConsentWithdrawDetail {
  /** The categories withdrawn. */
  categories: string[];
  /** The services withdrawn (those of the categories withdrawn included). */
  services: string[];
  /** The cookies deleted (checked afterwards: only those really gone). */
  cookies: string[];
  /** The localStorage keys removed. */
  localStorage: string[];
  /** The sessionStorage keys removed. */
  sessionStorage: string[];
  /** Always true: a reload may be needed to stop what already runs. The banner never reloads by itself. */
  reloadSuggested: boolean;
}

export interface PvEventMap {
  // <pv-medical-disclaimer> events
  'pv-disclaimer-toggle': CustomEvent<PvDisclaimerToggleDetail>;
  // <pv-rights-explainer> events
  'pv-rights-toggle': CustomEvent<PvRightsToggleDetail>;
  'pv-copy': CustomEvent<PvCopyDetail>;
  // <pv-referral-options> events
  'pv-route-toggle': CustomEvent<PvRouteToggleDetail>;
  'pv-guide-complete': CustomEvent<PvGuideCompleteDetail>;
  'pv-province-change': CustomEvent<PvProvinceChangeDetail>;
  // <pv-consent-banner> events
  'pv-consent-change': CustomEvent<PvConsentChangeDetail>;
  'pv-consent-withdraw': CustomEvent<PvConsentWithdrawDetail>;
}

export type PvEventName = keyof PvEventMap;
export type PvEventDetail<K extends PvEventName> = PvEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // Lets `el.addEventListener('pv-…', e => e.detail…)` be typed everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PvEventMap {}
}

/** Fires a typed, bubbling, composed `pv-*` event from `target`. Returns false if a listener cancelled it. */
export function emit<K extends PvEventName>(target: EventTarget, type: K, detail: PvEventDetail<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
}
