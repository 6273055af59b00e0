import {expect, fixture, oneEvent} from '@open-wc/testing';
import './define.js';
import {consent, type PvConsentBanner, type PvConsentTable} from './consent-banner.js';
import {renderWidget, textOf, useTestPage} from '../../test-support/helpers.js';
import {clearStorage, click, rawCookie, renderBanner, shadow, stub} from './consent.test-support.js';
import {readServices, readSite, type ConfigProblem} from './consent-config.js';
import {createRecord, decodeRecord, encodeRecord, STORE_KEY} from './consent-store.js';
import {until} from '../../test-support/frames.js';
import {SERVICES_CONFIG, consentBannerExamples, consentTableExamples} from './consent-banner.examples.js';

const json = (config: unknown) => `<script type="application/json">${JSON.stringify(config)}</script>`;
const SERVICES_HTML = consentBannerExamples.find((e) => e.id === 'consent-services')!.html.replace(' preview', '');
const box = (el: Element, id: string) => shadow<HTMLInputElement>(el, `#${id}`)!;
const stored = () => decodeRecord(rawCookie()!)!;

async function openDialog(el: PvConsentBanner, lang = 'en'): Promise<HTMLDialogElement> {
  await click(el, lang === 'fr' ? 'Choisir' : 'Choose');
  return shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
}

async function change(el: PvConsentBanner, id: string, checked: boolean): Promise<void> {
  const input = box(el, id);
  input.checked = checked;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('consent services', () => {
  const warnings = useTestPage(clearStorage);

  describe('the configuration (pure)', () => {
    it('reads services with texts in both languages, cookies with durations, a policy and Consent Mode types', () => {
      const problems: ConfigProblem[] = [];
      const services = readServices(SERVICES_CONFIG, ['analytics', 'marketing'], (p) => problems.push(p));
      expect(problems).to.deep.equal([]);
      expect(Object.keys(services)).to.deep.equal(['secure-forms', 'visit-counter', 'survey-tool', 'video-player', 'ad-partner']);
      expect(services['visit-counter']).to.deep.include({
        category: 'analytics',
        name: {en: 'Visit counter', fr: 'Compteur de visites'},
        provider: {en: 'Northwind Metrics Inc.', fr: 'Northwind Metrics Inc.'},
        policy: 'https://northwind-metrics.example/privacy',
        consentMode: ['analytics_storage'],
      });
      expect(services['visit-counter'].cookies).to.deep.equal([
        {name: 'nwm_id', duration: {en: '13 months', fr: '13 mois'}},
        {name: 'nwm_s*', duration: {en: '30 minutes', fr: '30 minutes'}},
      ]);
    });

    it('leaves out bad services and fields, one problem each', () => {
      const problems: ConfigProblem[] = [];
      const services = readServices(
        {
          services: {
            analytics: {category: 'analytics'},
            'Bad Name': {category: 'analytics'},
            lost: {category: 'nowhere'},
            ok: {category: 'marketing', name: 42, policy: 'javascript:alert(1)', cookies: ['good', {name: 'bad name'}], consentMode: ['video_storage']},
          },
        },
        ['analytics', 'marketing'],
        (p) => problems.push(p)
      );
      expect(Object.keys(services)).to.deep.equal(['ok']);
      expect(services.ok.name).to.deep.equal({en: 'ok', fr: 'ok'});
      expect(services.ok.policy).to.equal(undefined);
      expect(services.ok.cookies).to.deep.equal([{name: 'good', duration: undefined}]);
      expect(problems).to.deep.equal([
        {kind: 'service', name: 'analytics'},
        {kind: 'service', name: 'Bad Name'},
        {kind: 'service-category', name: 'lost', category: 'nowhere'},
        {kind: 'consent-type', field: 'services.ok.consentMode', value: 'video_storage'},
        {kind: 'text', field: 'services.ok.name'},
        {kind: 'url', field: 'services.ok.policy', value: 'javascript:alert(1)'},
        {kind: 'list', field: 'services.ok.cookies'},
      ]);
    });

    it('reads the site: controller with an e-mail contact, necessary, retention, transfer, refusal', () => {
      const problems: ConfigProblem[] = [];
      const site = readSite(
        {
          controller: {name: {en: 'Org', fr: 'Organisme'}, contact: 'privacy@org.example'},
          necessary: {purpose: {en: 'Keeps forms safe.', fr: 'Protège les formulaires.'}},
          retention: '14 months',
          refusal: {en: 'Videos stay hidden.', fr: 'Les vidéos restent cachées.'},
          transfer: ['not', 'text'],
        },
        (p) => problems.push(p)
      );
      expect(site.controller).to.deep.equal({name: {en: 'Org', fr: 'Organisme'}, contact: 'mailto:privacy@org.example'});
      expect(site.necessary?.purpose).to.deep.equal({en: 'Keeps forms safe.', fr: 'Protège les formulaires.'});
      expect(site.retention).to.deep.equal({en: '14 months', fr: '14 months'});
      expect(site.transfer).to.equal(undefined);
      expect(problems).to.deep.equal([{kind: 'text', field: 'transfer'}]);
    });
  });

  describe('the preferences dialog', () => {
    it('lists each category’s services in a disclosure that stays closed until opened, with provider, purpose, cookies, transfer and policy', async () => {
      const el = await renderBanner(SERVICES_HTML);
      const dialog = await openDialog(el);
      const details = [...dialog.querySelectorAll('details.services')];
      expect(details.length).to.equal(3);
      expect(details.every((d) => !(d as HTMLDetailsElement).open)).to.equal(true);
      const analytics = dialog.querySelector('#c-analytics')!.closest('li')!;
      expect(analytics.querySelector('summary')!.textContent).to.equal('Services (2)');
      const text = analytics.textContent!.replace(/\s+/g, ' ');
      for (const s of ['Visit counter', 'Northwind Metrics Inc.', 'Counts the pages people open.', 'nwm_id (13 months)', 'United States', 'Survey tool']) expect(text).to.contain(s);
      // The survey tool says nothing of its own: the site's transfer applies.
      expect(dialog.querySelector('#sd-survey-tool')!.textContent).to.contain('Canada');
      expect(dialog.querySelector<HTMLAnchorElement>('#sd-visit-counter a')!.href).to.equal('https://northwind-metrics.example/privacy');
      // Necessary services: shown on, not a choice.
      expect(box(el, 's-secure-forms').checked).to.equal(true);
      expect(box(el, 's-secure-forms').disabled).to.equal(true);
      // The site's identity and disclosure.
      const site = dialog.querySelector('.site')!.textContent!.replace(/\s+/g, ' ');
      expect(site).to.contain('Demo Patient Network (fictional)');
      expect(site).to.contain('Statistics are kept for 14 months, then deleted.');
      expect(site).to.contain('182 days. Then we ask you again.');
      expect(site).to.contain('The site works the same.');
      expect(dialog.querySelector<HTMLAnchorElement>('.site a')!.href).to.equal('mailto:privacy@demo-network.example');
    });

    it('the category box is all its services, and shows a mixed state when only some are on', async () => {
      const el = await renderBanner(SERVICES_HTML);
      await openDialog(el);
      const category = box(el, 'c-analytics');
      expect(category.getAttribute('role')).to.equal(null);
      await change(el, 's-visit-counter', true);
      expect(category.indeterminate).to.equal(true);
      expect(category.matches(':indeterminate')).to.equal(true);
      expect(category.checked).to.equal(false);
      await change(el, 's-survey-tool', true);
      expect(category.indeterminate).to.equal(false);
      expect(category.checked).to.equal(true);
      await change(el, 'c-analytics', false);
      expect(box(el, 's-visit-counter').checked).to.equal(false);
      expect(box(el, 's-survey-tool').checked).to.equal(false);
      await change(el, 'c-marketing', true);
      expect(box(el, 's-video-player').checked && box(el, 's-ad-partner').checked).to.equal(true);
    });

    it('a category without services keeps its switch', async () => {
      const plain = await renderBanner('<pv-consent-banner categories="functional"></pv-consent-banner>');
      await openDialog(plain);
      expect(box(plain, 'c-functional').getAttribute('role')).to.equal('switch');
      expect(shadow(plain, 'details')).to.equal(null);
    });

    it('"Save choices" with one service stores it, fires it, and get() and the record carry it', async () => {
      const el = await renderBanner(SERVICES_HTML);
      await openDialog(el);
      await change(el, 's-visit-counter', true);
      const event = oneEvent(el, 'pv-consent-change');
      await click(el, 'Save choices', 'dialog.prefs');
      const {detail} = await event;
      expect(detail.choices).to.deep.equal({analytics: false, marketing: false});
      expect(detail.services).to.deep.equal({'visit-counter': true, 'survey-tool': false, 'video-player': false, 'ad-partner': false});
      expect(stored().services).to.deep.equal(detail.services);
      expect(consent.get()).to.deep.equal({analytics: false, marketing: false, 'visit-counter': true, 'survey-tool': false, 'video-player': false, 'ad-partner': false});
      expect(consent.get()!.analytics).to.equal(false);
    });

    for (const lang of ['en', 'fr']) {
      it(`passes axe with every service open, in ${lang}`, async () => {
        const el = await renderBanner(SERVICES_HTML, lang);
        const dialog = await openDialog(el, lang);
        for (const s of dialog.querySelectorAll('summary')) s.click();
        await el.updateComplete;
        await change(el, 's-visit-counter', true);
        expect(dialog.querySelectorAll('details[open]').length).to.equal(3);
        if (lang === 'fr') {
          const text = dialog.textContent!.replace(/\s+/g, ' ');
          expect(text).to.contain('Compteur de visites');
          expect(text).to.contain('Qui est responsable de vos données');
          expect(text).to.contain('nwm_id (13 mois)');
          expect(text).to.contain('182 jours. Ensuite, nous vous le demandons de nouveau.');
          expect(text).not.to.contain('Visit counter');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('shows the site’s necessary text instead of the built-in one', async () => {
      const el = await renderBanner(`<pv-consent-banner policy-url="/privacy">${json({necessary: {purpose: {en: 'Keeps the donation form safe.', fr: 'Protège le formulaire de don.'}}})}</pv-consent-banner>`, 'fr');
      const dialog = await openDialog(el, 'fr');
      expect(dialog.querySelector('#d-necessary')!.textContent).to.contain('Protège le formulaire de don.');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('API, record, withdrawal and signals', () => {
    it('set() takes services and categories; a service takes its category when it has no value of its own', async () => {
      await renderBanner(SERVICES_HTML);
      consent.set({'video-player': true});
      expect(consent.get()).to.deep.include({marketing: false, 'video-player': true, 'ad-partner': false});
      consent.set({analytics: true});
      expect(consent.get()).to.deep.include({analytics: true, 'visit-counter': true, 'survey-tool': true, 'video-player': false});
    });

    it('reads a record stored before services: each service takes its category’s value', async () => {
      const old = createRecord({analytics: true, marketing: false}, '1', 30, false);
      expect(old.services).to.equal(undefined);
      document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(old))}; Path=/`;
      const el = await renderBanner(SERVICES_HTML);
      expect(el.open).to.equal(false);
      expect(consent.get()).to.deep.equal({analytics: true, marketing: false, 'visit-counter': true, 'survey-tool': true, 'video-player': false, 'ad-partner': false});
    });

    it('a record with a bad services map is discarded', () => {
      const r = createRecord({analytics: true}, '1', 30, false, Date.now(), undefined, {ga4: true});
      expect(decodeRecord(encodeRecord(r))!.services).to.deep.equal({ga4: true});
      const forged = JSON.parse(encodeRecord(r)) as Record<string, unknown>;
      forged.services = {ga4: 'yes'};
      expect(decodeRecord(JSON.stringify(forged))).to.equal(undefined);
    });

    it('withdrawing a service deletes its cookies, and only its', async () => {
      const el = await renderBanner(SERVICES_HTML);
      consent.set({analytics: true});
      document.cookie = 'nwm_id=1; Path=/';
      document.cookie = 'nwm_s42=1; Path=/';
      document.cookie = 'ms_seen=1; Path=/';
      const withdraw = oneEvent(el, 'pv-consent-withdraw');
      const change = oneEvent(el, 'pv-consent-change');
      consent.set({'survey-tool': true});
      const {detail} = await withdraw;
      expect(detail.categories).to.deep.equal(['analytics']);
      expect(detail.services).to.deep.equal(['visit-counter']);
      expect(detail.cookies.sort()).to.deep.equal(['nwm_id', 'nwm_s42']);
      expect(document.cookie).to.contain('ms_seen=1');
      expect(document.cookie).not.to.contain('nwm_');
      expect((await change).detail.revokedServices).to.deep.equal(['visit-counter']);
      document.cookie = 'ms_seen=; Path=/; Max-Age=0';
    });

    it('Google Consent Mode: a service’s types are granted when that service is, and the record keeps them', async () => {
      const w = window as Window & {dataLayer?: unknown[]};
      w.dataLayer = [];
      try {
        await renderBanner(SERVICES_HTML);
        consent.set({'ad-partner': true});
        const last = [...w.dataLayer].reverse().find((e) => (e as ArrayLike<unknown>)[0] === 'consent') as ArrayLike<Record<string, string>>;
        expect(last[2]).to.deep.include({ad_storage: 'granted', ad_user_data: 'granted', analytics_storage: 'denied'});
        expect(stored().cm).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
      } finally {
        delete w.dataLayer;
      }
    });
  });

  describe('Global Privacy Control', () => {
    let restore: () => void;
    beforeEach(() => (restore = stub(navigator, 'globalPrivacyControl', {get: () => true})));
    afterEach(() => restore());

    it('turns off a marketing service allowed before the signal, with method "gpc"', async () => {
      const old = createRecord({analytics: true, marketing: false}, '1', 30, false, Date.now(), undefined, {'visit-counter': true, 'survey-tool': true, 'video-player': false, 'ad-partner': true});
      document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(old))}; Path=/`;
      const event = oneEvent(document, 'pv-consent-change');
      await renderBanner(SERVICES_HTML);
      expect((await event).detail).to.deep.include({method: 'gpc', revokedServices: ['ad-partner']});
      expect(consent.get()).to.deep.include({analytics: true, 'ad-partner': false});
    });

    it('a marketing service the person turns on under the signal is granted in Consent Mode, "Accept all" leaves it off', async () => {
      const w = window as Window & {dataLayer?: unknown[]};
      w.dataLayer = [];
      const lastConsent = () => ([...w.dataLayer!].reverse().find((e) => (e as ArrayLike<unknown>)[0] === 'consent') as ArrayLike<Record<string, string>>)[2];
      try {
        const el = await renderBanner(SERVICES_HTML);
        await click(el, 'Accept all');
        expect(consent.get()).to.deep.include({'ad-partner': false, 'video-player': false});
        expect(lastConsent().ad_storage).to.equal('denied');
        consent.show();
        await el.updateComplete;
        await change(el, 's-ad-partner', true);
        await click(el, 'Save choices', 'dialog.prefs');
        expect(consent.get()).to.deep.include({'ad-partner': true, marketing: false});
        expect(lastConsent()).to.deep.include({ad_storage: 'granted', ad_user_data: 'granted'});
      } finally {
        delete w.dataLayer;
      }
    });
  });

  describe('gated elements naming a service', () => {
    it('runs when the service is allowed, or its whole category', async () => {
      const page = await fixture<HTMLDivElement>(`<div>${SERVICES_HTML}
        <img data-pv-consent="visit-counter" data-pv-src="/a.svg" alt="">
        <img data-pv-consent="survey-tool" data-pv-src="/b.svg" alt=""></div>`);
      const el = page.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      const [a, b] = page.querySelectorAll('img');
      consent.set({'visit-counter': true});
      // The gate works in slices: the rest may come in the next task.
      await until(() => a.hasAttribute('src'), 2000, 'the first image');
      expect(a.getAttribute('src')).to.equal('/a.svg');
      expect(b.hasAttribute('src')).to.equal(false);
      consent.set({analytics: true});
      await until(() => b.hasAttribute('src'), 2000, 'the second image');
      expect(b.getAttribute('src')).to.equal('/b.svg');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('the iframe placeholder’s button allows that service only, says so, and is a 44 px button', async () => {
      const page = await fixture<HTMLDivElement>(`<div>${SERVICES_HTML}
        <iframe data-pv-consent="video-player" data-pv-src="about:blank" title="A patient's story"></iframe></div>`);
      const el = page.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      const holder = page.querySelector('[data-pv-placeholder]')!;
      expect(holder.textContent).to.contain('The button allows Patient videos only, not the other uses in Marketing.');
      const button = holder.querySelector('button')!;
      expect(button.textContent).to.equal('Allow and show: Patient videos');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
      button.click();
      expect(consent.get()).to.deep.include({marketing: false, 'video-player': true, 'ad-partner': false});
      // The gate works in slices: the rest may come in the next task.
      await until(() => page.querySelector('iframe')!.hasAttribute('src'), 2000, 'the iframe');
      expect(page.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank');
    });
  });
});

describe('<pv-consent-table>', () => {
  const warnings = useTestPage(clearStorage);
  const html = consentTableExamples[0].html;

  for (const lang of ['en', 'fr']) {
    it(`renders every service and cookie, one table per category, and passes axe, in ${lang}`, async () => {
      const el = await renderWidget('pv-consent-table', html, lang);
      const tables = [...el.shadowRoot!.querySelectorAll('table')];
      const fr = lang === 'fr';
      expect(tables.map((t) => t.caption!.textContent!.trim())).to.deep.equal(fr ? ['Strictement nécessaires', 'Statistiques', 'Publicité'] : ['Strictly necessary', 'Statistics', 'Marketing']);
      expect(tables.map((t) => t.tBodies[0].rows.length)).to.deep.equal([1, 2, 2]);
      const text = textOf(el);
      expect(text).to.contain(fr ? 'nwm_id (13 mois)' : 'nwm_id (13 months)');
      expect(text).to.contain(fr ? 'Compteur de visites' : 'Visit counter');
      expect(text).to.contain(fr ? 'Témoins et leur durée' : 'Cookies and how long they last');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('th[scope="row"] a')!.href).to.equal('https://secure-forms.test/privacy');
      await expect(el).to.be.accessible();
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('without a JSON child, reads the page’s banner’s configuration', async () => {
    const page = await fixture<HTMLDivElement>(`<div>${SERVICES_HTML}<pv-consent-table></pv-consent-table></div>`);
    const table = page.querySelector<PvConsentTable>('pv-consent-table')!;
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(5);
  });

  it('bad input: invalid JSON or no services is one warning and a short sentence, never a blank or a crash', async () => {
    const bad = await renderWidget('pv-consent-table', '<pv-consent-table><script type="application/json">{"services": </script></pv-consent-table>');
    expect(textOf(bad)).to.contain('This site lists no services.');
    expect(warnings.messages.some((m) => m.startsWith('<pv-consent-table>: The JSON configuration is not valid JSON'))).to.equal(true);
    warnings.messages.length = 0;
    const odd = await renderWidget('pv-consent-table', `<pv-consent-table>${json({services: {x: {category: 'nowhere'}}})}</pv-consent-table>`);
    expect(textOf(odd)).to.contain('This site lists no services.');
    expect(warnings.messages).to.deep.equal([
      '<pv-consent-table>: JSON configuration: the service "x" is left out: its category "nowhere" is not one of the known categories.',
      '<pv-consent-table>: No services to show: give this table a JSON child with "services", or put a consent banner with them on the page.',
    ]);
  });
});
