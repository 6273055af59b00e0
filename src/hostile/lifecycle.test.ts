import {expect} from '@open-wc/testing';
import '../index.js';
import {loadFrame, ERROR_TRAP, until} from '../test-support/frames.js';

/**
 * Lifecycle and documents (#24): widgets created here and appended to an
 * iframe's document, or adopted into it, render and are styled there (a
 * constructed style sheet belongs to one document); in the iframe they
 * speak its language. XHTML pages, and two copies of the library under
 * Trusted Types, fail with one clear console error naming the cause.
 */
type Widget = HTMLElement & {updateComplete: Promise<unknown>};
const TAGS = ['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options'] as const;

/** Styled: the host is a block (an unstyled custom element is inline) and the first paragraph has the widget's text colour. */
function styled(el: Element): {display: string; color: string} {
  const view = el.ownerDocument.defaultView!;
  const p = el.shadowRoot!.querySelector('p')!;
  return {display: view.getComputedStyle(el).display, color: view.getComputedStyle(p).color};
}
const EXPECTED = {display: 'block', color: 'rgb(31, 35, 40)'};

describe('widgets in another document', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });
  async function blankFrame(lang = 'en'): Promise<Document> {
    const frame = await loadFrame(`<!doctype html><html lang="${lang}"><body style="color:#fff"></body></html>`);
    frames.push(frame);
    return frame.contentDocument!;
  }

  for (const tag of TAGS) {
    it(`${tag} created here and appended to an iframe renders there, styled`, async () => {
      const doc = await blankFrame();
      const el = document.createElement(tag) as Widget;
      doc.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(40);
      expect(styled(el)).to.deep.equal(EXPECTED);
    });

    it(`${tag} rendered here, then adopted into an iframe and back, stays styled`, async () => {
      const doc = await blankFrame();
      const el = document.createElement(tag) as Widget;
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el)).to.deep.equal(EXPECTED);
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(styled(el), 'in the iframe').to.deep.equal(EXPECTED);
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el), 'back here').to.deep.equal(EXPECTED);
      el.remove();
    });
  }

  it("speaks the iframe's language, and follows it", async () => {
    const doc = await blankFrame('fr');
    const el = document.createElement('pv-medical-disclaimer') as Widget;
    doc.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/médecin|santé/);
    doc.documentElement.lang = 'en';
    await until(() => /doctor|health/i.test(el.shadowRoot!.textContent!), 2000, 'English');
  });

  it('an element made in a document with no window renders once it is in ours', async () => {
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('pv-rights-explainer');
    document.body.append(el);
    await (el as Widget).updateComplete;
    expect(el.shadowRoot!.textContent!.length).to.be.greaterThan(40);
    expect(styled(el)).to.deep.equal(EXPECTED);
    el.remove();
  });
});

describe('documents the widgets cannot run in', () => {
  it('an XHTML page gets one clear console error naming the cause', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.src = '/test/fixtures/xhtml-page.xhtml';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & {__errors: string[]; __consoleErrors: string[]};
    expect(frame.contentDocument!.contentType).to.equal('application/xhtml+xml');
    await until(() => win.__consoleErrors.length > 0 || !!win.customElements.get('pv-medical-disclaimer'), 8000, 'the script');
    await new Promise((r) => setTimeout(r, 200));
    const ours = win.__consoleErrors.filter((e) => e.includes('patient-voice-widgets'));
    expect(ours.length, win.__consoleErrors.join('\n')).to.equal(1);
    expect(ours[0]).to.include('application/xhtml+xml');
    expect(ours[0]).to.include('text/html');
    // Nothing else thrown: the widgets are not defined, so Lit never tries to parse its templates there.
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('two copies under Trusted Types', () => {
  const page = (directive: string) =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${directive}">${ERROR_TRAP}<script>window.__consoleErrors=[];const ce=console.error;console.error=(...a)=>{__consoleErrors.push(a.map(String).join(' '));ce.apply(console,a)}</script>
    <script type="module" src="/dist/cdn/autoloader.js"></script></head><body><pv-rights-explainer></pv-rights-explainer>
    <script type="module" src="/dist/cdn/patient-voice.js"></script>
    <pv-medical-disclaimer></pv-medical-disclaimer></body></html>`;
  type Win = Window & typeof globalThis & {__errors: string[]; __consoleErrors: string[]};

  before(function () {
    if (!('trustedTypes' in window)) this.skip();
  });

  it("without 'allow-duplicates', the console says why the second copy fails", async () => {
    const frame = await loadFrame(page('lit-html pv-consent'));
    const win = frame.contentWindow as Win;
    await until(() => win.__consoleErrors.some((e) => e.includes('patient-voice-widgets')), 8000, 'the explanation');
    const ours = win.__consoleErrors.filter((e) => e.includes('patient-voice-widgets'));
    expect(ours.length).to.equal(1);
    expect(ours[0]).to.include("'allow-duplicates'");
    expect(ours[0]).to.include('lit-html');
    frame.remove();
  });

  it("with 'allow-duplicates' (the README's policy), both copies work and nothing is logged", async () => {
    const frame = await loadFrame(page("lit-html pv-consent 'allow-duplicates'"));
    const win = frame.contentWindow as Win;
    const doc = frame.contentDocument!;
    await until(() => !!win.customElements.get('pv-rights-explainer') && !!win.customElements.get('pv-medical-disclaimer'), 8000, 'both defined');
    await new Promise((r) => setTimeout(r, 500));
    for (const tag of ['pv-rights-explainer', 'pv-medical-disclaimer']) {
      const el = doc.querySelector(tag) as Widget;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.length, tag).to.be.greaterThan(40);
    }
    expect(win.__errors).to.deep.equal([]);
    expect(win.__consoleErrors).to.deep.equal([]);
    frame.remove();
  });
});
