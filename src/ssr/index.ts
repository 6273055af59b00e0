/**
 * patient-voice-widgets/ssr: server rendering as a library call, for
 * Next.js, Astro, Eleventy or any Node server. The same HTML as the
 * `pv-render` command: declarative shadow DOM that a browser shows with no
 * script, hydrated by the library when it loads (import
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` first).
 *
 *   import {render} from 'patient-voice-widgets/ssr';
 *   const html = await render('<pv-medical-disclaimer variant="story" lang="fr">');
 *   const same = await render({tag: 'pv-medical-disclaimer', attributes: {variant: 'story', lang: 'fr'}});
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency: `npm install @lit-labs/ssr`).
 */
export type * from '../types.js';

/** A widget tag as data: `{tag: 'pv-referral-options', attributes: {province: 'ON', compact: true}}`. */
export interface WidgetInput {
  tag: string;
  /** Attribute name (kebab-case, as in HTML) → value; `true` writes the attribute bare, `false`, `null` and `undefined` leave it out. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
}

export interface RenderOptions {
  /** The language when the tag has no `lang` (default `en`); it is written on the tag so that the browser hydrates in the same one. */
  lang?: string;
}

const NAME = /^[a-z][a-z0-9-]*$/;
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `{tag, attributes}` → `<tag a="…">`, the snippet form that the renderer parses. */
export function tagHtml(input: WidgetInput): string {
  if (!NAME.test(input.tag)) throw new Error(`Not a widget tag name: ${JSON.stringify(input.tag)}`);
  let attrs = '';
  for (const [name, value] of Object.entries(input.attributes ?? {})) {
    if (!NAME.test(name)) throw new Error(`<${input.tag}>: not an attribute name (kebab-case, as in HTML): ${JSON.stringify(name)}`);
    if (value === false || value == null) continue;
    attrs += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return `<${input.tag}${attrs}></${input.tag}>`;
}

type Renderer = typeof import('./render.js');
let renderer: Promise<Renderer> | undefined;

/** The renderer, loaded on first use: it needs @lit-labs/ssr, which only server users install. */
function load(): Promise<Renderer> {
  renderer ??= import('./render.js').catch((e: unknown) => {
    renderer = undefined;
    const text = e instanceof Error ? e.message : String(e);
    if (/@lit-labs\/ssr/.test(text)) {
      throw new Error(
        'patient-voice-widgets/ssr needs the optional peer dependency @lit-labs/ssr (version 4): run `npm install @lit-labs/ssr@^4`.',
        {cause: e}
      );
    }
    throw e;
  });
  return renderer;
}

/**
 * Renders one widget, given as its tag (`'<pv-medical-disclaimer lang="fr">'`)
 * or as data, to HTML with declarative shadow DOM.
 */
export async function render(input: string | WidgetInput, options: RenderOptions = {}): Promise<string> {
  const {renderWidget} = await load();
  const snippet = typeof input === 'string' ? input : tagHtml(input);
  // The renderer may give its HTML with the warnings it had (a newer
  // renderer) or alone: this entry returns the HTML either way.
  const result = (await renderWidget(snippet, options.lang ?? 'en')) as string | {html: string};
  return typeof result === 'string' ? result : result.html;
}
