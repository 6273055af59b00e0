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
 *
 * The gate only starts what the site wrote: where the page uses a CSP nonce
 * (`GateHooks.nonce`), a gated script and a template's scripts run only with
 * that nonce (under `'strict-dynamic'` anything the gate inserts would run);
 * script, embed and object URLs must be same-origin or from
 * `GateHooks.origins`; `necessary` alone is not a gate. Each element is
 * handled on its own (one that fails is one warning, the rest proceeds), and
 * long batches yield to the main thread.
 */
import {msg, str} from '@lit/localize';
import {resolveLocale, withLocale} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';
import {absoluteUrl} from './consent-peek.js';

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
  | {kind: 'ungated'; element: string; attribute: string}
  /** `data-pv-consent` names only `necessary`, which is always on: not a gate, never activated. */
  | {kind: 'necessary'; element: string}
  /** A gated script, or a script in a gated template, without the page's nonce: never run. */
  | {kind: 'nonce'; element: string}
  /** A script, embed or object URL from an origin the site did not list: never set. */
  | {kind: 'origin'; element: string; url: string}
  /** Activating the element threw (e.g. refused by the page's Trusted Types). */
  | {kind: 'failed'; element: string; error: string}
  /** Trusted Types without `pv-consent` in the page's `trusted-types` directive: gated scripts stay inert (reported once). */
  | {kind: 'policy'}
  /** A gated element inside a shadow root, which the gate does not see (reported once). */
  | {kind: 'shadow'; element: string};

/** What the gate asks of the banner. */
export interface GateHooks {
  /** Whether every category in the list is granted. */
  granted(categories: string[]): boolean;
  /** Grants the categories or services (a placeholder's button): a service alone, not the rest of its category. */
  allow(categories: string[]): void;
  /** The categories' or services' names for people, in the locale `msg()` answers in now. */
  label(categories: string[]): string;
  /** The names of the categories the services among `ids` belong to (`''` when none is a service), in the locale `msg()` answers in now. */
  scope(ids: string[]): string;
  /** The optional categories and the services the banner offers (`necessary` is always known). */
  offered(): readonly string[];
  /** Words and logs one problem; the gate reports each element's problems once. */
  warn(problem: GateProblem): void;
  /** The page's CSP nonce, `''` when it uses none (any other value: scripts need exactly it). */
  nonce(): string;
  /** The origins, besides the page's own, that script, embed and object URLs may come from. */
  origins(): readonly string[];
}

interface TrustedPolicy {
  createScriptURL(url: string): unknown;
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScriptURL(u: string): string; createScript(s: string): string}): TrustedPolicy;
}

let policy: TrustedPolicy | null | undefined;
/** The hooks of the banner gating the page now (the policy reads its origins). */
let active: GateHooks | undefined;

/** `value` as an absolute URL when it is same-origin or from one of `origins`, else undefined. */
export function allowedUrl(value: string, origins: readonly string[]): string | undefined {
  const url = absoluteUrl(value);
  const origin = url && new URL(url).origin;
  // The document's origin (`location.origin` is "null" in a srcdoc document).
  return origin && (origin === self.origin || origins.includes(origin)) ? url : undefined;
}

/**
 * The `pv-consent` Trusted Types policy (only where the browser has Trusted
 * Types). It is private to this module and only ever given the URLs and the
 * inline text of scripts, embeds and objects that are in the site's own
 * markup. It accepts same-origin URLs and those of the origins the site
 * listed, nothing else. `null` when the page's CSP does not allow it.
 */
function trusted(): TrustedPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  policy = null;
  if (tt) {
    try {
      policy = tt.createPolicy('pv-consent', {
        createScriptURL(u) {
          const url = allowedUrl(u, active?.origins() ?? []);
          if (url) return url;
          throw new TypeError(`pv-consent: refused script URL ${u}`);
        },
        createScript: (s) => s,
      });
    } catch {
      // The page's CSP does not list pv-consent: gated scripts cannot run, other things still work.
      active?.warn({kind: 'policy'});
    }
  }
  return policy;
}

/** A classic script running this module as it first runs (a module script has none). */
const current = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
/** Matches no script: the page shows several nonces on the scripts that may have loaded the gate. */
const UNKNOWN_NONCE = '\0several';

/**
 * The nonce of the script that loaded the gate: the classic script running
 * it, else the scripts whose URL is in this module's folder or a folder above
 * (the one-file build; the autoloader, for its chunks). `''` when none has
 * one. When they show different nonces (markup injected into the page may
 * carry a made-up one), a value that matches no script: nothing is started.
 * The banner's own `nonce` attribute, when present, is used instead.
 */
export function loaderNonce(): string {
  if (current) return current.nonce ?? '';
  const here = import.meta.url;
  const nonces = new Set(
    [...document.scripts].filter((s) => s.src && !inert(s) && here.startsWith(new URL('.', s.src).href) && s.nonce).map((s) => s.nonce)
  );
  return nonces.size > 1 ? UNKNOWN_NONCE : ([...nonces][0] ?? '');
}

/** Whether scripts can be made: no Trusted Types, or our policy is allowed. */
const scriptsAllowed = () => !(globalThis as {trustedTypes?: unknown}).trustedTypes || !!trusted();

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

/** What the gate trusts: the page's nonce (`''`: none) and the origins listed besides the page's. */
export interface GateTrust {
  nonce: string;
  origins: readonly string[];
}
const NO_TRUST: GateTrust = {nonce: '', origins: []};

/** Why a script (gated, or in a gated template) may not run: no page nonce on it, or a URL from elsewhere. */
function scriptProblems(s: HTMLScriptElement, trust: GateTrust): GateProblem[] {
  const element = describe(s);
  const problems: GateProblem[] = [];
  if (trust.nonce && (s.nonce || s.getAttribute('nonce')) !== trust.nonce) problems.push({kind: 'nonce', element});
  const src = s.getAttribute('src');
  if (src !== null && !allowedUrl(src, trust.origins)) problems.push({kind: 'origin', element, url: src});
  return problems;
}

/** Embeds and objects take script URLs: the same origins as scripts. */
const scriptLike = (node: Element) => /^(embed|object)$/.test(node.localName);

/** `necessary` is always on: an element that names only it is not gated, and never activated. */
const onlyNecessary = (categories: string[]) => categories.length > 0 && categories.every((c) => c === 'necessary');

/**
 * What is wrong with a gated element (one with `data-pv-consent`), or with an
 * element carrying a `data-pv-*` URL: the mistakes that make it load before
 * consent, or never, and what the gate refuses to start (`trust`). Pure: it
 * reads the element and reports, nothing else.
 */
export function gateProblems(el: Element, offered: readonly string[], trust: GateTrust = NO_TRUST): GateProblem[] {
  if (!el.closest(GATED)) {
    const name = URL_ATTRIBUTES.find((a) => el.hasAttribute(`data-pv-${a}`));
    return name ? [{kind: 'ungated', element: describe(el), attribute: `data-pv-${name}`}] : [];
  }
  if (!el.hasAttribute('data-pv-consent')) return [];
  const element = describe(el);
  const known = ['necessary', ...offered];
  const categories = requiredCategories(el);
  const problems: GateProblem[] = onlyNecessary(categories)
    ? [{kind: 'necessary', element}]
    : (categories.length ? categories : [''])
        .filter((c) => !known.includes(c))
        .map((category) => ({kind: 'category', element, category, offered: known.join(', ')}));
  if (el instanceof HTMLScriptElement) {
    problems.push(...(inert(el) ? scriptProblems(el, trust) : [{kind: 'type', element} as const]));
  } else if (el instanceof HTMLTemplateElement) {
    for (const s of el.content.querySelectorAll('script')) problems.push(...scriptProblems(s, trust));
  } else {
    for (const node of governed(el)) {
      const live = liveAttribute(node);
      if (live) problems.push({kind: 'live', element: describe(node), attribute: live});
      for (const name of URL_ATTRIBUTES) {
        const value = node.getAttribute(`data-pv-${name}`);
        if (value === null) continue;
        if (safeValue(name, value) === undefined) {
          problems.push({kind: 'url', element: describe(node), attribute: `data-pv-${name}`, value});
        } else if (scriptLike(node) && !allowedUrl(value, trust.origins)) {
          problems.push({kind: 'origin', element: describe(node), url: value});
        }
      }
    }
  }
  return problems;
}

/** A real, runnable copy of a script (a gated one, or one from a template's content) whose URL is allowed. */
function copyScript(old: HTMLScriptElement, trust: GateTrust, gated = true): HTMLScriptElement {
  const script = document.createElement('script');
  for (const {name, value} of old.attributes) {
    // Event handler attributes are not copied: the gate starts scripts, not handlers.
    if ((gated && name === 'type') || /^(src|data-pv-type|data-pv-consent|on.*)$/.test(name)) continue;
    script.setAttribute(name, value);
  }
  if (old.nonce) script.nonce = old.nonce;
  // Only a module: other types (importmap, speculationrules) are not scripts to gate.
  if (gated && old.getAttribute('data-pv-type')?.trim().toLowerCase() === 'module') script.type = 'module';
  const tt = trusted();
  const src = old.getAttribute('src');
  if (src !== null) {
    const url = allowedUrl(src, trust.origins);
    if (!url) throw new TypeError(`refused script URL ${src}`);
    (script as {src: unknown}).src = tt ? tt.createScriptURL(url) : url;
    // Dynamic scripts are async unless told otherwise: keep document order.
    script.async = old.hasAttribute('async');
  } else {
    (script as {text: unknown}).text = tt ? tt.createScript(old.text) : old.text;
  }
  return script;
}

/** The scripts the gate made: nothing to look for in them when they are added. */
const made = new WeakSet<Element>();
const failures = new WeakSet<Element>();
/** Activation throws for one element: one warning naming it (once); the rest goes on. */
function failed(hooks: GateHooks, el: Element, e: unknown): void {
  if (failures.has(el)) return;
  failures.add(el);
  hooks.warn({kind: 'failed', element: describe(el), error: String(e)});
}

/** How long the gate works before it lets the page breathe (ms): long batches never make a long task. */
const SLICE = 10;
/** When the slice of the current task began (-1: none yet), and which slice that is. */
let sliceStart = -1;
let slices = 0;
/**
 * How long the gate has worked in this task. A slice starts with the first
 * call of a task and ends with a timer set then, which can only fire once the
 * page is free again: nested calls (the observer, the next script) stay in it.
 * A task the gate resumes in after `pause()` is a slice of its own.
 */
function spent(): number {
  if (sliceStart < 0) {
    sliceStart = performance.now();
    const slice = ++slices;
    setTimeout(() => {
      if (slices === slice) sliceStart = -1;
    });
  }
  return performance.now() - sliceStart;
}

/** When the gate last let the page's own timers run (they wait behind `scheduler.yield()`). */
let timersRan = 0;
/** At least this often (ms) the gate yields through a timer. */
const TIMERS_EVERY = 20;
/**
 * Resolves in a new task, soon: through `scheduler.yield()` where the browser
 * has it (the page's input and rendering go first, then the gate goes on),
 * else, and at least every 20 ms so that the page's own timers run too,
 * through a timer.
 */
function pause(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?(): Promise<void>}}).scheduler;
  const now = performance.now();
  const quick = typeof scheduler?.yield === 'function' && now - timersRan < TIMERS_EVERY;
  if (!quick) timersRan = now;
  const resumed = quick ? scheduler!.yield!() : new Promise<void>((resolve) => setTimeout(resolve));
  return resumed.then(() => void (sliceStart = -1));
}
/** Nothing while this slice is young; else a promise of a new task (a long batch yields to the main thread). */
function breathe(): Promise<void> | undefined {
  return spent() < SLICE ? undefined : pause();
}

/** Gated scripts waiting to run, in order; `head` is the next one. */
const scripts: Array<[HTMLScriptElement, GateHooks, GateTrust]> = [];
let head = 0;
let running = false;

function runScript(old: HTMLScriptElement, hooks: GateHooks, trust: GateTrust): void {
  scripts.push([old, hooks, trust]);
  if (!running) void runScripts();
}

/** Runs gated scripts one after the other (an external one is awaited before the next), yielding between slices. */
async function runScripts(): Promise<void> {
  running = true;
  while (head < scripts.length) {
    await breathe();
    const [old, hooks, trust] = scripts[head++];
    await startScript(old, hooks, trust);
  }
  scripts.length = head = 0;
  running = false;
}

/** Starts one script; resolves when the next may start. Never rejects: one script that cannot start never stops the ones after it. */
function startScript(old: HTMLScriptElement, hooks: GateHooks, trust: GateTrust): Promise<void> | undefined {
  if (!old.isConnected) return undefined;
  try {
    const script = copyScript(old, trust);
    const waits = script.src && !script.async;
    const loaded = waits
      ? new Promise<void>((resolve) => {
          script.addEventListener('load', () => resolve(), {once: true});
          script.addEventListener('error', () => resolve(), {once: true});
        })
      : undefined;
    made.add(script);
    // The copy goes right after the gated script, and the gated script is put
    // back with it (the same place; one more pair of mutation records): in
    // Firefox each separate insertion among frameless siblings (a run of
    // gated scripts) walks all of them when frames are built, so 20,000
    // `after()`s took seconds; one run of re-inserted nodes per slice is one walk.
    old.replaceWith(old, script);
    old.setAttribute('data-pv-activated', '');
    return loaded;
  } catch (e) {
    failed(hooks, old, e);
    return undefined;
  }
}

/** Gives a gated element and the elements it governs their real URLs (each on its own). */
function load(el: Element, hooks: GateHooks, trust: GateTrust): void {
  placeholders.get(el)?.remove();
  const tt = trusted();
  for (const node of governed(el)) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(`data-pv-${name}`);
      let url = value === null ? undefined : safeValue(name, value);
      if (url === undefined) continue;
      try {
        if (scriptLike(node)) {
          // An embed's src and an object's data are script URLs: listed origins only, through the policy.
          url = allowedUrl(url, trust.origins);
          if (url === undefined) continue;
          node.setAttribute(name, (tt ? tt.createScriptURL(url) : url) as string);
        } else {
          node.setAttribute(name, url);
        }
      } catch (e) {
        failed(hooks, node, e);
      }
    }
  }
  // A media element chose its source when it was parsed: have it look again.
  if (el instanceof HTMLMediaElement && el.querySelector('source')) el.load();
  if (el instanceof HTMLIFrameElement) el.hidden = false;
  el.setAttribute('data-pv-activated', '');
}

/** Inserts a template's content after it; its scripts become real ones only when they pass the gate's rules. */
function insertTemplate(el: HTMLTemplateElement, hooks: GateHooks, trust: GateTrust): void {
  const content = document.importNode(el.content, true);
  for (const s of content.querySelectorAll('script')) {
    try {
      if (!scriptProblems(s, trust).length && scriptsAllowed()) s.replaceWith(copyScript(s, trust, false));
      else s.remove();
    } catch (e) {
      s.remove();
      failed(hooks, el, e);
    }
  }
  el.after(content);
  el.setAttribute('data-pv-activated', '');
}

let styled = false;
/**
 * The placeholders' rules, once per page: their button like the widgets'
 * (a 44 px target, the accent colour, a visible focus ring), in a cascade
 * layer so that the site's own rules win. A constructed sheet: no inline
 * style, so a strict CSP allows it.
 */
function placeholderStyles(): void {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '@layer pv-consent{.pv-consent-placeholder{border:1px solid;border-radius:var(--pv-radius,.375rem);padding:var(--pv-space,1rem)}' +
        '.pv-consent-placeholder button{font:inherit;font-weight:600;color:var(--pv-color-accent,#1a5690);background:transparent;border:1px solid currentColor;border-radius:var(--pv-radius,.375rem);padding:.375em .75em;min-block-size:44px;min-inline-size:44px;cursor:pointer}' +
        '.pv-consent-placeholder button:hover{text-decoration:underline}.pv-consent-placeholder button:focus-visible{outline:3px solid var(--pv-color-focus,#1a5690);outline-offset:2px}}'
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructed sheets: the browser's own button, still usable.
  }
}

function placeholder(frame: HTMLIFrameElement, categories: string[], hooks: GateHooks): void {
  if (placeholders.has(frame)) return;
  const box = document.createElement('div');
  box.className = 'pv-consent-placeholder';
  box.setAttribute('role', 'group');
  box.setAttribute('data-pv-placeholder', '');
  const title = frame.title;
  placeholderStyles();
  withLocale(resolveLocale(frame), () => {
    const list = hooks.label(categories);
    const scope = hooks.scope(categories);
    box.setAttribute('aria-label', title ? msg(str`Blocked content: ${title}`) : msg('Blocked content'));
    const text = document.createElement('p');
    text.textContent = msg(str`This content comes from another site, which may collect data about you. It is shown only if you allow: ${list}.`);
    // A service's button allows it alone: say so, so that nobody thinks they allowed the whole category.
    if (scope) text.textContent += ` ${msg(str`The button allows ${list} only, not the other uses in ${scope}.`)}`;
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

/** The first gated element inside an open shadow root in `root`, at any depth: the gate does not reach there. */
function inShadow(root: ParentNode): Element | undefined {
  for (const host of within(root, '*')) {
    const shadow = host.shadowRoot;
    const found = shadow && (shadow.querySelector(`${GATED},${DATA_URLS}`) ?? inShadow(shadow));
    if (found) return found;
  }
  return undefined;
}
let shadowWarned = false;

/** Checks one element (once), then activates it or shows its placeholder. */
function handle(el: Element, hooks: GateHooks, trust: GateTrust): void {
  if (!checked.has(el)) {
    checked.add(el);
    for (const p of gateProblems(el, hooks.offered(), trust)) hooks.warn(p);
    // Under Trusted Types without our policy: one warning, at start, for a page with scripts to gate.
    if (el instanceof HTMLScriptElement || (el instanceof HTMLTemplateElement && el.content.querySelector('script'))) scriptsAllowed();
  }
  if (!el.hasAttribute('data-pv-consent') || done.has(el) || el.hasAttribute('data-pv-activated')) return;
  const categories = requiredCategories(el);
  if (!categories.length || onlyNecessary(categories)) return;
  if (!hooks.granted(categories)) {
    if (el instanceof HTMLIFrameElement) placeholder(el, categories, hooks);
    return;
  }
  done.add(el);
  if (el instanceof HTMLScriptElement) {
    // A script that is not text/plain ran already, or never will: never run it (again).
    if (inert(el) && !scriptProblems(el, trust).length && scriptsAllowed()) runScript(el, hooks, trust);
  } else if (el instanceof HTMLTemplateElement) {
    insertTemplate(el, hooks, trust);
  } else {
    load(el, hooks, trust);
  }
}

/** Subtrees to look through (from `first` on), then elements to handle, in document order (from `next` on). */
const roots: ParentNode[] = [];
let first = 0;
const pending: Element[] = [];
let next = 0;
let draining = false;

/** Finds the gated elements of one subtree (and warns once about shadow roots). */
function expand(root: ParentNode, hooks: GateHooks): void {
  const hidden = shadowWarned ? undefined : inShadow(root);
  if (hidden) {
    shadowWarned = true;
    hooks.warn({kind: 'shadow', element: describe(hidden)});
  }
  // A lone element (most added nodes) needs no search inside it.
  if (root instanceof Element && !root.firstElementChild) {
    if (root.matches(`${GATED},${DATA_URLS}`)) pending.push(root);
  } else {
    for (const el of within(root, `${GATED},${DATA_URLS}`)) pending.push(el);
  }
}

/** Handles pending work for one slice of time, then again in a new task until none is left. */
function drain(): void {
  draining = true;
  const hooks = active!;
  const trust: GateTrust = {nonce: hooks.nonce(), origins: hooks.origins()};
  for (;;) {
    if (spent() > SLICE) return void pause().then(drain);
    if (next < pending.length) {
      const el = pending[next++];
      try {
        handle(el, hooks, trust);
      } catch (e) {
        failed(hooks, el, e);
      }
    } else if (first < roots.length) {
      pending.length = next = 0;
      const root = roots[first++];
      try {
        expand(root, hooks);
      } catch (e) {
        failed(hooks, root instanceof Element ? root : document.documentElement, e);
      }
    } else {
      break;
    }
  }
  pending.length = next = 0;
  roots.length = first = 0;
  draining = false;
}

/**
 * Activates (or, for iframes, shows a placeholder for) every gated element in
 * `root`, in document order, and reports each element's mistakes once. Never
 * throws: an element that fails is one warning. The first slice of work is
 * done at once, the rest in later tasks.
 */
export function applyGate(root: ParentNode, hooks: GateHooks): void {
  gate([root], hooks);
}

function gate(found: readonly ParentNode[], hooks: GateHooks): void {
  active = hooks;
  // One at a time: a spread of a very large batch would exceed the engine's argument limit.
  for (const root of found) roots.push(root);
  if (!draining) drain();
}

/** Keeps gating the page: elements added later are handled as they arrive. Returns a stop function. */
export function watchGate(hooks: GateHooks): () => void {
  applyGate(document, hooks);
  const observer = new MutationObserver((records) => {
    // Only the added nodes still there; not the scripts the gate made, nor a
    // handled element put back (a gated script and its copy, see startScript).
    const added: Element[] = [];
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n instanceof Element && n.isConnected && !made.has(n) && !(done.has(n) && !n.firstElementChild)) added.push(n);
      }
    }
    if (added.length) gate(added, hooks);
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
  return () => observer.disconnect();
}
