import {expect} from '@open-wc/testing';
import {examples} from '../examples.js';
import {until} from '../test-support/frames.js';

/**
 * 1. Strict CSP + Trusted Types: every example, in both languages, on a page
 * served with `default-src 'none'; script-src 'self'; style-src 'self'; …;
 * require-trusted-types-for 'script'` (web-test-runner.config.mjs): zero
 * violations, zero errors, the widget renders, and every button in it can be
 * pressed without a violation.
 */
type Page = Window & typeof globalThis & {__violations: string[]; __errors: string[]; __ready?: boolean};

async function openExample(tag: string, id: string, lang: string): Promise<{frame: HTMLIFrameElement; win: Page; el: HTMLElement}> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = `/test/csp/page.html?tag=${tag}&id=${id}&lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page;
  await until(() => !!win.__ready && !!win.customElements.get(tag), 5000, `${id} on the CSP page`);
  const el = win.document.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
  await el.updateComplete;
  return {frame, win, el};
}

describe('strict CSP and Trusted Types', () => {
  it('the page really enforces the policy', async () => {
    const {frame, win} = await openExample('pv-medical-disclaimer', 'disclaimer-general', 'en');
    try {
      const s = win.document.createElement('div');
      expect(() => (s.innerHTML = '<b>x</b>')).to.throw();
      await until(() => win.__violations.length === 1, 2000, 'the violation report');
      expect(win.__violations[0]).to.match(/^require-trusted-types-for/);
    } finally {
      frame.remove();
    }
  });

  for (const [tag, list] of Object.entries(examples)) {
    for (const example of list) {
      for (const lang of ['en', 'fr']) {
        it(`${example.id} (${lang}): renders and works with no violation`, async () => {
          const {frame, win, el} = await openExample(tag, example.id, lang);
          try {
            expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
            // Every button the widget shows, pressed once (then the ones it reveals).
            const pressed = new Set<Element>();
            for (let round = 0; round < 3; round++) {
              const buttons = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => !pressed.has(b) && b.getClientRects().length);
              for (const b of buttons) {
                pressed.add(b);
                b.click();
                await (el as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
              }
            }
            await new Promise((r) => setTimeout(r, 50));
            expect(win.__violations).to.deep.equal([]);
            expect(win.__errors).to.deep.equal([]);
          } finally {
            frame.remove();
          }
        });
      }
    }
  }
});
