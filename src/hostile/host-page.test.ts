import {expect} from '@open-wc/testing';
import {loadFrame, ERROR_TRAP, until} from '../test-support/frames.js';
import {clearStorage} from '../test-support/helpers.js';
import {onSite, warningsOf, type Banner} from '../components/consent-banner/site.test-support.js';

/**
 * A host page that cannot break us (#24): DOM clobbering of
 * `window.patientVoice`, a `customElements.define` that fails for one tag,
 * another copy of the same or another version, and a page without
 * `ResizeObserver` or `crypto` or with a throwing `Intl`. Each page loads the
 * one-file build after its own script; the pages without `crypto` load the
 * banner's source (its stored choice needs a receipt id).
 */
type Win = Window & typeof globalThis & {__errors: string[]; __warnings: string[]; patientVoice?: {consent?: {get: () => unknown}}};
type Widget = HTMLElement & {updateComplete: Promise<unknown>};
const BUNDLE = '<script type="module" src="/dist/cdn/patient-voice.js"></script>';
const CONTENT = ['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options'];
const WIDGETS = `<pv-medical-disclaimer></pv-medical-disclaimer><pv-rights-explainer></pv-rights-explainer><pv-referral-options province="ON"></pv-referral-options><pv-consent-banner></pv-consent-banner>`;

async function page(head: string, body: string): Promise<{frame: HTMLIFrameElement; win: Win; doc: Document}> {
  const frame = await loadFrame(`<!doctype html><html lang="en"><head>${ERROR_TRAP}${head}</head><body>${body}${BUNDLE}</body></html>`);
  const win = frame.contentWindow as Win;
  await until(() => !!win.customElements.get('pv-medical-disclaimer') || win.__warnings.length > 0, 8000, 'the library');
  await new Promise((r) => setTimeout(r, 100));
  return {frame, win, doc: frame.contentDocument!};
}

async function rendered(doc: Document, tag: string): Promise<string> {
  const el = doc.querySelector(tag) as Widget;
  await el.updateComplete;
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('a hostile host page', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  for (const markup of [
    '<form id="patientVoice"><input name="consent"></form>',
    '<img name="patientVoice">',
    '<a id="patientVoice"></a><a id="patientVoice" name="consent"></a>',
  ]) {
    it(`DOM clobbering cannot replace window.patientVoice: ${markup}`, async () => {
      const {frame, win} = await page('', `${markup}<pv-consent-banner></pv-consent-banner>`);
      frames.push(frame);
      const api = win.patientVoice!;
      expect(api instanceof win.Node, 'an element').to.equal(false);
      expect(typeof api.consent?.get).to.equal('function');
      const own = Object.getOwnPropertyDescriptor(win, 'patientVoice')!;
      expect([own.writable, own.configurable]).to.deep.equal([false, false]);
      // Neither a script's assignment replaces it nor its consent entry.
      const consent = api.consent;
      expect(() => ((win as {patientVoice?: unknown}).patientVoice = {}), 'assigning in strict mode').to.throw(TypeError);
      (api as {consent?: unknown}).consent = 'x';
      expect(win.patientVoice!.consent).to.equal(consent);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('one tag that cannot be registered is one warning; the other tags are defined', async () => {
    const patch = `<script>const define = customElements.define.bind(customElements);
      customElements.define = (tag, ...rest) => { if (tag === 'pv-rights-explainer') throw new DOMException('blocked by the page', 'NotSupportedError'); return define(tag, ...rest); };</script>`;
    const {frame, win, doc} = await page(patch, WIDGETS);
    frames.push(frame);
    for (const tag of ['pv-medical-disclaimer', 'pv-referral-options', 'pv-consent-banner', 'pv-consent-settings']) {
      expect(!!win.customElements.get(tag), tag).to.equal(true);
    }
    expect(win.customElements.get('pv-rights-explainer')).to.equal(undefined);
    const ours = win.__warnings.filter((w) => w.includes('pv-rights-explainer'));
    expect(ours.length, win.__warnings.join('\n')).to.equal(1);
    expect(ours[0]).to.include('blocked by the page');
    expect((await rendered(doc, 'pv-medical-disclaimer')).length).to.be.greaterThan(40);
    expect(win.__errors).to.deep.equal([]);
  });

  it('another copy of the same version is silent; another version warns once', async () => {
    const same = await page('<script type="module" src="/dist/cdn/medical-disclaimer.js"></script>', WIDGETS);
    frames.push(same.frame);
    expect(same.win.__warnings.filter((w) => w.includes('another copy'))).to.deep.equal([]);
    const older = `<script>customElements.define('pv-medical-disclaimer', class extends HTMLElement { static pvVersion = '0.0.9'; });
      customElements.define('pv-rights-explainer', class extends HTMLElement { static pvVersion = '0.0.9'; });</script>`;
    const other = await page(older, WIDGETS);
    frames.push(other.frame);
    const ours = other.win.__warnings.filter((w) => w.includes('another copy'));
    expect(ours.length, other.win.__warnings.join('\n')).to.equal(1);
    expect(ours[0]).to.include('0.0.9');
  });

  it('without ResizeObserver and crypto, and with a throwing Intl, every widget still renders', async () => {
    const broken = `<script>delete window.ResizeObserver; Object.defineProperty(window, 'crypto', {value: undefined, configurable: true});
      for (const k of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'Collator']) Intl[k] = function () { throw new Error('Intl is broken here'); };</script>`;
    // The content widgets (the consent banner's own use of ResizeObserver and crypto is the banner's code).
    const {frame, win, doc} = await page(broken, WIDGETS.replace('<pv-consent-banner></pv-consent-banner>', ''));
    frames.push(frame);
    for (const tag of CONTENT) expect((await rendered(doc, tag)).length, tag).to.be.greaterThan(80);
    // The dates that Intl would have written fall back to their ISO form, with one warning.
    expect(await rendered(doc, 'pv-referral-options')).to.match(/Information checked on \d{4}-\d{2}-\d{2}\./);
    expect(win.__warnings.filter((w) => w.includes('Intl.DateTimeFormat')).length).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('a host page without crypto', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  /** The receipt id of the stored choice (the cookie this origin's pages share). */
  const storedId = (): string => {
    const value = document.cookie.split('; ').find((c) => c.startsWith('pv_consent='));
    return value ? (JSON.parse(decodeURIComponent(value.slice('pv_consent='.length))) as {id: string}).id : '';
  };

  for (const [name, broken] of [
    ['crypto undefined', `Object.defineProperty(window, 'crypto', {value: undefined, configurable: true});`],
    ['getRandomValues and randomUUID deleted', `delete Crypto.prototype.getRandomValues; delete Crypto.prototype.randomUUID;`],
    ['a crypto getter that throws', `Object.defineProperty(window, 'crypto', {get() { throw new Error('no crypto here'); }, configurable: true});`],
  ] as const) {
    it(`${name}: the banner shows, a choice is stored with an id, one warning`, async () => {
      await onSite({head: `<script>${broken}</script>`}, async (w) => {
        const banner = w.document.querySelector('pv-consent-banner') as Banner;
        expect(banner.open).to.equal(true);
        expect(banner.shadowRoot!.textContent!.trim().length).to.be.greaterThan(80);
        expect(() => w.patientVoice!.consent!.set({analytics: true})).not.to.throw();
        const first = storedId();
        w.patientVoice!.consent!.set({analytics: false});
        expect(storedId()).to.match(/^[0-9a-f]{24}$/);
        expect(storedId()).not.to.equal(first);
        expect(first).to.match(/^[0-9a-f]{24}$/);
        const ours = warningsOf(w).filter((m) => m.includes('crypto.getRandomValues'));
        expect(ours, warningsOf(w).join('\n')).to.have.length(1);
        expect(w.__errors).to.deep.equal([]);
      });
    });
  }

  it('only getRandomValues gone (a secure context): ids from randomUUID, no warning', async () => {
    await onSite({head: `<script>delete Crypto.prototype.getRandomValues;</script>`}, async (w) => {
      w.patientVoice!.consent!.set({analytics: true});
      expect(storedId()).to.match(/^[0-9a-f]{24}$/);
      expect(warningsOf(w).filter((m) => m.includes('crypto'))).to.deep.equal([]);
    });
  });

  it('the warning in French on a French page', async () => {
    await onSite({lang: 'fr', head: `<script>Object.defineProperty(window, 'crypto', {value: undefined, configurable: true});</script>`}, async (w) => {
      w.patientVoice!.consent!.set({analytics: true});
      const ours = warningsOf(w).filter((m) => m.includes('crypto.getRandomValues'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include('Les nombres aléatoires sécurisés du navigateur (crypto.getRandomValues) sont absents de cette page\u00a0: ');
    });
  });
});
