import {expect} from '@open-wc/testing';
import {useTestPage} from '../../test-support/helpers.js';
import {until} from '../../test-support/frames.js';
import {clearStorage} from './consent.test-support.js';
import {onSite, warningsOf, type Banner, type FramePage} from './site.test-support.js';

/**
 * Banners come and go: pages where the banner is printed twice (a theme and a
 * plugin each add one), where a single-page app removes and inserts it, and
 * where the site's code talks to the API before any banner is there. Each
 * page is a fresh frame, so the API starts from nothing.
 */
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const banners = (w: FramePage) => [...w.document.querySelectorAll('pv-consent-banner')] as Banner[];
const firstLayer = (b: Banner) => b.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]');
/** Whether a banner shows nothing (a waiting one). (A boolean: chai cannot print another frame's elements.) */
const blank = (b: Banner) => firstLayer(b) === null;
const press = async (b: Banner, action: string) => {
  b.shadowRoot!.querySelector<HTMLButtonElement>(`[data-pv-action="${action}"]`)!.click();
  await b.updateComplete;
};
const push = (name: string) => `window.__order = (window.__order || []).concat('${name}');`;
type Ordered = FramePage & {__order?: string[]};
/** The test hook that shortens the wait before the no-banner warning (the page's own copy of the API module). */
const shorten = (ms: number) => `import {noBannerWait} from '/src/components/consent-banner/consent-api.ts'; noBannerWait.ms = ${ms};`;
const NO_BANNER = /^<pv-consent-banner>: No consent banner [\d.]+ s after the page loaded\. Still waiting: (.*)\.$/;

describe('banners come and go', () => {
  useTestPage(clearStorage);

  it('two banners: the second waits; when the first is removed it takes over, gating and the API keep working', async () => {
    await onSite({
      banner: '<pv-consent-banner policy-url="/privacy" id="theme"></pv-consent-banner><pv-consent-banner policy-url="/privacy" id="plugin" categories="analytics marketing"></pv-consent-banner>',
      body: `<script type="text/plain" data-pv-consent="analytics">${push('analytics')}</script>`,
    }, async (w) => {
      const [first, second] = banners(w);
      await second.updateComplete;
      expect(first.getAttribute('data-pv-state')).to.equal('undecided');
      expect(second.hasAttribute('data-pv-state')).to.equal(false);
      expect(blank(second)).to.equal(true);
      expect(warningsOf(w)).to.deep.equal(['<pv-consent-banner>: Another consent banner is already on this page. This one waits, and takes over if the other is removed.']);

      first.remove();
      await second.updateComplete;
      expect(second.getAttribute('data-pv-state')).to.equal('undecided');
      expect(second.open).to.equal(true);
      expect(firstLayer(second)!.hidden).to.equal(false);
      expect(w.patientVoice!.consent!.get()).to.equal(null);
      await press(second, 'accept-all');
      expect(second.getAttribute('data-pv-state')).to.equal('decided');
      expect(w.patientVoice!.consent!.get()).to.deep.equal({analytics: true, marketing: true});
      await until(() => ((w as Ordered).__order ?? []).length === 1, 3000, 'the gated script');
      // Withdrawal works through the new banner too.
      w.patientVoice!.consent!.set({analytics: false});
      expect(w.patientVoice!.consent!.get()).to.deep.equal({analytics: false, marketing: false});
      expect((w as Ordered).__order).to.deep.equal(['analytics']);
      // The removed banner, put back, waits behind the page's banner.
      w.document.body.append(first);
      await first.updateComplete;
      expect(first.hasAttribute('data-pv-state')).to.equal(false);
      expect(blank(first)).to.equal(true);
      expect(w.__errors).to.deep.equal([]);
    });
  });

  it('a single-page app removes the banner and inserts a new one: the new one works, the choice is kept', async () => {
    await onSite({}, async (w) => {
      const [old] = banners(w);
      await press(old, 'reject-all');
      old.remove();
      expect(w.patientVoice!.consent!.get()).to.equal(null);
      // The next "page" of the app, with its own banner.
      const fresh = w.document.createElement('pv-consent-banner') as Banner;
      fresh.setAttribute('policy-url', '/privacy');
      w.document.body.prepend(fresh);
      await fresh.updateComplete;
      expect(fresh.getAttribute('data-pv-state')).to.equal('decided');
      expect(fresh.open).to.equal(false);
      expect(w.patientVoice!.consent!.get()).to.deep.equal({analytics: false, marketing: false});
      w.patientVoice!.consent!.show();
      await fresh.updateComplete;
      expect(fresh.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prefs')!.open).to.equal(true);
      w.patientVoice!.consent!.reset();
      await fresh.updateComplete;
      expect(fresh.getAttribute('data-pv-state')).to.equal('undecided');
      expect(fresh.open).to.equal(true);
      expect(warningsOf(w)).to.deep.equal([]);
    });
  });

  it('set() and show() before any banner wait for one and apply, in order, when it connects', async () => {
    await onSite({
      banner: '',
      body: `<script type="text/plain" data-pv-consent="marketing">${push('marketing')}</script>`,
      // The site's settings code runs before its router inserts the banner.
      app: `${shorten(5000)}
        window.patientVoice.consent.set({marketing: true});
        window.patientVoice.consent.show();`,
    }, async (w) => {
      await tick();
      expect(w.patientVoice!.consent!.get()).to.equal(null);
      expect((w as Ordered).__order).to.equal(undefined);
      const banner = w.document.createElement('pv-consent-banner') as Banner;
      banner.setAttribute('policy-url', '/privacy');
      w.document.body.prepend(banner);
      await banner.updateComplete;
      expect(w.patientVoice!.consent!.get()).to.deep.equal({analytics: false, marketing: true});
      expect(banner.getAttribute('data-pv-state')).to.equal('decided');
      expect(banner.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prefs')!.open).to.equal(true);
      await until(() => ((w as Ordered).__order ?? []).length === 1, 3000, 'the gated script');
      // Applied once: a second banner does not replay them.
      banner.remove();
      const again = w.document.createElement('pv-consent-banner') as Banner;
      again.setAttribute('policy-url', '/privacy');
      w.document.body.prepend(again);
      await again.updateComplete;
      expect(again.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prefs')!.open).to.equal(false);
      expect(warningsOf(w)).to.deep.equal([]);
    });
  });

  it('warns once when calls still wait for a banner after the delay (10 s; shortened here)', async () => {
    await onSite({
      banner: '',
      app: `${shorten(200)}
        window.patientVoice.consent.set({analytics: true});
        window.patientVoice.consent.show();
        window.patientVoice.consent.set({analytics: true});`,
    }, async (w) => {
      await until(() => warningsOf(w).length > 0, 3000, 'the warning');
      expect(warningsOf(w)).to.have.length(1);
      expect(NO_BANNER.exec(warningsOf(w)[0])?.[1]).to.equal('consent.set(), consent.show()');
      w.patientVoice!.consent!.reset();
      await tick(400);
      expect(warningsOf(w)).to.have.length(1);
      // The calls still apply when a banner comes.
      const banner = w.document.createElement('pv-consent-banner') as Banner;
      banner.setAttribute('policy-url', '/privacy');
      w.document.body.prepend(banner);
      await banner.updateComplete;
      // set, show, set, then reset: asked again, nothing stored.
      expect(w.patientVoice!.consent!.get()).to.equal(null);
      expect(banner.open).to.equal(true);
    });
  });

  it('does not warn when a banner connects in time, and words the warning in the page’s language', async () => {
    await onSite({banner: '', app: `${shorten(300)} window.patientVoice.consent.show();`}, async (w) => {
        await tick();
        w.document.body.insertAdjacentHTML('afterbegin', '<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
        await tick(600);
        expect(warningsOf(w)).to.deep.equal([]);
    });
    await onSite({banner: '', lang: 'fr-CA', app: `${shorten(100)} window.patientVoice.consent.show();`}, async (w) => {
        await until(() => warningsOf(w).length > 0, 3000, 'the warning');
        expect(warningsOf(w)).to.deep.equal([
          '<pv-consent-banner>: Aucun bandeau de consentement 0.1 s après le chargement de la page. En attente\u00a0: consent.show().',
        ]);
    });
  });
});
