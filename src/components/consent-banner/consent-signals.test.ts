import {expect, fixture, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import {consent, type PvConsentBanner} from './consent-banner.js';
import type {PvConsentChangeDetail} from '../../internal/events.js';
import {createRecord, encodeRecord, writeConsent} from './consent-store.js';
import {textOf, useTestPage} from '../../test-support/helpers.js';
import {VERSION} from '../../internal/version.js';
import {clearStorage, click, rawCookie, renderBanner, shadow, stub} from './consent.test-support.js';
import {until} from '../../test-support/frames.js';

type GtagWindow = Window & {gtag?: (...args: unknown[]) => void; dataLayer?: unknown[]};
const w = window as GtagWindow;
const stored = () => JSON.parse(rawCookie()!) as {choices: Record<string, boolean>; gpc: boolean; id: string; ts: number};
const prefs = (el: Element) => shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
const ADS = {ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied'};
const ADS_ON = {ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted'};
const REST = {functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted'};
const DENIED = {...ADS, analytics_storage: 'denied', ...REST};
const GRANTED = {...ADS_ON, analytics_storage: 'granted', ...REST};
const redaction = (on: boolean) => ['set', 'ads_data_redaction', on];

function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('consent signals and API', () => {
  const warnings = useTestPage(clearStorage);
  afterEach(() => {
    delete w.gtag;
    delete w.dataLayer;
  });

  describe('Global Privacy Control', () => {
    let restore: () => void;
    beforeEach(() => (restore = stub(navigator, 'globalPrivacyControl', {get: () => true})));
    afterEach(() => restore());

    it('says the signal was honoured; Accept all leaves marketing off; the receipt records it', async () => {
      const el = await renderBanner();
      expect(textOf(el)).to.contain('Your browser sent a Global Privacy Control signal: marketing stays off unless you turn it on yourself.');
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Accept all');
      expect((await event).detail.choices).to.deep.equal({analytics: true, marketing: false});
      expect(stored()).to.deep.include({choices: {analytics: true, marketing: false}, gpc: true});
    });

    it('marketing turned on explicitly is kept', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" lang="fr"></pv-consent-banner>');
      expect(textOf(el)).to.contain('La publicité reste donc désactivée');
      await click(el, 'Choisir');
      shadow<HTMLInputElement>(el, '#c-marketing')!.click();
      await click(el, 'Enregistrer mes choix', 'dialog.prefs');
      expect(stored()).to.deep.include({choices: {analytics: false, marketing: true}, gpc: true});
      el.parentElement!.remove();
      const again = await renderBanner();
      expect(again.open).to.equal(false);
      expect(consent.get()).to.deep.equal({analytics: false, marketing: true});
    });

    it('turns off marketing given before the signal, with method "gpc"', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      const event = oneEvent(document, 'pv-consent-change');
      await renderBanner();
      expect((await event).detail).to.deep.include({choices: {analytics: true, marketing: false}, revoked: ['marketing'], method: 'gpc'});
      expect(stored().choices).to.deep.equal({analytics: true, marketing: false});
    });

    it('notice mode: marketing is not implied', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" mode="notice"></pv-consent-banner>');
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Got it');
      expect((await event).detail.choices).to.deep.equal({analytics: true, marketing: false});
    });
  });

  describe('Google Consent Mode v2', () => {
    it('calls gtag: all seven types, denied by default but security_storage, then an update on every change', async () => {
      const calls: unknown[][] = [];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      const el = await renderBanner();
      expect(calls).to.deep.equal([['consent', 'default', DENIED], redaction(true)]);
      await click(el, 'Accept all');
      expect(calls.slice(2)).to.deep.equal([['consent', 'update', GRANTED], redaction(false)]);
      consent.set({analytics: true});
      expect(calls.slice(4)).to.deep.equal([['consent', 'update', {...DENIED, analytics_storage: 'granted'}], redaction(true)]);
      expect(calls).to.have.length(6);
    });

    it('the default is the stored choice on a later page', async () => {
      writeConsent('cookie', createRecord({analytics: false, marketing: true}, '1', 182, false));
      const calls: unknown[][] = [];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      await renderBanner();
      expect(calls).to.deep.equal([['consent', 'default', {...GRANTED, analytics_storage: 'denied'}], redaction(false)]);
    });

    it('functional grants functionality_storage and personalization_storage', async () => {
      const calls: unknown[][] = [];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      await renderBanner('<pv-consent-banner policy-url="/privacy" categories="functional analytics"></pv-consent-banner>');
      consent.set({functional: true});
      expect(calls.slice(2)).to.deep.equal([
        ['consent', 'update', {...DENIED, functionality_storage: 'granted', personalization_storage: 'granted'}],
        redaction(true),
      ]);
    });

    it('pushes to dataLayer like the gtag snippet when only dataLayer exists', async () => {
      w.dataLayer = [];
      const el = await renderBanner();
      await click(el, 'Reject all');
      expect(w.dataLayer).to.have.length(4);
      const entries = w.dataLayer.map((a) => a as IArguments);
      expect(Object.prototype.toString.call(entries[0])).to.equal('[object Arguments]');
      expect(entries.map((a) => Array.from(a))).to.deep.equal([['consent', 'default', DENIED], redaction(true), ['consent', 'update', DENIED], redaction(true)]);
    });

    it('sends no default of its own when the page has one; an update only when the choice differs', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      const calls: unknown[][] = [];
      w.dataLayer = [['consent', 'default', {...DENIED, analytics_storage: 'granted'}]];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      const first = await renderBanner();
      expect(calls).to.deep.equal([]);
      first.parentElement!.remove();
      w.dataLayer = [['consent', 'default', DENIED]];
      await renderBanner();
      expect(calls).to.deep.equal([['consent', 'update', {...DENIED, analytics_storage: 'granted'}], redaction(true)]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('does nothing without gtag or dataLayer', async () => {
      const el = await renderBanner();
      await click(el, 'Accept all');
      expect(w.gtag).to.equal(undefined);
      expect(w.dataLayer).to.equal(undefined);
    });
  });

  describe('receipt-endpoint (a real endpoint: the test server keeps what it receives)', () => {
    interface Seen {
      method: string;
      headers: Record<string, string>;
      body: string;
    }
    const box = () => `box-${Math.random().toString(36).slice(2)}`;
    /** What the endpoint received so far, once it holds at least `n` requests. */
    async function received(name: string, n: number): Promise<Seen[]> {
      for (let i = 0; ; i++) {
        const seen = (await (await fetch(`/test-receipts/${name}`)).json()) as Seen[];
        if (seen.length >= n || i === 100) return seen;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const bodies = (seen: Seen[]) => seen.map((s) => JSON.parse(s.body) as Record<string, unknown>);
    const norm = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
    const hex = async (text: string) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');
    afterEach(() => localStorage.clear());

    it('is a POST without Cookie or Referer, text/plain, no preflight, with every field; the hash is of the texts shown', async () => {
      const name = box();
      document.cookie = 'session=secret-123; Path=/';
      const el = await renderBanner(`<pv-consent-banner receipt-endpoint="/test-receipts/${name}" revision="7" policy-url="/privacy"></pv-consent-banner>`);
      const layer = norm(shadow(el, '[part~="banner"]'));
      await click(el, 'Choose');
      const dialog = norm(shadow(el, 'dialog.prefs'));
      await click(el, 'Reject all', 'dialog.prefs');
      const seen = await received(name, 1);
      expect(seen.map((s) => s.method)).to.deep.equal(['POST']);
      const {headers} = seen[0];
      expect(document.cookie).to.contain('session=secret-123');
      expect(location.search).not.to.equal('');
      expect(headers).not.to.have.property('cookie');
      expect(headers).not.to.have.property('referer');
      expect(headers['content-type']).to.equal('text/plain;charset=UTF-8');
      // Origin names the site at most, never the page: Firefox sends "null" (no-referrer), Chromium the origin.
      expect([undefined, 'null', location.origin]).to.include(headers.origin);
      expect(JSON.stringify(headers)).not.to.contain(location.search);
      const [receipt] = bodies(seen);
      expect(Object.keys(receipt)).to.deep.equal(['v', 'id', 'prev', 'event', 'method', 'choices', 'revision', 'lang', 'version', 'gpc', 'ts', 'policy', 'textHash']);
      expect(receipt).to.deep.include({
        v: 1,
        id: stored().id,
        prev: null,
        event: 'given',
        method: 'reject-all',
        choices: {analytics: false, marketing: false},
        revision: '7',
        lang: 'en',
        version: VERSION,
        gpc: false,
        ts: stored().ts,
        policy: `${location.origin}/privacy`,
        textHash: await hex(`${layer}\n${dialog}`),
      });
      expect(layer).to.contain('Cookies and your privacy');
      expect(dialog).to.contain('Your privacy choices');
    });

    it('chains its receipts: given, withdrawn, updated, reset, given again', async () => {
      const name = box();
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy" receipt-endpoint="/test-receipts/${name}" lang="fr"></pv-consent-banner>`);
      await click(el, 'Tout accepter');
      const first = stored().id;
      consent.set({analytics: true});
      const second = stored().id;
      consent.set({analytics: true, marketing: true});
      const third = stored().id;
      consent.reset();
      consent.set({});
      const arrived = bodies(await received(name, 5));
      // Sent in quick succession, they may arrive in any order: follow the chain from its start.
      const receipts: typeof arrived = [];
      for (let prev: unknown = null; receipts.length < arrived.length; ) {
        const next = arrived.find((r) => r.prev === prev);
        if (!next) break;
        receipts.push(next);
        prev = next.id;
      }
      expect(receipts.map((r) => [r.event, r.method, r.lang])).to.deep.equal([
        ['given', 'accept-all', 'fr'],
        ['withdrawn', 'api', 'fr'],
        ['updated', 'api', 'fr'],
        ['reset', 'api', 'fr'],
        ['given', 'api', 'fr'],
      ]);
      expect(receipts.map((r) => r.id).slice(0, 3)).to.deep.equal([first, second, third]);
      expect(receipts.map((r) => r.prev)).to.deep.equal([null, first, second, third, receipts[3].id]);
      expect(receipts[3].choices).to.deep.equal({analytics: false, marketing: false});
      expect(receipts[3].id).to.match(/^[0-9a-f]{24}$/);
      expect(new Set(receipts.map((r) => r.textHash)).size).to.equal(1);
      expect(receipts[0].textHash).to.match(/^[0-9a-f]{64}$/);
    });

    it('a failed send is retried once on the next page view, never more', async () => {
      const name = box();
      const markup = `<pv-consent-banner policy-url="/privacy" receipt-endpoint="/test-receipts/fail/${name}"></pv-consent-banner>`;
      const first = await renderBanner(markup);
      await click(first, 'Accept all');
      const once = await received(name, 1);
      expect(once).to.have.length(1);
      // Let the failure be recorded before the next page view.
      await new Promise((r) => setTimeout(r, 100));
      first.parentElement!.remove();
      await renderBanner(markup);
      const twice = await received(name, 2);
      expect(twice.map((s) => s.body)).to.deep.equal([once[0].body, once[0].body]);
      await new Promise((r) => setTimeout(r, 100));
      document.querySelector('pv-consent-banner')!.parentElement!.remove();
      await renderBanner(markup);
      // A third page view sends nothing more.
      await new Promise((r) => setTimeout(r, 300));
      expect(await received(name, 0)).to.have.length(2);
    });

    it('uses sendBeacon only where fetch has no keepalive', async () => {
      const own = Object.getOwnPropertyDescriptor(Request.prototype, 'keepalive')!;
      delete (Request.prototype as {keepalive?: boolean}).keepalive;
      const sent: Array<[string, string]> = [];
      const restore = stub(navigator, 'sendBeacon', {value: (url: string, body: string) => (sent.push([url, body]), true)});
      try {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy" receipt-endpoint="/consent-receipts"></pv-consent-banner>');
        await click(el, 'Reject all');
        await until(() => sent.length > 0, 2000, 'the beacon');
        expect(sent.map(([url]) => url)).to.deep.equal([new URL('/consent-receipts', location.href).href]);
        expect(JSON.parse(sent[0][1])).to.include({event: 'given', method: 'reject-all'});
      } finally {
        restore();
        Object.defineProperty(Request.prototype, 'keepalive', own);
      }
    });

    it('a send that throws changes nothing for the person', async () => {
      let calls = 0;
      const restore = stub(window, 'fetch', {
        value: () => {
          calls++;
          throw new TypeError('blocked');
        },
      });
      try {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy" receipt-endpoint="https://example.invalid/r"></pv-consent-banner>');
        const event = oneEvent(el, 'pv-consent-change');
        await click(el, 'Accept all');
        expect((await event).detail.method).to.equal('accept-all');
        expect(stored().choices).to.deep.equal({analytics: true, marketing: true});
        // The send comes after the texts' hash: wait for it, within this test.
        await until(() => calls > 0, 2000, 'the send');
      } finally {
        restore();
      }
    });

    it('refuses an unsafe endpoint with one warning', async () => {
      const urls: unknown[] = [];
      const restore = stub(window, 'fetch', {value: (url: unknown) => (urls.push(url), Promise.resolve(new Response()))});
      try {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy" receipt-endpoint="javascript:alert(1)"></pv-consent-banner>');
        await click(el, 'Accept all');
        await new Promise((r) => setTimeout(r, 50));
        expect(urls).not.to.include('javascript:alert(1)');
        expect(warnings.messages).to.deep.equal([
          '<pv-consent-banner>: receipt-endpoint="javascript:alert(1)" is not an http(s) or relative URL. No receipt is sent.',
        ]);
      } finally {
        restore();
      }
    });
  });

  describe('withdrawal', () => {
    const markup = `<pv-consent-banner policy-url="/privacy"><script type="application/json">${JSON.stringify({
      categories: {analytics: {cookies: ['_ga', '_ga_*']}, marketing: {cookies: ['_fbp']}},
    })}</script></pv-consent-banner>`;

    it('deletes the listed cookies and tells the page a reload may be needed', async () => {
      const el = await renderBanner(markup);
      await click(el, 'Accept all');
      document.cookie = '_ga=GA1; Path=/';
      document.cookie = '_ga_XYZ=GS1; Path=/';
      document.cookie = '_fbp=fb; Path=/';
      document.cookie = 'site_pref=1; Path=/';
      const withdraw = oneEvent(document, 'pv-consent-withdraw');
      const change = oneEvent(document, 'pv-consent-change');
      consent.show();
      await el.updateComplete;
      shadow<HTMLInputElement>(el, '#c-analytics')!.click();
      await click(el, 'Save choices', 'dialog.prefs');
      const {detail} = await withdraw;
      expect(detail.categories).to.deep.equal(['analytics']);
      expect(detail.cookies).to.have.members(['_ga', '_ga_XYZ']);
      expect(detail).to.deep.include({localStorage: [], sessionStorage: [], reloadSuggested: true});
      expect((await change).detail.revoked).to.deep.equal(['analytics']);
      expect(document.cookie).not.to.contain('_ga');
      expect(document.cookie).to.contain('_fbp=fb');
      expect(document.cookie).to.contain('site_pref=1');
      expect(stored().choices).to.deep.equal({analytics: false, marketing: true});
    });

    it('fires no withdrawal when nothing was on', async () => {
      const el = await renderBanner(markup);
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('pv-consent-withdraw', count);
      try {
        await click(el, 'Reject all');
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('pv-consent-withdraw', count);
      }
    });
  });

  describe('withdrawal compares against the last stored choice, in force or not', () => {
    const config = (extra: object = {}) =>
      `<script type="application/json">${JSON.stringify({
        categories: {
          analytics: {cookies: ['_ga', '_ga_*'], localStorage: ['_ga_store*', 'stats'], sessionStorage: ['ga_session'], ...extra},
          marketing: {cookies: ['_fbp']},
        },
      })}</script>`;
    const setTrackers = () => {
      for (const cookie of ['_ga=GA1', '_ga_XYZ=GS1', '_fbp=fb', 'site_pref=1']) document.cookie = `${cookie}; Path=/`;
      // "statsother" stays: an exact name is not a prefix.
      for (const key of ['_ga_store_1', 'stats', 'statsother']) localStorage.setItem(key, 'x');
      sessionStorage.setItem('ga_session', 'x');
    };
    afterEach(() => sessionStorage.clear());
    const names = () => document.cookie.split('; ').map((c) => c.split('=')[0]).filter(Boolean).sort();

    it('expired: "Save choices" with fewer categories withdraws what the expired choice allowed', async () => {
      const old = createRecord({analytics: true, marketing: true}, '1', 1, false, Date.now() - 2 * 86_400_000);
      document.cookie = `pv_consent=${encodeURIComponent(encodeRecord(old))}; Path=/`;
      setTrackers();
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy">${config()}</pv-consent-banner>`);
      expect(el.open).to.equal(true);
      const withdraw = oneEvent(document, 'pv-consent-withdraw');
      const change = oneEvent(document, 'pv-consent-change');
      await click(el, 'Choose');
      shadow<HTMLInputElement>(el, '#c-analytics')!.click();
      await click(el, 'Save choices', 'dialog.prefs');
      expect((await change).detail.revoked).to.deep.equal(['marketing']);
      expect((await withdraw).detail).to.deep.equal({categories: ['marketing'], services: [], cookies: ['_fbp'], localStorage: [], sessionStorage: [], reloadSuggested: true});
      expect(names()).to.deep.equal(['_ga', '_ga_XYZ', 'pv_consent', 'site_pref']);
    });

    it('a new category: Reject all withdraws everything the earlier choice allowed, cookies and storage keys', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      setTrackers();
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy" categories="functional analytics marketing">${config()}</pv-consent-banner>`);
      expect(el.open).to.equal(true);
      const withdraw = oneEvent(document, 'pv-consent-withdraw');
      await click(el, 'Reject all');
      const {detail} = await withdraw;
      expect(detail.categories).to.deep.equal(['analytics', 'marketing']);
      expect(detail.cookies).to.have.members(['_ga', '_ga_XYZ', '_fbp']);
      expect(detail.localStorage).to.have.members(['_ga_store_1', 'stats']);
      expect(detail.sessionStorage).to.deep.equal(['ga_session']);
      expect(names()).to.deep.equal(['pv_consent', 'site_pref']);
      expect(Object.keys(localStorage)).to.deep.equal(['statsother']);
      expect(sessionStorage.length).to.equal(0);
    });

    it('reset() withdraws what was allowed', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      setTrackers();
      await renderBanner(`<pv-consent-banner policy-url="/privacy">${config()}</pv-consent-banner>`);
      const withdraw = oneEvent(document, 'pv-consent-withdraw');
      consent.reset();
      const {detail} = await withdraw;
      expect(detail.categories).to.deep.equal(['analytics']);
      expect(detail.cookies).to.have.members(['_ga', '_ga_XYZ']);
      expect(names()).to.deep.equal(['_fbp', 'site_pref']);
    });

    it('Global Privacy Control withdraws marketing and deletes its cookies', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      setTrackers();
      const restore = stub(navigator, 'globalPrivacyControl', {get: () => true});
      try {
        const withdraw = oneEvent(document, 'pv-consent-withdraw');
        await renderBanner(`<pv-consent-banner policy-url="/privacy">${config()}</pv-consent-banner>`);
        expect((await withdraw).detail).to.deep.include({categories: ['marketing'], cookies: ['_fbp']});
        expect(names()).not.to.include('_fbp');
      } finally {
        restore();
      }
    });

    it('reports only the cookies really gone', async () => {
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy">${config()}</pv-consent-banner>`);
      await click(el, 'Accept all');
      setTrackers();
      // As with a cookie the browser will not let this page delete: writes are ignored.
      const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      const restore = stub(document, 'cookie', {get: () => own.get!.call(document), set: (v: string) => (v.startsWith('_ga=') ? undefined : own.set!.call(document, v))});
      try {
        const withdraw = oneEvent(document, 'pv-consent-withdraw');
        await click(el, 'Reject all');
        expect((await withdraw).detail.cookies).to.have.members(['_ga_XYZ', '_fbp']);
      } finally {
        restore();
      }
      expect(names()).to.include('_ga');
    });

    it('a category whose lists are malformed warns once per field and still gates its scripts', async () => {
      const markup = `<pv-consent-banner policy-url="/privacy" categories="analytics video"><script type="application/json">${JSON.stringify({
        categories: {video: {en: {label: 'Videos'}, cookies: 'YSC', localStorage: [1, 'yt_*'], consentMode: ['personalization_storage', 'video_storage']}},
      })}</script></pv-consent-banner>
        <script type="text/plain" data-pv-consent="video">window.__videoRan = (window.__videoRan ?? 0) + 1;</script>`;
      const el = await renderBanner(markup);
      const win = window as unknown as {__videoRan?: number};
      expect(win.__videoRan).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        '<pv-consent-banner>: JSON configuration: "categories.video.cookies" must be a list of names (or prefixes ending in *). Other entries are left out.',
        '<pv-consent-banner>: JSON configuration: "categories.video.localStorage" must be a list of names (or prefixes ending in *). Other entries are left out.',
        '<pv-consent-banner>: JSON configuration: "video_storage" in "categories.video.consentMode" is not a Consent Mode type (accepted: ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage). It is left out.',
      ]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-pv-action="choose"]')!.click();
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('dialog.prefs label')].map((l) => l.textContent)).to.deep.equal(['Strictly necessary', 'Statistics', 'Videos']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-pv-action="close-dialog"]')!.click();
      await el.updateComplete;
      consent.set({video: true});
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__videoRan).to.equal(1);
      delete win.__videoRan;
    });
  });

  describe('JS API', () => {
    it('is on window.patientVoice.consent and as a module export', () => {
      expect(window.patientVoice!.consent).to.equal(consent);
      expect(consent.get()).to.equal(null);
    });

    it('get, set, onChange with unsubscribe, show, reset', async () => {
      const el = await renderBanner();
      expect(consent.get()).to.equal(null);
      const seen: PvConsentChangeDetail[] = [];
      const off = consent.onChange((d) => seen.push(d));
      consent.set({analytics: true, unknown: true});
      expect(consent.get()).to.deep.equal({analytics: true, marketing: false});
      expect(seen.map((d) => d.method)).to.deep.equal(['api']);
      expect(stored().choices).to.deep.equal({analytics: true, marketing: false});
      await el.updateComplete;
      expect(el.open).to.equal(false);
      consent.show();
      await el.updateComplete;
      expect(prefs(el).open).to.equal(true);
      expect(shadow<HTMLInputElement>(el, '#c-analytics')!.checked).to.equal(true);
      await click(el, 'Reject all', 'dialog.prefs');
      expect(seen.map((d) => [d.method, d.revoked])).to.deep.equal([['api', []], ['reject-all', ['analytics']]]);
      off();
      consent.set({marketing: true});
      expect(seen).to.have.length(2);
      consent.reset();
      await el.updateComplete;
      expect(consent.get()).to.equal(null);
      expect(rawCookie()).to.equal(undefined);
      expect(el.open).to.equal(true);
    });

    it('a subscriber that throws does not stop the others', async () => {
      await renderBanner();
      let got = false;
      const off1 = consent.onChange(() => {
        throw new Error('bad subscriber');
      });
      const off2 = consent.onChange(() => (got = true));
      consent.set({});
      off1();
      off2();
      expect(got).to.equal(true);
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('<pv-consent-settings>', () => {
    it('is a real button that reopens the preferences; focus returns to it', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      const page = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner><footer><pv-consent-settings></pv-consent-settings></footer></div>');
      const el = page.querySelector<PvConsentBanner>('pv-consent-banner')!;
      const settings = page.querySelector('pv-consent-settings')!;
      await el.updateComplete;
      await settings.updateComplete;
      expect(el.open).to.equal(false);
      const btn = settings.shadowRoot!.querySelector('button')!;
      expect(btn.textContent).to.equal('Cookie settings');
      expect(btn.getAttribute('type')).to.equal('button');
      btn.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(prefs(el).open).to.equal(true);
      expect(shadow<HTMLInputElement>(el, '#c-analytics')!.checked).to.equal(true);
      // The dialog's first control: its close button, at the top.
      expect(focused()).to.equal(shadow(el, '[data-pv-action="close-dialog"]'));
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(prefs(el).open).to.equal(false);
      expect(focused()).to.equal(btn);
      expect(stored().choices).to.deep.equal({analytics: true, marketing: false});
      await expect(settings).to.be.accessible();
    });

    it('speaks French, and warns once when the page has no banner', async () => {
      const page = await fixture<HTMLDivElement>('<div lang="fr"><pv-consent-settings></pv-consent-settings></div>');
      const settings = page.querySelector('pv-consent-settings')!;
      await settings.updateComplete;
      const btn = settings.shadowRoot!.querySelector('button')!;
      expect(btn.textContent).to.equal('Paramètres des témoins');
      await expect(settings).to.be.accessible();
      btn.click();
      btn.click();
      expect(warnings.messages).to.deep.equal([
        '<pv-consent-settings>: Il n\'y a pas de bandeau de consentement sur cette page : ce bouton ne peut pas ouvrir les choix.',
      ]);
    });
  });
});
