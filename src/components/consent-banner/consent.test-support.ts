/** Helpers shared by the consent banner's browser tests (not shipped). */
import type {PvConsentBanner} from './consent-banner.js';
import {STORE_KEY} from './consent-store.js';
import {renderWidget} from '../../test-support/helpers.js';

export {clearStorage} from '../../test-support/helpers.js';

/** The raw `pv_consent` cookie value, decoded, or undefined. */
export function rawCookie(): string | undefined {
  const part = document.cookie.split('; ').find((p) => p.startsWith(`${STORE_KEY}=`));
  return part ? decodeURIComponent(part.slice(STORE_KEY.length + 1)) : undefined;
}

/** Renders a banner (optionally inside a `lang` wrapper) and waits for it. */
export const renderBanner = (markup?: string, lang?: string) => renderWidget('pv-consent-banner', markup ?? '<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', lang);

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
