/**
 * The autoloader: a tiny script that loads each widget's code the first time
 * its tag appears on the page (now or later), so a page pays only for the
 * widgets it shows. All widgets share one copy of Lit (code-split modules).
 *
 *   <script type="module" blocking="render" src="/assets/patient-voice/autoloader.js"></script>
 *
 * Until a widget's code has loaded, the widget (or its placeholder) keeps the
 * height it will have (src/reserve.ts), so the page does not move when it
 * renders; `blocking="render"` in <head> makes that happen before the first
 * paint (and reserve.js, a classic script before it, in browsers without `blocking`).
 */
// Tag → the module that registers it, one per tag of src/widgets.ts.
import {loaders as widgets} from './generated/widgets/loaders.js';
import {attributesOf, keep, placeholderShape} from './keep-space.js';

const TT = `patient-voice-widgets: Trusted Types refused a second copy's "lit-html" policy (autoloader and bundle on one page?). Load one copy, or add 'allow-duplicates' to trusted-types.`;
const SAID = Symbol.for('patient-voice-widgets.lit-policy-explained');
const requested = new Map<string, Promise<unknown>>();
let hydration: Promise<unknown> | undefined;

function load(tag: string): Promise<unknown> | undefined {
  const loader = widgets[tag];
  if (!loader || requested.has(tag)) return requested.get(tag);
  const promise = (hydration ?? Promise.resolve()).then(loader).catch((e: unknown) => {
    requested.delete(tag);
    // Trusted Types refused this copy's Lit a second "lit-html" policy: say what to do (the same words
    // as internal/lit-guard.ts, kept here so that the autoloader imports nothing before a widget).
    if (!/lit-html/.test(String(e)) || !/polic/i.test(String(e))) console.warn(`<${tag}>: could not load its code.`, e);
    else if (!(globalThis as Record<symbol, boolean>)[SAID]) {
      (globalThis as Record<symbol, boolean>)[SAID] = true;
      // eslint-disable-next-line no-console -- nothing of this copy can work here: an error, not a warning
      console.error(TT);
    }
  });
  requested.set(tag, promise);
  return promise;
}

const PLACEHOLDER = 'div[data-pv-widget]:not([data-pv-upgraded])';

/**
 * Placeholders (`<div data-pv-widget="…" data-…>` — see internal/placeholders.ts):
 * load the widget, then swap the div for it.
 */
function upgradePlaceholders(divs: HTMLElement[]): Promise<unknown> {
  if (!divs.length) return Promise.resolve();
  return import('./internal/placeholders.js').then(async ({placeholderTag, upgradePlaceholder, warnUnknownPlaceholder, refuseBannerPlaceholder}) => {
    await Promise.all(
      divs.map(async (div) => {
        const tag = placeholderTag(div.getAttribute('data-pv-widget'));
        if (!(tag in widgets)) return warnUnknownPlaceholder(div, Object.keys(widgets));
        // Anyone who can write a div could otherwise make the page's banner (and start trackers).
        if (tag === 'pv-consent-banner') return refuseBannerPlaceholder(div);
        await load(tag);
        upgradePlaceholder(div);
      })
    );
  });
}

/** Loads the code of every widget in `root` not yet defined, and upgrades placeholders. */
export function discover(root: ParentNode = document): Promise<unknown[]> {
  const pending = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && root.matches(':not(:defined)')) pending.unshift(root);
  const ours = pending.filter((el) => el.localName in widgets);
  const placeholders = [...root.querySelectorAll<HTMLElement>(PLACEHOLDER)];
  if (root instanceof HTMLElement && root.matches(PLACEHOLDER)) placeholders.unshift(root);
  // Space first, then the loads. A placeholder's
  // space goes with the div, which the widget replaces once rendered.
  const releases = ours.map((el) => (el.shadowRoot || !(el instanceof HTMLElement) ? () => undefined : keep(el, el.localName, attributesOf(el))));
  for (const div of placeholders) keep(div, ...placeholderShape(div));
  // A pre-rendered widget (declarative shadow DOM) needs hydration support,
  // which must run before Lit's element module is first evaluated: load it
  // before any widget when the page has one. (A pre-rendered widget added
  // after Lit has loaded is rendered afresh instead.)
  if (!hydration && !requested.size && ours.some((el) => el.shadowRoot)) {
    hydration = import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  }
  return Promise.all([
    ...ours.map((el, i) =>
      Promise.resolve(load(el.localName))
        .then(() => (el as Element & {updateComplete?: Promise<unknown>}).updateComplete)
        .finally(releases[i])
    ),
    upgradePlaceholders(placeholders),
  ]);
}

if (typeof document !== 'undefined') {
  void discover();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
}
