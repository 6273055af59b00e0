// The embed builder: a static page (no server needed) that makes its form
// from custom-elements.json, previews the widget in a frame that loads the
// library's one-file script, and writes three snippets: the tag, a
// placeholder that any CMS keeps, and pre-rendered HTML serialized from the
// preview. scripts/release.mjs bundles it with its words (builder-text.ts)
// and the provinces' names (the library's own content) into one plain
// script; the page's data-library and data-manifest say where the library
// and the manifest are.
import {PROVINCES} from '../src/content/provinces.js';
import {PROVINCE_CODES} from '../src/content/province-codes.js';
import {fragmentTargets, hideScriptControls} from '../src/ssr/html-output.js';
import {FRENCH_DOCS, LABELS, TEXT, type Key, type Lang} from './builder-text.js';
import {RESERVED_TAGS} from '../src/reserve.js';

interface CemAttribute {
  name: string;
  type?: {text: string};
  default?: string;
  description?: string;
  /** Set (to true or a note) on an attribute kept only for older snippets. */
  deprecated?: boolean | string;
}
interface CemDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: CemAttribute[];
}
interface Cem {
  modules: Array<{declarations?: CemDeclaration[]}>;
}
type Updatable = HTMLElement & {updateComplete?: Promise<unknown>};

/**
 * Attributes not offered: state the widget reflects or writes (`data-*`),
 * the banner's documentation mode, and its CSP nonce (a new one on every
 * response: it cannot be part of a snippet pasted once).
 */
const NOT_SETTINGS = new Set(['open', 'preview', 'nonce']);
const offered = (attr: CemAttribute) => !attr.deprecated && !NOT_SETTINGS.has(attr.name) && !attr.name.startsWith('data-');
const BANNER = new Set(['pv-consent-banner', 'pv-consent-settings']);
const STORE = 'pv-builder-script-url';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unquote = (s?: string) => (s ?? '').replace(/^['"]|['"]$/g, '');
const libraryUrl = new URL(document.body.dataset.library ?? '../patient-voice/patient-voice.js', location.href).href;
const manifestUrl = new URL(document.body.dataset.manifest ?? './custom-elements.json', location.href).href;

let ui: Lang = 'en';
let widgets: CemDeclaration[] = [];
const t = (key: Key) => TEXT[ui][key];

/** The manifest's Markdown (backticks, and nothing else is used) as safe HTML. */
function markdown(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * The values an attribute accepts, each with its meaning in plain words:
 * from a union type (`'a' | 'b'`), or from a description that lists them
 * (`` `list` (default): every route. `guide`: … ``).
 */
function choicesOf(tag: string, attr: CemAttribute): Array<{value: string; label: string}> | undefined {
  if (attr.name === 'heading-level') return [...'123456'].map((n) => ({value: n, label: n})).concat({value: 'none', label: 'none'});
  if (attr.name === 'province') return PROVINCE_CODES.map((code) => ({value: code, label: `${PROVINCES[code].name[ui]} (${code})`}));
  const desc = attr.description ?? '';
  const french = ui === 'fr' ? FRENCH_DOCS[tag]?.attributes[attr.name]?.choices : undefined;
  const listed = [...desc.matchAll(/`([a-z0-9-]+)`(?: \(default\))?: ([^.]*)\./g)].map((m) => ({
    value: m[1],
    label: french?.[m[1]] ? `${m[1]}\u00a0: ${french[m[1]]}` : `${m[1]}: ${m[2]}`,
  }));
  if (listed.length > 1) return listed;
  const parts = (attr.type?.text ?? '').split('|').map((p) => p.trim());
  if (parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p))) {
    return parts.map((p) => {
      const value = unquote(p);
      const meaning = french?.[value] ?? new RegExp(`\`${value}\` \\(([^)]*)\\)`).exec(desc)?.[1];
      return {value, label: meaning ? `${value}${ui === 'fr' ? '\u00a0' : ''}: ${meaning}` : value};
    });
  }
  return undefined;
}

/** The attribute's description in the builder's language: the manifest's, or its French. */
const describe = (tag: string, attr: CemAttribute) => (ui === 'fr' ? (FRENCH_DOCS[tag]?.attributes[attr.name]?.description ?? attr.description) : attr.description) ?? '';

function field(tag: string, attr: CemAttribute): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const id = `opt-${attr.name}`;
  const label = LABELS[attr.name]?.[ui] ?? attr.name.replace(/-/g, ' ');
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.innerHTML = markdown(describe(tag, attr));
  const type = attr.type?.text ?? 'string';
  const choices = choicesOf(tag, attr);
  if (type === 'boolean') {
    wrap.classList.add('checkbox');
    const l = document.createElement('label');
    const input = Object.assign(document.createElement('input'), {type: 'checkbox', id, checked: attr.default === 'true'});
    Object.assign(input.dataset, {attr: attr.name, kind: 'boolean'});
    input.setAttribute('aria-describedby', hint.id);
    l.append(input, label);
    wrap.append(l, hint);
    return wrap;
  }
  if (choices && choices.length <= 4) {
    // A radio group: the first choice is the widget's default (no attribute).
    const fs = document.createElement('fieldset');
    fs.id = id;
    fs.setAttribute('aria-describedby', hint.id);
    const legend = document.createElement('legend');
    legend.textContent = label;
    fs.append(legend, hint);
    const def = unquote(attr.default);
    for (const c of [{value: '', label: `${t('defaultChoice')}${def && !/[A-Z_]/.test(def) ? ` (${def})` : ''}`}, ...choices.filter((c) => c.value !== def)]) {
      const l = document.createElement('label');
      l.className = 'choice';
      const input = Object.assign(document.createElement('input'), {type: 'radio', name: id, value: c.value, checked: c.value === ''});
      Object.assign(input.dataset, {attr: attr.name, kind: 'radio'});
      const span = document.createElement('span');
      span.innerHTML = markdown(c.label);
      l.append(input, span);
      fs.append(l);
    }
    wrap.append(fs);
    return wrap;
  }
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  let input: HTMLInputElement | HTMLSelectElement;
  if (choices) {
    input = document.createElement('select');
    const def = unquote(attr.default);
    input.append(new Option(`${t('defaultChoice')}${def ? ` (${def})` : ''}`, ''));
    for (const c of choices) input.append(new Option(c.label, c.value));
  } else {
    const number = /\bnumber\b/.test(type);
    // A constant's name is no help as a placeholder: the description's "default N" is.
    const def = /^[A-Z_]+$/.test(attr.default ?? '') ? (/default (\d+)/.exec(attr.description ?? '')?.[1] ?? '') : unquote(attr.default);
    input = Object.assign(document.createElement('input'), {type: number ? 'number' : 'text', placeholder: def});
  }
  input.id = id;
  Object.assign(input.dataset, {attr: attr.name, kind: 'text'});
  input.setAttribute('aria-describedby', hint.id);
  wrap.append(l, hint, input);
  return wrap;
}

const currentTag = () => document.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value ?? '';
const currentLang = () => (document.querySelector<HTMLInputElement>('input[name="lang"]:checked')?.value ?? '') as '' | Lang;

function chosenAttributes(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const input of $('options').querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attr]')) {
    const name = input.dataset.attr!;
    const kind = input.dataset.kind;
    if (kind === 'boolean' || kind === 'radio') {
      const box = input as HTMLInputElement;
      if (box.checked && kind === 'boolean') out.push([name, '']);
      if (box.checked && kind === 'radio' && box.value) out.push([name, box.value]);
    } else if (input.value.trim() !== '') out.push([name, input.value.trim()]);
  }
  const lang = currentLang();
  if (lang) out.push(['lang', lang]);
  return out;
}

const attrsMarkup = (attrs: Array<[string, string]>) => attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${esc(v)}"`)).join('');
const tagMarkup = (tag: string, attrs: Array<[string, string]>) => `<${tag}${attrsMarkup(attrs)}></${tag}>`;

function placeholderMarkup(tag: string, attrs: Array<[string, string]>, lang: Lang): string {
  const a = attrs.map(([n, v]) => (n === 'lang' ? ` lang="${esc(v)}"` : ` data-${n}="${esc(v)}"`)).join('');
  return `<div data-pv-widget="${tag.replace(/^pv-/, '')}"${a}>\n  ${TEXT[lang].fallback}\n</div>`;
}

function scriptUrl(): string {
  return ($<HTMLInputElement>('script-url').value.trim() || libraryUrl).replace(/"/g, '%22');
}
/** The release's SRI hashes by path (integrity.json next to the builder's folder), when there is one. */
let hashes: Record<string, string> | undefined;
/** The file `name` in the same folder (and with the same query) as the script `src`. */
const sibling = (src: string, name: string) => src.replace(/(?:patient-voice|autoloader)\.js(?=$|[?#])/, name);
const autoloaderUrl = (src: string) => sibling(src, 'autoloader.js');
const hashOf = (file: string) => {
  const hash = hashes?.[file];
  return hash ? ` integrity="${esc(hash)}" crossorigin="anonymous"` : '';
};
/**
 * `blocking="render"` (in <head>): the widget renders, or keeps its space,
 * before the first paint, so the page does not move. Browsers without
 * `blocking` (Firefox) get the same from reserve.js, a classic script before
 * it; the banner overlays the page and needs no space kept.
 */
const scriptLine = (src: string, file = 'patient-voice/patient-voice.js', blocking = true, tag = '') => {
  const module = `<script type="module"${blocking ? ' blocking="render"' : ''} src="${esc(src)}"${hashOf(file)}></script>`;
  if (!blocking || !RESERVED_TAGS.includes(tag)) return module;
  return `<script src="${esc(sibling(src, 'reserve.js'))}"${hashOf('patient-voice/reserve.js')}></script>\n${module}`;
};

/** integrity.json, or nothing (a dev server, a folder without it): then no hash, and the note says so. */
async function loadHashes(): Promise<void> {
  try {
    const res = await fetch(new URL(document.body.dataset.integrity ?? '../integrity.json', location.href));
    const files = res.ok ? ((await res.json()) as {files?: Record<string, string>}).files : undefined;
    hashes = files && typeof files['patient-voice/patient-voice.js'] === 'string' ? files : undefined;
  } catch {
    hashes = undefined;
  }
}

/**
 * The rendered widget as HTML with a declarative shadow root: its shadow
 * DOM, with Lit's markers left out, and its constructable stylesheets as one
 * `<style>`. Lit cannot hydrate it (it has no server markers), so it carries
 * `data-pv-snapshot`: the library then renders the widget afresh into the
 * same shadow root, in the same task, instead of hydrating.
 */
function snapshot(el: HTMLElement, tag: string, attrs: Array<[string, string]>, lang: Lang): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const inner = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
  const all: Array<[string, string]> = [...attrs.filter(([n]) => n !== 'lang'), ['lang', lang], ['data-pv-prerendered', ''], ['data-pv-snapshot', '']];
  // The same no-script fixes as pv-render's: controls hidden until the script
  // defines the widget, in-widget links that work without it.
  return fragmentTargets(hideScriptControls(`<${tag}${attrsMarkup(all)}><template shadowrootmode="open"><style>${css}</style>${inner}</template></${tag}>`), tag);
}

let seq = 0;
async function update(): Promise<void> {
  const tag = currentTag();
  if (!tag) return;
  const attrs = chosenAttributes();
  const lang: Lang = currentLang() || ui;
  const src = scriptUrl();
  $('out-tag').textContent = `${scriptLine(src, undefined, true, tag)}\n${tagMarkup(tag, attrs)}`;
  $('out-placeholder').textContent = `${scriptLine(autoloaderUrl(src), 'patient-voice/autoloader.js', true, tag)}\n${placeholderMarkup(tag, attrs, lang)}`;
  // The preview: the library in a frame of its own (the banner stays inside
  // it), in `preview` mode for the banner so that nothing is stored.
  const shown = BANNER.has(tag) && tag === 'pv-consent-banner' ? [...attrs, ['preview', ''] as [string, string]] : attrs;
  const frame = $<HTMLIFrameElement>('preview');
  const mine = ++seq;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script type="module" src="${esc(libraryUrl)}"></script></head><body>${tagMarkup(tag, shown)}</body></html>`;
  const out = $('out-prerender');
  out.textContent = '…';
  if (BANNER.has(tag)) {
    out.textContent = t('prerenderBanner');
    return;
  }
  await loaded;
  const win = frame.contentWindow;
  const el = frame.contentDocument?.querySelector<Updatable>(tag);
  if (!win || !el || mine !== seq) return;
  await win.customElements.whenDefined(tag);
  await el.updateComplete;
  // Pre-rendered HTML is laid out already: its script need not hold the first paint.
  if (mine === seq) out.textContent = `${scriptLine(src, undefined, false)}\n${snapshot(el, tag, attrs, lang)}`;
}

function showWidget(): void {
  const tag = currentTag();
  const w = widgets.find((d) => d.tagName === tag);
  const options = $('options');
  options.querySelectorAll('.field').forEach((f) => f.remove());
  const summary = (ui === 'fr' ? FRENCH_DOCS[tag]?.summary : undefined) ?? w?.summary ?? '';
  $('widget-about').textContent = `${summary}${BANNER.has(tag) ? ` ${t('bannerAbout')}` : ''}`;
  for (const attr of (w?.attributes ?? []).filter(offered)) options.append(field(tag, attr));
  void update();
}

function setUi(lang: Lang): void {
  ui = lang;
  document.documentElement.lang = lang;
  $<HTMLSelectElement>('ui-lang').value = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t as Key);
  $('sri-note').textContent = t(hashes ? 'sriOn' : 'sriOff');
  document.title = `${t('title')} — patient-voice-widgets`;
  $('preview').title = t('preview');
  if (widgets.length) showWidget();
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (http, old browser): a selected textarea and execCommand.
    const area = Object.assign(document.createElement('textarea'), {value: text});
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

async function start(): Promise<void> {
  const wanted = new URLSearchParams(location.search);
  const initial = wanted.get('lang') ?? (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  setUi(initial === 'fr' ? 'fr' : 'en');
  const input = $<HTMLInputElement>('script-url');
  input.value = localStorage.getItem(STORE) ?? '';
  input.placeholder = libraryUrl;
  input.addEventListener('change', () => {
    if (input.value.trim()) localStorage.setItem(STORE, input.value.trim());
    else localStorage.removeItem(STORE);
  });
  const [res] = await Promise.all([fetch(manifestUrl), loadHashes()]);
  setUi(ui); // the note on integrity, now that it is known
  const cem = (await res.json()) as Cem;
  const all = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('pv-'));
  // Content widgets first, the banner (placed once per site) last.
  widgets = [...all.filter((d) => !BANNER.has(d.tagName!)), ...all.filter((d) => BANNER.has(d.tagName!))];
  const list = $('widgets');
  const first = wanted.get('widget') ?? widgets[0]?.tagName;
  for (const w of widgets) {
    const l = document.createElement('label');
    l.className = 'choice';
    const r = Object.assign(document.createElement('input'), {type: 'radio', name: 'widget', value: w.tagName, checked: w.tagName === first});
    const code = document.createElement('code');
    code.textContent = `<${w.tagName}>`;
    l.append(r, code);
    list.append(l);
  }
  $('builder-form').addEventListener('change', (e) => ((e.target as HTMLInputElement).name === 'widget' ? showWidget() : void update()));
  $('builder-form').addEventListener('input', (e) => (e.target as HTMLElement).matches('input[type=text], input[type=number], input[type=url]') && void update());
  $('ui-lang').addEventListener('change', () => setUi($<HTMLSelectElement>('ui-lang').value === 'fr' ? 'fr' : 'en'));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    b.addEventListener('click', async () => {
      const ok = await copy($(b.dataset.copy!).textContent ?? '');
      $('copy-status').textContent = ok ? t('copiedStatus') : t('copyFailed');
      if (ok) {
        b.textContent = t('copied');
        b.classList.add('copied');
        setTimeout(() => {
          b.textContent = t('copy');
          b.classList.remove('copied');
        }, 2500);
      }
    });
  }
  showWidget();
}

void start();
