// The embed builder: a form made from custom-elements.json (built by
// `npm run build`), a live preview in both languages, and two snippets.
import '../src/index.js';
import {copyText} from '../src/internal/copy.js';

interface CemAttribute {
  name: string;
  type?: {text: string};
  default?: string;
  description?: string;
  fieldName?: string;
  /** Set (to true or a note) on an attribute kept only for older snippets. */
  deprecated?: boolean | string;
}
interface CemDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
}
interface Cem {
  modules: Array<{declarations?: CemDeclaration[]}>;
}

const CDN_SCRIPT = '<script type="module" src="https://YOUR-SITE/path/to/patient-voice.js"></script>';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widgetSelect = $<HTMLSelectElement>('widget');
const options = $<HTMLFieldSetElement>('options');
let widgets: CemDeclaration[] = [];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unquote = (s?: string) => (s ?? '').replace(/^['"]|['"]$/g, '');

/** String-literal unions in a type ("'a' | 'b'") become a select's options. */
function choicesOf(type?: string): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map(unquote) : undefined;
}

function field(attr: CemAttribute): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const id = `opt-${attr.name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attr.name;
  const type = attr.type?.text ?? 'string';
  let input: HTMLInputElement | HTMLSelectElement;
  const choices = choicesOf(type);
  if (type === 'boolean') {
    input = Object.assign(document.createElement('input'), {type: 'checkbox', checked: attr.default === 'true'});
    wrap.classList.add('checkbox');
  } else if (choices) {
    input = document.createElement('select');
    for (const c of ['', ...choices]) input.append(new Option(c === '' ? `(default${attr.default ? `: ${unquote(attr.default)}` : ''})` : c, c));
  } else {
    input = Object.assign(document.createElement('input'), {type: 'text', placeholder: unquote(attr.default)});
  }
  input.id = id;
  input.name = attr.name;
  input.dataset.attr = attr.name;
  input.dataset.kind = type === 'boolean' ? 'boolean' : 'text';
  wrap.append(label, input);
  if (attr.description) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = attr.description;
    input.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return wrap;
}

function currentWidget(): CemDeclaration | undefined {
  return widgets.find((w) => w.tagName === widgetSelect.value);
}

function chosenAttributes(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const input of options.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attr]')) {
    const name = input.dataset.attr!;
    if (input.dataset.kind === 'boolean') {
      if ((input as HTMLInputElement).checked) out.push([name, '']);
    } else if (input.value.trim() !== '') out.push([name, input.value.trim()]);
  }
  return out;
}

function tagMarkup(tag: string, attrs: Array<[string, string]>): string {
  const a = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
  return `<${tag}${a}></${tag}>`;
}

/** The same widget as a `<div data-pv-widget>` placeholder, which any CMS keeps. */
function placeholderMarkup(tag: string, attrs: Array<[string, string]>): string {
  const a = attrs.map(([n, v]) => (n === 'lang' ? ` lang="${escapeAttr(v)}"` : ` data-${n}="${escapeAttr(v)}"`)).join('');
  return `<div data-pv-widget="${tag.replace(/^pv-/, '')}"${a}>\n  Text shown until the widget appears.\n</div>`;
}

let renderSeq = 0;
async function update(): Promise<void> {
  const w = currentWidget();
  if (!w?.tagName) return;
  const attrs = chosenAttributes().filter(([n]) => n !== 'lang');
  for (const lang of ['en', 'fr']) {
    const host = $(`preview-${lang}`);
    const el = document.createElement(w.tagName);
    for (const [n, v] of attrs) el.setAttribute(n, v);
    host.replaceChildren(el);
  }
  const withLang = chosenAttributes();
  $('snippet-tag').textContent = `${CDN_SCRIPT}\n${tagMarkup(w.tagName, withLang)}`;
  $('snippet-placeholder').textContent = placeholderMarkup(w.tagName, withLang);
  const lang = document.querySelector<HTMLInputElement>('input[name="ssr-lang"]:checked')?.value ?? 'en';
  const seq = ++renderSeq;
  const ssr = $('snippet-ssr');
  ssr.textContent = '…';
  try {
    const res = await fetch(`/api/render?lang=${lang}&snippet=${encodeURIComponent(tagMarkup(w.tagName, withLang))}`);
    const text = await res.text();
    if (seq === renderSeq) ssr.textContent = res.ok ? text : `Could not pre-render: ${text}`;
  } catch {
    if (seq === renderSeq) ssr.textContent = 'Pre-rendering needs the demo server (npm start).';
  }
}

function showWidget(): void {
  const w = currentWidget();
  options.querySelectorAll('.field').forEach((f) => f.remove());
  $('widget-summary').textContent = w?.summary ?? '';
  // Older spellings still work, but new snippets should not use them.
  for (const attr of w?.attributes ?? []) if (!attr.deprecated) options.append(field(attr));
  void update();
}

async function start(): Promise<void> {
  const cem = (await (await fetch('/dist/custom-elements.json')).json()) as Cem;
  widgets = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('pv-'));
  for (const w of widgets) widgetSelect.append(new Option(`<${w.tagName}>`, w.tagName));
  const wanted = new URLSearchParams(location.search).get('widget');
  if (wanted && widgets.some((w) => w.tagName === wanted)) widgetSelect.value = wanted;
  widgetSelect.addEventListener('change', showWidget);
  $('builder-form').addEventListener('input', () => void update());
  $('builder-form').addEventListener('change', (e) => e.target !== widgetSelect && void update());
  document.querySelectorAll('input[name="ssr-lang"]').forEach((r) => r.addEventListener('change', () => void update()));
  document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) =>
    b.addEventListener('click', async () => {
      const ok = await copyText($(b.dataset.copy!).textContent ?? '');
      $('copy-status').textContent = ok ? 'Copied.' : 'Could not copy: select the text and copy it by hand.';
    })
  );
  showWidget();
}

void start();
