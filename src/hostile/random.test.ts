import {expect, fixture} from '@open-wc/testing';
import fc from 'fast-check';
import '../index.js';
import {examples} from '../examples.js';
import {HOSTILE_STRINGS} from './hostile-strings.js';
import {manifestElements} from '../test-support/manifest.js';
import {captureWarnings} from '../test-support/helpers.js';

/**
 * 7. Random input (fast-check): random values, including hostile ones, set and
 * removed in random order on every attribute of every widget, sometimes
 * several before the widget updates: never an uncaught error, never an empty
 * render. A failure prints the smallest sequence that causes it.
 */
type Widget = HTMLElement & {updateComplete: Promise<boolean>};

describe('random attribute changes', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.cookie = 'pv_consent=; Max-Age=0; Path=/';
    localStorage.clear();
  });

  for (const tag of Object.keys(examples)) {
    it(`${tag} survives random attribute sequences`, async () => {
      const meta = (await manifestElements()).find((m) => m.tagName === tag)!;
      const names = [...meta.attributes.map((a) => a.name), 'lang', 'data-x'];
      const known = meta.attributes.flatMap((a) => (a.type?.text ?? '').split('|').map((v) => v.trim().replace(/^'|'$/g, '')));
      const value = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom('', 'fr', 'en', 'fr-CA', 'ON', 'qc', '0', '7', ...known));
      const op = fc.record({name: fc.constantFrom(...names), value, remove: fc.boolean(), wait: fc.boolean()});
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(op, {minLength: 1, maxLength: 12}), async (ops) => {
            document.cookie = 'pv_consent=; Max-Age=0; Path=/';
            localStorage.clear();
            const host = await fixture<HTMLDivElement>(`<div>${examples[tag][0].html}</div>`);
            const el = host.querySelector(tag) as Widget;
            await el.updateComplete;
            for (const o of ops) {
              if (o.remove) el.removeAttribute(o.name);
              else el.setAttribute(o.name, o.value);
              if (o.wait) await el.updateComplete;
            }
            await el.updateComplete;
            await new Promise((r) => setTimeout(r, 0));
            const text = (el.shadowRoot?.textContent ?? '').trim();
            host.remove();
            return errors.length === 0 && text.length > 0;
          }),
          {numRuns: 60, seed: 20261124}
        );
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
