import {expect} from '@open-wc/testing';
import './index.js';
import {examples} from './examples.js';
import {RESERVED_TAGS, WIDTHS, reservedHeight} from './reserve.js';

/**
 * The heights the autoloader keeps for a widget still loading
 * (src/generated/reservations.ts) are what the widgets render: every
 * example, both languages, at measured widths and between them, in the same
 * 16 px system font as `npm run reservations`. When a widget's content or
 * styles change its height, this fails: run `npm run build && npm run
 * reservations` and commit the table. Chromium only: the table is measured
 * in Chromium, and another engine's text metrics differ by design.
 */
type Widget = HTMLElement & {updateComplete: Promise<boolean>};
const isChromium = navigator.userAgent.includes('Chrome/');

describe('reserved heights (autoloader)', function () {
  before(function () {
    if (!isChromium) this.skip();
  });

  for (const tag of RESERVED_TAGS) {
    for (const example of examples[tag] ?? []) {
      it(`${example.id}: the table matches the rendered height in English and French`, async () => {
        const box = document.createElement('div');
        box.style.cssText = 'font: 16px/1.5 system-ui, sans-serif';
        document.body.append(box);
        try {
          for (const lang of ['en', 'fr']) {
            box.setAttribute('lang', lang);
            box.innerHTML = example.html; // our own example markup
            const el = box.firstElementChild as Widget;
            await el.updateComplete;
            // As the autoloader reads them: before the element is defined (no reflected attributes yet).
            const template = document.createElement('template');
            template.innerHTML = example.html;
            const attributes = [...template.content.firstElementChild!.attributes].map((a): [string, string] => [a.name, a.value]);
            // Measured widths: exact. Between two (interpolated): within two
            // lines, or 3 % of a long widget (whose end is then far below the fold).
            for (const width of [WIDTHS[3]!, WIDTHS[7]!, WIDTHS[14]!, WIDTHS[20]!]) {
              box.style.width = `${width}px`;
              const real = el.getBoundingClientRect().height;
              expect(Math.abs(real - reservedHeight(tag, attributes, lang, width)), `${example.id} ${lang} at ${width}px: ${real}`).to.be.at.most(1);
            }
            for (const width of [310, 375, 530]) {
              box.style.width = `${width}px`;
              const real = el.getBoundingClientRect().height;
              expect(Math.abs(real - reservedHeight(tag, attributes, lang, width)), `${example.id} ${lang} at ${width}px: ${real}`).to.be.at.most(Math.max(48, real * 0.03));
            }
            // Heights follow the page's font size, roughly (borders, 44 px
            // targets, 24 px radios and the like do not scale): within two
            // lines or 10 % (the table is measured at 16 px only).
            box.style.width = `${WIDTHS[7]! * 1.25}px`;
            box.style.fontSize = '20px';
            const scaled = el.getBoundingClientRect().height;
            expect(Math.abs(scaled - reservedHeight(tag, attributes, lang, WIDTHS[7]! * 1.25, 20)), `${example.id} ${lang} at 20px font: ${scaled}`).to.be.at.most(Math.max(48, scaled * 0.1));
            box.style.fontSize = '';
          }
        } finally {
          box.remove();
        }
      });
    }
  }
});
