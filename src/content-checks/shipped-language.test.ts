/**
 * The language that ships, checked in the rendered text (not in the XLIFF):
 * every example of every widget, in every state a reader can reach
 * (rendered-text.ts's `eachState`), in French and in English, from the
 * source modules and from the CDN build's files (`dist/cdn/`: each widget's
 * own file, where each widget's French lives, and the one-file bundle).
 *
 * - A French page shows no English source string of a `msg()` and no English
 *   text of the content modules, outside elements marked `lang="en"` (the
 *   English original shown after our translation of a quotation). Nor the
 *   word "Canadian": every organization it names has a French name (§8.2).
 * - An English page shows no French target and no French text of the content
 *   modules, outside elements marked `lang="fr"`.
 *
 * Texts that are the same in both languages (proper names, « Sources »…) are
 * not looked for. A string of one or two words counts only as a whole block
 * (a button "Copy", a label "I am not sure"); longer ones anywhere in a block.
 */
import {expect} from '@open-wc/testing';
import {allExamples, blocksOf, eachState, renderInFrame, type Lang, type RenderedWidget} from './rendered-text.js';
import {renderWidget} from '../test-support/helpers.js';
import {contentPairs, loadXliff, type Pair} from './strings.js';

/** A text of one language to look for in the other's pages. */
interface Probe {
  text: string;
  where: string;
  re: RegExp;
}

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of one string: its placeholders (`{expr}`) match any text. */
export function probeOf(text: string, where: string): Probe | undefined {
  const parts = norm(text).split(/\{[^{}]*\}/);
  const words = parts.join(' ').match(/\p{L}+/gu) ?? [];
  if (!words.length) return undefined;
  const body = parts.map(escape).join('[\\s\\S]+?');
  const re = words.length < 3 ? new RegExp(`^${body}$`, 'u') : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
  return {text, where, re};
}

/** The probes for pages in `lang`: the other language's texts that differ from their translation. */
export function probesFor(lang: Lang, pairs: readonly Pair[]): Probe[] {
  const other = lang === 'fr' ? 'en' : 'fr';
  const probes = pairs
    .filter((p) => p.en && p.fr && norm(p.en) !== norm(p.fr))
    .map((p) => probeOf(p[other], p.where))
    .filter((p): p is Probe => !!p);
  // "Canadian" names an organization in English: in French, each has its French name.
  if (lang === 'fr') probes.push({text: 'Canadian', where: 'the English "Canadian"', re: /(?<![\p{L}])Canadian(?![\p{L}])/u});
  return probes;
}

/** The blocks of text of one state that are in the page's language (elements marked with another `lang` are left out). */
function pageText(el: Element, lang: Lang): string[] {
  const other = (e: Element) => {
    const l = e.getAttribute('lang');
    return !!l && !l.toLowerCase().startsWith(lang);
  };
  return blocksOf(el, other).map((b) => norm(b.text));
}

/** The other language's strings found in these blocks. */
export function leaks(blocks: readonly string[], probes: readonly Probe[]): string[] {
  const found: string[] = [];
  for (const block of blocks) for (const p of probes) if (p.re.test(block)) found.push(`"${p.text}" (${p.where}) in "${block}"`);
  return found;
}

/**
 * Messages that lit-localize's `src/generated/locales/fr.ts` has and no
 * per-widget French table (scripts/split-locales.mjs) holds, as
 * `id "English"`: a French page would show their English.
 */
async function missingFromTables(xliff: readonly Pair[]): Promise<string[]> {
  const text = async (path: string) => (await fetch(path)).text();
  // The test server serves these modules compiled: keys may be quoted either way, or not at all.
  const all = [...(await text('/src/generated/locales/fr.ts')).matchAll(/["'](s[0-9a-f]{16})["']\s*:/g)].map((m) => m[1]);
  const internal = await text('/src/generated/locales/fr/internal.ts');
  const keyLength = Number(/keyLength = (\d+)/.exec(internal)?.[1] ?? 16);
  const tables = await Promise.all(
    ['internal', 'consent-banner', 'consent-banner-first', 'consent-services-view', 'medical-disclaimer', 'referral-options', 'rights-explainer'].map((w) => text(`/src/generated/locales/fr/${w}.ts`))
  );
  const kept = new Set(tables.flatMap((t) => [...t.matchAll(/(?<![\w$])["']?(s[0-9a-f]{4,16})["']?\s*:\s*(?:str)?`/g)].map((m) => m[1])));
  expect(all.length, 'messages read from fr.ts').to.be.greaterThan(150);
  return all.filter((id) => !kept.has(id.slice(0, keyLength + 1))).map((id) => `${id} "${xliff.find((p) => p.id === id)?.en ?? '?'}"`);
}

describe('the language that ships: no English in French pages, no French in English pages', () => {
  let pairs: Pair[];
  let xliff: Pair[];

  before(async () => {
    xliff = await loadXliff();
    pairs = [...xliff, ...contentPairs()];
  });

  /** Renders with `render`, walks every state, and returns what leaked. */
  async function check(
    lang: Lang,
    render: (tag: string, html: string) => Promise<{el: RenderedWidget; dispose?: () => void}>,
    probes: Probe[]
  ): Promise<{problems: string[]; states: number}> {
    const problems: string[] = [];
    let states = 0;
    for (const {tag, example} of allExamples()) {
      const {el, dispose} = await render(tag, example.html);
      try {
        states += await eachState(el, (state) => {
          for (const l of leaks(pageText(el, lang), probes)) problems.push(`${example.id} [${lang}] ${state}: ${l}`);
        });
      } finally {
        dispose?.();
      }
    }
    return {problems: [...new Set(problems)], states};
  }

  it('the per-widget French tables hold every message of lit-localize’s output', async () => {
    const missing = await missingFromTables(xliff);
    expect(missing, missing.join('\n')).to.deep.equal([]);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`source modules, every example, every state (${lang})`, async function () {
      this.timeout(240000);
      const probes = probesFor(lang, pairs);
      expect(probes.length).to.be.greaterThan(150);
      const {problems, states} = await check(lang, async (tag, html) => ({el: await renderWidget(tag, html, lang)}), probes);
      expect(states).to.be.greaterThan(60);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it(`CDN build, each widget's own file, every example, every state (${lang})`, async function () {
      this.timeout(300000);
      const head = await fetch('/dist/cdn/referral-options.js', {method: 'HEAD'});
      expect(head.ok, 'dist/cdn/ is missing: run `npm run build`').to.equal(true);
      const probes = probesFor(lang, pairs);
      const {problems} = await check(lang, (tag, html) => renderInFrame(`/dist/cdn/${tag.slice(3)}.js`, tag, html, lang), probes);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('CDN build, the one-file bundle, every example, every state (fr)', async function () {
    this.timeout(300000);
    const probes = probesFor('fr', pairs);
    const {problems} = await check('fr', (tag, html) => renderInFrame('/dist/cdn/patient-voice.js', tag, html, 'fr'), probes);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('finds an English string in a French page, and French in an English page (the check can fail)', () => {
    const planted: Pair[] = [
      {where: 'a', en: 'I am not sure', fr: 'Je ne sais pas'},
      {where: 'b', en: 'Your routes were updated. First: {first}.', fr: 'Vos parcours ont été mis à jour. En premier\u00a0: {first}.'},
      {where: 'c', en: 'Sources', fr: 'Sources'},
      {where: 'd', en: 'Copy', fr: 'Copier'},
    ];
    const fr = probesFor('fr', planted);
    expect(
      leaks(['I am not sure', 'Your routes were updated. First: Demander à votre médecin de famille.', 'Sources', 'Copy that', 'la Canadian Cancer Society'], fr)
    ).to.deep.equal([
      '"I am not sure" (a) in "I am not sure"',
      '"Your routes were updated. First: {first}." (b) in "Your routes were updated. First: Demander à votre médecin de famille."',
      '"Canadian" (the English "Canadian") in "la Canadian Cancer Society"',
    ]);
    expect(leaks(['Vos parcours ont été mis à jour. En premier : Ask your family doctor.', 'Copier', 'Sources'], probesFor('en', planted))).to.deep.equal([
      '"Vos parcours ont été mis à jour. En premier\u00a0: {first}." (b) in "Vos parcours ont été mis à jour. En premier : Ask your family doctor."',
      '"Copier" (d) in "Copier"',
    ]);
  });

  it('leaves out elements marked with the other language', async () => {
    const el = await renderWidget('pv-rights-explainer', '<pv-rights-explainer></pv-rights-explainer>', 'fr');
    const original = el.shadowRoot!.querySelector('.translation-note q[lang="en"]');
    expect(original, 'the English original of the CMA sentence').to.not.equal(null);
    expect(pageText(el, 'fr').join('\n')).not.to.contain('respect the patient');
  });
});
