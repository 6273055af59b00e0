/**
 * Renders the declared examples and reads back what a reader gets: the text
 * of the shadow DOM in blocks (paragraphs, list items, headings, labels,
 * buttons…), every state reached by opening the disclosures, answering the
 * questions and choosing in the pickers.
 */
import '../index.js';
import {examples, type WidgetExample} from '../examples.js';
import {QUOTATIONS} from '../content/citations.js';
import {openDisclosures, settle, type RenderedWidget} from '../test-support/helpers.js';

export type Lang = 'en' | 'fr';
export type {RenderedWidget};

/** Every declared example, with its widget's tag. */
export function allExamples(): Array<{tag: string; example: WidgetExample}> {
  return Object.entries(examples).flatMap(([tag, list]) => list.map((example) => ({tag, example})));
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
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = fold(current);
    if (t) out.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node as Text).data;
      return;
    }
    if (node instanceof Element) {
      if (SKIPPED.has(node.localName) || leaveOut(node)) return;
      if (node.localName === 'br') {
        current += ' ';
        return;
      }
      const block = BLOCKS.has(node.localName) || node.classList.contains('inline-cite');
      if (block) flush();
      for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
      if (block) flush();
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

/**
 * Brings the widget into every state a reader can reach without typing:
 * disclosures open, then each option of each picker (`select`), then every
 * combination of answers to its questions (radio groups, including the ones
 * that appear after an answer). Calls `visit` in each state.
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
  return states;
}
