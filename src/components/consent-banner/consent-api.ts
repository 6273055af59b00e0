/**
 * The consent API, one per page: `window.patientVoice.consent` for script-tag
 * users, and the `consent` export for npm users. It talks to the page's
 * `<pv-consent-banner>` (the first one connected).
 */
import type {PvConsentChangeDetail} from '../../internal/events.js';
import type {ConsentChoices} from './consent-store.js';

/** The typed consent API. */
export interface ConsentApi {
  /** The person's choices, or `null` while they have not decided (or no banner is on the page). */
  get(): ConsentChoices | null;
  /** Records a choice made elsewhere (e.g. a site's own settings page). Missing categories are off. */
  set(choices: ConsentChoices): void;
  /** Opens the preferences dialog. */
  show(): void;
  /** Forgets the stored choice and asks again. */
  reset(): void;
  /** Calls `callback` after every change; returns a function that unsubscribes. */
  onChange(callback: (detail: PvConsentChangeDetail) => void): () => void;
}

/** @internal What a banner provides to the API. */
export interface ConsentController {
  choices(): ConsentChoices | null;
  set(choices: ConsentChoices): void;
  show(): void;
  reset(): void;
}

const controllers: ConsentController[] = [];
const listeners = new Set<(detail: PvConsentChangeDetail) => void>();

/** @internal A banner connected; the first one is the page's. Returns whether it is the page's. */
export function attach(c: ConsentController): boolean {
  if (!controllers.includes(c)) controllers.push(c);
  return controllers[0] === c;
}

/** @internal Whether a banner is on the page. */
export function hasBanner(): boolean {
  return controllers.length > 0;
}

/** @internal A banner left the page. */
export function detach(c: ConsentController): void {
  const i = controllers.indexOf(c);
  if (i >= 0) controllers.splice(i, 1);
}

/** @internal Tells every `onChange` subscriber. A subscriber that throws does not stop the others. */
export function notify(detail: PvConsentChangeDetail): void {
  for (const cb of [...listeners]) {
    try {
      cb(detail);
    } catch (e) {
      console.warn(e);
    }
  }
}

export const consent: ConsentApi = {
  get: () => controllers[0]?.choices() ?? null,
  set: (choices) => controllers[0]?.set(choices),
  show: () => controllers[0]?.show(),
  reset: () => controllers[0]?.reset(),
  onChange(callback) {
    listeners.add(callback);
    return () => void listeners.delete(callback);
  },
};

declare global {
  interface Window {
    patientVoice?: {consent?: ConsentApi};
  }
}

/** Puts the API on `window.patientVoice.consent` (done when the banner is registered). */
export function exposeConsentApi(): void {
  if (typeof window === 'undefined') return;
  const pv = (window.patientVoice ??= {});
  pv.consent ??= consent;
}
