import {expect} from '@open-wc/testing';
import {citationParts, citationText, type CitationWords} from './citation-format.js';
import {CITATIONS, type Citation} from '../../content/citations.js';

const EN: CitationWords = {revised: (r) => `Revised ${r}.`, page: (p) => `Page ${p}.`, inEnglish: '(page in English)'};
const FR: CitationWords = {revised: (r) => `Révisé en ${r}.`, page: (p) => `Page ${p}.`, inEnglish: '(page en anglais)'};

/** A made-up source, to reach every rule without depending on the real data. */
const sample = (fields: Partial<Citation>): Citation => ({
  id: 'cma-code',
  publisher: {en: 'Publisher', fr: 'Éditeur'},
  title: {en: 'A title', fr: 'Un titre'},
  url: {},
  source: 'test',
  checked: '2026-01-01',
  ...fields,
});

describe('rights-explainer/citation-format', () => {
  it('publisher and title in the reader\'s language, a full stop after the title', () => {
    const p = citationParts(sample({}), 'fr', FR);
    expect([p.publisher, p.title, p.afterTitle, p.link]).to.deep.equal(['Éditeur', 'Un titre', '.', undefined]);
  });

  it('no full stop after a title that ends with its own punctuation', () => {
    expect(citationParts(sample({title: {en: 'Why?', fr: 'Pourquoi\u00a0?'}}), 'en', EN).afterTitle).to.equal('');
    expect(citationParts(sample({title: {en: 'Done.', fr: 'Fait.'}}), 'en', EN).afterTitle).to.equal('');
    expect(citationParts(sample({title: {en: 'Wow!', fr: 'Ouah!'}}), 'en', EN).afterTitle).to.equal('');
  });

  it('year, revision (month and year, in the reader\'s language) and page, each a sentence', () => {
    const c = sample({year: 2014, revised: '2023-09', page: 5});
    expect(citationParts(c, 'en', EN).afterTitle).to.equal('. 2014. Revised September 2023. Page 5.');
    expect(citationParts(c, 'fr', FR).afterTitle).to.equal('. 2014. Révisé en septembre 2023. Page 5.');
    expect(citationParts(sample({title: {en: 'Why?', fr: 'Pourquoi\u00a0?'}, year: 2014}), 'en', EN).afterTitle).to.equal(' 2014.');
  });

  it('a legal reference follows the title, in the reader\'s language, and replaces the year', () => {
    const c = sample({year: 1992, reference: {en: '[1992] 2 SCR 138', fr: '[1992] 2 R.C.S. 138'}});
    expect(citationParts(c, 'en', EN).afterTitle).to.equal(', [1992] 2 SCR 138.');
    expect(citationParts(c, 'fr', FR).afterTitle).to.equal(', [1992] 2 R.C.S. 138.');
  });

  it('links the page in the reader\'s language, else the English one and says so', () => {
    const both = sample({url: {en: 'https://example.org/en', fr: 'https://example.org/fr'}});
    expect(citationParts(both, 'fr', FR).link).to.deep.equal({href: 'https://example.org/fr', inEnglish: false});
    const en = sample({url: {en: 'https://example.org/en'}});
    expect(citationParts(en, 'fr', FR).link).to.deep.equal({href: 'https://example.org/en', inEnglish: true});
    expect(citationParts(en, 'en', EN).link).to.deep.equal({href: 'https://example.org/en', inEnglish: false});
    expect(citationText(en, 'fr', FR)).to.equal('Éditeur. Un titre. https://example.org/en (page en anglais)');
    expect(citationText(en, 'en', EN)).to.equal('Publisher. A title. https://example.org/en');
  });

  it('writes the real sources as one line of plain text', () => {
    expect(citationText(CITATIONS['cma-code'], 'en', EN)).to.equal(
      'Canadian Medical Association. Code of Ethics and Professionalism. 2018. Page 5. https://policies.cma.ca/'
    );
    expect(citationText(CITATIONS['mcinerney-macdonald'], 'en', EN)).to.equal('Supreme Court of Canada. McInerney v. MacDonald, [1992] 2 SCR 138.');
    expect(citationText(CITATIONS['mcinerney-macdonald'], 'fr', FR)).to.equal('Cour suprême du Canada. McInerney c. MacDonald, [1992] 2 R.C.S. 138.');
  });
});
