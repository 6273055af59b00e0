/**
 * Keeps the space of a widget whose code is still loading: its height from
 * the measured table (src/reserve.ts), for its width, font size and language.
 * Shared by the autoloader (a module: runs after the page is parsed) and
 * reserve.js (a classic script in <head>: runs while it is parsed, before the
 * first paint, also in browsers without `blocking="render"`). Imports only the
 * table, so that both stay small.
 */
import {RESERVED_TAGS, reservedHeight} from './reserve.js';

const kept = new WeakSet<Element>();
let blocks: CSSStyleSheet | undefined;

export const attributesOf = (el: Element): Array<[string, string]> => [...el.attributes].map((a) => [a.name, a.value]);

/**
 * Keeps `box` (a widget not yet defined, or its placeholder) at the height the
 * widget `tag` will render at; answers the function that gives the space
 * back. Set through the CSSOM, which a strict style-src allows.
 */
export function keep(box: HTMLElement, tag: string, attributes: Array<[string, string]>): () => void {
  if (kept.has(box) || !RESERVED_TAGS.includes(tag)) return () => undefined;
  kept.add(box);
  if (!blocks && 'adoptedStyleSheets' in Document.prototype) {
    // A tag not yet defined is an inline element: as a block, it takes the
    // width the widget will have, and the outer margin its :host rule gives
    // it (with no specificity, so that the page's own rules win, as they do
    // over :host).
    blocks = new CSSStyleSheet();
    blocks.replaceSync(`:where(:is(${RESERVED_TAGS.join(',')}):not(:defined)){display:block;margin-block:var(--pv-margin,1.5rem)}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, blocks];
  }
  const lang = /^fr\b/i.test(box.closest('[lang]')?.getAttribute('lang') ?? '') ? 'fr' : 'en';
  const height = reservedHeight(tag, attributes, lang, box.getBoundingClientRect().width, parseFloat(getComputedStyle(box).fontSize));
  if (!height) return () => undefined;
  box.style.minBlockSize = `${height}px`;
  // A placeholder is replaced by the widget: it keeps the widget's outer margin too.
  const placeholder = !RESERVED_TAGS.includes(box.localName);
  if (placeholder) box.style.marginBlock = 'var(--pv-margin, 1.5rem)';
  return () => {
    box.style.removeProperty('min-block-size');
    if (placeholder) box.style.removeProperty('margin-block');
    if (!box.getAttribute('style')) box.removeAttribute('style');
  };
}

/** A placeholder's widget tag and its data-* attributes as the widget's attributes. */
export function placeholderShape(div: Element): [string, Array<[string, string]>] {
  const data = attributesOf(div)
    .filter(([name]) => name.startsWith('data-') && name !== 'data-pv-widget')
    .map(([name, value]): [string, string] => [name.slice(5), value]);
  return [`pv-${(div.getAttribute('data-pv-widget') ?? '').trim().toLowerCase().replace(/^pv-/, '')}`, data];
}
