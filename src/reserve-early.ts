/**
 * reserve.js: a classic script for <head>, before the library's module script,
 * for browsers without `blocking="render"` (Firefox): module scripts run after
 * the page is parsed, often after its first paint, so there the widgets would
 * appear and push the page down. A classic script in <head> runs before
 * anything is painted; it watches the page being parsed and keeps each
 * widget's (or placeholder's) space from the first paint until the widget has
 * rendered. Where `blocking="render"` works it changes nothing visible.
 *
 *   <script src="/assets/patient-voice/reserve.js"></script>
 *   <script type="module" blocking="render" src="/assets/patient-voice/patient-voice.js"></script>
 */
import {RESERVED_TAGS} from './reserve.js';
import {attributesOf, keep, placeholderShape} from './keep-space.js';

type Widget = HTMLElement & {updateComplete?: Promise<unknown>};

function seen(el: Element): void {
  if (!(el instanceof HTMLElement)) return;
  const tag = el.localName;
  if (RESERVED_TAGS.includes(tag)) {
    // Pre-rendered HTML is laid out already; a defined widget renders at once.
    if (el.shadowRoot || el.hasAttribute('data-pv-prerendered') || customElements.get(tag)) return;
    const release = keep(el, tag, attributesOf(el));
    void customElements
      .whenDefined(tag)
      .then(() => (el as Widget).updateComplete)
      .finally(release);
  } else if (el.matches('div[data-pv-widget]:not([data-pv-upgraded])')) {
    // The widget replaces the div once rendered: its space goes with it.
    keep(el, ...placeholderShape(el));
  }
}

if (typeof document !== 'undefined' && typeof MutationObserver === 'function') {
  // Only while the page is parsed: the autoloader and the widgets themselves
  // look after what scripts add later.
  const watch = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) seen(node);
  });
  watch.observe(document.documentElement, {childList: true, subtree: true});
  document.addEventListener('DOMContentLoaded', () => watch.disconnect(), {once: true});
}
