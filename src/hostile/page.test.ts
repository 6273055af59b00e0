import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../index.js';
import {examples} from '../examples.js';
import {deepElements} from '../test-support/manifest.js';
import {openDisclosures, renderWidget} from '../test-support/helpers.js';
import {textContrasts} from '../test-support/contrast.js';

/**
 * 3. Aggressive host CSS, 6. small screens and text spacing: every example,
 * both languages, rendered on this page under the condition. (Forced colours
 * and reduced motion: user-settings.test.ts.)
 */
const all = Object.entries(examples).flatMap(([tag, list]) => list.map((e) => ({tag, ...e})));



const HOSTILE_CSS = `
  :root { font-size: 8px !important; }
  body { color: white !important; background: #fff; font-family: "Comic Sans MS", cursive; }
  * { box-sizing: content-box; line-height: 1; letter-spacing: 0; text-transform: uppercase; margin: 0; color: inherit; background-color: transparent; font-size: inherit; display: inline; }
  div { display: flex; padding: 0; color: white; }
  p { color: white; font-size: 6px; opacity: 0.9; }
  a { color: white !important; text-decoration: none; }
  button { all: unset; color: white; background: white; }
  dialog { display: none; }
`;

describe('hostile pages', () => {
  describe('aggressive host CSS', () => {
    let sheet: HTMLStyleElement;
    before(() => {
      sheet = document.createElement('style');
      sheet.textContent = HOSTILE_CSS;
      document.head.append(sheet);
    });
    after(() => sheet.remove());

    for (const ex of all) {
      for (const lang of ['en', 'fr']) {
        it(`${ex.id} (${lang}) stays readable and usable`, async () => {
          const el = await renderWidget(ex.tag, ex.html, lang);
          await openDisclosures(el);
          const texts = textContrasts(deepElements(el.shadowRoot!));
          expect(texts.length).to.be.greaterThan(0);
          for (const t of texts) {
            expect(t.ratio, `"${t.text}" in <${t.el.localName}> has contrast ${t.ratio.toFixed(2)}`).to.be.at.least(t.large ? 3 : 4.5);
          }
          for (const b of el.shadowRoot!.querySelectorAll('button')) {
            if (!b.getClientRects().length) continue;
            const r = b.getBoundingClientRect();
            expect(r.width >= 24 && r.height >= 24, `button "${b.textContent!.trim()}" is ${r.width}×${r.height}`).to.equal(true);
          }
        });
      }
    }
  });

  describe('320 CSS pixels wide (400 % zoom)', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    for (const ex of all) {
      for (const lang of ['en', 'fr']) {
        it(`${ex.id} (${lang}) does not scroll sideways`, async () => {
          const el = await renderWidget(ex.tag, ex.html, lang);
          await openDisclosures(el);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
          for (const node of deepElements(el.shadowRoot!)) {
            if (node.closest('.visually-hidden') || !node.getClientRects().length) continue;
            const r = node.getBoundingClientRect();
            expect(r.right, `<${node.localName} part="${node.getAttribute('part') ?? ''}"> ends at ${r.right}`).to.be.at.most(321);
          }
        });
      }
    }
  });

  describe('WCAG 1.4.12 text spacing', () => {
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }`);
    for (const ex of all) {
      it(`${ex.id}: no text is clipped`, async () => {
        const el = await renderWidget(ex.tag, ex.html, 'fr');
        await openDisclosures(el);
        const roots = [el.shadowRoot!, ...deepElements(el.shadowRoot!).filter((n) => n.shadowRoot).map((n) => n.shadowRoot!)];
        for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, spacing];
        await new Promise((r) => requestAnimationFrame(r));
        for (const node of deepElements(el.shadowRoot!) as HTMLElement[]) {
          if (node.closest('.visually-hidden') || !node.getClientRects().length) continue;
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          expect(node.scrollHeight, `<${node.localName}> clips vertically`).to.be.at.most(node.clientHeight + 1);
          expect(node.scrollWidth, `<${node.localName}> clips horizontally`).to.be.at.most(node.clientWidth + 1);
        }
      });
    }
  });

});
