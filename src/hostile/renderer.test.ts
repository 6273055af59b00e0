import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../index.js';
import {HOSTILE_STRINGS} from './hostile-strings.js';
import {manifestElements, textAttributes, deepElements} from '../test-support/manifest.js';
import {loadFrame, ERROR_TRAP} from '../test-support/frames.js';

/**
 * The renderer on untrusted input (#24): `pv-render` and the render API keep
 * a widget's own attributes and a few inert global ones, drop everything
 * else with a warning, and replace invalid code points. What they write
 * runs nothing and requests nothing, with or without the library's script.
 * Rendering happens in Node (dist/ssr/render.js, through the test server).
 */
interface Rendered {
  html?: string;
  warnings?: string[];
  error?: string;
}
const render = (snippets: string[], lang = 'en') => executeServerCommand<Rendered[], {snippets: string[]; lang: string}>('pv-render', {snippets, lang});
const cli = (args: string[]) => executeServerCommand<{status: number; stdout: string; stderr: string}, {args: string[]}>('pv-render-cli', {args});

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A trap for the rendered pages, keyframes for the animation case, and an element to read the widget's tag from. */
const PAGE_HEAD = `${ERROR_TRAP}<script>window.__trapped=[];window.__pvTrap=(w)=>__trapped.push(String(w))</script><style>@keyframes pv-spin{from{opacity:.99}to{opacity:1}}</style>`;
type Win = Window & {__trapped: string[]; __errors: string[]};

/** The attribute cases of the issue, each with what must be dropped. */
const CASES = [
  {snippet: '<pv-medical-disclaimer variant="story" onclick="__pvTrap(\'onclick\')">', dropped: ['onclick']},
  {snippet: '<pv-rights-explainer autofocus onfocus="__pvTrap(\'onfocus\')" tabindex="0">', dropped: ['autofocus', 'onfocus', 'tabindex']},
  {
    snippet: '<pv-referral-options style="animation: pv-spin 1ms" onanimationstart="__pvTrap(\'animation\')" onanimationend="__pvTrap(\'animationend\')">',
    dropped: ['style', 'onanimationstart', 'onanimationend'],
  },
  {snippet: '<pv-medical-disclaimer style="background: url(/__probe/renderer/style.gif)">', dropped: ['style']},
  {
    snippet: '<pv-medical-disclaimer part="x" slot="y" is="z" data-pv-consent="analytics" xmlns="urn:x" unknown="1" id="a" class="b" lang="fr" title="t" dir="ltr">',
    dropped: ['part', 'slot', 'is', 'data-pv-consent', 'xmlns', 'unknown'],
    kept: ['id', 'class', 'lang', 'title', 'dir'],
  },
];

function hostAttributes(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  return doc.body.firstElementChild!.getAttributeNames();
}

async function probeLog(): Promise<string[]> {
  return (await fetch('/__probe-log/renderer')).json() as Promise<string[]>;
}

describe('the renderer on untrusted input', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it("keeps every attribute each widget's manifest entry documents, with no warning", async () => {
    for (const el of await manifestElements()) {
      const [r] = await render([`<${el.tagName} ${el.attributes.map((a) => `${a.name}="1"`).join(' ')}>`]);
      expect(r.warnings, el.tagName).to.deep.equal([]);
      expect(hostAttributes(r.html!), el.tagName).to.include.members(el.attributes.map((a) => a.name));
    }
  });

  it('keeps a clean snippet whole, with no warning', async () => {
    const [r] = await render(['<pv-medical-disclaimer variant="story" compact org="Exemple" id="d" class="c">']);
    expect(r.warnings).to.deep.equal([]);
    expect(hostAttributes(r.html!)).to.include.members(['variant', 'compact', 'org', 'id', 'class', 'lang']);
  });

  for (const c of CASES) {
    it(`drops ${c.dropped.join(', ')} with a warning each, and the page runs and requests nothing`, async () => {
      const [r] = await render([c.snippet]);
      expect(r.error).to.equal(undefined);
      const attrs = hostAttributes(r.html!);
      for (const name of c.dropped) {
        expect(attrs, 'output').to.not.include(name);
        expect(r.warnings!.filter((w) => w.includes(`"${name}"`)).length, `one warning for ${name}`).to.equal(1);
      }
      expect(r.warnings!.length).to.equal(c.dropped.length);
      for (const name of c.kept ?? []) expect(attrs).to.include(name);
      // With scripts on but not the library's, then with it: nothing fires, nothing is fetched.
      for (const script of ['', '<script type="module" src="/dist/cdn/patient-voice.js"></script>']) {
        const frame = await loadFrame(`<!doctype html><html><head>${PAGE_HEAD}</head><body>${r.html}${script}</body></html>`);
        frames.push(frame);
        const host = frame.contentDocument!.body.firstElementChild as HTMLElement;
        host.focus();
        host.click();
        await new Promise((res) => setTimeout(res, 300));
        expect((frame.contentWindow as Win).__trapped, c.snippet).to.deep.equal([]);
        expect((frame.contentWindow as Win).__errors).to.deep.equal([]);
      }
      expect(await probeLog()).to.deep.equal([]);
    });
  }

  it('replaces lone surrogates, noncharacters and control characters, with a warning', async () => {
    const bad = ['a\uD800b', 'a\uDFFFb', 'a\uFFFEb', 'a\uFDD0b', 'a\u{1FFFF}b', 'a\u0001b', 'a\u007Fb', 'a\u0085b'];
    const results = await render(bad.map((v) => `<pv-medical-disclaimer org="${v}">`));
    results.forEach((r, i) => {
      const org = new DOMParser().parseFromString(`<body>${r.html}`, 'text/html').body.firstElementChild!.getAttribute('org');
      expect(org, JSON.stringify(bad[i])).to.equal('a\uFFFDb');
      expect(r.warnings!.length, JSON.stringify(bad[i])).to.equal(1);
      expect(r.warnings![0]).to.match(/"org".*invalid characters/);
    });
    // Good text is kept as it is: a pair of surrogates, tabs and new lines.
    const [ok] = await render(['<pv-medical-disclaimer org="👩🏽‍⚕️ a\tb\nc">']);
    expect(ok.warnings).to.deep.equal([]);
  });

  it('renders every hostile string on every text attribute of every widget: no handler, no script, no request', async function () {
    this.timeout(120000);
    for (const el of await manifestElements()) {
      const names = textAttributes(el);
      const snippets = HOSTILE_STRINGS.map((s) => `<${el.tagName} ${names.map((n) => `${n}="${escapeAttr(s)}"`).join(' ')}></${el.tagName}>`);
      const results = await render(snippets);
      const html = results.map((r, i) => {
        expect(r.error, `${el.tagName} with ${JSON.stringify(HOSTILE_STRINGS[i])}`).to.equal(undefined);
        return r.html!;
      });
      // The content widgets hydrate; the consent banner's pre-render is checked as static HTML (it cannot be
      // hydrated: its client render depends on the visitor's stored choice).
      const script = el.tagName.startsWith('pv-consent') ? '' : '<script type="module" src="/dist/cdn/patient-voice.js"></script>';
      const frame = await loadFrame(`<!doctype html><html><head>${PAGE_HEAD}</head><body>${html.join('\n')}${script}</body></html>`);
      frames.push(frame);
      const win = frame.contentWindow as Win & typeof globalThis;
      const hosts = [...frame.contentDocument!.body.children].filter((n) => n.localName === el.tagName) as Array<HTMLElement & {updateComplete?: Promise<unknown>}>;
      expect(hosts.length, el.tagName).to.equal(HOSTILE_STRINGS.length);
      await new Promise((res) => setTimeout(res, 300));
      // Each one hydrates (or, when it could not be, renders afresh): none is left dead.
      const settled = await Promise.allSettled(hosts.map((h) => h.updateComplete));
      const failed = settled.flatMap((r, i) => (r.status === 'rejected' ? [`${JSON.stringify(HOSTILE_STRINGS[i]).slice(0, 60)}: ${String(r.reason)}`] : []));
      expect(failed, el.tagName).to.deep.equal([]);
      for (const node of [...frame.contentDocument!.body.querySelectorAll('*'), ...hosts.flatMap((h) => (h.shadowRoot ? deepElements(h.shadowRoot) : []))]) {
        for (const attr of node.getAttributeNames()) {
          expect(/^on/i.test(attr) || attr === 'style' || attr === 'autofocus', `<${node.localName} ${attr}>`).to.equal(false);
        }
        expect(node.localName === 'script' && node.parentElement !== frame.contentDocument!.body, `<script> in ${el.tagName}`).to.equal(false);
      }
      expect(win.__trapped, el.tagName).to.deep.equal([]);
      frame.remove();
    }
    expect(await probeLog()).to.deep.equal([]);
  });

  it('pv-render prints what it left out on standard error, the HTML alone on standard output', async () => {
    const run = await cli(['<pv-medical-disclaimer onclick="x()" style="color:red" variant="story">']);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^<pv-medical-disclaimer /);
    expect(run.stdout).to.not.match(/onclick|style="/);
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).to.equal(2);
    expect(lines[0]).to.match(/^pv-render: <pv-medical-disclaimer>: attribute "onclick" was removed/);
    expect(lines[1]).to.match(/^pv-render: <pv-medical-disclaimer>: attribute "style" was removed/);
  });
});
