import {expect} from '@open-wc/testing';
import {formatDate, parseIsoDate, quote, quoteMarks} from './format.js';

describe('internal/format', () => {
  describe('parseIsoDate', () => {
    it('accepts only real calendar dates, as midnight UTC', () => {
      expect(parseIsoDate('2024-02-29')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
      expect(parseIsoDate('2026-12-31')?.toISOString()).to.equal('2026-12-31T00:00:00.000Z');
      for (const bad of ['2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) expect(parseIsoDate(bad), bad).to.equal(undefined);
    });

    it('accepts only the YYYY-MM-DD form, as given', () => {
      for (const bad of ['2023-2-1', '31/03/2026', '2026-03-31T00:00', 'yesterday', '', ' 2026-03-31', '2026-03-31 ']) {
        expect(parseIsoDate(bad), JSON.stringify(bad)).to.equal(undefined);
      }
    });
  });

  describe('formatDate', () => {
    const date = parseIsoDate('2026-03-01')!;

    it('writes the long Canadian date of each language', () => {
      const day = parseIsoDate('2026-03-31')!;
      expect(formatDate(day, 'en')).to.equal('March 31, 2026');
      expect(formatDate(day, 'fr')).to.equal('31 mars 2026');
      expect(formatDate(parseIsoDate('2026-11-24')!, 'fr')).to.equal('24 novembre 2026');
    });

    it('takes other fields, and always reads the date in UTC', () => {
      expect(formatDate(date, 'en', {month: 'long', year: 'numeric'})).to.equal('March 2026');
      expect(formatDate(date, 'fr', {month: 'long', year: 'numeric'})).to.equal('mars 2026');
      // Midnight UTC is still the evening before in the Americas: the day must not shift.
      expect(formatDate(new Date(Date.UTC(2026, 0, 1)), 'en')).to.equal('January 1, 2026');
    });
  });

  describe('quote', () => {
    it('uses « » with no-break spaces inside in French, “ ” in English', () => {
      expect(quote('Bonjour', 'fr')).to.equal('«\u00a0Bonjour\u00a0»');
      expect(quote('Hello', 'en')).to.equal('\u201cHello\u201d');
      expect(quoteMarks('fr')).to.deep.equal(['«\u00a0', '\u00a0»']);
      expect(quoteMarks('en')).to.deep.equal(['\u201c', '\u201d']);
    });

    it('never retouches the quoted text', () => {
      const text = "respect the patient's  request ";
      expect(quote(text, 'en')).to.equal(`\u201c${text}\u201d`);
    });
  });
});
