/**
 * Server-side rendering of widget tags to HTML with declarative shadow DOM,
 * for CMS editors who paste HTML: a browser shows it with no script, and the
 * library's script hydrates it when present. Runs in Node (see bin/pv-render.mjs).
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../index.js';
import {normalizeLocale, setServerLocale} from '../internal/locale.js';
import {WIDGETS} from '../widgets.js';

/** A widget tag parsed from the editor's snippet. */
export interface WidgetTag {
  tag: string;
  attributes: Array<[string, string]>;
}

const KNOWN = Object.values(WIDGETS).flat();
const TAG = /^\s*<\s*(pv-[a-z0-9-]+)((?:\s+[a-z][a-z0-9-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>\s*(?:<\/\s*\1\s*>)?\s*$/i;
const ATTR = /([a-z][a-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi;

const decode = (s: string) =>
  s.replace(/&(quot|apos|lt|gt|amp|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = {quot: '"', apos: "'", lt: '<', gt: '>', amp: '&'};
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Parses one widget tag such as `<pv-medical-disclaimer variant="story" lang="fr">`
 * (closing tag optional). Content between the tags is not supported: the
 * widget must be configured by attributes alone to be pre-rendered.
 */
export function parseWidgetTag(snippet: string): WidgetTag {
  const m = TAG.exec(snippet);
  if (!m) {
    throw new Error(
      `Expected one widget tag with attributes only, such as <pv-medical-disclaimer variant="story" lang="fr">, got: ${snippet.slice(0, 120)}`
    );
  }
  const tag = m[1].toLowerCase();
  if (!customElements.get(tag)) {
    throw new Error(`Unknown widget <${tag}>. Known: ${KNOWN.join(', ')}.`);
  }
  const attributes: Array<[string, string]> = [];
  for (const a of m[2].matchAll(ATTR)) {
    attributes.push([a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? '')]);
  }
  return {tag, attributes};
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
  return out.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '').trim();
}
