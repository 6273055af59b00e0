/**
 * Plain language, measured per state: every example of every widget, in
 * every state a reader can reach (rendered-text.ts's `eachState`: disclosures
 * open, each picker option, each set of answers, each button pressed once —
 * the consent banner's preferences dialog included — and Global Privacy
 * Control), in English and in French.
 *
 * - English: the Flesch-Kincaid grade of the state's prose sentences is 8 or
 *   lower, and no single sentence the library wrote is above grade 12.
 * - French: the state's LIX is 45 or lower (docs/readability.md).
 *
 * Prose only (rendered-text.ts's `proseOf`): not buttons, form labels,
 * headings, the widgets' short labels, phone lists, footnote marks or source
 * lists; quotations from published sources are left out too. Every figure is
 * printed in the run's output. Where a state fails, rewrite its text, not
 * this check.
 */
import {expect} from '@open-wc/testing';
import {allExamples, eachState, proseOf, textBlocks, isSourcedQuotation, type Lang} from './rendered-text.js';
import {renderWidget} from '../test-support/helpers.js';
import {count, grade, lix, sentences, words} from './readability.js';
import {QUOTATIONS} from '../content/citations.js';
import {syllable} from 'syllable';
import {examples} from '../examples.js';
import {consentTableExamples} from '../components/consent-banner/consent-banner.examples.js';

/** Canada.ca's content style guide: grade 8 or lower, for what a reader sees at once. */
export const MAX_GRADE = 8;
/** No single sentence of ours above this grade, whatever the state around it. */
export const MAX_SENTENCE_GRADE = 12;
/** LIX at or below 45: "medium" on Björnsson's scale, the plain end of it (docs/readability.md). */
export const MAX_LIX = 45;

/** The measures of one state in one language. */
interface StateScore {
  state: string;
  score: number;
  sentences: number;
}

/** English: a state's grade, and its built-in sentences above the sentence limit. */
export function englishState(prose: {sentences: string[]; builtIn: string[]}): {grade: number; hard: Array<{grade: number; text: string}>} {
  const hard = prose.builtIn
    .map((text) => ({grade: grade(count([text], syllable)), text}))
    .filter((h) => h.grade > MAX_SENTENCE_GRADE);
  return {grade: grade(count(prose.sentences, syllable)), hard};
}

async function scores(tag: string, html: string, lang: Lang, problems: string[], id: string): Promise<StateScore[]> {
  const el = await renderWidget(tag, html, lang);
  const out: StateScore[] = [];
  await eachState(el, (state) => {
    const prose = proseOf(el, html, lang, sentences);
    if (!prose.sentences.length) {
      problems.push(`${id} [${lang}] ${state}: no prose sentence measured`);
      return;
    }
    if (lang === 'en') {
      const {grade: g, hard} = englishState(prose);
      out.push({state, score: g, sentences: prose.sentences.length});
      if (g > MAX_GRADE) problems.push(`${id} [en] ${state}: grade ${g} (limit ${MAX_GRADE})\n      ${hardestOf(prose.sentences).join('\n      ')}`);
      for (const h of hard) problems.push(`${id} [en] ${state}: one sentence at grade ${h.grade} (limit ${MAX_SENTENCE_GRADE}): ${h.text}`);
    } else {
      const l = lix(prose.sentences);
      out.push({state, score: l, sentences: prose.sentences.length});
      if (l > MAX_LIX) problems.push(`${id} [fr] ${state}: LIX ${l} (limit ${MAX_LIX})\n      ${longestOf(prose.sentences).join('\n      ')}`);
    }
  });
  return out;
}

/** The hardest sentences of a state, for the report. */
function hardestOf(list: readonly string[]): string[] {
  return list
    .map((text) => ({g: grade(count([text], syllable)), text}))
    .sort((a, b) => b.g - a.g)
    .slice(0, 5)
    .map((h) => `${h.g.toFixed(1)}  ${h.text}`);
}

/** The French sentences that weigh most on a state's LIX. */
function longestOf(list: readonly string[]): string[] {
  return list
    .map((text) => ({l: lix([text]), text}))
    .sort((a, b) => b.l - a.l)
    .slice(0, 5)
    .map((h) => `${h.l.toFixed(1)}  ${h.text}`);
}

describe('plain language, every state: Flesch-Kincaid grade (English) and LIX (French)', () => {
  for (const tag of Object.keys(examples)) {
    it(`${tag}: each state at grade ${MAX_GRADE} or lower and LIX ${MAX_LIX} or lower; no sentence of ours above grade ${MAX_SENTENCE_GRADE}`, async function () {
      this.timeout(180000);
      const problems: string[] = [];
      const lines: string[] = [];
      for (const example of examples[tag]) {
        const en = await scores(tag, example.html, 'en', problems, example.id);
        const fr = await scores(tag, example.html, 'fr', problems, example.id);
        expect(fr.length, `${example.id}: the same states in both languages`).to.equal(en.length);
        const range = (l: StateScore[]) => `${Math.min(...l.map((x) => x.score)).toFixed(1)}–${Math.max(...l.map((x) => x.score)).toFixed(1)}`;
        lines.push(`    ${example.id}: ${en.length} states, grade ${range(en)}, LIX ${range(fr)}`);
        en.forEach((s, i) => lines.push(`      ${s.state}: grade ${s.score.toFixed(1)} (${s.sentences} sentences) · LIX ${fr[i].score.toFixed(1)} (${fr[i].sentences} sentences)`));
      }
      console.log(`[readability] ${tag}\n${lines.join('\n')}`);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('states outside the examples: a reviewed notice without the reviewer\'s name', async function () {
    this.timeout(30000);
    const problems: string[] = [];
    const html = '<pv-medical-disclaimer variant="reviewed" reviewed-on="2026-03-31"></pv-medical-disclaimer>';
    const en = await scores('pv-medical-disclaimer', html, 'en', problems, 'reviewed, no name');
    const fr = await scores('pv-medical-disclaimer', html, 'fr', problems, 'reviewed, no name');
    console.log(`[readability] pv-medical-disclaimer, reviewed without a name: grade ${en[0].score.toFixed(1)}, LIX ${fr[0].score.toFixed(1)}`);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the consent table\'s built-in texts (its example, and a page that lists no services)', async function () {
    this.timeout(30000);
    const problems: string[] = [];
    const lines: string[] = [];
    for (const [id, html] of [
      ...consentTableExamples.map((e) => [e.id, e.html]),
      ['consent-table, no services', '<pv-consent-table><script type="application/json">{"services": {}}</script></pv-consent-table>'],
    ]) {
      const en = await scores('pv-consent-table', html, 'en', problems, id);
      const fr = await scores('pv-consent-table', html, 'fr', problems, id);
      lines.push(`${id}: grade ${en.map((s) => s.score.toFixed(1)).join(', ')}, LIX ${fr.map((s) => s.score.toFixed(1)).join(', ')}`);
    }
    console.log(`[readability] pv-consent-table: ${lines.join('; ')}`);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('counts sentences, words and syllables by its written rules', () => {
    expect(sentences('This information was reviewed by Dr. Sam Example. Date of review: March 31, 2026.')).to.deep.equal([
      'This information was reviewed by Dr Sam Example.',
      'Date of review: March 31, 2026.',
    ]);
    expect(sentences('McInerney v. MacDonald, [1992] 2 SCR 138.')).to.have.length(1);
    expect(words('Call 811 — or 1-800-445-1822 (option 3).')).to.deep.equal(['Call', '811', 'or', '1-800-445-1822', '(option', '3).']);
    // "The cat sat on the mat." : 1 sentence, 6 words, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(count(['The cat sat on the mat.'], syllable)).to.deep.equal({sentence: 1, word: 6, syllable: 6});
    expect(grade(count(['The cat sat on the mat.'], syllable))).to.be.closeTo(-1.45, 0.051);
    // LIX: 8 words, 1 sentence, 3 words of more than six letters ("demandez", "médecin", "famille"): 8 + 100 × 3/8 = 45.5.
    // « l'avis » is two words, « l' » and « avis ».
    expect(lix(["Demandez l'avis d'un médecin de famille."])).to.equal(45.5);
    expect(lix(['Le chat dort.', 'Il fait beau.'])).to.equal(3);
  });

  it('measures prose only: buttons, labels, headings and source lists are left out', async () => {
    const routes = await renderWidget('pv-referral-options', '<pv-referral-options mode="guide"></pv-referral-options>', 'en');
    const prose = proseOf(routes, '', 'en', sentences).sentences;
    expect(prose).to.include('Answer a few questions.');
    for (const label of ['Copy', 'Start over', 'Yes', 'I am not sure', 'Do you have a family doctor?', 'How to get a second opinion', 'When it fits', 'Sources:']) {
      expect(prose, label).not.to.include(label);
    }
    const rights = await renderWidget('pv-rights-explainer', '<pv-rights-explainer></pv-rights-explainer>', 'en');
    const kept = proseOf(rights, '', 'en', sentences).sentences.join('\n');
    // Proper names count as one short word (collapseNames).
    expect(kept).to.contain('The Name has a code of ethics for doctors.');
    expect(kept).not.to.contain(QUOTATIONS['cma-second-opinion'].en);
    expect(kept).not.to.contain(QUOTATIONS['cmpa-not-a-breakdown'].en);
    expect(kept, 'the source list').not.to.contain('Code of Ethics and Professionalism. 2018.');
    // Our own sentences in <q> (what to say to the doctor) are measured.
    const say = routes.shadowRoot!.querySelector('q.say')!;
    expect(isSourcedQuotation(say)).to.equal(false);
    expect(textBlocks(routes, isSourcedQuotation).join('\n')).to.contain(say.textContent!.trim());
  });

  it('reaches the consent banner’s preferences dialog and its GPC note', async () => {
    const html = '<pv-consent-banner preview categories="functional analytics marketing"></pv-consent-banner>';
    const el = await renderWidget('pv-consent-banner', html, 'en');
    const seen = new Set<string>();
    await eachState(el, () => proseOf(el, html, 'en', sentences).sentences.forEach((s) => seen.add(s)));
    expect([...seen].join('\n')).to.contain('Data collected: The pages you open and the buttons you press.');
    expect([...seen].join('\n')).to.contain('Global Privacy Control');
  });

  it('fails a state above its limits and a sentence above grade 12 (the check can fail)', () => {
    // A sentence of the kind the consent dialog had before its rewrite: one 40-word list.
    const before =
      'Data collected: The pages you open and the buttons you press; the type and version of your operating system and browser; your type of device and its screen resolution; the site or advertisement you came from; your approximate location and IP address.';
    const r = englishState({sentences: [before, 'You can change your mind.'], builtIn: [before]});
    expect(r.grade).to.be.greaterThan(MAX_GRADE);
    expect(r.hard.map((h) => h.text)).to.deep.equal([before]);
    // A partner's own sentence counts in the state, not against the sentence limit.
    expect(englishState({sentences: [before], builtIn: []}).hard).to.deep.equal([]);
    expect(
      lix([
        "L'établissement transmettra les renseignements pertinents du dossier médical, conformément aux dispositions réglementaires applicables.",
      ])
    ).to.be.greaterThan(MAX_LIX);
  });

  it('covers every declared example', () => {
    expect(allExamples().length).to.equal(Object.values(examples).reduce((n, l) => n + l.length, 0));
    expect(Object.keys(examples)).to.include.members(['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options', 'pv-consent-banner']);
  });
});
