import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {loadFrame, ERROR_TRAP, until} from '../test-support/frames.js';

/**
 * Pre-rendered HTML edited by hand (#24): pv-render writes a hash of what it
 * rendered (data-pv-hash); hydration checks it. An untouched pre-render is
 * hydrated in place, silently; an edited one (a fake phone number, a
 * phishing link) is rendered again from the widget's own data, with one
 * warning, and what was typed in never comes back (mode or language change).
 */
type Win = Window & typeof globalThis & {__errors: string[]; __warnings: string[]};
type Widget = HTMLElement & {updateComplete: Promise<unknown>};

const render = async (snippet: string) =>
  (await executeServerCommand<Array<{html: string; warnings: string[]}>, {snippets: string[]; lang: string}>('pv-render', {snippets: [snippet], lang: 'en'}))[0].html;

const FAKE_PHONE = '1-555-0199';
const PHISHING = 'https://phishing.example/login';

/** Types a fake number over the first phone link and points the first web link elsewhere. */
function tamper(html: string): string {
  // In place, around Lit's markers, as someone editing the pasted HTML would.
  const phone = /(<a href=")tel:[^"]*(">(?:<!--[^>]*-->)*)[^<]*/.exec(html);
  const web = /href="https:[^"]*"/.exec(html);
  expect(phone, 'a phone link to edit').to.not.equal(null);
  expect(web, 'a web link to edit').to.not.equal(null);
  return html.replace(phone![0], `${phone![1]}tel:+15550199${phone![2]}${FAKE_PHONE}`).replace(web![0], `href="${PHISHING}"`);
}

/** Loads `html` with no script of ours, keeps a node of its static shadow root, then loads the library. */
async function hydrate(html: string, tag: string) {
  const frame = await loadFrame(`<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>${html}</body></html>`);
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  const el = doc.querySelector(tag) as Widget;
  expect(el.shadowRoot, 'declarative shadow root').to.not.equal(null);
  const staticNode = el.shadowRoot!.querySelector('p, li, a')!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/patient-voice.js';
  doc.body.append(script);
  await until(() => !!win.customElements.get(tag), 8000, `${tag} defined`);
  await el.updateComplete;
  const ours = () => win.__warnings.filter((w) => w.includes('pre-rendered'));
  return {frame, win, el, staticNode, ours};
}

const html = (el: Element) => el.shadowRoot!.innerHTML;

describe('pre-rendered HTML is checked when it is hydrated', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  const fixtures: Array<{id: string; tag: string; lang: string; html: string}> = [];
  before(async () => fixtures.push(...((await (await fetch('/test/fixtures/generated/ssr.json')).json()) as typeof fixtures)));

  it('every pre-rendered example (test/fixtures/generated/ssr.json) passes its check: hydrated in place, no warning', async function () {
    this.timeout(120000);
    expect(fixtures.length).to.be.greaterThan(4);
    for (const f of fixtures) {
      const {frame, win, el, staticNode, ours} = await hydrate(f.html, f.tag);
      expect(el.hasAttribute('data-pv-hash'), f.id).to.equal(true);
      expect(staticNode.isConnected, `${f.id} (${f.lang}) kept its static DOM`).to.equal(true);
      expect(ours(), f.id).to.deep.equal([]);
      expect(win.__errors, f.id).to.deep.equal([]);
      frame.remove();
    }
  });

  it('an untouched pre-render is hydrated in place, with no warning', async () => {
    const {frame, win, el, staticNode, ours} = await hydrate(await render('<pv-referral-options province="ON">'), 'pv-referral-options');
    frames.push(frame);
    expect(el.getAttribute('data-pv-hash')).to.match(/^[0-9a-z]+$/);
    expect(staticNode.isConnected, 'the static DOM is kept (hydrated, not rendered again)').to.equal(true);
    expect(ours()).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  for (const tag of ['pv-referral-options', 'pv-rights-explainer']) {
    it(`${tag}: a fake phone number and a phishing link typed in are gone after the script loads, and stay gone`, async () => {
      const snippet = tag === 'pv-referral-options' ? '<pv-referral-options province="ON">' : '<pv-rights-explainer province="QC">';
      const original = await render(snippet);
      const edited = tag === 'pv-referral-options' ? tamper(original) : original.replace(/href="https:[^"]*"/, `href="${PHISHING}"`).replace('CMPA', `CMPA ${FAKE_PHONE}`);
      expect(edited).to.include(PHISHING);
      const {frame, win, el, staticNode, ours} = await hydrate(edited, tag);
      frames.push(frame);
      expect(staticNode.isConnected, 'the static DOM is discarded').to.equal(false);
      expect(html(el)).to.not.include(FAKE_PHONE);
      expect(html(el)).to.not.include(PHISHING);
      expect(ours().length, ours().join('\n')).to.equal(1);
      expect(ours()[0]).to.include('data-pv-hash');
      // A mode change and a language change re-render from the widget's data: the edit never comes back.
      if (tag === 'pv-referral-options') el.setAttribute('mode', 'guide');
      else el.setAttribute('compact', '');
      await el.updateComplete;
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(html(el)).to.not.include(FAKE_PHONE);
      expect(html(el)).to.not.include(PHISHING);
      expect(el.shadowRoot!.textContent).to.match(/[éè]/);
      expect(ours().length).to.equal(1);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a pre-render whose hash was removed is rendered again, with one warning', async () => {
    const original = await render('<pv-medical-disclaimer variant="story">');
    const {frame, el, staticNode, ours} = await hydrate(original.replace(/ data-pv-hash="[^"]*"/, ''), 'pv-medical-disclaimer');
    frames.push(frame);
    expect(staticNode.isConnected).to.equal(false);
    expect(el.shadowRoot!.textContent!.length).to.be.greaterThan(40);
    expect(ours().length).to.equal(1);
  });
});
