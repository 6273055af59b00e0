import {expect} from '@open-wc/testing';
import {isComplete, orderRoutes, type GuideAnswers} from './guide.js';
import {GUIDE_TABLE} from './guide.cases.js';
import {ROUTES, ROUTE_IDS, BEFORE_TIPS, AFTER_TIPS, DRUG_COVERAGE} from '../../content/routes.js';
import {PROVINCES, PROVINCE_CODES, shownResources} from '../../content/provinces.js';
import {readPartnerData, type PartnerProblem} from './partner-data.js';


const flat = (answers: GuideAnswers, allowed?: Parameters<typeof orderRoutes>[1]) =>
  orderRoutes(answers, allowed)
    ?.map((s) => `${s.route}:${s.reason}`)
    .join(' ');

describe('referral guide ordering (pure)', () => {
  for (const [answers, expected] of GUIDE_TABLE) {
    it(`orders ${JSON.stringify(answers)}`, () => {
      expect(flat(answers)).to.equal(expected);
    });
  }

  it('every combination lists each route exactly once', () => {
    for (const [answers] of GUIDE_TABLE) {
      expect([...orderRoutes(answers)!.map((s) => s.route)].sort()).to.deep.equal([...ROUTE_IDS].sort());
    }
  });

  it('the opinion answer is ignored without a family doctor', () => {
    expect(flat({familyDoctor: 'no', opinion: 'family-doctor', insurance: 'no'})).to.equal(flat({familyDoctor: 'no', insurance: 'no'}));
  });

  it('gives nothing until every question that applies is answered', () => {
    for (const partial of [{}, {familyDoctor: 'yes'}, {familyDoctor: 'yes', insurance: 'yes'}, {insurance: 'no'}, {familyDoctor: 'no'}] as GuideAnswers[]) {
      expect(isComplete(partial), JSON.stringify(partial)).to.equal(false);
      expect(orderRoutes(partial)).to.equal(undefined);
    }
    expect(isComplete({familyDoctor: 'no', insurance: 'no'})).to.equal(true);
  });

  it('keeps only the allowed routes, in the guide order', () => {
    expect(flat({familyDoctor: 'no', insurance: 'yes'}, ['family-doctor', 'walk-in'])).to.equal('walk-in:walk-in-no-fd family-doctor:fd-later');
  });
});

describe('referral content modules', () => {
  it('every route and tip names a source and a checked date', () => {
    for (const entry of [...ROUTES, ...BEFORE_TIPS, ...AFTER_TIPS, DRUG_COVERAGE]) {
      expect(entry.source).to.match(/§\d/);
      expect(entry.checked).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(ROUTES.map((r) => r.id)).to.deep.equal([...ROUTE_IDS]);
  });

  it('has the 13 provinces and territories, each entry sourced and dated', () => {
    expect(Object.keys(PROVINCES).sort()).to.deep.equal([...PROVINCE_CODES].sort());
    expect(PROVINCE_CODES.length).to.equal(13);
    for (const code of PROVINCE_CODES) {
      const p = PROVINCES[code];
      expect(p.code).to.equal(code);
      for (const r of [p.healthLine, ...p.familyDoctor].filter((x) => !!x)) {
        expect(r!.source).to.match(/§[34]/);
        expect(r!.checked).to.match(/^\d{4}-\d{2}-\d{2}$/);
        for (const phone of r!.phones) expect(phone.href).to.match(/^tel:\+?\d+$/);
      }
    }
  });

  it('never shows an unconfirmed entry (Nunavut has no number)', () => {
    expect(PROVINCES.NU.healthLine?.confidence).to.equal('unconfirmed');
    expect(shownResources(PROVINCES.NU)).to.deep.equal({healthLine: undefined, familyDoctor: [], withoutDoctor: [], navigators: [], notes: []});
    expect(shownResources(PROVINCES.ON).healthLine?.name.en).to.equal('Health811');
  });

  it('writes the numbers as the facts do, with matching tel: links', () => {
    const mb = PROVINCES.MB.healthLine!.phones.map((p) => [p.display, p.href]);
    expect(mb).to.deep.equal([
      ['204-788-8200', 'tel:+12047888200'],
      ['1-888-315-9257', 'tel:+18883159257'],
    ]);
    expect(PROVINCES.ON.familyDoctor[0].phones.map((p) => p.href)).to.deep.equal(['tel:811', 'tel:+18004451822']);
  });
});

describe('partner data reader (pure)', () => {
  it('reads names, phones, links and dates; drops refused links and unknown codes', () => {
    const problems: PartnerProblem[] = [];
    const data = readPartnerData(
      {
        provinces: {
          on: {healthLine: null, addFamilyDoctor: [{name: 'X', phones: ['555-0100', {number: '811', href: 'javascript:alert(1)'}], url: 'data:text/html,x', checked: '2026-02-30'}]},
          ZZ: {},
          BC: {familyDoctor: [{phones: []}]},
        },
      },
      (p) => problems.push(p)
    )!;
    expect(data.ON!.healthLine).to.equal(null);
    expect(data.ON!.addFamilyDoctor).to.deep.equal([
      {name: {en: 'X', fr: 'X'}, phones: [{display: '555-0100', href: 'tel:5550100'}, {display: '811'}], confidence: 'confirmed', source: 'Partner configuration (JSON child)', checked: ''},
    ]);
    expect(data.BC!.familyDoctor).to.deep.equal([]);
    expect(problems).to.deep.equal([
      {kind: 'bad-url', code: 'ON', url: 'javascript:alert(1)'},
      {kind: 'bad-url', code: 'ON', url: 'data:text/html,x'},
      {kind: 'unknown-province', code: 'ZZ'},
      {kind: 'no-name', code: 'BC'},
    ]);
    expect(readPartnerData([1, 2], () => undefined)).to.equal(undefined);
  });
});
