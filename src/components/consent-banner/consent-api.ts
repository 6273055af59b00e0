/**
 * The consent API, one per page: `window.patientVoice.consent` for script-tag
 * users, and the `consent` export for npm users. It talks to the page's
 * `<pv-consent-banner>`: the first one connected; when it leaves, the next
 * one waiting takes over. Calls made while no banner is on the page wait
 * for one.
 */
import {msg, str} from '@lit/localize';
import type {PvConsentChangeDetail} from '../../internal/events.js';
import type {ConsentChoices} from './consent-store.js';

/** The typed consent API. */
export interface ConsentApi {
  /**
   * The person's choices, or `null` while they have not decided (or no banner
   * is on the page): each category, and each service of the JSON
   * configuration by its id (`{analytics: false, ga4: true}`).
   */
  get(): ConsentChoices | null;
  /**
   * Records a choice made elsewhere (e.g. a site's own settings page), by
   * category or service id. A service takes its own value, else its
   * category's; a category with services is on when all of them are.
   * Missing categories are off. Waits for a banner if there is none yet.
   */
  set(choices: ConsentChoices): void;
  /** Opens the preferences dialog. Waits for a banner if there is none yet. */
  show(): void;
  /** Forgets the stored choice and asks again. Waits for a banner if there is none yet. */
  reset(): void;
  /** Calls `callback` after every change; returns a function that unsubscribes. */
  onChange(callback: (detail: PvConsentChangeDetail) => void): () => void;
}

/** @internal What a banner provides to the API. */
export interface ConsentController {
  /** Makes the banner the page's: it reads the stored choice, gates the page and asks if needed. */
  start(): void;
  choices(): ConsentChoices | null;
  set(choices: ConsentChoices): void;
  show(): void;
  reset(): void;
}

type Call = [name: string, run: (c: ConsentController) => void];

/** Connected banners in order; the first is the page's. */
const controllers: ConsentController[] = [];
/** Calls made while no banner was connected, applied in order when one is. */
const waiting: Call[] = [];
const listeners = new Set<(detail: PvConsentChangeDetail) => void>();

/** @internal How long after the page's load calls may wait for a banner before one warning (tests shorten it). */
export const noBannerWait = {ms: 10_000};
let warned = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function becomePage(c: ConsentController): void {
  c.start();
  for (const [, run] of waiting.splice(0)) run(c);
}

/** @internal A banner connected. The first one becomes the page's at once (`start()`); returns whether it did. */
export function attach(c: ConsentController): boolean {
  if (!controllers.includes(c)) controllers.push(c);
  if (controllers[0] !== c) return false;
  becomePage(c);
  return true;
}

/** @internal Whether a banner is on the page. */
export function hasBanner(): boolean {
  return controllers.length > 0;
}

/** @internal A banner left the page; if it was the page's, the next one waiting takes over. */
export function detach(c: ConsentController): void {
  const i = controllers.indexOf(c);
  if (i < 0) return;
  controllers.splice(i, 1);
  if (i === 0 && controllers[0]) becomePage(controllers[0]);
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

/** One warning when calls still wait for a banner `noBannerWait.ms` after the page's load (or after the first call, if later). */
function warnLater(): void {
  if (warned || timer !== undefined) return;
  if (document.readyState !== 'complete') return void addEventListener('load', warnLater, {once: true});
  timer = setTimeout(() => {
    timer = undefined;
    if (!waiting.length) return;
    warned = true;
    const calls = [...new Set(waiting.map(([name]) => `consent.${name}()`))].join(', ');
    const s = noBannerWait.ms / 1000;
    console.warn(`<pv-consent-banner>: ${msg(str`No consent banner ${s} s after the page loaded. Still waiting: ${calls}.`)}`);
  }, noBannerWait.ms);
}

function call(name: string, run: (c: ConsentController) => void): void {
  if (controllers[0]) return run(controllers[0]);
  waiting.push([name, run]);
  warnLater();
}

export const consent: ConsentApi = {
  get: () => controllers[0]?.choices() ?? null,
  set: (choices) => call('set', (c) => c.set(choices)),
  show: () => call('show', (c) => c.show()),
  reset: () => call('reset', (c) => c.reset()),
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
