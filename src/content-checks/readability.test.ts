/**
 * Plain language, measured: the Flesch-Kincaid grade of the English text of
 * every widget, as rendered from its declared examples, must be 8 or lower.
 *
 * What is measured: the shadow DOM text of every example in every state a
 * reader can reach (disclosures open, each picker option, each set of
 * answers), each distinct block once per widget. What is left out: the
 * quotations from published sources (`q`/`blockquote` holding a quotation of
 * the citations module), and only they. Grades are printed in the run's
 * output. Where a widget fails, rewrite its text, not this check.
 */
import {expect} from '@open-wc/testing';
import {allExamples, eachState, isSourcedQuotation, textBlocks} from './rendered-text.js';
import {renderWidget} from '../test-support/helpers.js';
import {count, grade, hardest, sentences, words} from './readability.js';
import {QUOTATIONS} from '../content/citations.js';
import {syllable as syllableOf} from 'syllable';
import {examples} from '../examples.js';

/** Canada.ca's content style guide: grade 8 or lower. */
const MAX_GRADE = 8;

async function englishBlocks(tag: string, html: string): Promise<{blocks: string[]; states: number}> {
  const el = await renderWidget(tag, html, 'en');
  const seen = new Set<string>();
  const states = await eachState(el, () => {
    for (const b of textBlocks(el, isSourcedQuotation)) seen.add(b);
  });
  return {blocks: [...seen], states};
}

describe('plain language: Flesch-Kincaid grade of every widget (English)', () => {
  for (const tag of Object.keys(examples)) {
    it(`${tag}: grade ${MAX_GRADE} or lower`, async function () {
      this.timeout(60000);
      const syllable = syllableOf;
      const widget = new Set<string>();
      const lines: string[] = [];
      for (const example of examples[tag]) {
        const {blocks, states} = await englishBlocks(tag, example.html);
        expect(blocks.length, `${example.id} renders no text`).to.be.greaterThan(0);
        blocks.forEach((b) => widget.add(b));
        const c = count(blocks, syllable);
        lines.push(`    ${example.id}: grade ${grade(c).toFixed(1)} (${c.sentence} sentences, ${c.word} words, ${states} states)`);
      }
      const blocks = [...widget];
      const c = count(blocks, syllable);
      const g = grade(c);
      console.log(`[readability] ${tag}: grade ${g.toFixed(1)} (${c.sentence} sentences, ${c.word} words, ${c.syllable} syllables)\n${lines.join('\n')}`);
      if (g > MAX_GRADE) {
        console.log(`[readability] ${tag}: hardest sentences\n${hardest(blocks, syllable).map((h) => `    ${h.grade.toFixed(1)}  ${h.text}`).join('\n')}`);
      }
      expect(g, `${tag} reads at grade ${g}`).to.be.at.most(MAX_GRADE);
    });
  }

  it('counts sentences, words and syllables by its written rules', async () => {
    const syllable = syllableOf;
    expect(sentences('This information was reviewed by Dr. Sam Example. Date of review: March 31, 2026.')).to.deep.equal([
      'This information was reviewed by Dr Sam Example.',
      'Date of review: March 31, 2026.',
    ]);
    expect(sentences('McInerney v. MacDonald, [1992] 2 SCR 138.')).to.have.length(1);
    expect(words('Call 811 — or 1-800-445-1822 (option 3).')).to.deep.equal(['Call', '811', 'or', '1-800-445-1822', '(option', '3).']);
    // "The cat sat on the mat." : 1 sentence, 6 words, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(count(['The cat sat on the mat.'], syllable)).to.deep.equal({sentence: 1, word: 6, syllable: 6});
    expect(grade(count(['The cat sat on the mat.'], syllable))).to.be.closeTo(-1.45, 0.051);
    // A heading or a button ends a sentence of its own.
    expect(count(['Before and after the appointment', 'Copy'], syllable).sentence).to.equal(2);
    // The check can fail: a sentence of the kind the medical disclaimer had before its rewrite.
    expect(grade(count(['It is general information, not a substitute for professional medical advice, diagnosis or treatment.'], syllable))).to.be.greaterThan(
      MAX_GRADE
    );
  });

  it('leaves out the quotations of published sources, and only them', async () => {
    const rights = await renderWidget('pv-rights-explainer', '<pv-rights-explainer></pv-rights-explainer>', 'en');
    const kept = textBlocks(rights, isSourcedQuotation).join('\n');
    expect(kept).to.contain('The Canadian Medical Association has a code of ethics for doctors.');
    expect(kept).not.to.contain(QUOTATIONS['cma-second-opinion'].en);
    expect(kept).not.to.contain(QUOTATIONS['cmpa-not-a-breakdown'].en);
    expect(kept).not.to.contain(QUOTATIONS['ccs-anytime'].en);
    // Our own sentences in <q> (what to say to the doctor) are measured.
    const routes = await renderWidget('pv-referral-options', '<pv-referral-options></pv-referral-options>', 'en');
    const say = routes.shadowRoot!.querySelector('q.say')!;
    expect(isSourcedQuotation(say)).to.equal(false);
    expect(textBlocks(routes, isSourcedQuotation).join('\n')).to.contain(say.textContent!.trim());
  });

  it('covers every declared example', () => {
    expect(allExamples().length).to.equal(Object.values(examples).reduce((n, l) => n + l.length, 0));
    expect(Object.keys(examples)).to.include.members(['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options', 'pv-consent-banner']);
  });
});
