/**
 * Google Consent Mode on pages laid out the way real sites lay them out:
 * dist/cdn/consent-defaults.js in <head>, then Google's own snippet (gtag.js or
 * Tag Manager) exactly as Google documents it, the banner from dist/cdn/ at
 * the end of <body>. `dataLayer` is checked entry by entry, in order.
 *
 * Google's loaders (`https://www.googletagmanager.com/gtag/js?id=…`, `gtm.js`)
 * cannot be fetched offline: the gtag.js page leaves out its
 * `<script async src>` line, the GTM snippet's own request simply fails.
 * What they would read is what these tests check: the commands in dataLayer.
 */
import {expect} from '@open-wc/testing';
import {createRecord, encodeRecord, STORE_KEY, writeConsent} from './consent-store.js';
import {ERROR_TRAP, loadFrame, until} from '../../test-support/frames.js';
import {clearStorage} from './consent.test-support.js';

/** Google's tag (gtag.js), the inline part of the snippet Google gives, as given. */
const GTAG_SNIPPET = `<!-- Google tag (gtag.js) -->
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-XXXXXXXXXX');
</script>`;

/** Google Tag Manager's snippet for <head>, as given. */
const GTM_SNIPPET = `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-XXXXXXX');</script>
<!-- End Google Tag Manager -->`;

const DEFAULTS = (attrs = '') => `<script src="/dist/cdn/consent-defaults.js"${attrs}></script>`;
const BANNER = '<pv-consent-banner policy-url="/privacy"></pv-consent-banner>';

/** A whole page: `head` after the charset, `body` then the banner's script, as a site would put it. */
const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${ERROR_TRAP}${head}<title>Page</title></head><body>${body}<main><h1>Page</h1></main><script type="module" src="/dist/cdn/consent-banner.js"></script></body></html>`;

type FrameWindow = Window & {dataLayer?: unknown[]; __warnings: string[]; __errors: string[]};

interface Site {
  win: FrameWindow;
  banner: HTMLElement & {updateComplete: Promise<boolean>; open: boolean};
  /** dataLayer as plain data: arguments objects as arrays, dates as "<date>", GTM's start time as "<time>". */
  entries(): unknown[];
  click(label: string): Promise<void>;
}

async function open(html: string): Promise<Site> {
  const frame = await loadFrame(html);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const banner = doc.querySelector('pv-consent-banner') as Site['banner'];
  await until(() => !!banner.shadowRoot?.querySelector('[part~="banner"]'), 5000, 'the banner');
  // The script's first step shows the first layer; the element takes it over once the rest has loaded.
  await win.customElements.whenDefined('pv-consent-banner');
  await banner.updateComplete;
  const plain = (v: unknown): unknown => (v instanceof (win as unknown as {Date: DateConstructor}).Date ? '<date>' : v);
  return {
    win,
    banner,
    entries: () =>
      (win.dataLayer ?? []).map((e) =>
        Object.prototype.toString.call(e) === '[object Arguments]'
          ? JSON.parse(JSON.stringify(Array.from(e as IArguments, plain)))
          : JSON.parse(JSON.stringify({...(e as object), ...('gtm.start' in (e as object) ? {'gtm.start': '<time>'} : {})}))
      ),
    async click(label) {
      const button = [...banner.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
      if (!button) throw new Error(`no button ${label}`);
      button.click();
      await banner.updateComplete;
    },
  };
}

const ADS = (v: string) => ({ad_storage: v, ad_user_data: v, ad_personalization: v});
const state = (ads: string, analytics: string, functionality = 'denied', personalization = 'denied') => ({
  ...ADS(ads),
  analytics_storage: analytics,
  functionality_storage: functionality,
  personalization_storage: personalization,
  security_storage: 'granted',
});
const DENIED = state('denied', 'denied');
const GRANTED = state('granted', 'granted');
const FIRST_VISIT = ['consent', 'default', {...DENIED, wait_for_update: 500}];
const redaction = (on: boolean) => ['set', 'ads_data_redaction', on];
const GTAG_ENTRIES = [['js', '<date>'], ['config', 'G-XXXXXXXXXX']];

describe('Google Consent Mode on real page layouts (dist/cdn/consent-defaults.js)', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    clearStorage();
    document.querySelectorAll('body > iframe').forEach((f) => f.remove());
  });

  describe('gtag.js: consent-defaults.js, then Google\u2019s snippet in <head>', () => {
    const html = page(DEFAULTS() + GTAG_SNIPPET, BANNER);

    it('first visit: the default comes before js and config; Accept all sends one update', async () => {
      const site = await open(html);
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ...GTAG_ENTRIES]);
      expect(site.banner.open).to.equal(true);
      await site.click('Accept all');
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ...GTAG_ENTRIES, ['consent', 'update', GRANTED], redaction(false)]);
      expect(site.win.__warnings).to.deep.equal([]);
      expect(site.win.__errors).to.deep.equal([]);
    });

    it('returning visitor: the default is the stored choice, without waiting; the banner adds nothing', async () => {
      writeConsent('cookie', createRecord({analytics: true, marketing: false}, '1', 182, false));
      const site = await open(html);
      expect(site.banner.open).to.equal(false);
      expect(site.entries()).to.deep.equal([['consent', 'default', state('denied', 'granted')], redaction(true), ...GTAG_ENTRIES]);
    });

    it('Reject all in French: the update denies everything but security_storage', async () => {
      const site = await open(page(DEFAULTS() + GTAG_SNIPPET, BANNER, 'fr'));
      await site.click('Tout refuser');
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ...GTAG_ENTRIES, ['consent', 'update', DENIED], redaction(true)]);
    });

    it('an expired choice, or one from another data-revision, is not taken: all denied, waiting for the banner', async () => {
      const old = createRecord({analytics: true, marketing: true}, '1', 1, false, Date.now() - 2 * 86_400_000);
      document.cookie = `${STORE_KEY}=${encodeURIComponent(encodeRecord(old))}; Path=/`;
      expect((await open(html)).entries().slice(0, 2)).to.deep.equal([FIRST_VISIT, redaction(true)]);
      writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
      const site = await open(page(DEFAULTS(' data-revision="2026-11"') + GTAG_SNIPPET, '<pv-consent-banner policy-url="/privacy" revision="2026-11"></pv-consent-banner>'));
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ...GTAG_ENTRIES]);
      expect(site.banner.open).to.equal(true);
    });

    it('data-storage="local" reads the choice from localStorage', async () => {
      writeConsent('local', createRecord({analytics: false, marketing: true}, '1', 182, false));
      const site = await open(page(DEFAULTS(' data-storage="local"') + GTAG_SNIPPET, '<pv-consent-banner policy-url="/privacy" storage="local"></pv-consent-banner>'));
      expect(site.entries().slice(0, 2)).to.deep.equal([['consent', 'default', state('granted', 'denied')], redaction(false)]);
      expect(site.entries()).to.have.length(4);
    });

    it('data-wait-for-update sets the wait; a bad value warns once, naming it, and 500 is used', async () => {
      let site = await open(page(DEFAULTS(' data-wait-for-update="2000"') + GTAG_SNIPPET, BANNER));
      expect(site.entries()[0]).to.deep.equal(['consent', 'default', {...DENIED, wait_for_update: 2000}]);
      site = await open(page(DEFAULTS(' data-wait-for-update="soon" data-storage="session"') + GTAG_SNIPPET, BANNER));
      expect(site.entries()[0]).to.deep.equal(FIRST_VISIT);
      expect(site.win.__warnings).to.deep.equal([
        'consent-defaults.js: data-wait-for-update="soon" is not valid. Accepted values: 0–10000 (milliseconds). Using "500".',
        'consent-defaults.js: data-storage="session" is not valid. Accepted values: cookie, local. Using "cookie".',
      ]);
    });

    describe('Global Privacy Control', () => {
      // The frame's navigator says GPC, from before its first script runs.
      const GPC = '<script>Object.defineProperty(Navigator.prototype, "globalPrivacyControl", {configurable: true, get: () => true})</script>';

      it('the default already denies the ad types of a choice made before the signal', async () => {
        writeConsent('cookie', createRecord({analytics: true, marketing: true}, '1', 182, false));
        const site = await open(page(GPC + DEFAULTS() + GTAG_SNIPPET, BANNER));
        const [defaults, ...rest] = site.entries();
        expect(defaults).to.deep.equal(['consent', 'default', state('denied', 'granted')]);
        // The banner then turns marketing off (method "gpc"): an update with the same state.
        expect(rest).to.deep.equal([redaction(true), ...GTAG_ENTRIES, ['consent', 'update', state('denied', 'granted')], redaction(true)]);
      });

      it('marketing turned on by the person under the signal is granted', async () => {
        writeConsent('cookie', createRecord({analytics: false, marketing: true}, '1', 182, true));
        const site = await open(page(GPC + DEFAULTS() + GTAG_SNIPPET, BANNER));
        expect(site.entries()).to.deep.equal([['consent', 'default', state('granted', 'denied')], redaction(false), ...GTAG_ENTRIES]);
      });
    });
  });

  describe('Google Tag Manager: consent-defaults.js, then the GTM snippet in <head>', () => {
    it('the default comes before gtm.js; Reject all sends one update', async () => {
      const site = await open(page(DEFAULTS() + GTM_SNIPPET, BANNER));
      const GTM = {'gtm.start': '<time>', event: 'gtm.js'};
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), GTM]);
      await site.click('Reject all');
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), GTM, ['consent', 'update', DENIED], redaction(true)]);
      expect(site.win.__warnings).to.deep.equal([]);
    });
  });

  describe('gated tag: consent-defaults.js in <head>, Google\u2019s snippet gated with data-pv-consent', () => {
    const gated = GTAG_SNIPPET.replace('<script>', '<script type="text/plain" data-pv-consent="analytics">');

    it('js and config come only after consent, after the update', async () => {
      const site = await open(page(DEFAULTS(), BANNER + gated));
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true)]);
      await site.click('Reject all');
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ['consent', 'update', DENIED], redaction(true)]);
      (site.win as unknown as {patientVoice: {consent: {set(c: object): void}}}).patientVoice.consent.set({analytics: true});
      // The gate starts scripts one after the other, from a promise queue.
      await until(() => site.entries().length > 6, 2000, 'the gated snippet');
      expect(site.entries()).to.deep.equal([
        FIRST_VISIT,
        redaction(true),
        ['consent', 'update', DENIED],
        redaction(true),
        ['consent', 'update', state('denied', 'granted')],
        redaction(true),
        ...GTAG_ENTRIES,
      ]);
    });
  });

  describe('a custom category\u2019s consentMode', () => {
    const config = JSON.stringify({categories: {video: {en: {label: 'Videos'}, consentMode: ['personalization_storage']}}});
    const banner = `<pv-consent-banner policy-url="/privacy" categories="analytics video"><script type="application/json">${config}</script></pv-consent-banner>`;

    it('is sent by the banner and, on the next page, by consent-defaults.js', async () => {
      let site = await open(page(DEFAULTS() + GTAG_SNIPPET, banner));
      (site.win as unknown as {patientVoice: {consent: {set(c: object): void}}}).patientVoice.consent.set({video: true});
      expect(site.entries().slice(4)).to.deep.equal([['consent', 'update', state('denied', 'denied', 'denied', 'granted')], redaction(true)]);
      site = await open(page(DEFAULTS() + GTAG_SNIPPET, banner));
      expect(site.entries()).to.deep.equal([['consent', 'default', state('denied', 'denied', 'denied', 'granted')], redaction(true), ...GTAG_ENTRIES]);
    });
  });

  describe('a waiting banner that takes over', () => {
    const TWO = `${BANNER}<pv-consent-banner policy-url="/privacy" id="second"></pv-consent-banner>`;
    const takeOver = async (site: Site) => {
      site.banner.remove();
      const second = site.win.document.getElementById('second') as Site['banner'];
      await until(() => !!second.shadowRoot?.querySelector('[part~="banner"]'), 5000, 'the second banner');
      await second.updateComplete;
    };

    it('sends no second default, with consent-defaults.js or without it', async () => {
      let site = await open(page(DEFAULTS() + GTAG_SNIPPET, TWO));
      await takeOver(site);
      expect(site.entries()).to.deep.equal([FIRST_VISIT, redaction(true), ...GTAG_ENTRIES]);
      site = await open(page(GTAG_SNIPPET, TWO));
      await takeOver(site);
      expect(site.entries()).to.deep.equal([...GTAG_ENTRIES, ['consent', 'default', DENIED], redaction(true)]);
    });
  });

  describe('without consent-defaults.js', () => {
    it('Google\u2019s snippet runs first: the banner sends the default late and warns once, in the page\u2019s language', async () => {
      const site = await open(page(GTAG_SNIPPET, BANNER));
      expect(site.entries()).to.deep.equal([...GTAG_ENTRIES, ['consent', 'default', DENIED], redaction(true)]);
      expect(site.win.__warnings).to.deep.equal([
        "<pv-consent-banner>: Google's tag was set up before any consent default. Load consent-defaults.js in <head>, before Google's snippet.",
      ]);
      const fr = await open(page(GTM_SNIPPET, BANNER, 'fr'));
      expect(fr.win.__warnings).to.have.length(1);
      expect(fr.win.__warnings[0]).to.match(/^<pv-consent-banner>: La balise Google a été configurée avant toute valeur de consentement par défaut/);
    });
  });
});
