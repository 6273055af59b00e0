/**
 * Every event the library fires, declared once. Each is a `CustomEvent`
 * that bubbles and crosses shadow roots (`composed`).
 */

/** `pv-disclaimer-toggle`: the compact disclaimer was opened or closed by the reader. */
export interface PvDisclaimerToggleDetail {
  open: boolean;
}

// <pv-rights-explainer> event details (add below)

// <pv-referral-options> event details (add below)

// <pv-consent-banner> event details (add below)

export interface PvEventMap {
  'pv-disclaimer-toggle': CustomEvent<PvDisclaimerToggleDetail>;
  // <pv-rights-explainer> events (add below)
  // <pv-referral-options> events (add below)
  // <pv-consent-banner> events (add below)
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
