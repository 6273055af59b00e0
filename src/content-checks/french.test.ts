/**
 * French reviewed against the glossary (docs/glossary.md):
 * - no French string is identical to its English source, except the proper
 *   names and the reviewed same-spelling words the glossary lists;
 * - no French string uses a term the glossary says to avoid;
 * - French typography: a no-break space before « : » and inside « ».
 *
 * French strings are the targets of xliff/fr.xlf (every msg() of every
 * widget) and the French texts of the content modules (names, titles, notes).
 */
import {expect} from '@open-wc/testing';
import {CITATIONS} from '../content/citations.js';
import {DRUG_COVERAGE} from '../content/routes.js';
import {PROVINCES, PROVINCE_CODES} from '../content/provinces.js';

interface Pair {
  where: string;
  en: string;
  fr: string;
}

interface Glossary {
  /** Terms to avoid in French. */
  avoid: string[];
  /** Texts that may be the same in both languages. */
  same: Set<string>;
  /** Proper names only (a subset of `same`). */
  names: string[];
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
  return {avoid, names, same: new Set([...names, ...same])};
}

/** A source or target as text, each placeholder written `{expression}` (as in the translators' JSON files). */
function unitText(el: Element | null): string {
  if (!el) return '';
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += (node as Text).data;
    else if (node instanceof Element && node.localName === 'x') out += `{${(node.getAttribute('equiv-text') ?? '').replace(/^\$\{|\}$/g, '')}}`;
    else out += node.textContent ?? '';
  }
  return out.trim();
}

function xliffPairs(xml: string): Pair[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error('xliff/fr.xlf is not well-formed XML');
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => ({
    where: `xliff ${unit.getAttribute('id')}`,
    en: unitText(unit.getElementsByTagName('source')[0]),
    fr: unitText(unit.getElementsByTagName('target')[0] ?? null),
  }));
}

/** The French texts of the content modules, with their English. */
function contentPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const c of Object.values(CITATIONS)) {
    pairs.push({where: `citation ${c.id} publisher`, ...c.publisher}, {where: `citation ${c.id} title`, ...c.title});
  }
  for (const code of PROVINCE_CODES) {
    const p = PROVINCES[code];
    pairs.push({where: `${code} name`, ...p.name});
    for (const r of [p.healthLine, ...p.familyDoctor]) {
      if (!r) continue;
      pairs.push({where: `${code} ${r.name.en}`, ...r.name});
      for (const ph of r.phones) if (ph.note) pairs.push({where: `${code} ${ph.display} note`, ...ph.note});
    }
  }
  for (const s of DRUG_COVERAGE.sources) pairs.push({where: 'drug coverage source', ...s.name});
  return pairs;
}

function identicalNotListed(pairs: readonly Pair[], g: Glossary): string[] {
  return pairs.filter((p) => p.fr === p.en && !g.same.has(p.en)).map((p) => `${p.where}: "${p.en}"`);
}

function avoidedTerms(pairs: readonly Pair[], g: Glossary): string[] {
  const found: string[] = [];
  for (const term of g.avoid) {
    const re = new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
    for (const p of pairs) if (re.test(p.fr)) found.push(`${p.where}: "${term}" in "${p.fr}"`);
  }
  return found;
}

function typography(pairs: readonly Pair[]): string[] {
  const found: string[] = [];
  for (const p of pairs) {
    // Leave out what is code, not prose: attribute names, values and placeholders.
    const prose = p.fr.replace(/\{[^{}]*\}/g, 'X').replace(/[\w-]+="[^"]*"/g, 'X');
    if (/[^\u00a0\u202f]:(\s|$)/.test(prose)) found.push(`${p.where}: no no-break space before ":" in "${p.fr}"`);
    if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(prose)) found.push(`${p.where}: no no-break space inside « » in "${p.fr}"`);
  }
  return found;
}

describe('French reviewed against the glossary', () => {
  let glossary: Glossary;
  let xliff: Pair[];
  let content: Pair[];

  before(async () => {
    const [md, xml] = await Promise.all([
      fetch('/docs/glossary.md').then((r) => r.text()),
      fetch('/xliff/fr.xlf').then((r) => r.text()),
    ]);
    glossary = parseGlossary(md);
    xliff = xliffPairs(xml);
    content = contentPairs();
  });

  it('reads the glossary and the French strings', () => {
    expect(glossary.avoid).to.include.members(['référence', 'recommandation', 'cookie', 'deuxième opinion']);
    expect(glossary.names).to.include.members(['Canadian Medical Association', 'Ontario']);
    expect(xliff.length).to.be.greaterThan(100);
    expect(content.length).to.be.greaterThan(40);
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
    const used = new Set([...content.map((p) => p.en), ...xliff.map((p) => p.en)]);
    const allText = [...used].join('\n');
    const stale = glossary.names.filter((n) => !used.has(n) && !allText.includes(n));
    expect(stale).to.deep.equal([]);
  });

  it('no French string uses a term the glossary says to avoid', () => {
    const bad = avoidedTerms([...xliff, ...content], glossary);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('French typography: a no-break space before « : » and inside « »', () => {
    const bad = typography(xliff);
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('the checks fail on an untranslated string, an avoided term and plain spaces', () => {
    const planted: Pair[] = [
      {where: 'a', en: 'Read more', fr: 'Read more'},
      {where: 'b', en: 'Ontario', fr: 'Ontario'},
      {where: 'c', en: 'Ask for a referral', fr: 'Demandez une référence à votre médecin.'},
      {where: 'd', en: 'Cookies', fr: 'Les cookies'},
      {where: 'e', en: 'Sources:', fr: 'Sources :'},
      {where: 'f', en: 'Note: {x}', fr: 'Note\u00a0: {x}'},
    ];
    expect(identicalNotListed(planted, glossary)).to.deep.equal(['a: "Read more"']);
    expect(avoidedTerms(planted, glossary)).to.deep.equal([
      'c: "référence" in "Demandez une référence à votre médecin."',
      'd: "cookies" in "Les cookies"',
    ]);
    expect(typography(planted)).to.deep.equal(['e: no no-break space before ":" in "Sources :"']);
  });
});
