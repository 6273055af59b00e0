import {expect} from '@open-wc/testing';
import {pick, type Bilingual} from './bilingual.js';
import {PROVINCES} from '../content/provinces.js';

describe('internal/bilingual', () => {
  it('pick() reads the value of the language asked for', () => {
    const text: Bilingual = {en: 'Sources', fr: 'Références'};
    expect(pick(text, 'en')).to.equal('Sources');
    expect(pick(text, 'fr')).to.equal('Références');
  });

  it('works for any kind of value', () => {
    const marks: Bilingual<readonly [string, string]> = {en: ['\u201c', '\u201d'], fr: ['«', '»']};
    expect(pick(marks, 'fr')).to.equal(marks.fr);
    const counts: Bilingual<number> = {en: 1, fr: 2};
    expect(pick(counts, 'en')).to.equal(1);
  });

  it('reads the content modules, which use the same type', () => {
    expect(pick(PROVINCES.QC.name, 'en')).to.equal('Quebec');
    expect(pick(PROVINCES.QC.name, 'fr')).to.equal('Québec');
  });
});
