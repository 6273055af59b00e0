/**
 * Activates the site's gated elements once their categories are granted:
 *
 * - `<script type="text/plain" data-pv-consent="analytics">` (inline or `src`)
 *   becomes a real script, once, in document order (`nonce`, `async`, `defer`
 *   kept; `data-pv-type="module"` gives `type="module"`);
 * - any other element with `data-pv-consent` (img, picture, video, audio,
 *   link, embed, object, iframe…) gets its `src`, `srcset`, `href`, `data` and
 *   `poster` from `data-pv-src`, `data-pv-srcset`, … on itself and on the
 *   elements inside it (a picture's sources, a video's sources and tracks),
 *   once; an iframe has an accessible placeholder before it until then;
 * - `<template data-pv-consent=…>` has its content inserted after it.
 *
 * Several categories separated by spaces must all be granted. Elements added
 * to the page later are handled too, and nothing ever runs or loads twice;
 * withdrawing consent does not unload what was loaded. Author mistakes that
 * would leak or never load are reported once per element through
 * `GateHooks.warn` (see `gateProblems`).
 */
import {msg, str} from '@lit/localize';
import {resolveLocale, withLocale} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';

/** The problems `gateProblems` reports, each worded by the banner as one warning. */
export type GateProblem =
  /** A gated script that is not `type="text/plain"`: the browser runs it before consent. */
  | {kind: 'type'; element: string}
  /** A gated element that loads before consent: it has a real `src`, `srcset`, `href`, `data` or `poster`. */
  | {kind: 'live'; element: string; attribute: string}
  /** A category in `data-pv-consent` that the banner does not offer (`''` when none is named): never granted. */
  | {kind: 'category'; element: string; category: string; offered: string}
  /** A `data-pv-*` URL that is not http(s), relative (or `about:blank` for an iframe): never set. */
  | {kind: 'url'; element: string; attribute: string; value: string}
  /** A `data-pv-*` URL on an element with no `data-pv-consent` on it or around it: never loads. */
  | {kind: 'ungated'; element: string; attribute: string};

/** What the gate asks of the banner. */
export interface GateHooks {
  /** Whether every category in the list is granted. */
  granted(categories: string[]): boolean;
  /** Grants the categories (a placeholder's button). */
  allow(categories: string[]): void;
  /** The categories' names for people, in the locale `msg()` answers in now. */
  label(categories: string[]): string;
  /** The optional categories the banner offers (`necessary` is always known). */
  offered(): readonly string[];
  /** Words and logs one problem; the gate reports each element's problems once. */
  warn(problem: GateProblem): void;
}

interface TrustedPolicy {
  createScriptURL(url: string): unknown;
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScriptURL(u: string): string; createScript(s: string): string}): TrustedPolicy;
}

let policy: TrustedPolicy | null | undefined;

/**
 * The `pv-consent` Trusted Types policy (only where the browser has Trusted
 * Types). It is private to this module and only ever given the URLs and the
 * inline text of scripts, embeds and objects that are in the site's own
 * markup. It accepts http(s) and same-origin URLs, nothing else.
 */
function trusted(): TrustedPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  policy = null;
  if (tt) {
    try {
      policy = tt.createPolicy('pv-consent', {
        createScriptURL(u) {
          const url = new URL(u, document.baseURI);
          if (url.origin === location.origin || url.protocol === 'https:' || url.protocol === 'http:') return url.href;
          throw new TypeError(`pv-consent: refused script URL ${u}`);
        },
        createScript: (s) => s,
      });
    } catch {
      // The page's CSP does not list pv-consent: gated scripts cannot run, other things still work.
    }
  }
  return policy;
}

/** The URL attributes a gated element gets from `data-pv-<name>` after consent. */
export const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'data', 'poster'] as const;
const GATED = '[data-pv-consent]';
const DATA_URLS = URL_ATTRIBUTES.map((a) => `[data-pv-${a}]`).join();
const done = new WeakSet<Element>();
const checked = new WeakSet<Element>();
const placeholders = new WeakMap<Element, HTMLElement>();

/** The categories an element requires. */
export function requiredCategories(el: Element): string[] {
  return (el.getAttribute('data-pv-consent') ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** Only `type="text/plain"` keeps a script from running before consent. */
const inert = (el: HTMLScriptElement) => (el.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase() === 'text/plain';

/** The element and the elements inside it that it governs (not those with a `data-pv-consent` of their own). */
function governed(el: Element): Element[] {
  return [el, ...[...el.querySelectorAll(DATA_URLS + ',[src],[srcset],[data],[poster],link')].filter((n) => n.closest(GATED) === el)];
}

/** The URLs of a `srcset` (candidates separated by commas, each a URL then descriptors). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  for (let rest = value; (rest = rest.replace(/^[\s,]+/, '')); ) {
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    urls.push(url.replace(/,+$/, ''));
    // Descriptors ("2x", "300w") run to the next comma.
    if (!url.endsWith(',')) rest = rest.includes(',') ? rest.slice(rest.indexOf(',') + 1) : '';
  }
  return urls;
}

/** The value to set for a `data-pv-<name>` value, or undefined when it is not an http(s) or relative URL. */
function safeValue(name: string, value: string): string | undefined {
  if (name === 'srcset') return srcsetUrls(value).every((u) => safeUrl(u)) ? value : undefined;
  return value === 'about:blank' ? value : safeUrl(value);
}

/** A URL attribute that makes the browser fetch something now (an inline `data:` or `about:blank` placeholder does not). */
function liveAttribute(el: Element): string | undefined {
  return URL_ATTRIBUTES.find((a) => {
    const v = (a === 'href' && el.localName !== 'link' ? null : el.getAttribute(a))?.trim();
    return v && !/^(data:|about:blank$)/i.test(v);
  });
}

/** An element as a page author wrote it, short: `<img id="x" data-pv-consent="analytics" data-pv-src="…">`. */
function describe(el: Element): string {
  const url = URL_ATTRIBUTES.flatMap((a) => [a, `data-pv-${a}`]).find((a) => el.hasAttribute(a));
  const shown = ['id', 'data-pv-consent', url].filter((a): a is string => !!a && el.hasAttribute(a));
  const attrs = shown.map((a) => {
    const v = el.getAttribute(a)!;
    return ` ${a}="${v.length > 60 ? `${v.slice(0, 59)}…` : v}"`;
  });
  return `<${el.localName}${attrs.join('')}>`;
}

/**
 * What is wrong with a gated element (one with `data-pv-consent`), or with an
 * element carrying a `data-pv-*` URL: the mistakes that make it load before
 * consent, or never. Pure: it reads the element and reports, nothing else.
 */
export function gateProblems(el: Element, offered: readonly string[]): GateProblem[] {
  if (!el.closest(GATED)) {
    const name = URL_ATTRIBUTES.find((a) => el.hasAttribute(`data-pv-${a}`));
    return name ? [{kind: 'ungated', element: describe(el), attribute: `data-pv-${name}`}] : [];
  }
  if (!el.hasAttribute('data-pv-consent')) return [];
  const element = describe(el);
  const known = ['necessary', ...offered];
  const categories = requiredCategories(el);
  const problems: GateProblem[] = (categories.length ? categories : [''])
    .filter((c) => !known.includes(c))
    .map((category) => ({kind: 'category', element, category, offered: known.join(', ')}));
  if (el instanceof HTMLScriptElement) {
    if (!inert(el)) problems.push({kind: 'type', element});
  } else if (!(el instanceof HTMLTemplateElement)) {
    for (const node of governed(el)) {
      const live = liveAttribute(node);
      if (live) problems.push({kind: 'live', element: describe(node), attribute: live});
      for (const name of URL_ATTRIBUTES) {
        const value = node.getAttribute(`data-pv-${name}`);
        if (value !== null && safeValue(name, value) === undefined) {
          problems.push({kind: 'url', element: describe(node), attribute: `data-pv-${name}`, value});
        }
      }
    }
  }
  return problems;
}

/** A real, runnable copy of a script (a gated one, or one from a template's content). */
function copyScript(old: HTMLScriptElement, gated = true): HTMLScriptElement {
  const script = document.createElement('script');
  for (const {name, value} of old.attributes) {
    if ((gated && name === 'type') || name === 'src' || name === 'data-pv-type' || name === 'data-pv-consent') continue;
    script.setAttribute(name, value);
  }
  if (old.nonce) script.nonce = old.nonce;
  const type = gated && old.getAttribute('data-pv-type');
  if (type) script.type = type;
  const tt = trusted();
  const src = old.getAttribute('src');
  if (src) {
    (script as {src: unknown}).src = tt ? tt.createScriptURL(src) : src;
    // Dynamic scripts are async unless told otherwise: keep document order.
    script.async = old.hasAttribute('async');
  } else {
    (script as {text: unknown}).text = tt ? tt.createScript(old.text) : old.text;
  }
  return script;
}

const failed = (e: unknown) => console.warn('<pv-consent-banner>: a gated element could not be activated.', e);

/** Runs gated scripts one after the other; an external script is awaited before the next. */
let queue: Promise<void> = Promise.resolve();

function runScript(old: HTMLScriptElement): void {
  queue = queue.then(
    () =>
      new Promise<void>((resolve) => {
        if (!old.isConnected) return resolve();
        let script: HTMLScriptElement;
        try {
          script = copyScript(old);
        } catch (e) {
          failed(e);
          return resolve();
        }
        const waits = script.src && !script.async;
        if (waits) {
          script.addEventListener('load', () => resolve(), {once: true});
          script.addEventListener('error', () => resolve(), {once: true});
        }
        old.after(script);
        old.setAttribute('data-pv-activated', '');
        if (!waits) resolve();
      })
  );
}

/** Gives a gated element and the elements it governs their real URLs. */
function load(el: Element): void {
  placeholders.get(el)?.remove();
  const tt = trusted();
  for (const node of governed(el)) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(`data-pv-${name}`);
      const url = value === null ? undefined : safeValue(name, value);
      if (url === undefined) continue;
      try {
        // An embed's src and an object's data are script URLs under Trusted Types.
        node.setAttribute(name, (tt && /^(embed|object)$/.test(node.localName) ? tt.createScriptURL(url) : url) as string);
      } catch (e) {
        failed(e);
      }
    }
  }
  // A media element chose its source when it was parsed: have it look again.
  if (el instanceof HTMLMediaElement && el.querySelector('source')) el.load();
  if (el instanceof HTMLIFrameElement) el.hidden = false;
  el.setAttribute('data-pv-activated', '');
}

function placeholder(frame: HTMLIFrameElement, categories: string[], hooks: GateHooks): void {
  if (placeholders.has(frame)) return;
  const box = document.createElement('div');
  box.className = 'pv-consent-placeholder';
  box.setAttribute('role', 'group');
  box.setAttribute('data-pv-placeholder', '');
  const title = frame.title;
  withLocale(resolveLocale(frame), () => {
    const list = hooks.label(categories);
    box.setAttribute('aria-label', title ? msg(str`Blocked content: ${title}`) : msg('Blocked content'));
    const text = document.createElement('p');
    text.textContent = msg(str`This content comes from another site, which may collect data about you. It is shown only if you allow: ${list}.`);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = msg(str`Allow and show: ${list}`);
    button.addEventListener('click', () => hooks.allow(categories));
    box.append(text, button);
  });
  frame.hidden = true;
  frame.before(box);
  placeholders.set(frame, box);
}

/** The elements of `root` (itself included) that match `selector`, in document order. */
function within(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * Activates (or, for iframes, shows a placeholder for) every gated element in
 * `root`, in document order, and reports each element's mistakes once.
 */
export function applyGate(root: ParentNode, hooks: GateHooks): void {
  for (const el of within(root, `${GATED},${DATA_URLS}`)) {
    if (checked.has(el)) continue;
    checked.add(el);
    for (const p of gateProblems(el, hooks.offered())) hooks.warn(p);
  }
  for (const el of within(root, GATED)) {
    if (done.has(el) || el.hasAttribute('data-pv-activated')) continue;
    const categories = requiredCategories(el);
    if (!categories.length) continue;
    if (!hooks.granted(categories)) {
      if (el instanceof HTMLIFrameElement) placeholder(el, categories, hooks);
      continue;
    }
    done.add(el);
    if (el instanceof HTMLScriptElement) {
      // A script that is not text/plain ran already, or never will: never run it (again).
      if (inert(el)) runScript(el);
    } else if (el instanceof HTMLTemplateElement) {
      const content = document.importNode(el.content, true);
      // Scripts from a template's content never run as they are: make real ones.
      for (const s of content.querySelectorAll('script')) s.replaceWith(copyScript(s, false));
      el.after(content);
      el.setAttribute('data-pv-activated', '');
    } else {
      load(el);
    }
  }
}

/** Keeps gating the page: elements added later are handled as they arrive. Returns a stop function. */
export function watchGate(hooks: GateHooks): () => void {
  applyGate(document, hooks);
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) applyGate(n, hooks);
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
  return () => observer.disconnect();
}
