import {expect, fixture} from '@open-wc/testing';
import './define.js';
import type {PvConsentBanner} from './consent-banner.js';
import {ERROR_TRAP, loadFrame, until} from '../../test-support/frames.js';
import {textOf, useTestPage} from '../../test-support/helpers.js';
import {clearStorage, click, renderBanner, shadow} from './consent.test-support.js';

const prefs = (el: Element) => shadow<HTMLDialogElement>(el, 'dialog.prefs')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<pv-consent-banner> accessibility and layout', () => {
  useTestPage(clearStorage);

  for (const lang of ['en', 'fr']) {
    it(`the live bar and the preferences dialog pass axe in ${lang}`, async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" categories="functional analytics marketing"></pv-consent-banner>', lang);
      await expect(el).to.be.accessible();
      await click(el, lang === 'fr' ? 'Choisir' : 'Choose');
      expect(prefs(el).open).to.equal(true);
      expect(prefs(el).textContent).to.contain(lang === 'fr' ? 'Vos choix de confidentialité' : 'Your privacy choices');
      await expect(el).to.be.accessible();
    });

    it(`the modal first layer passes axe in ${lang}`, async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" position="center" mode="notice"></pv-consent-banner>', lang);
      expect(textOf(el)).to.contain(lang === 'fr' ? 'Comment ce site utilise vos données' : 'How this site uses your data');
      await expect(el).to.be.accessible();
    });
  }

  it('sets scroll-padding-bottom to the bar’s height while it shows, so it never hides the focused element', async () => {
    const root = document.documentElement;
    const el = await renderBanner();
    await frame();
    const bar = shadow(el, '.bar')!;
    expect(parseFloat(root.style.scrollPaddingBottom)).to.be.closeTo(bar.getBoundingClientRect().height, 1);
    expect(bar.getBoundingClientRect().bottom).to.be.closeTo(window.innerHeight, 1);
    await click(el, 'Reject all');
    // Then the confirmation's, while it shows; the page's own once the banner is gone.
    expect(parseFloat(root.style.scrollPaddingBottom)).to.be.closeTo(shadow(el, '.status')!.getBoundingClientRect().height, 1);
    el.remove();
    expect(root.style.scrollPaddingBottom).to.equal('');
  });

  it('the page does not move: the host takes no room and the bar overlays', async () => {
    const page = await fixture<HTMLDivElement>('<div><p id="above">Above</p><pv-consent-banner policy-url="/privacy"></pv-consent-banner><p id="below">Below</p></div>');
    const below = page.querySelector('#below')!;
    const el = page.querySelector<PvConsentBanner>('pv-consent-banner')!;
    await el.updateComplete;
    const top = below.getBoundingClientRect().top;
    await click(el, 'Accept all');
    expect(below.getBoundingClientRect().top).to.equal(top);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('has a cumulative layout shift of 0 on a page that loads it (PerformanceObserver, layout-shift)', async function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    const article = '<p>Some text of the article, long enough to wrap on a line or two in a narrow frame.</p>'.repeat(30);
    const frameEl = await loadFrame(`<!doctype html><html lang="en"><head>${ERROR_TRAP}
      <script>window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({type: 'layout-shift', buffered: true});</script>
      </head><body><pv-consent-banner policy-url="/privacy"></pv-consent-banner><h1>Article</h1>${article}
      <script type="module" src="/src/components/consent-banner/define.ts"></script></body></html>`);
    const w = frameEl.contentWindow as Window & typeof globalThis & {__cls: number; __errors: string[]};
    try {
      await until(() => !!w.customElements.get('pv-consent-banner'), 5000, 'the banner');
      const el = w.document.querySelector('pv-consent-banner') as PvConsentBanner;
      await el.updateComplete;
      await until(() => !!el.shadowRoot?.querySelector('.bar:not([hidden])'), 5000, 'the bar');
      for (let i = 0; i < 5; i++) await new Promise((r) => w.requestAnimationFrame(r));
      w.patientVoice!.consent!.show();
      await el.updateComplete;
      w.patientVoice!.consent!.set({analytics: true});
      await el.updateComplete;
      for (let i = 0; i < 5; i++) await new Promise((r) => w.requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 100));
      expect(el.open).to.equal(false);
      expect(w.__cls).to.equal(0);
      expect(w.__errors).to.deep.equal([]);
    } finally {
      frameEl.remove();
    }
  });
});
