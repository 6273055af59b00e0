/**
 * Activates the site's gated elements once their categories are granted:
 *
 * - `<script type="text/plain" data-pv-consent="analytics">` (inline or `src`)
 *   becomes a real script, once, in document order (`nonce`, `async`, `defer`
 *   kept; `data-pv-type="module"` gives `type="module"`);
 * - `<iframe data-pv-consent=… data-pv-src=…>` gets its `src`; until then an
 *   accessible placeholder stands before it and offers to allow the category;
 * - `<template data-pv-consent=…>` has its content inserted after it.
 *
 * Several categories separated by spaces must all be granted. Elements added
 * to the page later are handled too, and nothing ever runs twice.
 */
import {msg, str} from '@lit/localize';
import {resolveLocale, withLocale} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';

/** What the gate asks of the banner. */
export interface GateHooks {
  /** Whether every category in the list is granted. */
  granted(categories: string[]): boolean;
  /** Grants the categories (a placeholder's button). */
  allow(categories: string[]): void;
  /** The categories' names for people, in the locale `msg()` answers in now. */
  label(categories: string[]): string;
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
 * inline text of scripts that are in the site's own markup. It accepts http(s)
 * and same-origin URLs, nothing else.
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

const SELECTOR = 'script[data-pv-consent], iframe[data-pv-consent], template[data-pv-consent]';
const done = new WeakSet<Element>();
const placeholders = new WeakMap<Element, HTMLElement>();

/** The categories an element requires. */
export function requiredCategories(el: Element): string[] {
  return (el.getAttribute('data-pv-consent') ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
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
          console.warn('<pv-consent-banner>: a gated script could not be activated.', e);
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

/**
 * Activates (or, for iframes, shows a placeholder for) every gated element in
 * `root`, in document order.
 */
export function applyGate(root: ParentNode, hooks: GateHooks): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.unshift(root);
  for (const el of found) {
    if (done.has(el) || el.hasAttribute('data-pv-activated')) continue;
    const categories = requiredCategories(el);
    if (!categories.length) continue;
    if (!hooks.granted(categories)) {
      if (el instanceof HTMLIFrameElement) placeholder(el, categories, hooks);
      continue;
    }
    done.add(el);
    if (el instanceof HTMLScriptElement) {
      runScript(el);
    } else if (el instanceof HTMLIFrameElement) {
      placeholders.get(el)?.remove();
      const src = el.getAttribute('data-pv-src');
      const url = src === 'about:blank' ? src : safeUrl(src);
      if (url) el.src = url;
      el.hidden = false;
      el.setAttribute('data-pv-activated', '');
    } else if (el instanceof HTMLTemplateElement) {
      const content = document.importNode(el.content, true);
      // Scripts from a template's content never run as they are: make real ones.
      for (const s of content.querySelectorAll('script')) s.replaceWith(copyScript(s, false));
      el.after(content);
      el.setAttribute('data-pv-activated', '');
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
