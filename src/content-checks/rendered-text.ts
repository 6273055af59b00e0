/**
 * Renders the declared examples and reads back what a reader gets: the text
 * of the shadow DOM in blocks (paragraphs, list items, headings, labels,
 * buttons…), every state reached by opening the disclosures, answering the
 * questions, choosing in the pickers, pressing each button once (the consent
 * banner's preferences dialog, the copy confirmations) and with the browser
 * sending Global Privacy Control.
 *
 * Works on elements of another window too (a page of the CDN build in an
 * iframe): it tests node types, never `instanceof`.
 */
import '../index.js';
import {examples, type WidgetExample} from '../examples.js';
import {CITATIONS, QUOTATIONS} from '../content/citations.js';
import {NATIONAL_HELP, PROVINCES, PROVINCE_CODES, type Resource} from '../content/provinces.js';
import {DRUG_COVERAGE} from '../content/routes.js';
import {openDisclosures, settle, type RenderedWidget} from '../test-support/helpers.js';

export type Lang = 'en' | 'fr';
export type {RenderedWidget};

/** Every declared example, with its widget's tag. */
export function allExamples(): Array<{tag: string; example: WidgetExample}> {
  return Object.entries(examples).flatMap(([tag, list]) => list.map((example) => ({tag, example})));
}

/**
 * Renders one example in its own page (an iframe) that loads only `script`
 * (a file of the CDN build), and waits for it. The frame stays in the
 * document until `dispose` is called.
 */
export async function renderInFrame(script: string, tag: string, html: string, lang: Lang): Promise<{el: RenderedWidget; dispose: () => void}> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><body><div lang="${lang}">${html}</div><script type="module" src="${script}"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector(tag) as RenderedWidget | null;
  if (!el) throw new Error(`The example does not contain <${tag}>: ${html}`);
  await el.updateComplete;
  return {el, dispose: () => frame.remove()};
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Folds ASCII white space only: no-break spaces of French typography stay. */
const foldAscii = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^[ ]+|[ ]+$/g, '');

/** A quotation's text without the quotation marks the widget puts around it. */
export function unquote(text: string): string {
  return foldAscii(text)
    .replace(/^[\u201c"«\u00a0\s]+/, '')
    .replace(/[\u201d"»\u00a0\s]+$/, '');
}

/** Every sourced quotation text (English and French) of the citations module. */
export const SOURCED_QUOTATIONS: ReadonlySet<string> = new Set(
  Object.values(QUOTATIONS).flatMap((q) => (q.fr ? [q.en, q.fr.text] : [q.en]))
);

/**
 * True for a `q` or `blockquote` that holds a quotation from a published
 * source (a code, a law, a body's statement). These, and only these, are
 * left out of the reading-grade measure. A `q` holding our own words (for
 * example a sentence the person can say) is measured like any other text.
 */
export function isSourcedQuotation(el: Element): boolean {
  return (el.localName === 'q' || el.localName === 'blockquote') && SOURCED_QUOTATIONS.has(unquote(el.textContent ?? ''));
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'button', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'label', 'legend',
  'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'select', 'summary', 'table', 'td', 'th', 'tr', 'ul',
  // A footnote mark ("Source 1" for screen readers) is read apart from the
  // sentence it follows; so is an inline source in brackets (`.inline-cite`,
  // see textBlocks).
  'sup',
]);
const SKIPPED = new Set(['style', 'script', 'template', 'slot']);

/**
 * The text of a widget's shadow DOM, one string per block (paragraph, list
 * item, heading, label, button…), in document order. Nested widgets' shadow
 * roots are read too; slotted content (the site's own text) is not.
 * `leaveOut` drops whole elements (and their text).
 */
export function textBlocks(el: Element, leaveOut: (e: Element) => boolean = () => false): string[] {
  return blocksOf(el, leaveOut).map((b) => b.text);
}

/** One block of text and the element that holds it. */
export interface TextBlock {
  text: string;
  /** The innermost block element the text is in (a `p`, `li`, `button`, `label`…). */
  element: Element;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** Like `textBlocks`, with the element each block belongs to. */
export function blocksOf(el: Element, leaveOut: (e: Element) => boolean = () => false): TextBlock[] {
  const out: TextBlock[] = [];
  const stack: Element[] = [el];
  let current = '';
  const flush = () => {
    const t = fold(current);
    if (t) out.push({text: t, element: stack[stack.length - 1]});
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (isElement(node)) {
      if (SKIPPED.has(node.localName) || leaveOut(node)) return;
      if (node.localName === 'br') {
        current += ' ';
        return;
      }
      const block = BLOCKS.has(node.localName) || node.classList.contains('inline-cite');
      if (block) {
        flush();
        stack.push(node);
      }
      for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
      if (block) {
        flush();
        stack.pop();
      }
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  walk(el.shadowRoot);
  flush();
  return out;
}

const radios = (el: RenderedWidget) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

async function answer(el: RenderedWidget, path: Array<[string, string]>): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-over"]')?.click();
  await settle(el);
  for (const [name, value] of path) {
    radios(el)
      .find((r) => r.name === name && r.value === value)
      ?.click();
    await settle(el);
  }
  await openDisclosures(el);
}

/** Closes every open `dialog` of the widget (a preferences dialog opened by a button). */
async function closeDialogs(el: RenderedWidget): Promise<void> {
  for (const d of el.shadowRoot!.querySelectorAll<HTMLDialogElement>('dialog[open]')) {
    const closed = new Promise((r) => d.addEventListener('close', r, {once: true}));
    d.close();
    await closed;
  }
  await settle(el);
}

/** The buttons that do something other than open a disclosure, one per label, outside dialogs. */
function actionButtons(el: RenderedWidget): HTMLButtonElement[] {
  const seen = new Set<string>();
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button:not([aria-expanded]):not([disabled])')].filter((b) => {
    if (b.closest('dialog')) return false;
    const label = fold(b.textContent ?? '');
    if (seen.has(label)) return false;
    seen.add(label);
    return true;
  });
}

/** Runs `fn` with `navigator.globalPrivacyControl` true in the widget's window, then restores it. */
async function withGpc(el: RenderedWidget, fn: () => Promise<void>): Promise<void> {
  const nav = el.ownerDocument.defaultView!.navigator;
  Object.defineProperty(nav, 'globalPrivacyControl', {value: true, configurable: true});
  try {
    await fn();
  } finally {
    delete (nav as {globalPrivacyControl?: boolean}).globalPrivacyControl;
  }
}

/**
 * Brings the widget into every state a reader can reach without typing:
 * disclosures open, then each option of each picker (`select`), then every
 * combination of answers to its questions (radio groups, including the ones
 * that appear after an answer), then each of its other buttons pressed once
 * (what a dialog or a confirmation says; a dialog is closed again after),
 * and last with the browser sending Global Privacy Control. Calls `visit` in
 * each state.
 */
export async function eachState(el: RenderedWidget, visit: (state: string) => void | Promise<void>): Promise<number> {
  let states = 0;
  const see = async (state: string) => {
    states++;
    await visit(state);
  };
  await openDisclosures(el);
  await see('initial');

  for (const select of el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')) {
    for (const option of [...select.options].filter((o) => o.value)) {
      select.value = option.value;
      select.dispatchEvent(new Event('change', {bubbles: true}));
      await settle(el);
      await openDisclosures(el);
      await see(`${select.id || 'select'}=${option.value}`);
    }
  }

  if (radios(el).length) {
    const explore = async (path: Array<[string, string]>): Promise<void> => {
      await answer(el, path);
      const asked = new Set(path.map(([n]) => n));
      const next = radios(el).find((r) => !asked.has(r.name));
      if (!next) {
        await see(path.map(([n, v]) => `${n}=${v}`).join(' '));
        return;
      }
      const values = radios(el)
        .filter((r) => r.name === next.name)
        .map((r) => r.value);
      for (const v of values) await explore([...path, [next.name, v]]);
    };
    await explore([]);
  }

  for (const button of actionButtons(el)) {
    const label = fold(button.textContent ?? '');
    button.click();
    // A copy confirmation comes after the clipboard answers.
    await new Promise((r) => setTimeout(r, 30));
    await settle(el);
    await openDisclosures(el);
    await see(`pressed "${label}"`);
    await closeDialogs(el);
  }

  await withGpc(el, async () => {
    // Connected again, as on a page load with the signal: the consent banner reads it once, when it connects.
    const {parentNode, nextSibling} = el;
    el.remove();
    parentNode?.insertBefore(el, nextSibling);
    el.requestUpdate();
    await settle(el);
    await see('global-privacy-control');
  });
  return states;
}

/**
 * What is not prose: controls and their labels (buttons, form labels,
 * legends, options), headings and the widgets' short labels (`.heading`,
 * `.label`, names of resources and provinces), phone lists, footnote marks
 * and source lists or inline sources (references, not sentences).
 */
export const NOT_PROSE =
  'button, label, legend, option, select, summary, h1, h2, h3, h4, h5, h6, .heading, .label, .resource-name, .province-name, .phones, .sources, sup, .inline-cite, .attribution';

/** Every health line, program and service of the provinces module, and the national help. */
export function allResources(): Array<{where: string; r: Resource}> {
  return [
    ...PROVINCE_CODES.flatMap((code) => {
      const p = PROVINCES[code];
      return [
        ...(p.healthLine ? [{where: `${code} health line`, r: p.healthLine}] : []),
        ...p.familyDoctor.map((r, i) => ({where: `${code} family-doctor program ${i + 1}`, r})),
        ...(p.withoutDoctor ?? []).map((r, i) => ({where: `${code} without a family doctor ${i + 1}`, r})),
        ...(p.navigators ?? []).map((r, i) => ({where: `${code} navigation ${i + 1}`, r})),
      ];
    }),
    ...NATIONAL_HELP.map((r, i) => ({where: `national help ${i + 1}`, r})),
  ];
}

/** Every name the content modules hold (publishers, titles, references, programs, provinces, sources), in both languages, longest first. */
export function contentNames(): string[] {
  const names = new Set<string>();
  const add = (b: {en: string; fr: string}) => (names.add(b.en), names.add(b.fr));
  for (const c of Object.values(CITATIONS)) {
    add(c.publisher);
    add(c.title);
    if (c.reference) add(c.reference);
  }
  for (const code of PROVINCE_CODES) add(PROVINCES[code].name);
  for (const {r} of allResources()) add(r.name);
  for (const src of DRUG_COVERAGE.sources) add(src.name);
  return [...names].sort((x, y) => y.length - x.length);
}

/**
 * Collapses each proper name to the one-syllable word "Name" for the reading
 * measures: the names of organizations, programs and places are not ours to
 * simplify (as in the Dale–Chall formula, which counts proper names as
 * familiar words).
 */
export function collapseNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of names) {
    if (n.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(re, 'Name');
  }
  return out;
}

/** A sentence of prose ends with `.`, `?`, `!` or `:` (a closing quotation mark or bracket may follow). */
const SENTENCE_END = /[.?!:…][\u201d"’)\]»\u00a0]*$/;

/** The prose of one rendered state: its sentences, split by the rules of readability.ts. */
export interface Prose {
  /** Every prose sentence of the state (each distinct sentence once), proper names collapsed (`collapseNames`). */
  sentences: string[];
  /** The ones the library wrote (not text from the example's own configuration). */
  builtIn: string[];
}

/**
 * The prose sentences a reader gets in this state: blocks outside
 * `NOT_PROSE`, quotations from published sources left out (`isSourcedQuotation`),
 * and elements in another language left out (`lang` other than `lang`).
 * `split` is readability.ts's sentence splitter.
 */
export function proseOf(el: Element, html: string, lang: Lang, split: (block: string) => string[]): Prose {
  const other = (e: Element) => {
    const l = e.getAttribute('lang');
    return !!l && !l.toLowerCase().startsWith(lang);
  };
  const blocks = blocksOf(el, (e) => isSourcedQuotation(e) || other(e)).filter((b) => !b.element.closest(NOT_PROSE));
  // The example's own strings: names (no final punctuation) are collapsed like ours; sentences mark a block as the partner's.
  const partner = [...html.matchAll(/"([^"]{3,})"/g)].map((m) => m[1]);
  const partnerNames = partner.filter((p) => !SENTENCE_END.test(p));
  const partnerText = partner.filter((p) => p.length >= 12 && SENTENCE_END.test(p));
  const names = [...contentNames(), ...partnerNames].sort((x, y) => y.length - x.length);
  const sentences = new Set<string>();
  const builtIn = new Set<string>();
  for (const b of blocks) {
    const ours = !partnerText.some((p) => b.text.includes(p));
    for (const s of split(collapseNames(b.text, names))) {
      if (!SENTENCE_END.test(s)) continue;
      sentences.add(s);
      if (ours) builtIn.add(s);
    }
  }
  return {sentences: [...sentences], builtIn: [...builtIn]};
}
