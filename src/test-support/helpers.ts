/** Helpers shared by the browser tests (not shipped). */
import {fixture} from '@open-wc/testing';

/** A rendered widget: any element with Lit's `updateComplete` and `requestUpdate` (typed by these, so that widgets of another window fit). */
export interface RenderedWidget extends HTMLElement {
  updateComplete: Promise<unknown>;
  requestUpdate(): void;
}

/**
 * Renders `markup` (by default the bare tag) inside a `<div>`, with `lang` on
 * the div when given, and waits for the first `tag` in it to render.
 */
export async function renderWidget<K extends keyof HTMLElementTagNameMap>(tag: K, markup?: string, lang?: string): Promise<HTMLElementTagNameMap[K] & RenderedWidget>;
export async function renderWidget(tag: string, markup?: string, lang?: string): Promise<RenderedWidget>;
export async function renderWidget(tag: string, markup = `<${tag}></${tag}>`, lang?: string): Promise<RenderedWidget> {
  const wrapper = await fixture<HTMLDivElement>(`<div${lang ? ` lang="${lang}"` : ''}>${markup}</div>`);
  const el = wrapper.querySelector<RenderedWidget>(tag);
  if (!el) throw new Error(`The markup does not contain <${tag}>: ${markup}`);
  await el.updateComplete;
  return el;
}

/** Replaces console.warn while a test runs and keeps what it was given. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Waits for the pending render, then for MutationObserver callbacks, timers and the re-render they schedule. */
export async function settle(el: {updateComplete: Promise<unknown>}): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/**
 * Clicks every collapsed disclosure: buttons (`aria-expanded="false"`) and
 * the summaries of closed `<details>`, round after round, until none is left.
 */
export async function openDisclosures(el: RenderedWidget): Promise<number> {
  let opened = 0;
  for (let round = 0; round < 20; round++) {
    const closed = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"], details:not([open]) > summary:first-of-type'),
    ];
    if (!closed.length) break;
    for (const b of closed) {
      b.click();
      opened++;
    }
    await settle(el);
  }
  return opened;
}

/** The element's rendered text, ASCII whitespace folded (no-break spaces kept). */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Deletes every cookie of the test page and empties localStorage (a consent banner asks again). */
export function clearStorage(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
  localStorage.clear();
}

/** Sets `<html lang>` and returns a function that puts the old value back. */
export function setPageLang(lang: string | null): () => void {
  const html = document.documentElement;
  const old = html.getAttribute('lang');
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  return () => (old === null ? html.removeAttribute('lang') : html.setAttribute('lang', old));
}

/**
 * The usual setup of a widget's test file: before each test, an English page
 * (`<html lang="en">`) and console.warn captured; after it, both put back.
 * `clean` runs before and after each test too (e.g. to clear storage).
 * Returns the captured warnings of the running test.
 */
export function useTestPage(clean?: () => void): {readonly messages: string[]} {
  let capture: ReturnType<typeof captureWarnings> | undefined;
  let restoreLang = () => {};
  beforeEach(() => {
    clean?.();
    capture = captureWarnings();
    restoreLang = setPageLang('en');
  });
  afterEach(() => {
    capture?.restore();
    restoreLang();
    clean?.();
  });
  return {
    get messages() {
      return capture!.messages;
    },
  };
}
