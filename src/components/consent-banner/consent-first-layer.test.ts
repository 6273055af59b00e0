import {expect, fixture} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import './define.js';
import type {PvConsentBanner} from './consent-banner.js';
import {textOf, useTestPage} from '../../test-support/helpers.js';
import {button, clearStorage, click, renderBanner, shadow, stub} from './consent.test-support.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** The author's warnings wait for the page to be idle: so does the test (twice: the banner schedules its check in an idle callback of its own). */
const idle = () => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r, {timeout: 3000}), {timeout: 3000}));
const bar = (el: Element) => shadow(el, '.bar')!;
const prefs = (el: Element) => shadow<HTMLDialogElement>(el, 'dialog.prefs')!;

/** The element with focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A short description of an element, for failure messages (comparing elements themselves stalls the test runner's report). */
const describe_ = (el: Element | null) => (el ? `<${el.localName}> ${(el.textContent ?? '').trim().slice(0, 40)}` : 'nothing');

const LABELS = {
  en: {accept: 'Accept all', reject: 'Reject all', choose: 'Choose'},
  fr: {accept: 'Tout accepter', reject: 'Tout refuser', choose: 'Choisir'},
} as const;

/** Presses a first-layer or dialog button as a keyboard user does: focus, then Enter. */
async function press(el: PvConsentBanner, label: string, scope?: string): Promise<void> {
  button(el, label, scope).focus();
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
  await frame();
}

/** The longest first layer: three categories, a privacy policy link, the organisation's name (a name of a usual length). */
const BANNER = `<pv-consent-banner policy-url="/privacy" categories="functional analytics marketing"><script type="application/json">
  {"categories": {}, "controller": {"name": {"en": "Breast Cancer Patients Network", "fr": "Réseau des patientes atteintes du cancer du sein"}}}
</script></pv-consent-banner>`;

describe('<pv-consent-banner> first layer, focus and health-site defaults', () => {
  const page = useTestPage(clearStorage);
  let size = {width: 800, height: 600};
  const site = document.createElement('style');
  before(() => {
    size = {width: window.innerWidth, height: window.innerHeight};
    site.textContent = '.site { font-family: system-ui, sans-serif; line-height: 1.5; }';
    document.head.append(site);
  });
  after(() => site.remove());
  afterEach(() => setViewport(size));

  describe('fits every phone', () => {
    for (const [width, height] of [
      [320, 568],
      [360, 640],
      [375, 667],
    ]) {
      for (const lang of ['en', 'fr'] as const) {
        it(`${width}×${height}, ${lang}: the three buttons are in view and the bar covers at most 40 % of the window`, async () => {
          await setViewport({width, height});
          // The longest first layer: three categories, a privacy policy link.
          // In the system's sans-serif font, wider than the test page's default serif (as on most sites).
          const el = await renderBanner(`<div class="site">${BANNER}</div>`, lang);
          await frame();
          const box = bar(el).getBoundingClientRect();
          expect(box.height / innerHeight, `bar ${box.height}px of ${innerHeight}px`).to.be.at.most(0.4);
          expect(box.bottom).to.be.closeTo(innerHeight, 1);
          for (const label of Object.values(LABELS[lang])) {
            const r = button(el, label).getBoundingClientRect();
            expect(r.top, label).to.be.at.least(box.top);
            expect(r.bottom, label).to.be.at.most(box.bottom);
            expect(r.left, label).to.be.at.least(0);
            expect(r.right, label).to.be.at.most(innerWidth);
            expect(r.height, label).to.be.at.least(44);
            // Nothing of the label is cut off.
            const b = button(el, label);
            expect(b.scrollWidth, label).to.be.at.most(b.clientWidth);
          }
          // The whole first layer fits: its text does not need scrolling either.
          const text = shadow(el, '.bar .text')!;
          expect(text.scrollHeight, 'the text scrolls').to.be.at.most(text.clientHeight + 1);
        });
      }
    }

    it('keeps the buttons in view when the text is too long for the bar (the text scrolls, not the buttons)', async () => {
      await setViewport({width: 568, height: 320});
      const el = await renderBanner('<pv-consent-banner mode="notice" policy-url="/privacy"></pv-consent-banner>');
      await frame();
      const box = bar(el).getBoundingClientRect();
      expect(box.height).to.be.at.most(0.4 * innerHeight + 1);
      for (const label of ['Got it', 'Manage choices']) {
        const r = button(el, label).getBoundingClientRect();
        expect(r.top, label).to.be.at.least(box.top);
        expect(r.bottom, label).to.be.at.most(box.bottom);
      }
      const text = shadow(el, '.bar .text')!;
      expect(text.scrollHeight).to.be.greaterThan(text.clientHeight);
    });
  });

  describe('no focusable element hidden under the bar', () => {
    const LONG = `<main>
        <h1>Breast cancer: treatments</h1>
        ${Array.from({length: 30}, (_, i) => `<p>Paragraph ${i + 1} of a long article, with <a href="#l${i}">a link</a> in it and a few words more to wrap.</p>`).join('')}
        <p><button type="button">Print this page</button></p>
      </main>
      <footer><a href="/privacy">Privacy policy</a> <pv-consent-settings></pv-consent-settings></footer>`;

    /** Every focusable element of the page outside the banner, the settings button inside its shadow root included. */
    const focusables = (root: Element) => [
      ...root.querySelectorAll<HTMLElement>('main a, main button, footer a'),
      root.querySelector('pv-consent-settings')!.shadowRoot!.querySelector('button')!,
    ];

    for (const [width, height] of [
      [320, 640],
      [1280, 900],
    ]) {
      it(`${width}×${height}: focusing each element of a long page, down to its footer, leaves it above the bar`, async () => {
        await setViewport({width, height});
        const wrapper = await fixture<HTMLDivElement>(`<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner>${LONG}</div>`);
        const el = wrapper.querySelector<PvConsentBanner>('pv-consent-banner')!;
        await el.updateComplete;
        await wrapper.querySelector<PvConsentBanner>('pv-consent-settings')?.updateComplete;
        await frame();
        const targets = focusables(wrapper);
        expect(targets.length).to.equal(33);
        for (const target of targets) {
          target.focus();
          await frame();
          const top = bar(el).getBoundingClientRect().top;
          const r = target.getBoundingClientRect();
          expect(deepActive() === target, `focus on ${describe_(deepActive())}`).to.equal(true);
          expect(r.bottom, `${target.textContent} ends at ${r.bottom}, the bar starts at ${top}`).to.be.at.most(top + 0.5);
          expect(r.top).to.be.at.least(0);
        }
        // The same with the keyboard, from the top of the page: Tab through everything.
        window.scrollTo(0, 0);
        targets[0].focus();
        for (let i = 1; i < targets.length; i++) {
          await sendKeys({press: 'Tab'});
          await frame();
          expect(deepActive() === targets[i], `focus on ${describe_(deepActive())}`).to.equal(true);
          expect(targets[i].getBoundingClientRect().bottom).to.be.at.most(bar(el).getBoundingClientRect().top + 0.5);
        }
      });
    }

    it('gives the page a bottom padding equal to the bar’s height, follows its size, and puts the page’s own back when the bar goes', async () => {
      const root = document.documentElement;
      root.style.paddingBottom = '3px';
      try {
        await setViewport({width: 1024, height: 700});
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
        await frame();
        const height = () => bar(el).getBoundingClientRect().height;
        expect(parseFloat(root.style.paddingBottom)).to.be.closeTo(height(), 1);
        expect(parseFloat(root.style.scrollPaddingBottom)).to.be.closeTo(height(), 1);
        const wide = height();
        await setViewport({width: 320, height: 700});
        await frame();
        expect(height()).to.be.greaterThan(wide);
        expect(parseFloat(root.style.paddingBottom)).to.be.closeTo(height(), 1);
        await click(el, 'Reject all');
        await frame();
        // The confirmation takes the bar's place for a few seconds, then the page has its own padding again.
        const status = shadow(el, '.status')!;
        expect(parseFloat(root.style.paddingBottom)).to.be.closeTo(status.getBoundingClientRect().height, 1);
        el.remove();
        expect(root.style.paddingBottom).to.equal('3px');
        expect(root.style.scrollPaddingBottom).to.equal('');
      } finally {
        root.style.paddingBottom = '';
      }
    });

    it('follows the bar’s height without ResizeObserver (the window’s resize event)', async () => {
      const restore = stub(window, 'ResizeObserver', {value: undefined, writable: true});
      try {
        await setViewport({width: 1024, height: 700});
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
        await frame();
        const root = document.documentElement;
        const height = () => bar(el).getBoundingClientRect().height;
        expect(parseFloat(root.style.paddingBottom)).to.be.closeTo(height(), 1);
        const wide = height();
        await setViewport({width: 320, height: 700});
        await new Promise((r) => setTimeout(r, 50));
        await frame();
        expect(height()).to.be.greaterThan(wide);
        expect(parseFloat(root.style.paddingBottom)).to.be.closeTo(height(), 1);
        expect(parseFloat(root.style.scrollPaddingBottom)).to.be.closeTo(height(), 1);
        el.remove();
        expect(root.style.paddingBottom).to.equal('');
      } finally {
        restore();
      }
    });
  });

  describe('names the organisation', () => {
    for (const [lang, mode, text] of [
      ['en', 'opt-in', 'Breast Cancer Patients Network keeps optional cookies off unless you allow them.'],
      ['fr', 'opt-in', 'Réseau des patientes atteintes du cancer du sein n\'active aucun témoin facultatif sans votre accord.'],
      ['en', 'notice', 'Breast Cancer Patients Network and its partners collect data about your visit.'],
      ['fr', 'notice', 'Réseau des patientes atteintes du cancer du sein et ses partenaires recueillent des données sur votre visite.'],
    ] as const) {
      it(`from the JSON child's controller, in the first sentence (${mode}, ${lang}); without one, the generic sentence`, async () => {
        const el = await renderBanner(BANNER.replace('<pv-consent-banner ', `<pv-consent-banner mode="${mode}" `), lang);
        const said = (e: Element) => shadow(e, '.bar .text')!.textContent!.replace(/\s+/g, ' ');
        expect(said(el)).to.contain(text);
        // One banner a page: the second would wait.
        el.remove();
        const plain = await renderBanner(`<pv-consent-banner mode="${mode}" policy-url="/privacy"></pv-consent-banner>`, lang);
        expect(said(plain)).not.to.contain(text.split(' ')[0]);
      });
    }
  });

  describe('says where to change the choice later', () => {
    for (const [lang, hint] of [
      ['en', 'To change your mind: Cookie settings, at the bottom of the page.'],
      ['fr', 'Pour changer d\'avis\u00a0: Paramètres des témoins, au bas de la page.'],
    ] as const) {
      it(`shows the default settings hint in ${lang}, and the site's own`, async () => {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', lang);
        expect(shadow(el, '.bar [part="settings-hint"]')!.textContent!.trim()).to.equal(hint);
        el.setAttribute('settings-hint', ' Cookie settings at the bottom of each page ');
        await el.updateComplete;
        expect(shadow(el, '.bar [part="settings-hint"]')!.textContent!.trim()).to.equal('Cookie settings at the bottom of each page');
        expect(textOf(el)).not.to.contain(hint);
      });
    }
  });

  describe('the preferences dialog’s close button', () => {
    for (const [lang, name] of [
      ['en', 'Close'],
      ['fr', 'Fermer'],
    ] as const) {
      it(`is at the top, 44 px or more, named "${name}", and closes without changing the choices (${lang})`, async () => {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', lang);
        let changes = 0;
        el.addEventListener('pv-consent-change', () => changes++);
        await press(el, LABELS[lang].choose);
        expect(prefs(el).open).to.equal(true);
        const close = shadow<HTMLButtonElement>(el, 'dialog.prefs [data-pv-action="close-dialog"]')!;
        expect(close.getAttribute('part')).to.equal('button button-close-dialog');
        expect(close.getAttribute('aria-label')).to.equal(name);
        const r = close.getBoundingClientRect();
        expect(r.width).to.be.at.least(44);
        expect(r.height).to.be.at.least(44);
        // Before every other control of the dialog.
        expect(prefs(el).querySelector('button, input') === close, `the close button comes first`).to.equal(true);
        expect(r.top).to.be.below(shadow(el, '#prefs-title')!.getBoundingClientRect().bottom);
        prefs(el).querySelector<HTMLInputElement>('input:not([disabled])')!.click();
        close.click();
        await el.updateComplete;
        await frame();
        expect(prefs(el).open).to.equal(false);
        expect(el.open).to.equal(true);
        expect(changes).to.equal(0);
        expect(document.cookie).not.to.contain('pv_consent');
        // Back where the dialog was opened from.
        expect(deepActive() === button(el, LABELS[lang].choose), `focus on ${describe_(deepActive())}`).to.equal(true);
      });
    }
  });

  describe('focus after a decision', () => {
    it('goes back to the element that had it before the banner took it (first layer)', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner><main><a href="#x" id="link">Read on</a></main><pv-consent-settings></pv-consent-settings></div>');
      const el = wrapper.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      const link = wrapper.querySelector<HTMLElement>('#link')!;
      link.focus();
      await press(el, 'Accept all');
      expect(el.open).to.equal(false);
      expect(deepActive() === link, `focus on ${describe_(deepActive())}`).to.equal(true);
    });

    it('goes back to it after a choice saved in the dialog, and to <pv-consent-settings> when the dialog was opened from it', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner><main><a href="#x" id="link">Read on</a></main><footer><pv-consent-settings></pv-consent-settings></footer></div>');
      const el = wrapper.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      const link = wrapper.querySelector<HTMLElement>('#link')!;
      link.focus();
      await press(el, 'Choose');
      expect(prefs(el).open).to.equal(true);
      await press(el, 'Save choices', 'dialog.prefs');
      expect(prefs(el).open).to.equal(false);
      expect(deepActive() === link, `focus on ${describe_(deepActive())}`).to.equal(true);
      // Later, from the footer's button: back to it.
      const settings = wrapper.querySelector('pv-consent-settings')!.shadowRoot!.querySelector('button')!;
      settings.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(prefs(el).open).to.equal(true);
      await press(el, 'Reject all', 'dialog.prefs');
      expect(deepActive() === settings, `focus on ${describe_(deepActive())}`).to.equal(true);
    });

    it('goes to <pv-consent-settings> when nothing had focus before, else to <main> (made focusable)', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner><main><p>Text</p></main><pv-consent-settings></pv-consent-settings></div>');
      const el = wrapper.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      await press(el, 'Reject all');
      expect(deepActive() === wrapper.querySelector('pv-consent-settings')!.shadowRoot!.querySelector('button'), `focus on ${describe_(deepActive())}`).to.equal(true);
      clearStorage();
      wrapper.remove();

      const other = await fixture<HTMLDivElement>('<div><pv-consent-banner mode="notice" categories="functional" policy-url="/privacy"></pv-consent-banner><main><p>Text</p></main></div>');
      const notice = other.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await notice.updateComplete;
      await press(notice, 'Got it');
      const main = other.querySelector('main')!;
      expect(main.getAttribute('tabindex')).to.equal('-1');
      expect(document.activeElement === main, `focus on ${describe_(deepActive())}`).to.equal(true);
    });

    it('stays where it is after a choice made through the JS API', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner><main><a href="#x" id="a">A</a> <a href="#y" id="b">B</a></main></div>');
      const el = wrapper.querySelector<PvConsentBanner>('pv-consent-banner')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLElement>('#a')!.focus();
      wrapper.querySelector<HTMLElement>('#b')!.focus();
      window.patientVoice!.consent!.set({analytics: true});
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(document.activeElement === wrapper.querySelector('#b'), `focus on ${describe_(deepActive())}`).to.equal(true);
    });
  });

  describe('the confirmation', () => {
    for (const [lang, text] of [
      ['en', 'Your choices are saved. Change them any time with Cookie settings.'],
      ['fr', 'Vos choix sont enregistrés. Vous pouvez les changer en tout temps avec Paramètres des témoins.'],
    ] as const) {
      it(`is shown and announced after a choice, then goes by itself (${lang})`, async function () {
        this.timeout(12000);
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', lang);
        const region = shadow(el, '[role="status"]')!;
        expect(region.textContent!.trim()).to.equal('');
        await press(el, LABELS[lang].reject);
        const shown = performance.now();
        const status = shadow(el, '.status')!;
        expect(region.contains(status)).to.equal(true);
        expect(status.textContent!.trim()).to.equal(text);
        const r = status.getBoundingClientRect();
        expect(r.height).to.be.greaterThan(0);
        expect(r.bottom).to.be.at.most(innerHeight);
        expect(getComputedStyle(status).visibility).to.equal('visible');
        await expect(el).to.be.accessible();
        while (shadow(el, '.status') && performance.now() - shown < 9000) await new Promise((r) => setTimeout(r, 100));
        const gone = performance.now() - shown;
        expect(shadow(el, '.status') === null, 'still shown after 9 s').to.equal(true);
        expect(gone).to.be.at.least(3000);
        expect(region.textContent!.trim()).to.equal('');
        expect(document.documentElement.style.paddingBottom).to.equal('');
      });
    }
  });

  describe('health-site defaults', () => {
    for (const [lang, risk] of [
      ['en', 'These partners can learn that you read pages about a health topic, such as breast cancer.'],
      ['fr', 'Ces partenaires peuvent apprendre que vous avez lu des pages sur un sujet de santé, comme le cancer du sein.'],
    ] as const) {
      it(`the marketing category says plainly what ad partners can learn (${lang})`, async () => {
        const el = await renderBanner('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', lang);
        await press(el, LABELS[lang].choose);
        expect(prefs(el).textContent!.replace(/\s+/g, ' ')).to.contain(risk);
      });
    }

    it('mode="notice" with a category other than functional warns once, in the banner’s language', async () => {
      const el = await renderBanner('<pv-consent-banner mode="notice" policy-url="/privacy"></pv-consent-banner>');
      el.setAttribute('categories', 'analytics marketing functional');
      await el.updateComplete;
      await renderBanner('<pv-consent-banner mode="notice" categories="marketing" policy-url="/privacy"></pv-consent-banner>', 'fr');
      await idle();
      const notice = page.messages.filter((m) => m.includes('mode="notice"'));
      expect(notice).to.deep.equal([
        `<pv-consent-banner>: mode="notice" with analytics, marketing is not valid consent for health information (Law 25, PIPEDA). Use mode="opt-in".`,
        `<pv-consent-banner>: mode="notice" avec marketing n'est pas un consentement valable pour des renseignements de santé (Loi 25, LPRPDE). Utilisez mode="opt-in".`,
      ]);
    });

    it('mode="notice" with functional only, and a preview, do not warn', async () => {
      await renderBanner('<pv-consent-banner mode="notice" categories="functional" policy-url="/privacy"></pv-consent-banner>');
      await renderBanner('<pv-consent-banner preview mode="notice"></pv-consent-banner>');
      await idle();
      expect(page.messages).to.deep.equal([]);
    });

    for (const [lang, ok] of [
      ['en', 'Got it'],
      ['fr', "J'ai compris"],
    ] as const) {
      it(`the notice's button reads as an acknowledgement: "${ok}" (${lang}), still data-pv-action="close"`, async () => {
        const el = await renderBanner('<pv-consent-banner mode="notice" categories="functional" policy-url="/privacy"></pv-consent-banner>', lang);
        const b = button(el, ok);
        expect(b.dataset.pvAction).to.equal('close');
        expect(b.getAttribute('part')).to.equal('button button-close');
      });
    }

    it('no policy-url warns once, in the banner’s language', async () => {
      const el = await renderBanner('<pv-consent-banner></pv-consent-banner>');
      el.setAttribute('revision', '2');
      el.setAttribute('expires-days', '30');
      await el.updateComplete;
      await renderBanner('<pv-consent-banner></pv-consent-banner>', 'fr');
      await idle();
      expect(page.messages.filter((m) => m.includes('policy-url'))).to.deep.equal([
        '<pv-consent-banner>: No policy-url: add the link to your privacy policy.',
        '<pv-consent-banner>: Aucun policy-url\u00a0: ajoutez le lien vers votre politique de confidentialité.',
      ]);
    });

    // Next.js's hydration, which sets them later still, is checked by the real app (npm run test:frameworks).
    it('does not warn when the properties are set after the element is in the page (as @lit/react does)', async () => {
      const holder = await fixture<HTMLDivElement>('<div></div>');
      const el = document.createElement('pv-consent-banner') as PvConsentBanner & {policyUrl: string; mode: string};
      holder.append(el);
      el.policyUrl = '/privacy';
      el.mode = 'notice';
      el.setAttribute('categories', 'functional');
      await el.updateComplete;
      await idle();
      expect(page.messages.filter((m) => m.includes('policy-url') || m.includes('mode="notice"'))).to.deep.equal([]);
      el.policyUrl = '';
      await el.updateComplete;
      await idle();
      expect(page.messages.filter((m) => m.includes('policy-url'))).to.have.length(1);
    });
  });
});
