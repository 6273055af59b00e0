/**
 * Hostile storage and configuration for the consent banner (issue "Hostile
 * pages, round 2"): a Cookie Store API that throws or never answers, several
 * `pv_consent` cookies (a forged one on a more specific path or a sibling
 * subdomain), `__Host-pv_consent`, a JSON child that arrives after the banner
 * upgraded, and placeholder banners made by contributors.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {ERROR_TRAP, loadFrame, until} from '../test-support/frames.js';
import {clearStorage} from '../test-support/helpers.js';
import {onSite, warningsOf, type Banner, type FramePage} from '../components/consent-banner/site.test-support.js';
import {COOKIE_STORE_DEADLINE, HOST_KEY, STORE_KEY, createRecord, encodeRecord, readConsent, writeConsent} from '../components/consent-banner/consent-store.js';

const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const banner = (w: FramePage) => w.document.querySelector('pv-consent-banner') as Banner;

describe('hostile: Cookie Store API with a deadline', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  // Stubbing the browser API is the point here: it stands for a browser whose cookieStore fails.
  const stubs = {
    'throws SecurityError': "getAll() { throw new DOMException('The operation is insecure.', 'SecurityError'); }",
    'rejects with SecurityError': "getAll() { return Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')); }",
    'never answers': 'getAll() { return new Promise(() => {}); }',
  };
  for (const [name, body] of Object.entries(stubs)) {
    const head = `<script>window.__asked = 0; Object.defineProperty(window, 'cookieStore', {configurable: true, value: {${body.replace('getAll() {', 'getAll() { window.__asked++;')}}});</script>`;
    it(`cookieStore ${name}: a first-time visitor sees the banner`, async () => {
      await onSite({head}, async (w) => {
        const el = banner(w);
        await until(() => el.open, COOKIE_STORE_DEADLINE + 2000, 'the banner');
        expect((w as FramePage & {__asked: number}).__asked).to.be.greaterThan(0);
        expect(el.getAttribute('data-pv-state')).to.equal('undecided');
        expect(w.__errors).to.deep.equal([]);
      });
    });
    it(`cookieStore ${name}: a stored choice is still read (from document.cookie)`, async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 30, false));
      await onSite({head}, async (w) => {
        const el = banner(w);
        await until(() => el.getAttribute('data-pv-state') === 'decided', COOKIE_STORE_DEADLINE + 2000, 'the stored choice');
        expect(el.open).to.equal(false);
        expect(w.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: false});
      });
    });
  }
});

/** Opens `path` on `host` in a new top-level tab, waits for the banner, runs `body` (which may `return`). */
function visit<T>(host: string, path: string, body: string): Promise<T> {
  const script = `(async () => {
    await customElements.whenDefined('pv-consent-banner');
    const el = document.querySelector('pv-consent-banner');
    await el.updateComplete;
    const click = async (label) => {
      [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
      await el.updateComplete;
    };
    const raw = (name) => document.cookie.split('; ').filter((c) => c.startsWith(name + '=')).map((c) => c.slice(name.length + 1));
    ${body}
  })()`;
  return executeServerCommand<T, {url: string; script: string}>('pv-visit', {url: `http://${host}:${location.port}${path}`, script});
}

const PAGE = '/test/gate-csp/sub/page.html?probe=cookies';
const SUB = '/test/gate-csp/sub';
const CLEAN = `for (const n of ['pv_consent', '__Host-pv_consent']) for (const d of ['', '; Domain=patient.test']) for (const p of ['/', '/test', '${SUB}']) document.cookie = n + '=; Max-Age=0; Path=' + p + d;
  return raw('pv_consent');`;
/** The person accepts all, then rejects all; returns the accepted record's cookie value (what a forger would copy). */
const ACCEPT_THEN_REJECT = `await click('Accept all');
  const accepted = raw('pv_consent')[0];
  window.patientVoice.consent.reset();
  await el.updateComplete;
  await click('Reject all');
  return accepted;`;
const STATE = `return {open: el.open, state: el.getAttribute('data-pv-state'), choices: JSON.stringify(window.patientVoice.consent.get()),
  ran: window.__ran, warnings: window.__warnings.filter((m) => m.includes('More than one stored consent choice')).length, cookies: raw('pv_consent').length};`;
type State = {open: boolean; state: string; choices: string; ran: string[]; warnings: number; cookies: number};

describe('hostile: one stored choice (www.patient.test, dons.patient.test → 127.0.0.1)', function () {
  // Several top-level visits in one test.
  this.timeout(30000);
  const clean = async () => {
    expect(await visit('www.patient.test', PAGE, CLEAN)).to.deep.equal([]);
    expect(await visit('dons.patient.test', PAGE, CLEAN)).to.deep.equal([]);
  };
  beforeEach(clean);
  after(clean);

  it('after Reject all, a forged pv_consent on a more specific Path: the most restrictive is kept, asked again, one warning, trackers stay off', async () => {
    const accepted = await visit<string>('www.patient.test', PAGE, ACCEPT_THEN_REJECT);
    expect(accepted).to.be.a('string');
    await visit('www.patient.test', PAGE, `document.cookie = 'pv_consent=${accepted}; Path=${SUB}'; return raw('pv_consent').length;`);
    const s = await visit<State>('www.patient.test', PAGE, STATE);
    expect(s).to.include({open: true, state: 'undecided', choices: '{"analytics":false,"marketing":false}', warnings: 1, cookies: 0});
    expect(s.ran).to.deep.equal([]);
  });

  it('after Reject all, a forged pv_consent from a sibling subdomain (Domain=patient.test): the same', async () => {
    const accepted = await visit<string>('www.patient.test', PAGE, ACCEPT_THEN_REJECT);
    await visit('dons.patient.test', PAGE, `document.cookie = 'pv_consent=${accepted}; Domain=patient.test; Path=/'; return 0;`);
    const s = await visit<State>('www.patient.test', PAGE, STATE);
    expect(s).to.include({open: true, state: 'undecided', choices: '{"analytics":false,"marketing":false}', warnings: 1, cookies: 0});
    expect(s.ran).to.deep.equal([]);
    // The person answers again: one record, and the next page takes it without asking.
    await visit('www.patient.test', PAGE, `await click('Reject all'); return 0;`);
    const next = await visit<State>('www.patient.test', PAGE, STATE);
    expect(next).to.include({open: false, state: 'decided', warnings: 0, cookies: 1});
  });
});

describe('hostile: __Host-pv_consent on https without cookie-domain', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.cookie = `${HOST_KEY}=; Path=/; Max-Age=0; Secure`;
    clearStorage();
  });
  const reject = createRecord({analytics: false, marketing: false}, '1', 30, false);
  const accept = createRecord({analytics: true, marketing: true}, '1', 30, false);

  it('is written as __Host-pv_consent (Secure, Path=/); a plain pv_consent beside it (another subdomain or path) is not read; the old name is migrated', async function () {
    // Browsers keep Secure cookies from http://localhost (a secure context): the https path runs here.
    document.cookie = `${HOST_KEY}=probe; Path=/; Secure`;
    if (!document.cookie.includes(`${HOST_KEY}=probe`)) this.skip();
    document.cookie = `${HOST_KEY}=; Path=/; Max-Age=0; Secure`;
    // The old name only: read (migration), then replaced by the new one.
    document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(accept))}; Path=/`;
    expect(readConsent('cookie')).to.deep.include({status: 'ok'});
    expect(writeConsent('cookie', reject, undefined, true)).to.equal(true);
    const names = () => document.cookie.split('; ').map((c) => c.split('=')[0]);
    expect(names()).to.include(HOST_KEY);
    expect(names()).not.to.include(STORE_KEY);
    // A forged plain cookie: the __Host- one, which nobody else can set, is the choice.
    document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(accept))}; Path=/`;
    const found = readConsent('cookie');
    expect(found.status).to.equal('ok');
    expect(found.status === 'ok' && found.record.choices).to.deep.equal({analytics: false, marketing: false});
  });
});

describe('hostile: a JSON child that arrives or changes after the banner upgraded', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('a custom category appears, then its text changes, with the same checks; its gated iframe loads once allowed', async () => {
    await onSite(
      {
        banner: '<pv-consent-banner categories="analytics video"></pv-consent-banner>',
        body: '<iframe id="v" data-pv-consent="video" data-pv-src="/__probe/late-json/video.html" title="Interview"></iframe>',
      },
      async (w) => {
        const el = banner(w);
        el.insertAdjacentHTML('beforeend', '<script type="application/json">{"categories": {"video": {"en": {"label": "Videos", "purpose": "Shows videos."}}}}</script>');
        await tick();
        await el.updateComplete;
        w.patientVoice!.consent!.show();
        await el.updateComplete;
        const prefs = () => el.shadowRoot!.querySelector('[part~="preferences"]')!.textContent!;
        expect(prefs()).to.contain('Videos');
        el.querySelector('script')!.textContent = '{"categories": {"video": {"en": {"label": "Interviews on video"}}, "bad name": {}}}';
        await tick();
        await el.updateComplete;
        expect(prefs()).to.contain('Interviews on video');
        expect(warningsOf(w).filter((m) => m.includes('the category "bad name" is left out'))).to.have.length(1);
        el.querySelector('script')!.textContent = '{"categories": ';
        await tick();
        expect(warningsOf(w).filter((m) => m.includes('not valid JSON'))).to.have.length(1);
        el.querySelector('script')!.textContent = '{"categories": {"video": {}}}';
        await tick();
        w.patientVoice!.consent!.set({video: true});
        expect(w.document.getElementById('v')!.getAttribute('src')).to.equal('/__probe/late-json/video.html');
      }
    );
  });
});

describe('hostile: contributor placeholder banners (autoloader)', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('data-pv-widget="consent-banner" is not upgraded: one warning, no banner, nothing gated starts', async () => {
    const frame = await loadFrame(`<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>
      <div data-pv-widget="consent-banner" data-mode="notice">We use cookies.</div>
      <script type="text/plain" data-pv-consent="analytics">window.__ran = 1</script>
      <div data-pv-widget="medical-disclaimer">Fallback</div>
      <script type="module" src="/dist/cdn/autoloader.js"></script></body></html>`);
    try {
      const w = frame.contentWindow as FramePage & {__ran?: number};
      await until(() => !!w.document.querySelector('pv-medical-disclaimer'), 5000, 'the other placeholder upgraded');
      await tick(300);
      expect(w.document.querySelector('pv-consent-banner')).to.equal(null);
      expect(w.customElements.get('pv-consent-banner')).to.equal(undefined);
      expect(w.__ran).to.equal(undefined);
      expect(w.__warnings.filter((m) => m.includes('data-pv-widget="consent-banner" is not upgraded'))).to.have.length(1);
      expect(w.document.querySelector('[data-pv-widget="consent-banner"]')!.textContent).to.equal('We use cookies.');
    } finally {
      frame.remove();
    }
  });
});
