/** Helpers shared by the consent banner's browser tests (not shipped). */
import {fixture} from '@open-wc/testing';
import type {PvConsentBanner} from './consent-banner.js';
import {STORE_KEY} from './consent-store.js';

/** Deletes every cookie of the test page and empties localStorage. */
export function clearStorage(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
  localStorage.clear();
}

/** The raw `pv_consent` cookie value, decoded, or undefined. */
export function rawCookie(): string | undefined {
  const part = document.cookie.split('; ').find((p) => p.startsWith(`${STORE_KEY}=`));
  return part ? decodeURIComponent(part.slice(STORE_KEY.length + 1)) : undefined;
}

/** Renders a banner (optionally inside a `lang` wrapper) and waits for it. */
export async function renderBanner(markup = '<pv-consent-banner></pv-consent-banner>', lang?: string): Promise<PvConsentBanner> {
  const wrapper = await fixture<HTMLDivElement>(`<div${lang ? ` lang="${lang}"` : ''}>${markup}</div>`);
  const el = wrapper.querySelector('pv-consent-banner')!;
  await el.updateComplete;
  return el;
}

/** Every button in the shadow part matching `scope` whose text is `label`. */
export function button(el: Element, label: string, scope = '[part~="banner"]'): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`No button "${label}" in ${scope}`);
  return found;
}

/** Clicks a button and waits for the banner to update. */
export async function click(el: PvConsentBanner, label: string, scope?: string): Promise<void> {
  button(el, label, scope).click();
  await el.updateComplete;
}

export const shadow = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/** Replaces a property on an object for one test; returns a restore function. */
export function stub(target: object, key: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {configurable: true, ...descriptor});
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  };
}
