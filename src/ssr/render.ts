/**
 * Server-side rendering of widget tags to HTML with declarative shadow DOM,
 * for CMS editors who paste HTML: a browser shows it with no script, and the
 * library's script hydrates it when present. Runs in Node (see bin/pv-render.mjs).
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {parseFragment, defaultTreeAdapter, type DefaultTreeAdapterMap} from 'parse5';
import '../index.js';
import {normalizeLocale, setServerLocale} from '../internal/locale.js';
import {WIDGETS} from '../widgets.js';
import {cleanRenderedHtml} from './html-output.js';

/** A widget tag parsed from the editor's snippet. */
export interface WidgetTag {
  tag: string;
  attributes: Array<[string, string]>;
}

const KNOWN = Object.values(WIDGETS).flat();
/** Attribute names written back as they are: widget attributes are kebab-case. */
const NAME = /^[a-z][a-z0-9-]*$/;
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
  if (nodes.length !== 1 || !defaultTreeAdapter.isElementNode(el) || !el.tagName.startsWith('pv-') || solid(el.childNodes).length || !el.attrs.every((a) => NAME.test(a.name))) {
    throw new Error(
      `Expected one widget tag with attributes only, such as <pv-medical-disclaimer variant="story" lang="fr">, got: ${snippet.slice(0, 120)}`
    );
  }
  if (!customElements.get(el.tagName)) {
    throw new Error(`Unknown widget <${el.tagName}>. Known: ${KNOWN.join(', ')}.`);
  }
  return {tag: el.tagName, attributes: el.attrs.map((a): [string, string] => [a.name, a.value])};
}

/**
 * Renders a widget tag to HTML with declarative shadow DOM. When the snippet
 * has no `lang`, `lang` (default `en`) is written on the tag so that the
 * browser hydrates in the same language as the server rendered.
 */
export async function renderWidget(snippet: string, lang = 'en'): Promise<string> {
  const {tag, attributes} = parseWidgetTag(snippet);
  if (!attributes.some(([name]) => name === 'lang')) attributes.push(['lang', lang]);
  // Marks pre-rendered widgets, so that the "not yet loaded" CSS snippet
  // (dist/cdn/pv-preload.css) leaves them visible.
  if (!attributes.some(([name]) => name === 'data-pv-prerendered')) attributes.push(['data-pv-prerendered', '']);
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  const markup = `<${tag}${attrs}></${tag}>`;
  const locale = normalizeLocale(attributes.find(([name]) => name === 'lang')?.[1]) ?? 'en';
  setServerLocale(locale);
  let out: string;
  try {
    out = await collectResult(render(html`${unsafeStatic(markup)}`));
  } finally {
    setServerLocale(undefined);
  }
  // Drop the outer template's part markers: the page is not a Lit template.
  return cleanRenderedHtml(out.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '').trim(), tag);
}
