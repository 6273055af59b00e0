import {msg, str} from '@lit/localize';
import {pageLocale, withLocale} from './locale.js';

/**
 * Placeholders that any CMS keeps (WordPress's HTML filter strips custom tags
 * for Authors, but keeps `<div class data-*>`):
 *
 *   <div data-pv-widget="referral-options" data-province="ON">Text shown if scripts do not run</div>
 *
 * becomes `<pv-referral-options province="ON">`. Every `data-*` attribute
 * but `data-pv-widget` becomes the widget attribute of the same name without
 * `data-`; the div's own `lang` is kept. The fallback text stays on screen
 * until the widget has rendered, then the div is removed.
 */
const DONE = 'data-pv-upgraded';

/** `referral-options` or `pv-referral-options` → `pv-referral-options`. */
export function placeholderTag(name: string | null): string {
  const n = (name ?? '').trim().toLowerCase();
  return n.startsWith('pv-') ? n : `pv-${n}`;
}

/** Upgrades one placeholder whose widget is defined. Returns the widget, or undefined if it cannot. */
export function upgradePlaceholder(div: HTMLElement): HTMLElement | undefined {
  if (div.hasAttribute(DONE)) return undefined;
  const name = div.getAttribute('data-pv-widget') ?? '';
  const tag = placeholderTag(name);
  const ctor = customElements.get(tag) as (CustomElementConstructor & {observedAttributes?: string[]}) | undefined;
  if (!ctor) return undefined;
  div.setAttribute(DONE, '');
  const widget = document.createElement(tag);
  const known = new Set(['lang', ...(ctor.observedAttributes ?? [])]);
  const lang = div.getAttribute('lang');
  if (lang) widget.setAttribute('lang', lang);
  for (const {name: attr, value} of [...div.attributes]) {
    if (!attr.startsWith('data-') || attr === 'data-pv-widget' || attr === DONE) continue;
    const target = attr.slice(5);
    if (!known.has(target)) {
      const list = [...known].map((a) => `data-${a}`).join(', ');
      console.warn(withLocale(pageLocale(), () => msg(str`Placeholder for ${tag}: ${attr} is not one of its attributes and is ignored. Accepted: ${list}.`)));
      continue;
    }
    widget.setAttribute(target, value);
  }
  // Render hidden next to the fallback, then swap, so the reader never sees a gap.
  widget.hidden = true;
  div.after(widget);
  const ready = (widget as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete ?? Promise.resolve();
  void ready.then(() => {
    widget.hidden = false;
    div.remove();
  });
  return widget;
}

/** Warns about a placeholder naming no widget of this library. */
export function warnUnknownPlaceholder(div: HTMLElement, accepted: readonly string[]): void {
  const value = div.getAttribute('data-pv-widget') ?? '';
  const list = accepted.map((t) => t.replace(/^pv-/, '')).join(', ');
  console.warn(withLocale(pageLocale(), () => msg(str`data-pv-widget="${value}" is not a widget of this library. Accepted values: ${list}.`)));
}

/**
 * A placeholder for the consent banner is never upgraded: the page's banner
 * decides what runs, so only a real `<pv-consent-banner>` written by the site
 * counts, not a div any contributor of a CMS can write. One warning each.
 */
export function refuseBannerPlaceholder(div: HTMLElement): void {
  if (div.hasAttribute(DONE)) return;
  div.setAttribute(DONE, '');
  console.warn(withLocale(pageLocale(), () => msg('data-pv-widget="consent-banner" is not upgraded: the consent banner must be a <pv-consent-banner> element in the page itself.')));
}
