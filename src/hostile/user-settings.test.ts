import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../index.js';
import {examples} from '../examples.js';
import {deepElements} from '../test-support/manifest.js';
import {openDisclosures, renderWidget} from '../test-support/helpers.js';

/**
 * 6. User settings: forced colours and reduced motion, every example.
 * Chromium emulates them through the DevTools protocol (the pv-media-features
 * command). Firefox's driver cannot; there this file runs in a second Firefox
 * started with those settings as preferences (the "firefox-user-settings"
 * group in web-test-runner.config.mjs), and the plain Firefox run skips it.
 */
const all = Object.entries(examples).flatMap(([tag, list]) => list.map((e) => ({tag, ...e})));

/** Emulates a media feature; true when it is in effect (emulated, or set by the browser's own settings). */
async function emulate(name: string, value: string): Promise<boolean> {
  const emulated = await executeServerCommand<boolean, {features: unknown[]}>('pv-media-features', {features: [{name, value}]});
  return emulated || matchMedia(`(${name}: ${value})`).matches;
}



describe('user settings', () => {
  describe('forced colours', () => {
    afterEach(() => emulate('forced-colors', 'none'));
    for (const ex of all) {
      it(`${ex.id}: every control stays visible`, async function () {
        if (!(await emulate('forced-colors', 'active'))) this.skip();
        const el = await renderWidget(ex.tag, ex.html, 'en');
        await openDisclosures(el);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, a, summary')) {
          if (!c.getClientRects().length || c.closest('.visually-hidden')) continue;
          const s = getComputedStyle(c);
          const r = c.getBoundingClientRect();
          expect(r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0', `<${c.localName}> visible`).to.equal(true);
          if (c.localName === 'button') {
            const bordered = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
            expect(bordered, `button "${c.textContent!.trim()}" has a visible border in forced colours`).to.equal(true);
          }
        }
      });
    }
  });

  describe('reduced motion', () => {
    afterEach(() => emulate('prefers-reduced-motion', 'no-preference'));
    for (const ex of all) {
      it(`${ex.id}: no transition or animation`, async function () {
        if (!(await emulate('prefers-reduced-motion', 'reduce'))) this.skip();
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        const el = await renderWidget(ex.tag, ex.html, 'en');
        await openDisclosures(el);
        for (const node of [el, ...deepElements(el.shadowRoot!)]) {
          const s = getComputedStyle(node);
          const longest = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
          expect(longest(s.transitionDuration), `<${node.localName}> transition`).to.equal(0);
          expect(s.animationName === 'none' || longest(s.animationDuration) === 0, `<${node.localName}> animation`).to.equal(true);
        }
      });
    }
  });
});
