/**
 * One French style, as docs/glossary.md writes it down, checked on every
 * French string: the targets of xliff/fr.xlf (every msg() of every widget),
 * the French texts of the content modules (names, notes, descriptions,
 * references, our translations of quotations) and the French attributes of
 * the declared examples (`org-fr`, `reviewed-by-fr`).
 *
 * - no French string is identical to its English source, except the proper
 *   names and the reviewed same-spelling words the glossary lists;
 * - no French string uses a term the glossary says to avoid, or the English
 *   name of an organization that has an official French name;
 * - one apostrophe (the straight one); Quebec spacing (a no-break space
 *   before « : » and inside « », none before « ; ? ! »); epicene wording
 *   or full pairs, feminine first; « Dre », « Dr » without a period.
 *
 * What ships (the rendered text) is checked by shipped-language.test.ts.
 */
import {expect} from '@open-wc/testing';
import {contentPairs, loadXliff, type Pair} from './strings.js';
import {examples} from '../examples.js';
import {FRENCH_DOCS, LABELS, TEXT} from '../../demo/builder-text.js';

interface Glossary {
  /** Terms to avoid in French. */
  avoid: string[];
  /** Texts that may be the same in both languages. */
  same: Set<string>;
  /** Proper names only (a subset of `same`). */
  names: string[];
  /** Official French names, with their English. */
  official: Array<{en: string; fr: string}>;
}

/** The rows of the first Markdown table after the heading `## title`, as cells. */
function tableRows(markdown: string, title: string): string[][] {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/glossary.md has no "## ${title}" section`);
  const rest = markdown.slice(start + title.length + 5);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .slice(1) // the header row
    .map((l) =>
      l
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
    );
}

function parseGlossary(markdown: string): Glossary {
  const terms = tableRows(markdown, 'Terms');
  const avoid = terms.flatMap((cells) => [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  const names = tableRows(markdown, 'Proper names').map((c) => c[0]);
  const same = tableRows(markdown, 'Same in both languages').map((c) => c[0]);
  const official = tableRows(markdown, 'Official French names').map((c) => ({en: c[0], fr: c[1]}));
  return {avoid, names, same: new Set([...names, ...same]), official};
}

/** The French attributes of the declared examples (a partner's own French, shown as given). */
function examplePairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const list of Object.values(examples)) {
    for (const ex of list) {
      for (const m of ex.html.matchAll(/\s([a-z-]+)-fr="([^"]*)"/g)) {
        const en = new RegExp(`\\s${m[1]}="([^"]*)"`).exec(ex.html)?.[1] ?? '';
        pairs.push({where: `example ${ex.id} ${m[1]}-fr`, en, fr: m[2]});
      }
    }
  }
  return pairs;
}

/** The embed builder's French: its interface, labels and the French of the manifest's descriptions. */
function builderPairs(): Pair[] {
  const pairs: Pair[] = Object.entries(TEXT.fr).map(([key, fr]) => ({where: `builder ${key}`, en: TEXT.en[key as keyof typeof TEXT.en], fr}));
  for (const [name, l] of Object.entries(LABELS)) pairs.push({where: `builder label ${name}`, en: l.en, fr: l.fr});
  for (const [tag, docs] of Object.entries(FRENCH_DOCS)) {
    pairs.push({where: `builder ${tag} summary`, en: '', fr: docs.summary});
    for (const [name, a] of Object.entries(docs.attributes)) {
      pairs.push({where: `builder ${tag} ${name}`, en: '', fr: a.description});
      for (const [value, fr] of Object.entries(a.choices ?? {})) pairs.push({where: `builder ${tag} ${name}=${value}`, en: '', fr});
    }
  }
  return pairs;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (term: string, flags = 'iu') => new RegExp(`(?<![\\p{L}])${escape(term)}(?![\\p{L}])`, flags);

export function identicalNotListed(pairs: readonly Pair[], g: Glossary): string[] {
  return pairs.filter((p) => p.fr === p.en && !g.same.has(p.en)).map((p) => `${p.where}: "${p.en}"`);
}

export function avoidedTerms(pairs: readonly Pair[], g: Glossary): string[] {
  const found: string[] = [];
  for (const term of g.avoid) {
    const re = word(term);
    // `code` (attribute values in the builder's Markdown) is not French prose.
    for (const p of pairs) if (re.test(p.fr.replace(/`[^`]*`/g, 'X'))) found.push(`${p.where}: "${term}" in "${p.fr}"`);
  }
  return found;
}

/** English official names in French strings (the name the French must use instead). */
export function englishNames(pairs: readonly Pair[], g: Glossary): string[] {
  const found: string[] = [];
  for (const {en, fr} of g.official) {
    const re = word(en, 'u');
    for (const p of pairs) if (re.test(p.fr)) found.push(`${p.where}: "${en}" in "${p.fr}" (French: « ${fr} »)`);
  }
  return found;
}

/** What is code, not prose: attribute names and values, placeholders, `code` (the builder's Markdown). */
const prose = (fr: string) =>
  fr
    .replace(/\{[^{}]*\}/g, 'X')
    .replace(/[\w-]+="[^"]*"/g, 'X')
    .replace(/`[^`]*`/g, 'X');

/** The style rules of the glossary's "One French style", each a problem message. */
export function styleProblems(pairs: readonly Pair[]): string[] {
  const found: string[] = [];
  const rules: Array<[RegExp, string]> = [
    [/\u2019/, 'a typographic apostrophe (’): the style uses the straight one'],
    [/[ \u00a0\u202f][;?!]/, 'a space before « ; », « ? » or « ! » (Quebec usage: none)'],
    [/[^\u00a0]:(\s|$)/, 'no no-break space before « : »'],
    [/«(?!\u00a0)|(?<!\u00a0)»/, 'no no-break space inside « »'],
    // Pairs: feminine first, in full.
    [/(?<![\p{L}])(un|le|du|au|il|ils|celui|ceux|aucun|tous|d'un)\s+ou\s+(une|la|de la|à la|elle|elles|celle|celles|aucune|toutes|d'une)(?![\p{L}])/iu, 'a pair in the masculine-first order'],
    [/(?<![\p{L}])(\p{L}{3,})\s+ou\s+(?:une\s+|la\s+|d'une\s+)?\1(e|le|ne|se|te)(?![\p{L}])/iu, 'a pair of nouns or adjectives in the masculine-first order'],
    [/(?<![\p{L}])(\p{L}+)(er|eur)\s+ou\s+(?:une\s+|la\s+|d'une\s+)?\1(ère|euse|rice)(?![\p{L}])/iu, 'a pair of nouns in the masculine-first order'],
    [/\p{L}\((e|le|ne|se|te|es)\)|\p{L}·e/u, 'a shortened pair (« (e) », « ·e »): write both words in full'],
    [/(?<![\p{L}])Dre?\./u, '« Dr. » or « Dre. »: no period'],
  ];
  for (const p of pairs) {
    const text = prose(p.fr);
    for (const [re, what] of rules) if (re.test(text)) found.push(`${p.where}: ${what} in "${p.fr}"`);
  }
  return found;
}

describe('French reviewed against the glossary', () => {
  let glossary: Glossary;
  let xliff: Pair[];
  let content: Pair[];
  let all: Pair[];

  before(async () => {
    const md = await fetch('/docs/glossary.md').then((r) => r.text());
    glossary = parseGlossary(md);
    xliff = await loadXliff();
    content = contentPairs();
    // The builder's French is checked for terms, names and style (not for
    // words the same in both languages: it is for editors, not patients).
    all = [...xliff, ...content, ...examplePairs(), ...builderPairs()];
  });

  it('reads the glossary and the French strings', () => {
    expect(glossary.avoid).to.include.members(['référence', 'recommandation', 'cookie', 'deuxième opinion', 'Désolé', 'assurance maladie privée']);
    expect(glossary.names).to.include.members(['CanCertainty', 'Ontario']);
    expect(glossary.official.map((o) => o.fr)).to.include.members(['Association médicale canadienne', 'Cour suprême du Canada', 'Accès Soins']);
    expect(xliff.length).to.be.greaterThan(100);
    expect(content.length).to.be.greaterThan(60);
    expect(examplePairs().map((p) => p.where)).to.include('example disclaimer-reviewed reviewed-by-fr');
  });

  it('every English string in xliff/fr.xlf has a French target', () => {
    expect(xliff.filter((p) => !p.fr).map((p) => `${p.where}: "${p.en}"`)).to.deep.equal([]);
  });

  it('no French target is identical to its English source, except the names and words the glossary lists', () => {
    const bad = identicalNotListed(xliff, glossary);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('no French text of the content modules is identical to its English, except the names and words the glossary lists', () => {
    const bad = identicalNotListed(content, glossary);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('every proper name the glossary lists is one the widgets use (the list stays honest)', () => {
    const used = [...content.map((p) => p.en), ...xliff.map((p) => p.en)].join('\n');
    expect(glossary.names.filter((n) => !used.includes(n))).to.deep.equal([]);
  });

  it('every official French name the glossary lists is used in French (the list stays honest)', () => {
    const used = all.map((p) => p.fr).join('\n');
    expect(glossary.official.filter((o) => !used.includes(o.fr)).map((o) => o.fr)).to.deep.equal([]);
  });

  it('no French string uses a term the glossary says to avoid', () => {
    const bad = avoidedTerms(all, glossary);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('no French string uses the English name of an organization, program or case that has an official French name', () => {
    const bad = englishNames(all, glossary);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('one French style: apostrophe, Quebec spacing, epicene wording and pairs feminine first, « Dre/Dr » without a period', () => {
    const bad = styleProblems(all);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('the checks fail on an untranslated string, an avoided term, an English name and each style rule', () => {
    const planted: Pair[] = [
      {where: 'a', en: 'Read more', fr: 'Read more'},
      {where: 'b', en: 'Ontario', fr: 'Ontario'},
      {where: 'c', en: 'Ask for a referral', fr: 'Demandez une référence à votre médecin.'},
      {where: 'd', en: 'Cookies', fr: 'Les cookies'},
      {where: 'e', en: 'Sources:', fr: 'Sources :'},
      {where: 'f', en: 'Note: {x}', fr: 'Note\u00a0: {x}'},
      {where: 'g', en: 'The Canadian Cancer Society says:', fr: 'La Canadian Cancer Society dit\u00a0:'},
      {where: 'h', en: "It's", fr: 'C’est'},
      {where: 'i', en: 'Why?', fr: 'Pourquoi ?'},
      {where: 'j', en: 'a specialist', fr: 'un ou une spécialiste'},
      {where: 'k', en: 'a professional', fr: 'un professionnel ou une professionnelle'},
      {where: 'l', en: 'a nurse', fr: 'un infirmier ou une infirmière'},
      {where: 'm', en: 'Dr. Sam', fr: 'Dre. Sam'},
      {where: 'n', en: 'Sorry', fr: 'Désolé, ça ne marche pas.'},
      {where: 'o', en: 'a professional', fr: 'une ou un professionnel(le)'},
      {where: 'p', en: 'fine', fr: "Une ou un spécialiste, une professionnelle ou un professionnel, d'une ou d'un médecin\u00a0: «\u00a0oui\u00a0»?"},
    ];
    expect(identicalNotListed(planted, glossary)).to.deep.equal(['a: "Read more"']);
    expect(avoidedTerms(planted, glossary).sort()).to.deep.equal([
      'c: "référence" in "Demandez une référence à votre médecin."',
      'd: "cookies" in "Les cookies"',
      'g: "Canadian" in "La Canadian Cancer Society dit\u00a0:"',
      'n: "Désolé" in "Désolé, ça ne marche pas."',
      'o: "professionnel(le)" in "une ou un professionnel(le)"',
      'o: "une ou un professionnel" in "une ou un professionnel(le)"',
    ]);
    expect(englishNames(planted, glossary)).to.deep.equal(['g: "Canadian Cancer Society" in "La Canadian Cancer Society dit\u00a0:" (French: « Société canadienne du cancer »)']);
    expect(styleProblems(planted)).to.deep.equal([
      'e: no no-break space before « : » in "Sources :"',
      'h: a typographic apostrophe (’): the style uses the straight one in "C’est"',
      'i: a space before « ; », « ? » or « ! » (Quebec usage: none) in "Pourquoi ?"',
      'j: a pair in the masculine-first order in "un ou une spécialiste"',
      'k: a pair of nouns or adjectives in the masculine-first order in "un professionnel ou une professionnelle"',
      'l: a pair of nouns in the masculine-first order in "un infirmier ou une infirmière"',
      'm: « Dr. » or « Dre. »: no period in "Dre. Sam"',
      'o: a shortened pair (« (e) », « ·e »): write both words in full in "une ou un professionnel(le)"',
    ]);
  });
});
