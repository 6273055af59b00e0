/**
 * Every declared example of every widget (src/examples.ts), in English and in
 * French, in every state a reader can reach without typing (eachState:
 * disclosures open, each option of each picker, every combination of answers):
 * it renders in the language asked, with text and no console warning, and axe
 * finds no violation as rendered (disclosures closed) nor in any state.
 */
import {expect} from '@open-wc/testing';
import {allExamples, eachState} from './content-checks/rendered-text.js';
import {clearStorage, renderWidget, textOf, useTestPage} from './test-support/helpers.js';
import type {PvElement} from './internal/pv-element.js';

describe('every example, in both languages and every state (axe)', () => {
  // Storage cleared, so that a consent banner shows its first layer.
  const warnings = useTestPage(clearStorage);

  for (const {tag, example} of allExamples()) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${tag} ${example.id} (${lang})`, async function () {
        // Up to a few dozen states (the guide's answers × the province picker), axe in each.
        this.timeout(120000);
        const el = (await renderWidget(tag, example.html, lang)) as PvElement;
        expect(el.resolvedLocale).to.equal(lang);
        expect(textOf(el)).not.to.equal('');
        await expect(el.parentElement).to.be.accessible(); // as rendered, disclosures closed
        const states = await eachState(el, async (state) => {
          try {
            await expect(el.parentElement).to.be.accessible();
          } catch (e) {
            throw new Error(`state "${state}": ${e instanceof Error ? e.message : String(e)}`);
          }
        });
        expect(states).to.be.greaterThan(0);
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  }
});
