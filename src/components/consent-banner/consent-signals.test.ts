import {expect, fixture, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import {consent, type PvConsentBanner} from './consent-banner.js';
import type {PvConsentChangeDetail} from '../../internal/events.js';
import {createRecord, writeConsent} from './consent-store.js';
import {textOf, useTestPage} from '../../test-support/helpers.js';
import {clearStorage, click, rawCookie, renderBanner, shadow, stub} from './consent.test-support.js';

type GtagWindow = Window & {gtag?: (...args: unknown[]) => void; dataLayer?: unknown[]};
const w = window as GtagWindow;
const stored = () => JSON.parse(rawCookie()!) as {choices: Record<string, boolean>; gpc: boolean};
const prefs = (el: Element) => shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
const DENIED = {ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied'};
const GRANTED = {ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted'};

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
      const el = await renderBanner('<pv-consent-banner lang="fr"></pv-consent-banner>');
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
      const el = await renderBanner('<pv-consent-banner mode="notice"></pv-consent-banner>');
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'OK');
      expect((await event).detail.choices).to.deep.equal({analytics: true, marketing: false});
    });
  });

  describe('Google Consent Mode v2', () => {
    it('calls gtag: all denied by default, then an update on every change', async () => {
      const calls: unknown[][] = [];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      const el = await renderBanner();
      expect(calls).to.deep.equal([['consent', 'default', DENIED]]);
      await click(el, 'Accept all');
      expect(calls[1]).to.deep.equal(['consent', 'update', GRANTED]);
      consent.set({analytics: true});
      expect(calls[2]).to.deep.equal(['consent', 'update', {...DENIED, analytics_storage: 'granted'}]);
      expect(calls).to.have.length(3);
    });

    it('the default is the stored choice on a later page', async () => {
      writeConsent('cookie', createRecord({analytics: false, marketing: true}, '1', 182, false));
      const calls: unknown[][] = [];
      w.gtag = (...args: unknown[]) => void calls.push(args);
      await renderBanner();
      expect(calls).to.deep.equal([['consent', 'default', {...GRANTED, analytics_storage: 'denied'}]]);
    });

    it('pushes to dataLayer like the gtag snippet when only dataLayer exists', async () => {
      w.dataLayer = [];
      const el = await renderBanner();
      await click(el, 'Reject all');
      expect(w.dataLayer).to.have.length(2);
      const [first, second] = w.dataLayer.map((a) => a as IArguments);
      expect(Object.prototype.toString.call(first)).to.equal('[object Arguments]');
      expect(Array.from(first)).to.deep.equal(['consent', 'default', DENIED]);
      expect(Array.from(second)).to.deep.equal(['consent', 'update', DENIED]);
    });

    it('does nothing without gtag or dataLayer', async () => {
      const el = await renderBanner();
      await click(el, 'Accept all');
      expect(w.gtag).to.equal(undefined);
      expect(w.dataLayer).to.equal(undefined);
    });
  });

  describe('receipt-endpoint', () => {
    it('sends the receipt with sendBeacon: no personal data', async () => {
      const sent: Array<[string, string]> = [];
      const restore = stub(navigator, 'sendBeacon', {value: (url: string, body: string) => (sent.push([url, body]), true)});
      try {
        const el = await renderBanner('<pv-consent-banner receipt-endpoint="/consent-receipts" revision="7"></pv-consent-banner>');
        await click(el, 'Reject all');
        expect(sent).to.have.length(1);
        expect(sent[0][0]).to.equal('/consent-receipts');
        const receipt = JSON.parse(sent[0][1]) as Record<string, unknown>;
        expect(Object.keys(receipt).sort()).to.deep.equal(['choices', 'exp', 'gpc', 'id', 'method', 'revision', 'ts', 'v']);
        expect(receipt).to.deep.include({choices: {analytics: false, marketing: false}, method: 'reject-all', revision: '7', gpc: false});
        expect(receipt.id).to.equal(stored() && (JSON.parse(rawCookie()!) as {id: string}).id);
      } finally {
        restore();
      }
    });

    it('a failing beacon changes nothing for the person', async () => {
      const restore = stub(navigator, 'sendBeacon', {
        value: () => {
          throw new TypeError('blocked');
        },
      });
      try {
        const el = await renderBanner('<pv-consent-banner receipt-endpoint="https://example.invalid/r"></pv-consent-banner>');
        const event = oneEvent(el, 'pv-consent-change');
        await click(el, 'Accept all');
        expect((await event).detail.method).to.equal('accept-all');
        expect(stored().choices).to.deep.equal({analytics: true, marketing: true});
      } finally {
        restore();
      }
    });

    it('refuses an unsafe endpoint with one warning', async () => {
      let calls = 0;
      const restore = stub(navigator, 'sendBeacon', {value: () => (calls++, true)});
      try {
        const el = await renderBanner('<pv-consent-banner receipt-endpoint="javascript:alert(1)"></pv-consent-banner>');
        await click(el, 'Accept all');
        expect(calls).to.equal(0);
        expect(warnings.messages).to.deep.equal([
          '<pv-consent-banner>: receipt-endpoint="javascript:alert(1)" is not an http(s) or relative URL. No receipt is sent.',
        ]);
      } finally {
        restore();
      }
    });
  });

  describe('withdrawal', () => {
    const markup = `<pv-consent-banner><script type="application/json">${JSON.stringify({
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
      expect(detail.reloadSuggested).to.equal(true);
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
      const page = await fixture<HTMLDivElement>('<div><pv-consent-banner></pv-consent-banner><footer><pv-consent-settings></pv-consent-settings></footer></div>');
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
      expect(focused()).to.equal(shadow(el, '#c-analytics'));
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
