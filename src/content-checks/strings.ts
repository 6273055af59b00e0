/**
 * The strings of both languages, read where they are kept: the `msg()`
 * sources and their French targets in xliff/fr.xlf (served by the test
 * server), and the English and French texts of the content modules.
 */
import {CITATIONS, QUOTATIONS} from '../content/citations.js';
import {DRUG_COVERAGE} from '../content/routes.js';
import {PROVINCES, PROVINCE_CODES} from '../content/provinces.js';
import {allResources} from './rendered-text.js';

/** One text in both languages, and where it is kept. */
export interface Pair {
  where: string;
  en: string;
  fr: string;
  /** The XLIFF unit's id, for `msg()` strings. */
  id?: string;
}

/** A source or target as text, each placeholder written `{expression}` (as in the translators' JSON files). */
function unitText(el: Element | null): string {
  if (!el) return '';
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).localName === 'x') out += `{${((node as Element).getAttribute('equiv-text') ?? '').replace(/^\$\{|\}$/g, '')}}`;
    else out += node.textContent ?? '';
  }
  return out.trim();
}

/** Every `msg()` string of xliff/fr.xlf: its English source and French target. */
export function xliffPairs(xml: string): Pair[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error('xliff/fr.xlf is not well-formed XML');
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => ({
    where: `xliff ${unit.getAttribute('id')}`,
    id: unit.getAttribute('id') ?? undefined,
    en: unitText(unit.getElementsByTagName('source')[0]),
    fr: unitText(unit.getElementsByTagName('target')[0] ?? null),
  }));
}

/** xliff/fr.xlf as served to the tests. */
export async function loadXliff(): Promise<Pair[]> {
  return xliffPairs(await (await fetch('/xliff/fr.xlf')).text());
}

/** The French texts of the content modules, with their English: names, notes, descriptions, references, our translations of quotations. */
export function contentPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const c of Object.values(CITATIONS)) {
    pairs.push({where: `citation ${c.id} publisher`, ...c.publisher}, {where: `citation ${c.id} title`, ...c.title});
    if (c.reference) pairs.push({where: `citation ${c.id} reference`, ...c.reference});
  }
  for (const q of Object.values(QUOTATIONS)) {
    // Only our own renderings: a publisher's French is quoted as it is.
    if (q.fr?.translated) pairs.push({where: `quotation ${q.id} (our translation)`, en: q.en, fr: q.fr.text});
  }
  for (const code of PROVINCE_CODES) {
    const p = PROVINCES[code];
    pairs.push({where: `${code} name`, ...p.name});
    for (const n of p.notes ?? []) pairs.push({where: `${code} note ${n.id}`, ...n.text});
  }
  for (const {where, r} of allResources()) {
    pairs.push({where: `${where} name`, ...r.name});
    if (r.about) pairs.push({where: `${where} about`, ...r.about});
    for (const ph of r.phones) if (ph.note) pairs.push({where: `${where} ${ph.display} note`, ...ph.note});
  }
  for (const s of DRUG_COVERAGE.sources) pairs.push({where: 'drug coverage source', ...s.name});
  return pairs;
}
