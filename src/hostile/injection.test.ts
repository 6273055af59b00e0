import {expect, fixture} from '@open-wc/testing';
import '../index.js';
import {examples} from '../examples.js';
import {HOSTILE_STRINGS} from './hostile-strings.js';
import {manifestElements, textAttributes, deepElements} from '../test-support/manifest.js';
import {captureWarnings} from '../test-support/helpers.js';

/**
 * 2. Injected markup: each of the hostile strings set on every text attribute
 * of every widget, and on every string field of every example's JSON config.
 * No script runs (the global trap never fires), no element appears that the
 * widget does not create, no event-handler attribute appears, and every URL
 * the widget renders is http(s), tel:, mailto: or relative.
 */
type Widget = HTMLElement & {updateComplete: Promise<boolean>};
declare global {
  interface Window {
    __pvTrap?: () => void;
  }
}

/** As a browser reads a URL: tabs and newlines dropped, then a scheme only if it starts the string. */
function safeScheme(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
  return scheme === undefined || ['http', 'https', 'tel', 'mailto'].includes(scheme);
}
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'cite'];

function check(el: Widget, allowed: Set<string>, context: string): void {
  for (const node of deepElements(el.shadowRoot!)) {
    expect(allowed.has(node.localName), `${context}: unexpected <${node.localName}>`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${context}: <${node.localName} ${attr}>`).to.equal(false);
      if (URL_ATTRS.includes(attr)) {
        const value = node.getAttribute(attr)!.trim();
        expect(safeScheme(value), `${context}: ${attr}="${value}"`).to.equal(true);
      }
    }
  }
}

async function allowedTags(tag: string): Promise<Set<string>> {
  const allowed = new Set<string>();
  for (const example of examples[tag]) {
    for (const lang of ['en', 'fr']) {
      const host = await fixture<HTMLDivElement>(`<div lang="${lang}">${example.html}</div>`);
      const el = host.querySelector(tag) as Widget;
      await el.updateComplete;
      // Open every disclosure once, so that what it reveals counts too.
      for (const b of el.shadowRoot!.querySelectorAll('button[aria-expanded="false"]')) (b as HTMLButtonElement).click();
      await el.updateComplete;
      deepElements(el.shadowRoot!).forEach((n) => allowed.add(n.localName));
      host.remove();
    }
  }
  return allowed;
}

/** String leaves of a JSON value, as paths. */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}
function setPath(obj: unknown, path: Array<string | number>, v: string): unknown {
  const copy = structuredClone(obj) as Record<string | number, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = v;
  return copy;
}

describe('hostile input', () => {
  let trapped: number;
  let errors: string[];
  let warnings: ReturnType<typeof captureWarnings>;
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    trapped = 0;
    errors = [];
    window.__pvTrap = () => void trapped++;
    window.addEventListener('error', onError);
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    delete window.__pvTrap;
    document.cookie.split(';').forEach((c) => (document.cookie = `${c.split('=')[0].trim()}=; Max-Age=0; Path=/`));
    localStorage.clear();
  });

  it(`has at least 100 hostile strings (${HOSTILE_STRINGS.length})`, () => {
    expect(HOSTILE_STRINGS.length).to.be.at.least(100);
  });

  for (const tag of Object.keys(examples)) {
    it(`${tag}: every text attribute × every hostile string`, async () => {
      const meta = (await manifestElements()).find((m) => m.tagName === tag)!;
      const attrs = [...textAttributes(meta), 'lang'];
      expect(attrs.length).to.be.greaterThan(1);
      const allowed = await allowedTags(tag);
      const host = await fixture<HTMLDivElement>(`<div>${examples[tag][0].html}</div>`);
      const el = host.querySelector(tag) as Widget;
      await el.updateComplete;
      for (const attr of attrs) {
        const before = el.getAttribute(attr);
        for (const s of HOSTILE_STRINGS) {
          el.setAttribute(attr, s);
          await el.updateComplete;
          check(el, allowed, `${attr}=${JSON.stringify(s.slice(0, 60))}`);
          expect(host.children.length, 'nothing added to the page').to.equal(1);
        }
        if (before === null) el.removeAttribute(attr);
        else el.setAttribute(attr, before);
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(trapped, 'the trap fired').to.equal(0);
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.textContent!.trim().length, 'still renders').to.be.greaterThan(20);
    });

    const withJson = examples[tag].filter((e) => e.html.includes('application/json'));
    for (const example of withJson) {
      it(`${example.id}: every string field of its JSON config × hostile strings`, async function () {
        this.timeout(60000); // over a hundred full renders
        const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(example.html)![1];
        const config = JSON.parse(json) as unknown;
        const paths = leaves(config);
        expect(paths.length).to.be.greaterThan(0);
        const allowed = await allowedTags(tag);
        // Each field gets several strings, and every string is used at least once.
        const rounds = Math.max(HOSTILE_STRINGS.length, paths.length * 8);
        for (let i = 0; i < rounds; i++) {
          const path = paths[i % paths.length];
          const s = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length];
          const markup = example.html.replace(json, JSON.stringify(setPath(config, path, s)).replace(/</g, '\\u003c'));
          const host = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
          const el = host.querySelector(tag) as Widget;
          await el.updateComplete;
          check(el, allowed, `${path.join('.')}=${JSON.stringify(s.slice(0, 60))}`);
          host.remove();
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(trapped, 'the trap fired').to.equal(0);
        expect(errors).to.deep.equal([]);
      });
    }
  }
});
