import {expect, fixture, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {PvConsentBanner} from './consent-banner.js';
import {STORE_KEY, createRecord, encodeRecord, writeConsent} from './consent-store.js';
import {textOf, useTestPage} from '../../test-support/helpers.js';
import {button, clearStorage, click, rawCookie, renderBanner, shadow, stub} from './consent.test-support.js';

const stored = () => JSON.parse(rawCookie()!) as {choices: Record<string, boolean>; revision: string; gpc: boolean; id: string; exp: number; ts: number};
const bar = (el: Element) => shadow(el, '[part~="banner"]')!;
const prefs = (el: Element) => shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
const status = (el: Element) => shadow(el, '[role="status"]')!.textContent!.trim();
/** The categories the preferences dialog offers (it opens it). */
async function offered(el: PvConsentBanner): Promise<string[]> {
  shadow<HTMLButtonElement>(el, '[part~="banner"] [data-pv-action="choose"]')!.click();
  await el.updateComplete;
  return [...prefs(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
}

/** The element with focus, inside shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
const focusedText = () => {
  const f = focused();
  return f instanceof HTMLInputElement ? `switch:${f.id}` : (f?.textContent ?? '').trim();
};

describe('<pv-consent-banner>', () => {
  const warnings = useTestPage(clearStorage);

  describe('first visit', () => {
    it('shows a bar labelled as a region with three equal buttons and the policy link', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      const region = bar(el);
      expect(region.localName).to.equal('section');
      expect(region.hidden).to.equal(false);
      expect(shadow(el, `#${region.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Cookies and your privacy');
      const buttons = [...region.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Choose']);
      const styles = buttons.map((b) => {
        const s = getComputedStyle(b);
        return [s.color, s.backgroundColor, s.borderTopWidth, s.fontWeight, s.fontSize, b.getBoundingClientRect().height].join();
      });
      expect(new Set(styles).size).to.equal(1);
      // Made absolute against the document's URL (an injected <base href> cannot move it).
      expect(region.querySelector('a')!.getAttribute('href')).to.equal(new URL('/privacy', location.href).href);
      expect(textOf(el)).to.contain('Optional cookies stay off unless you allow them.');
      expect(await offered(el)).to.deep.equal(['Strictly necessary', 'Statistics', 'Marketing']);
      expect(getComputedStyle(region).position).to.equal('fixed');
      expect(rawCookie()).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('renders in French with « témoins »', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/confidentialite"></pv-consent-banner>', 'fr-CA');
      const text = textOf(el);
      expect(text).to.contain('Les témoins et votre vie privée');
      expect(text).to.contain('Les témoins facultatifs restent désactivés sans votre accord.');
      expect([...bar(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Tout accepter', 'Tout refuser', 'Choisir']);
      expect(text).to.contain('Politique de confidentialité');
      expect(await offered(el)).to.deep.equal(['Strictement nécessaires', 'Statistiques', 'Publicité']);
      expect(text).not.to.match(/cookie/i);
    });
  });

  describe('decisions', () => {
    it('Accept all stores every category, fires pv-consent-change on document, hides the bar', async () => {
      const el = await renderBanner();
      const event = oneEvent(document, 'pv-consent-change');
      await click(el, 'Accept all');
      const {detail} = await event;
      expect(detail.choices).to.deep.equal({analytics: true, marketing: true});
      expect(detail).to.deep.include({revoked: [], method: 'accept-all', revision: '1'});
      expect(detail.timestamp).to.be.closeTo(Date.now(), 5000);
      expect(stored()).to.deep.include({choices: {analytics: true, marketing: true}, revision: '1', gpc: false});
      expect(stored().exp - stored().ts).to.equal(182 * 86_400_000);
      expect(el.open).to.equal(false);
      expect(bar(el).hidden).to.equal(true);
      expect(status(el)).to.equal('Your choices are saved. Change them any time with Cookie settings.');
    });

    it('the saved status follows a change of language', async () => {
      const el = await renderBanner();
      await click(el, 'Reject all');
      expect(status(el)).to.equal('Your choices are saved. Change them any time with Cookie settings.');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(status(el)).to.equal('Vos choix sont enregistrés. Vous pouvez les changer en tout temps avec Paramètres des témoins.');
    });

    it('Reject all stores every category off', async () => {
      const el = await renderBanner();
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Reject all');
      expect((await event).detail).to.deep.include({choices: {analytics: false, marketing: false}, method: 'reject-all'});
      expect(stored().choices).to.deep.equal({analytics: false, marketing: false});
    });

    it('Choose opens the preferences; Save stores a custom choice', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" categories="functional analytics marketing"></pv-consent-banner>');
      await click(el, 'Choose');
      const dialog = prefs(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const switches = [...dialog.querySelectorAll('input')];
      expect(switches.map((s) => [s.id, s.checked, s.disabled, s.getAttribute('role')])).to.deep.equal([
        ['c-necessary', true, true, 'switch'],
        ['c-functional', false, false, 'switch'],
        ['c-analytics', false, false, 'switch'],
        ['c-marketing', false, false, 'switch'],
      ]);
      for (const s of switches) expect(dialog.querySelector(`label[for="${s.id}"]`)).not.to.equal(null);
      expect(dialog.textContent).to.contain('Data collected: The pages you open and the buttons you press');
      switches[2].click();
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Save choices', 'dialog.prefs');
      expect((await event).detail).to.deep.include({choices: {functional: false, analytics: true, marketing: false}, method: 'custom'});
      expect(stored().choices).to.deep.equal({functional: false, analytics: true, marketing: false});
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.open).to.equal(false);
    });

    it('remembers the choice when the page comes back (a new banner)', async () => {
      const first = await renderBanner();
      await click(first, 'Accept all');
      first.parentElement!.remove();
      const second = await renderBanner();
      expect(second.open).to.equal(false);
      expect(bar(second).hidden).to.equal(true);
      expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: true});
    });

    it('asks again when the revision changes', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" revision="2026-11"></pv-consent-banner>');
      expect(el.open).to.equal(true);
      expect(window.patientVoice!.consent!.get()).to.equal(null);
      await click(el, 'Reject all');
      expect(stored().revision).to.equal('2026-11');
    });

    it('asks again when the choice has expired or a category is new', async () => {
      writeConsent('cookie', {...createRecord({analytics: true, marketing: true}, '1', 1, false, Date.now() - 2 * 86_400_000), exp: Date.now() + 1000});
      // (exp in the future keeps the cookie; the record itself says it is still valid)
      const valid = await renderBanner();
      expect(valid.open).to.equal(false);
      valid.parentElement!.remove();
      const old = createRecord({analytics: true, marketing: true}, '1', 1, false, Date.now() - 2 * 86_400_000);
      document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(old))}; Path=/`;
      const expired = await renderBanner();
      expect(expired.open).to.equal(true);
      expired.parentElement!.remove();
      writeConsent('cookie', createRecord({analytics: true}, '1', 182, false));
      const newCategory = await renderBanner('<pv-consent-banner policy-url="/privacy" categories="analytics functional"></pv-consent-banner>');
      expect(newCategory.open).to.equal(true);
    });

    it('honours expires-days', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" expires-days="30"></pv-consent-banner>');
      await click(el, 'Reject all');
      expect(stored().exp - stored().ts).to.equal(30 * 86_400_000);
    });

    it('storage="local" keeps the choice in localStorage, not in a cookie', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" storage="local"></pv-consent-banner>');
      await click(el, 'Accept all');
      expect(rawCookie()).to.equal(undefined);
      expect(JSON.parse(localStorage.getItem(STORE_KEY)!).choices).to.deep.equal({analytics: true, marketing: true});
    });
  });

  describe('reading the stored choice without blocking the page', () => {
    const hasCookieStore = 'cookieStore' in window;
    /** Counts reads of document.cookie while `fn` runs. */
    function cookieReads(fn: () => void): number {
      const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      let reads = 0;
      const restore = stub(document, 'cookie', {get: () => (reads++, own.get!.call(document)), set: (v: string) => own.set!.call(document, v)});
      try {
        fn();
      } finally {
        restore();
      }
      return reads;
    }
    const append = (markup = '<pv-consent-banner policy-url="/privacy"></pv-consent-banner>') => {
      const host = document.createElement('div');
      host.innerHTML = markup;
      document.body.append(host);
      return host.firstElementChild as PvConsentBanner;
    };
    afterEach(() => document.querySelectorAll('body > div > pv-consent-banner').forEach((el) => el.parentElement!.remove()));

    it('does not read document.cookie when it starts, where the Cookie Store API exists; updateComplete waits for the choice', async function () {
      if (!hasCookieStore) this.skip();
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      let el!: PvConsentBanner;
      expect(cookieReads(() => (el = append()))).to.equal(0);
      expect(el.open).to.equal(false);
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(bar(el).hidden).to.equal(true);
      expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: false});
    });

    it('shows the first layer once the read finds no choice', async () => {
      const el = append();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(bar(el).hidden).to.equal(false);
    });

    it('answers consent.get() at once, before the read has finished', () => {
      writeConsent('cookie', createRecord({analytics: false, marketing: true}, '1', 182, false));
      append();
      expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: false, marketing: true});
    });

    it('keeps a choice set through the API before the read has finished', async () => {
      const el = append();
      window.patientVoice!.consent!.set({analytics: true});
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.open).to.equal(false);
      expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: false});
      expect(stored().choices).to.deep.equal({analytics: true, marketing: false});
    });

    it('opens the preferences with the stored choice when asked before the read has finished', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      const el = append();
      window.patientVoice!.consent!.show();
      await el.updateComplete;
      expect(prefs(el).open).to.equal(true);
      expect(el.open).to.equal(false);
      const switches = [...prefs(el).querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) => [i.id, i.checked]);
      expect(switches).to.deep.equal([['c-necessary', true], ['c-analytics', true], ['c-marketing', false]]);
    });

    it('reads at once when the page uses Google Consent Mode, so the default comes first', () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      const w = window as unknown as {dataLayer?: unknown[]};
      w.dataLayer = [];
      try {
        append();
        const pushed = w.dataLayer.map((a) => [...(a as IArguments)]);
        expect(pushed).to.deep.equal([
          [
            'consent',
            'default',
            {
              ad_storage: 'denied',
              ad_user_data: 'denied',
              ad_personalization: 'denied',
              analytics_storage: 'granted',
              functionality_storage: 'denied',
              personalization_storage: 'denied',
              security_storage: 'granted',
            },
          ],
          ['set', 'ads_data_redaction', true],
        ]);
      } finally {
        delete w.dataLayer;
      }
    });

    it('does nothing when the banner leaves the page before the read finishes', async () => {
      const el = append();
      el.parentElement!.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(el.open).to.equal(false);
      expect(window.patientVoice!.consent!.get()).to.equal(null);
    });

    it('falls back to document.cookie when the Cookie Store API refuses', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      const restore = stub(window, 'cookieStore', {value: {get: () => Promise.reject(new TypeError('refused'))}});
      try {
        const el = append();
        await el.updateComplete;
        expect(el.open).to.equal(false);
        expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: true});
      } finally {
        restore();
      }
    });
  });

  describe('broken storage', () => {
    it('discards a tampered value with one warning and asks again', async () => {
      const record = JSON.parse(encodeRecord(createRecord({analytics: false, marketing: false}, '1', 182, false))) as Record<string, unknown>;
      record.choices = {analytics: true, marketing: true};
      document.cookie = `${STORE_KEY}=${encodeURIComponent(JSON.stringify(record))}; Path=/`;
      const el = await renderBanner();
      expect(el.open).to.equal(true);
      expect(window.patientVoice!.consent!.get()).to.equal(null);
      expect(rawCookie()).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        '<pv-consent-banner>: The stored consent choice could not be read and was discarded. The person is asked again.',
      ]);
    });

    it('discards garbage in localStorage the same way', async () => {
      localStorage.setItem(STORE_KEY, '<script>alert(1)</script>');
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" storage="local"></pv-consent-banner>');
      expect(el.open).to.equal(true);
      expect(localStorage.getItem(STORE_KEY)).to.equal(null);
      expect(warnings.messages).to.have.length(1);
    });

    it('works for the page when cookies throw, and says the choice cannot be remembered', async () => {
      const boom = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      // As in a sandboxed frame: document.cookie throws and the Cookie Store API refuses.
      const restoreStore = stub(window, 'cookieStore', {value: {get: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'))}});
      const restoreCookie = stub(document, 'cookie', {get: boom, set: boom});
      const restore = () => (restoreCookie(), restoreStore());
      try {
        const el = await renderBanner();
        expect(el.open).to.equal(true);
        expect(textOf(el)).to.contain('This browser does not let the site remember your choice, so it will apply to this visit only.');
        const event = oneEvent(el, 'pv-consent-change');
        await click(el, 'Accept all');
        expect((await event).detail.choices).to.deep.equal({analytics: true, marketing: true});
        expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: true});
        expect(status(el)).to.equal('Your choices apply to this visit only: this browser does not let the site remember them.');
      } finally {
        restore();
      }
    });

    it('says so at once when cookies are turned off', async () => {
      const restore = stub(navigator, 'cookieEnabled', {get: () => false});
      try {
        const el = await renderBanner();
        expect(textOf(el)).to.contain('This browser does not let the site remember your choice');
      } finally {
        restore();
      }
    });

    it('works when localStorage throws', async () => {
      const restore = stub(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy" storage="local" lang="fr"></pv-consent-banner>');
        expect(textOf(el)).to.contain('ce choix ne vaudra que pour cette visite');
        await click(el, 'Tout refuser');
        expect(window.patientVoice!.consent!.get()).to.deep.equal({analytics: false, marketing: false});
      } finally {
        restore();
      }
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string]> = [
      ['mode="maybe"', '<pv-consent-banner>: mode="maybe" is not valid. Accepted values: opt-in, notice. Using "opt-in".'],
      ['position="top"', '<pv-consent-banner>: position="top" is not valid. Accepted values: bottom, center. Using "bottom".'],
      ['storage="session"', '<pv-consent-banner>: storage="session" is not valid. Accepted values: cookie, local. Using "cookie".'],
      ['expires-days="-5"', '<pv-consent-banner>: expires-days="-5" is not valid. Accepted values: 1–395. Using "182".'],
      ['expires-days="soon"', '<pv-consent-banner>: expires-days="soon" is not valid. Accepted values: 1–395. Using "182".'],
      [
        'categories="analytics tracking"',
        '<pv-consent-banner>: categories: "tracking" is not a known category (known: functional, analytics, marketing). It is left out.',
      ],
      [
        'cookie-domain="example.org"',
        `<pv-consent-banner>: cookie-domain="example.org" is not ${location.hostname} or one of its parent domains. The choice is kept for ${location.hostname} only.`,
      ],
      [
        'policy-url="javascript:alert(1)"',
        '<pv-consent-banner>: policy-url="javascript:alert(1)" is not an http(s) or relative URL. The link to the privacy policy is left out.',
      ],
    ];
    for (const [attr, warning] of cases) {
      it(`${attr} falls back to the default with one warning`, async () => {
        const bad = attr.startsWith('policy-url');
        const el = await renderBanner(`<pv-consent-banner ${bad ? '' : 'policy-url="/privacy" '}${attr}></pv-consent-banner>`);
        await el.updateComplete;
        expect(warnings.messages).to.deep.equal([warning]);
        expect(el.open).to.equal(true);
        expect(getComputedStyle(bar(el)).position).to.equal('fixed');
        expect(bar(el).querySelectorAll('button')).to.have.length(3);
        expect(!bar(el).querySelector('a')).to.equal(bad);
      });
    }

    it('unknown categories only: uses the default ones', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" categories="foo"></pv-consent-banner>');
      expect(await offered(el)).to.deep.equal(['Strictly necessary', 'Statistics', 'Marketing']);
      expect(warnings.messages).to.have.length(1);
    });

    it('warns in French for a French banner', async () => {
      await renderBanner('<pv-consent-banner policy-url="/privacy" mode="peut-être" lang="fr"></pv-consent-banner>');
      expect(warnings.messages).to.deep.equal([
        '<pv-consent-banner>: mode="peut-être" n\'est pas une valeur valide. Valeurs acceptées\u00a0: opt-in, notice. Valeur utilisée\u00a0: «\u00a0opt-in\u00a0».',
      ]);
    });

    it('malformed JSON child: built-in categories and one warning', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy"><script type="application/json">{"categories": </script></pv-consent-banner>');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<pv-consent-banner>: The JSON configuration is not valid JSON \(.+\)\. The built-in categories are used\.$/);
      expect(await offered(el)).to.deep.equal(['Strictly necessary', 'Statistics', 'Marketing']);
    });

    it('a JSON category with a bad name or value: one warning each, the others kept', async () => {
      const json = JSON.stringify({categories: {'Video Ads': {}, necessary: {}, chat: 'yes', video: {en: {label: 'Videos'}}}});
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy" categories="analytics video"><script type="application/json">${json}</script></pv-consent-banner>`);
      const rule = 'a category needs a name of a–z, 0–9, - or _ (not "necessary") and an object.';
      expect(warnings.messages).to.deep.equal(
        ['Video Ads', 'necessary', 'chat'].map((n) => `<pv-consent-banner>: JSON configuration: the category "${n}" is left out: ${rule}`)
      );
      expect(await offered(el)).to.deep.equal(['Strictly necessary', 'Statistics', 'Videos']);
    });

    it('JSON without a categories object: one warning', async () => {
      await renderBanner('<pv-consent-banner policy-url="/privacy"><script type="application/json">[1, 2]</script></pv-consent-banner>');
      expect(warnings.messages).to.deep.equal(['<pv-consent-banner>: The JSON configuration needs a "categories" object. It is ignored.']);
    });
  });

  describe('JSON configuration', () => {
    const config = JSON.stringify({
      categories: {
        video: {
          en: {label: 'Videos <b>embedded</b>', purpose: 'Shows videos from another site.', data: 'Your IP address.'},
          fr: {label: 'Vidéos', purpose: 'Affiche des vidéos d\u2019un autre site.'},
          cookies: ['yt_*'],
        },
      },
    });

    it('adds custom categories with texts in both languages, as text', async () => {
      const markup = `<pv-consent-banner policy-url="/privacy" categories="analytics video"><script type="application/json">${config}</script></pv-consent-banner>`;
      const en = await renderBanner(markup);
      expect(await offered(en)).to.deep.equal(['Strictly necessary', 'Statistics', 'Videos <b>embedded</b>']);
      expect(shadow(en, 'b') === null).to.equal(true);
      expect(prefs(en).textContent).to.contain('Shows videos from another site.');
      en.parentElement!.remove();
      const fr = await renderBanner(markup, 'fr');
      expect(await offered(fr)).to.deep.equal(['Strictement nécessaires', 'Statistiques', 'Vidéos']);
      // French purpose given; the data falls back to the English text.
      expect(prefs(fr).textContent).to.contain('Affiche des vidéos d\u2019un autre site.');
      expect(prefs(fr).textContent).to.contain('Your IP address.');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('position="center"', () => {
    it('is a modal dialog; Escape counts as rejecting', async () => {
      // No policy link: the first button is the dialog's first control.
      const el = await renderBanner('<pv-consent-banner position="center"></pv-consent-banner>');
      const layer = bar(el) as HTMLDialogElement;
      expect(layer.localName).to.equal('dialog');
      expect(layer.open).to.equal(true);
      expect(layer.matches(':modal')).to.equal(true);
      expect(focused()).to.equal(button(el, 'Accept all'));
      const event = oneEvent(el, 'pv-consent-change');
      await sendKeys({press: 'Escape'});
      expect((await event).detail).to.deep.include({choices: {analytics: false, marketing: false}, method: 'reject-all'});
      await el.updateComplete;
      expect(layer.open).to.equal(false);
      expect(stored().choices).to.deep.equal({analytics: false, marketing: false});
    });
  });

  describe('notice mode', () => {
    it('lists the data and purposes, counts optional categories as granted, Got it stores "notice"', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" mode="notice"></pv-consent-banner>');
      const text = textOf(el);
      expect(text).to.contain('How this site uses your data');
      expect(text).to.contain('your approximate location and IP address');
      expect(text).to.contain('the pages you open and the buttons you press');
      expect(text).to.contain('retargeting');
      expect([...bar(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Got it', 'Manage choices']);
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Got it');
      expect((await event).detail).to.deep.include({choices: {analytics: true, marketing: true}, method: 'notice', revoked: []});
    });

    it('Manage choices shows the implied choices on; turning one off revokes it', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" mode="notice" lang="fr"></pv-consent-banner>');
      expect(textOf(el)).to.contain('Comment ce site utilise vos données');
      await click(el, 'Gérer mes choix');
      const marketing = shadow<HTMLInputElement>(el, '#c-marketing')!;
      expect(marketing.checked).to.equal(true);
      marketing.click();
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Enregistrer mes choix', 'dialog.prefs');
      expect((await event).detail).to.deep.include({choices: {analytics: true, marketing: false}, revoked: ['marketing'], method: 'custom'});
    });
  });

  describe('attributes and properties', () => {
    it('reflects open and mode; heading-level changes the headings', async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" heading-level="3"></pv-consent-banner>');
      expect(shadow(el, '#title')!.localName).to.equal('h3');
      // The preferences dialog's content is rendered only while it is open.
      expect(shadow(el, '#prefs-title')).to.equal(null);
      await click(el, 'Choose');
      expect(shadow(el, '#prefs-title')!.localName).to.equal('h3');
      const dialog = shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
      const closed = oneEvent(dialog, 'close');
      dialog.close();
      await closed;
      await el.updateComplete;
      expect(shadow(el, '#prefs-title')).to.equal(null);
      el.headingLevel = 'none';
      el.mode = 'notice';
      await el.updateComplete;
      expect(shadow(el, '#title')!.localName).to.equal('p');
      expect(el.getAttribute('mode')).to.equal('notice');
      expect(textOf(el)).to.contain('How this site uses your data');
      el.categories = 'functional';
      await el.updateComplete;
      expect(textOf(el)).to.contain('Manage choices');
    });

    it('preview shows the first layer in the flow and leaves storage alone', async () => {
      const el = await renderBanner('<pv-consent-banner preview></pv-consent-banner>');
      expect(getComputedStyle(bar(el)).position).to.equal('static');
      await click(el, 'Accept all');
      expect(rawCookie()).to.equal(undefined);
      expect(el.open).to.equal(true);
      expect(window.patientVoice!.consent!.get()).to.equal(null);
    });

    it('a second banner on the page warns once and shows nothing', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy" id="a"></pv-consent-banner><pv-consent-banner policy-url="/privacy" id="b"></pv-consent-banner></div>');
      const b = wrapper.querySelector<PvConsentBanner>('#b')!;
      await b.updateComplete;
      expect(b.shadowRoot!.querySelector('section, dialog')).to.equal(null);
      expect(warnings.messages).to.deep.equal(['<pv-consent-banner>: Another consent banner is already on this page. This one waits, and takes over if the other is removed.']);
    });
  });

  describe('keyboard', () => {
    it('Tab goes through the bar in order; Choose opens the dialog, focus moves in and returns', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><button id="before">Before</button><pv-consent-banner policy-url="/privacy"></pv-consent-banner></div>');
      const el = wrapper.querySelector('pv-consent-banner')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({press: 'Tab'});
        order.push(focusedText());
      }
      expect(order).to.deep.equal(['Privacy policy', 'Accept all', 'Reject all', 'Choose']);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(prefs(el).open).to.equal(true);
      // First the close button at the top, then the switches and the buttons.
      expect(focusedText()).to.equal('×');
      const inDialog: string[] = [focusedText()];
      for (let i = 0; i < 5; i++) {
        await sendKeys({press: 'Tab'});
        inDialog.push(focusedText());
      }
      expect(inDialog).to.deep.equal(['×', 'switch:c-analytics', 'switch:c-marketing', 'Save choices', 'Accept all', 'Reject all']);
      // Trapped: Tab from the last button never reaches the page behind (it is inert).
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        const f = focused();
        expect(f === null || f === document.body || prefs(el).contains(f), `focus on ${f?.outerHTML}`).to.equal(true);
      }
      while (focusedText() !== 'Reject all') await sendKeys({press: 'Tab'});
      // Escape closes without a change; focus goes back to Choose.
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(prefs(el).open).to.equal(false);
      expect(el.open).to.equal(true);
      expect(rawCookie()).to.equal(undefined);
      expect(focusedText()).to.equal('Choose');
      // Space toggles a switch; Save stores it.
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '});
      for (let i = 0; i < 2; i++) await sendKeys({press: 'Tab'});
      expect(focusedText()).to.equal('Save choices');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(stored().choices).to.deep.equal({analytics: true, marketing: false});
    });
  });
});
