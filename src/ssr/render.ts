/// <reference types="node" />
/**
 * Server-side rendering of widget tags to HTML with declarative shadow DOM,
 * for CMS editors who paste HTML: a browser shows it with no script, and the
 * library's script hydrates it when present. Runs in Node (see bin/pv-render.mjs).
 */
import {readFileSync} from 'node:fs';
import {render as litRender} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {parseFragment, defaultTreeAdapter, type DefaultTreeAdapterMap} from 'parse5';
import '../index.js';
import {normalizeLocale, setServerLocale} from '../internal/locale.js';
import {Canon, HASH_ATTR} from '../internal/prerender.js';
import {WIDGETS} from '../widgets.js';
import {cleanRenderedHtml} from './html-output.js';

/** A widget tag parsed from the editor's snippet. */
export interface WidgetTag {
  tag: string;
  attributes: Array<[string, string]>;
}

const KNOWN = Object.values(WIDGETS).flat();
type ChildNode = DefaultTreeAdapterMap['childNode'];
/** Nodes other than white space. */
const solid = (nodes: ChildNode[]) => nodes.filter((n) => !(defaultTreeAdapter.isTextNode(n) && !n.value.trim()));

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Parses one widget tag such as `<pv-medical-disclaimer variant="story" lang="fr">`
 * (closing tag optional) with parse5, as a browser would: names lowercased,
 * character references in values decoded, an attribute written twice kept
 * once, a stray end tag ignored. Content between the tags is not
 * supported: the widget must be configured by attributes alone to be pre-rendered.
 */
export function parseWidgetTag(snippet: string): WidgetTag {
  const nodes = solid(parseFragment(snippet).childNodes);
  const el = nodes[0];
  if (nodes.length !== 1 || !defaultTreeAdapter.isElementNode(el) || !el.tagName.startsWith('pv-') || solid(el.childNodes).length) {
    throw new Error(
      `Expected one widget tag with attributes only, such as <pv-medical-disclaimer variant="story" lang="fr">, got: ${snippet.slice(0, 120)}`
    );
  }
  if (!customElements.get(el.tagName)) {
    throw new Error(`Unknown widget <${el.tagName}>. Known: ${KNOWN.join(', ')}.`);
  }
  return {tag: el.tagName, attributes: el.attrs.map((a): [string, string] => [a.name, a.value])};
}

/** What `render()` gives: the HTML, and one message for each thing of the input it left out or changed. */
export interface RenderResult {
  html: string;
  warnings: string[];
}

export interface RenderOptions {
  /** The language when the tag has no `lang` (default `en`). */
  lang?: string;
}

// ---------------------------------------------------------------------------
// Input side: which attributes of an untrusted snippet reach the output.
// ---------------------------------------------------------------------------

/**
 * Global attributes kept on any widget besides its own: inert ones only. Not
 * `style` (CSS can make requests and start animations that fire handlers),
 * not `on*`, `autofocus`, `tabindex`, `part`, `slot`, `is`, nor any `data-*`.
 */
export const SAFE_GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'id', 'class', 'dir', 'title', 'hidden', 'translate'];

/** Each widget's documented attributes, read once from custom-elements.json (`npm run build` writes it in dist/, above this module). */
let documented: Map<string, readonly string[]> | undefined;

/**
 * A widget's own attributes: the ones its entry in custom-elements.json
 * documents (the manifest that editors, the docs and the WordPress block
 * read too), so that the renderer keeps exactly what is documented.
 */
export function widgetAttributes(tag: string): readonly string[] {
  if (!documented) {
    type Manifest = {modules: Array<{declarations?: Array<{tagName?: string; attributes?: Array<{name: string}>}>}>};
    const cem = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as Manifest;
    documented = new Map(
      cem.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, (d.attributes ?? []).map((a) => a.name)] as const] : []))
    );
  }
  return documented.get(tag) ?? [];
}

/** Lone surrogates, noncharacters, and control characters other than tab, line feed and carriage return. */
const INVALID = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** `value` with each invalid code point (see INVALID) replaced by U+FFFD, and whether any was. */
export function replaceInvalidCodePoints(value: string): {value: string; replaced: boolean} {
  const out = value.replace(INVALID, '\uFFFD');
  return {value: out, replaced: out !== value};
}

/**
 * Keeps the widget's own attributes and SAFE_GLOBAL_ATTRIBUTES; every other
 * one is dropped with a warning, and invalid code points in what is kept are
 * replaced, with a warning.
 */
export function keepSafeAttributes(tag: string, attributes: ReadonlyArray<readonly [string, string]>): {attributes: Array<[string, string]>; warnings: string[]} {
  const own = widgetAttributes(tag);
  const allowed = new Set([...own, ...SAFE_GLOBAL_ATTRIBUTES]);
  const kept: Array<[string, string]> = [];
  const warnings: string[] = [];
  for (const [rawName, rawValue] of attributes) {
    const name = replaceInvalidCodePoints(rawName).value;
    if (!allowed.has(name)) {
      const why = /^on/.test(name)
        ? 'event handlers are never kept'
        : name === 'style'
          ? 'inline styles are never kept (use the --pv-* custom properties)'
          : name === 'autofocus' || name === 'tabindex'
            ? 'focus order belongs to the page, not to pasted HTML'
            : `it is not an attribute of <${tag}>. Kept: ${[...own, ...SAFE_GLOBAL_ATTRIBUTES].join(', ')}`;
      warnings.push(`<${tag}>: attribute ${JSON.stringify(name)} was removed: ${why}.`);
      continue;
    }
    const {value, replaced} = replaceInvalidCodePoints(rawValue);
    if (replaced) warnings.push(`<${tag}>: attribute ${JSON.stringify(name)} had invalid characters (control characters, noncharacters or lone surrogates); each was replaced by U+FFFD.`);
    kept.push([name, value]);
  }
  return {attributes: kept, warnings};
}

// ---------------------------------------------------------------------------
// Output side: the consistency hash written on the tag (src/internal/prerender.ts).
// ---------------------------------------------------------------------------

type Parse5Element = DefaultTreeAdapterMap['element'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

function canonOf(canon: Canon, parent: Parse5Parent): void {
  for (const node of parent.childNodes) {
    if (defaultTreeAdapter.isTextNode(node)) canon.text(node.value);
    else if (defaultTreeAdapter.isElementNode(node)) {
      canon.open(node.tagName, node.attrs.map((a) => [a.name, a.value] as const));
      canonOf(canon, node.tagName === 'template' ? defaultTreeAdapter.getTemplateContent(node as DefaultTreeAdapterMap['template']) : node);
      canon.close(node.tagName);
    }
  }
}

/**
 * Writes `data-pv-hash` on the widget tag of `html` (one pre-rendered widget):
 * the hash of its tag's attributes and of its declarative shadow root's
 * content, as the browser will see them (parsed, as parse5 parses). Run it on
 * the final HTML: any later change of the output must come before it.
 */
export function withHash(html: string): string {
  const host = solid(parseFragment(html).childNodes)[0] as Parse5Element;
  const template = host.childNodes.find((n): n is DefaultTreeAdapterMap['template'] => defaultTreeAdapter.isElementNode(n) && n.tagName === 'template');
  const canon = new Canon();
  canon.open(host.tagName, host.attrs.map((a) => [a.name, a.value] as const), true);
  if (template) canonOf(canon, defaultTreeAdapter.getTemplateContent(template));
  canon.close(host.tagName);
  const start = `<${host.tagName}`;
  return `${start} ${HASH_ATTR}="${canon.hash()}"${html.slice(start.length)}`;
}

// ---------------------------------------------------------------------------

/**
 * Renders a widget tag to HTML with declarative shadow DOM, safe on untrusted
 * input: only the widget's own attributes and SAFE_GLOBAL_ATTRIBUTES are
 * kept (each one left out is a warning), invalid code points are replaced.
 * When the snippet has no `lang`, `options.lang` (default `en`) is written
 * on the tag so that the browser hydrates in the same language as the server
 * rendered. Throws only for a snippet that is not one known widget tag.
 */
export async function render(snippet: string, options: RenderOptions = {}): Promise<RenderResult> {
  const parsed = parseWidgetTag(snippet);
  const {tag} = parsed;
  const {attributes, warnings} = keepSafeAttributes(tag, parsed.attributes);
  if (!attributes.some(([name]) => name === 'lang')) attributes.push(['lang', options.lang ?? 'en']);
  // Marks pre-rendered widgets, so that the "not yet loaded" CSS snippet
  // (dist/cdn/pv-preload.css) leaves them visible.
  attributes.push(['data-pv-prerendered', '']);
  const html = withHash(await renderMarkup(tag, attributes));
  return {html, warnings};
}

/** The HTML alone (older API): prefer `render()`, which also says what it left out. */
export async function renderWidget(snippet: string, lang = 'en'): Promise<string> {
  return (await render(snippet, {lang})).html;
}

async function renderMarkup(tag: string, attributes: Array<[string, string]>): Promise<string> {
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  const markup = `<${tag}${attrs}></${tag}>`;
  const locale = normalizeLocale(attributes.find(([name]) => name === 'lang')?.[1]) ?? 'en';
  setServerLocale(locale);
  let out: string;
  try {
    out = await collectResult(litRender(html`${unsafeStatic(markup)}`));
  } finally {
    setServerLocale(undefined);
  }
  // Drop the outer template's part markers: the page is not a Lit template.
  return cleanRenderedHtml(out.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '').trim(), tag);
}
