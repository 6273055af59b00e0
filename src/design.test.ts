/**
 * The design of every widget (#23): colour schemes (contrast AA and axe in
 * light and dark, the `theme` attribute, tokens over both schemes), the
 * outer margin, visible copy feedback, the compact toggles' words, the
 * guide's controls, headings inside cards and the rights explainer's
 * footnotes.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import './index.js';
import {examples} from './examples.js';
import {deepElements} from './test-support/manifest.js';
import {textContrasts} from './test-support/contrast.js';
import {clearStorage, openDisclosures, renderWidget, settle, textOf, useTestPage, type RenderedWidget} from './test-support/helpers.js';
import {stubClipboard} from './internal/clipboard.test-support.js';
import {COPIED_MS} from './internal/copy-status.js';

const all = Object.entries(examples).flatMap(([tag, list]) => list.map((e) => ({tag, ...e})));
const withTheme = (html: string, theme: string) => html.replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`);
const $ = <E extends Element = HTMLElement>(el: RenderedWidget, sel: string) => el.shadowRoot!.querySelector<E>(sel);
const $$ = <E extends Element = HTMLElement>(el: RenderedWidget, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Emulates a media feature in Chromium; false where the browser cannot (Firefox's driver). */
const emulate = (features: Array<{name: string; value: string}>) =>
  executeServerCommand<boolean, {features: unknown[]}>('pv-media-features', {features});

describe('design', () => {
  const warnings = useTestPage(clearStorage);

  describe('colour schemes: AA contrast and axe, light and dark', () => {
    const lowest: Record<string, number> = {};
    after(() => {
      // The figures for the record: the lowest text contrast seen in each scheme.
      console.log(`contrast, lowest ratio: ${Object.entries(lowest).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    });
    for (const theme of ['light', 'dark']) {
      for (const ex of all) {
        for (const lang of ['en', 'fr']) {
          it(`${ex.id} (${lang}, theme="${theme}")`, async function () {
            this.timeout(30000);
            const el = await renderWidget(ex.tag, withTheme(ex.html, theme), lang);
            await openDisclosures(el);
            const top = el.shadowRoot!.firstElementChild!;
            const bg = getComputedStyle(ex.tag === 'pv-consent-banner' ? $(el, '.bar')! : top).backgroundColor;
            // The scheme is in effect: a dark background in the dark scheme, white in the light one.
            expect(bg, 'background').to.be.oneOf(theme === 'dark' ? ['rgb(22, 25, 29)', 'rgb(34, 39, 46)'] : ['rgb(255, 255, 255)', 'rgb(244, 246, 249)']);
            const texts = textContrasts(deepElements(el.shadowRoot!));
            expect(texts.length).to.be.greaterThan(0);
            for (const t of texts) {
              lowest[theme] = Math.min(lowest[theme] ?? 21, t.ratio);
              expect(t.ratio, `"${t.text}" in <${t.el.localName}> has contrast ${t.ratio.toFixed(2)}`).to.be.at.least(t.large ? 3 : 4.5);
            }
            if (lang === 'en') await expect(el.parentElement).to.be.accessible();
            expect(warnings.messages).to.deep.equal([]);
          });
        }
      }
    }
  });

  describe('the theme attribute', () => {
    afterEach(() => emulate([{name: 'prefers-color-scheme', value: 'light'}]));

    it('auto follows the reader\'s preference when the page declares no color-scheme', async function () {
      if (!(await emulate([{name: 'prefers-color-scheme', value: 'dark'}]))) this.skip();
      const el = await renderWidget('pv-medical-disclaimer');
      await settle(el);
      expect(getComputedStyle($(el, '.note')!).color).to.equal('rgb(230, 232, 235)');
      await emulate([{name: 'prefers-color-scheme', value: 'light'}]);
      expect(getComputedStyle($(el, '.note')!).color).to.equal('rgb(31, 35, 40)');
    });

    it('auto follows the page\'s color-scheme when it declares one; light and dark fix it', async function () {
      if (!(await emulate([{name: 'prefers-color-scheme', value: 'dark'}]))) this.skip();
      const el = await renderWidget('pv-medical-disclaimer', '<div style="color-scheme: light"><pv-medical-disclaimer></pv-medical-disclaimer></div>');
      await settle(el);
      expect(getComputedStyle($(el, '.note')!).color, 'light page').to.equal('rgb(31, 35, 40)');
      el.setAttribute('theme', 'dark');
      await settle(el);
      expect(getComputedStyle($(el, '.note')!).color, 'theme="dark"').to.equal('rgb(230, 232, 235)');
    });

    it('theme="dark" works without any emulation, and the tokens override both schemes', async () => {
      const el = await renderWidget('pv-medical-disclaimer', '<pv-medical-disclaimer theme="dark" style="--pv-color-text: rgb(1, 2, 3); --pv-color-surface: rgb(250, 250, 250)"></pv-medical-disclaimer>');
      expect(getComputedStyle($(el, '.note')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.note')!).backgroundColor).to.equal('rgb(250, 250, 250)');
      el.removeAttribute('style');
      await settle(el);
      expect(getComputedStyle($(el, '.note')!).color).to.equal('rgb(230, 232, 235)');
      el.theme = 'light';
      await settle(el);
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle($(el, '.note')!).color).to.equal('rgb(31, 35, 40)');
    });

    it('warns once about a bad value and follows auto', async () => {
      const el = await renderWidget('pv-rights-explainer', '<pv-rights-explainer theme="blue"></pv-rights-explainer>');
      expect(warnings.messages).to.deep.equal(['<pv-rights-explainer>: theme="blue" is not valid. Accepted values: auto, light, dark. Using "auto".']);
      expect(getComputedStyle(el.shadowRoot!.firstElementChild!).color).to.equal('rgb(31, 35, 40)');
    });
  });

  it('--pv-margin: two widgets in a row do not touch (1.5rem by default)', async () => {
    const el = await renderWidget('pv-medical-disclaimer', '<pv-medical-disclaimer></pv-medical-disclaimer><pv-medical-disclaimer></pv-medical-disclaimer>');
    const [a, b] = [...el.parentElement!.querySelectorAll('pv-medical-disclaimer')];
    await (b as RenderedWidget).updateComplete;
    expect(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom).to.equal(24);
    el.parentElement!.style.setProperty('--pv-margin', '3rem');
    expect(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom).to.equal(48);
  });

  describe('copy feedback you can see', () => {
    let clip: ReturnType<typeof stubClipboard>;
    beforeEach(() => (clip = stubClipboard(true)));
    afterEach(() => clip.restore());

    for (const lang of ['en', 'fr'] as const) {
      it(`referral options (${lang}): the pressed button says Copied with a tick, the others stay; the live region still speaks; back after a few seconds`, async function () {
        this.timeout(COPIED_MS + 5000);
        const el = await renderWidget('pv-referral-options', undefined, lang);
        const buttons = $$<HTMLButtonElement>(el, 'button[part~="copy"]');
        expect(buttons.length).to.be.greaterThan(2);
        const label = norm(buttons[0].textContent);
        expect(label).to.equal(lang === 'fr' ? 'Copier' : 'Copy');
        buttons[1].click();
        await new Promise((r) => setTimeout(r, 30));
        await settle(el);
        const after = $$<HTMLButtonElement>(el, 'button[part~="copy"]');
        expect(norm(after[1].textContent)).to.equal(lang === 'fr' ? 'Copié' : 'Copied');
        expect(after[1].querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
        expect(norm(after[0].textContent)).to.equal(label);
        expect(norm($(el, '[role="status"]')!.textContent)).to.match(lang === 'fr' ? /^Copié\./ : /^Copied\./);
        await new Promise((r) => setTimeout(r, COPIED_MS + 100));
        await settle(el);
        expect(norm($$(el, 'button[part~="copy"]')[1].textContent)).to.equal(label);
      });
    }

    it('rights explainer: "Copy for my appointment" is the primary action and says Copied / Copié', async () => {
      for (const lang of ['en', 'fr'] as const) {
        const el = await renderWidget('pv-rights-explainer', undefined, lang);
        const button = $<HTMLButtonElement>(el, 'button[part~="copy"]')!;
        expect(button.classList.contains('primary')).to.equal(true);
        expect(getComputedStyle(button).backgroundColor).to.equal('rgb(26, 86, 144)');
        button.click();
        await new Promise((r) => setTimeout(r, 30));
        await settle(el);
        expect(norm($(el, 'button[part~="copy"]')!.textContent)).to.equal(lang === 'fr' ? 'Copié' : 'Copied');
        expect(norm($(el, '[part~="status"]')!.textContent)).to.not.equal('');
      }
    });
  });

  describe('compact forms', () => {
    it('the toggles say Show less / Afficher moins when open', async () => {
      for (const [tag, closed, closedFr, open, openFr] of [
        ['pv-medical-disclaimer', 'Read the full notice', "Lire l'avis complet", 'Show less', 'Afficher moins'],
        ['pv-rights-explainer', 'Read more about your right', 'En savoir plus sur votre droit', 'Show less about your right', 'Afficher moins de détails sur votre droit'],
      ]) {
        for (const lang of ['en', 'fr']) {
          const el = await renderWidget(tag, `<${tag} compact></${tag}>`, lang);
          const toggle = () => $<HTMLButtonElement>(el, 'button[aria-expanded]')!;
          expect(norm(toggle().textContent)).to.equal(lang === 'fr' ? closedFr : closed);
          toggle().click();
          await settle(el);
          expect(toggle().getAttribute('aria-expanded')).to.equal('true');
          expect(norm(toggle().textContent)).to.equal(lang === 'fr' ? openFr : open);
        }
      }
    });

    it('the compact disclaimer\'s line matches its variant', async () => {
      const line = async (variant: string, lang: string) =>
        norm($(await renderWidget('pv-medical-disclaimer', `<pv-medical-disclaimer compact variant="${variant}"></pv-medical-disclaimer>`, lang), '#summary-text')!.textContent);
      expect(await line('story', 'en')).to.equal('This is a personal story, not medical advice.');
      expect(await line('story', 'fr')).to.equal('Ceci est un témoignage, pas un avis médical.');
      expect(await line('general', 'en')).to.equal('This is general information for all readers, not medical advice.');
      expect(await line('reviewed', 'en')).to.equal('A health professional reviewed this general information. It is not medical advice.');
      expect(await line('reviewed', 'fr')).to.match(/^Une professionnelle ou un professionnel de la santé a révisé/);
    });

    it('the compact rights explainer keeps what its button reveals inside its box', async () => {
      const el = await renderWidget('pv-rights-explainer', '<pv-rights-explainer compact open></pv-rights-explainer>');
      const box = el.shadowRoot!.firstElementChild!.getBoundingClientRect();
      const details = $(el, '[part~="details"]')!.getBoundingClientRect();
      expect(getComputedStyle(el.shadowRoot!.firstElementChild!).backgroundColor).to.equal('rgb(244, 246, 249)');
      expect(details.left).to.be.greaterThan(box.left);
      expect(details.bottom).to.be.at.most(box.bottom);
    });
  });

  it('guide radios are at least 24 px, native, accent-coloured, with a focus ring', async () => {
    const el = await renderWidget('pv-referral-options', '<pv-referral-options mode="guide"></pv-referral-options>');
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.length).to.be.greaterThan(0);
    for (const r of radios) {
      const box = r.getBoundingClientRect();
      expect(box.width, 'width').to.be.at.least(24);
      expect(box.height, 'height').to.be.at.least(24);
      expect(getComputedStyle(r).accentColor).to.equal('rgb(26, 86, 144)');
    }
    radios[0].focus();
    // :focus-visible after a programmatic focus follows the last input's modality: check the rule itself.
    expect(getComputedStyle(radios[0]).outlineStyle === 'solid' || !radios[0].matches(':focus-visible')).to.equal(true);
  });

  describe('headings inside cards follow heading-level', () => {
    const outline = (el: RenderedWidget) =>
      $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${norm(h.textContent)}`);
    it('heading-level 2 (default): cards h4, their labels h5; "Before" h4', async () => {
      const el = await renderWidget('pv-referral-options', '<pv-referral-options routes="family-doctor"></pv-referral-options>');
      const list = outline(el);
      expect(list.slice(0, 6)).to.deep.equal([
        'h2 How to get a second opinion',
        'h3 Ways to get a referral',
        'h4 Ask your family doctor',
        'h5 When it fits',
        'h5 How to ask',
        'h5 What to bring',
      ]);
      expect(list).to.include('h4 Before');
      expect(list).to.include('h4 At and after the appointment');
    });
    it('heading-level 3: labels h6; heading-level 4: cards h6, labels bold paragraphs; none: no headings at all', async () => {
      const three = outline(await renderWidget('pv-referral-options', '<pv-referral-options heading-level="3" routes="walk-in"></pv-referral-options>'));
      expect(three.slice(0, 2)).to.deep.equal(['h3 How to get a second opinion', 'h4 Ways to get a referral']);
      expect(three[2]).to.match(/^h5 /);
      expect(three.slice(3, 6)).to.deep.equal(['h6 When it fits', 'h6 How to ask', 'h6 What to bring']);
      const four = await renderWidget('pv-referral-options', '<pv-referral-options heading-level="4" routes="walk-in"></pv-referral-options>');
      expect(outline(four)[2]).to.match(/^h6 /);
      expect(outline(four).filter((h) => / When it fits$/.test(h))).to.deep.equal([]);
      expect($$(four, 'p.label').map((p) => norm(p.textContent))).to.include('When it fits');
      const none = await renderWidget('pv-referral-options', '<pv-referral-options heading-level="none" routes="walk-in"></pv-referral-options>');
      expect(outline(none)).to.deep.equal([]);
      expect($$(none, 'p.label').map((p) => norm(p.textContent))).to.include.members(['When it fits', 'How to ask', 'What to bring', 'Before']);
    });
    it('the province\u2019s name and its labels are headings too, below their section; the cancer navigation label below "Who can help"', async () => {
      const el = await renderWidget('pv-referral-options', '<pv-referral-options province="QC" routes="walk-in"></pv-referral-options>');
      const list = outline(el);
      const from = list.indexOf('h3 Help in your province or territory');
      expect(from, list.join('\n')).to.be.greaterThan(0);
      expect(list.slice(from)).to.deep.equal([
        'h3 Help in your province or territory',
        'h4 Quebec',
        'h5 Health information line',
        'h5 Finding a family doctor',
        'h5 If you have no family doctor',
        'h5 Referrals and records',
        'h3 Who can help',
        'h4 Cancer patient navigation in Quebec',
      ]);
      expect($$(el, '[part~="province"] p.label')).to.deep.equal([]);
      // One level deeper with heading-level 3; bold paragraphs past h6 and with none.
      const three = outline(await renderWidget('pv-referral-options', '<pv-referral-options heading-level="3" province="QC" routes="walk-in"></pv-referral-options>'));
      expect(three.slice(three.indexOf('h4 Help in your province or territory'), three.indexOf('h4 Help in your province or territory') + 3)).to.deep.equal([
        'h4 Help in your province or territory',
        'h5 Quebec',
        'h6 Health information line',
      ]);
      const four = await renderWidget('pv-referral-options', '<pv-referral-options heading-level="4" province="QC" routes="walk-in"></pv-referral-options>', 'fr');
      expect(outline(four)).to.include.members(["h5 De l'aide dans votre province ou territoire", 'h6 Québec']);
      expect($$(four, '[part~="province"] p.label').map((p) => norm(p.textContent))).to.include("Ligne d'information santé");
      const none = await renderWidget('pv-referral-options', '<pv-referral-options heading-level="none" province="QC"></pv-referral-options>');
      expect(outline(none)).to.deep.equal([]);
      expect($$(none, '[part~="province"] p.label').map((p) => norm(p.textContent))).to.include.members(['Quebec', 'Health information line', 'Referrals and records']);
    });
  });

  describe('rights explainer footnotes', () => {
    it('each source has a plain "Back to text" link whose name has the note\'s number', async () => {
      for (const lang of ['en', 'fr']) {
        const el = await renderWidget('pv-rights-explainer', undefined, lang);
        const items = $$(el, '[part~="sources"] > li');
        const names = (li: Element) => [...li.querySelectorAll('a[part~="back-link"]')].map((a) => norm(a.textContent));
        if (lang === 'en') {
          expect(names(items[1])).to.deep.equal(['Back to text, note 2 (1 of 2)', 'Back to text, note 2 (2 of 2)']);
          expect(names(items[3])).to.deep.equal(['Back to text, note 4']);
        } else {
          expect(names(items[1])).to.deep.equal(['Retour au texte, renvoi 2 (1 sur 2)', 'Retour au texte, renvoi 2 (2 sur 2)']);
          expect(names(items[3])).to.deep.equal(['Retour au texte, renvoi 4']);
        }
        expect(textOf(el)).not.to.contain('↩');
      }
    });

    it('a footnote mark does not make its line taller, nor wrap alone onto a line', async () => {
      const el = await renderWidget('pv-rights-explainer', '<div style="inline-size: 300px"><pv-rights-explainer></pv-rights-explainer></div>');
      for (const mark of $$(el, '.note-mark')) {
        const li = mark.closest('li, figcaption, p')!;
        const lines = [...new Set([...li.getClientRects()].map((r) => Math.round(r.height)))];
        const link = mark.querySelector('a')!;
        expect(getComputedStyle(link).display).to.equal('inline');
        // The mark sits on the line of the text before it (it never starts a line alone).
        const before = document.createRange();
        before.setStart(li, 0);
        before.setEndBefore(mark);
        const rects = [...before.getClientRects()].filter((r) => r.width > 0);
        const last = rects[rects.length - 1];
        const markBox = mark.getBoundingClientRect();
        expect(last, 'text before the mark').to.not.equal(undefined);
        expect(Math.abs(last.bottom - markBox.bottom), `mark ${norm(mark.textContent)} on the line of its text`).to.be.below(last.height);
        expect(lines.length).to.be.greaterThan(0);
      }
      // Line boxes of a paragraph with marks are as tall as those without.
      const items = $$(el, '.points li');
      const lineHeight = (e: Element) => parseFloat(getComputedStyle(e).lineHeight);
      for (const li of items) {
        const range = document.createRange();
        range.selectNodeContents(li);
        const tops = [...range.getClientRects()].map((r) => r.top);
        const rows = [...new Set(tops.map((t) => Math.round(t)))].sort((a, b) => a - b);
        const gaps = rows.slice(1).map((t, i) => t - rows[i]).filter((g) => g > 4);
        for (const g of gaps) expect(g, 'line step').to.be.at.most(lineHeight(li) + 1);
      }
    });

    it('inline sources never double a bracket: "(page en anglais))"', async () => {
      for (const lang of ['en', 'fr']) {
        const el = await renderWidget('pv-rights-explainer', '<pv-rights-explainer citations="inline"></pv-rights-explainer>', lang);
        const inline = $$(el, '.inline-cite').map((s) => norm(s.textContent));
        expect(inline.length).to.be.greaterThan(0);
        for (const t of inline) expect(t, t).not.to.match(/\)\)/);
        if (lang === 'fr') expect(inline.some((t) => t.includes(', page en anglais)'))).to.equal(true);
      }
    });
  });
});
