/**
 * Facts traced: every phone number, link and quotation a widget shows comes
 * from the content modules (`src/content/`), every entry there names its
 * `source` and the date it was `checked`, and the modules agree with the
 * project's content facts, copied below character for character.
 *
 * What a widget shows is read from its declared examples, rendered in
 * English and French, in every state a reader can reach (see
 * rendered-text.ts), and from one extra rendering per province and
 * territory.
 */
import {expect} from '@open-wc/testing';
import {
  allExamples,
  allResources,
  contentNames,
  eachState,
  textBlocks,
  unquote,
  SOURCED_QUOTATIONS,
  type Lang,
  type RenderedWidget,
} from './rendered-text.js';
import {renderWidget} from '../test-support/helpers.js';
import {CITATIONS, QUOTATIONS, type Citation} from '../content/citations.js';
import {AFTER_TIPS, BEFORE_TIPS, DRUG_COVERAGE, ROUTES} from '../content/routes.js';
import {NATIONAL_HELP, PROVINCES, PROVINCE_CODES, shownResources, type ProvinceCode} from '../content/provinces.js';
import {withLocale} from '../internal/locale.js';

// ---- The content facts, copied character for character -------------------

/** §2: the quotations, in the publishers' own words. */
const FACT_QUOTES_EN = [
  "respect the patient's reasonable request for a second opinion from a recognized medical expert.",
  'The fact that a patient seeks a second opinion should not be interpreted as a breakdown in the doctor-patient relationship.',
  "Patients have the right to question their physician's advice and may choose to see a different healthcare provider.",
  'You can ask for a second opinion anytime during your diagnosis or treatment.',
  'Ask for a copy of your medical file, including test results and biopsy samples, to be sent to the second doctor',
  // §8.2a, s. 98 (official English text)
  "A physician must, at the patient's written request and within not more than 30 days of its receipt, hand over to the physician, employer, establishment, insurer or any other person designated by the patient, pertinent information from the patient's medical record which is in his possession and safekeeping.",
];
/** §2: the publishers' own French. */
const FACT_QUOTES_FR = [
  "Le fait que quelqu'un veuille consulter une ou un autre médecin ne devrait pas être interprété comme une détérioration de votre relation avec cette personne.",
  'Vous pouvez demander un deuxième avis à tout moment lors de votre diagnostic ou de votre traitement.',
];
/** §2 and §7: the pages named with a full address (policies.cma.ca is named as the CMA policy base). */
const FACT_URLS = [
  'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
  'https://www.cmpa-acpm.ca/fr/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
  'https://cancer.ca/en/living-with-cancer/coping-with-changes/working-with-your-healthcare-team/getting-a-second-opinion',
  'https://cbcn.ca/en/blog/our-stories/second-opinion',
  'https://cbcn.ca/fr/blog/our-stories/second-opinion',
  'https://www.cancertaintyforall.ca/faq',
  'https://policies.cma.ca/',
  // §4, written there without the scheme: ontario.ca/healthcareconnect, needafamilypractice.nshealth.ca
  'https://ontario.ca/healthcareconnect',
  'https://needafamilypractice.nshealth.ca',
  // §8.2a: s. 98 on LégisQuébec (English)
  'https://www.legisquebec.gouv.qc.ca/en/version/cr/M-9,%20r.%2017?code=se:98&history=20220809',
  // §8.4: the GAMF and the GAP (English pages; no French page is confirmed)
  'https://www.quebec.ca/en/health/finding-a-resource/quebec-family-doctor-finder',
  'https://www.quebec.ca/en/health/finding-a-resource/primary-care-access-point',
  // §8.8: Nova Scotia Cancer Patient Navigation
  'https://www.nshealth.ca/clinics-programs-and-services/cancer-patient-navigation',
];
/**
 * §3, §4, §8.3, §8.4: the numbers shown, by province or territory (entries
 * marked unconfirmed are not shown, so not listed). `care`: Quebec's GAP
 * (811, option 3, §8.3 and §8.4); `navigators`: §8.8.
 */
const FACT_PHONES: Record<ProvinceCode, {line: string[]; programs: string[]; care?: string[]; navigators?: string[]}> = {
  BC: {line: ['811', '711'], programs: ['811']},
  AB: {line: ['811'], programs: ['811']},
  SK: {line: ['811'], programs: []},
  MB: {line: ['204-788-8200', '1-888-315-9257'], programs: []},
  ON: {line: ['811'], programs: ['811', '1-800-445-1822']},
  QC: {line: ['811'], programs: [], care: ['811'], navigators: []},
  NB: {line: ['811'], programs: ['1-833-354-2300']},
  NS: {line: ['811'], programs: ['811'], navigators: ['1-866-524-1234']},
  PE: {line: ['811', '711'], programs: ['1-855-563-2101']},
  NL: {line: ['811'], programs: ['1-833-913-4679']},
  YT: {line: ['811'], programs: []},
  NT: {line: ['811', '1-844-259-1793'], programs: []},
  NU: {line: [], programs: []},
};
/** §3 and §4: the names of the health lines and programs shown (English; French where the facts give one). */
const FACT_NAMES: Record<
  ProvinceCode,
  {line?: string; lineFr?: string; programs: string[]; programsFr?: string[]; care?: string[]; careFr?: string[]; navigators?: string[]; navigatorsFr?: string[]}
> = {
  BC: {line: 'HealthLink BC', programs: ['Health Connect Registry']},
  AB: {line: 'Health Link', programs: ['Alberta Find a Provider']},
  SK: {line: 'HealthLine 811', programs: []},
  MB: {line: 'Health Links – Info Santé', programs: ['Family Doctor Finder']},
  // §8.4: « Accès Soins » (partial)
  ON: {line: 'Health811', programs: ['Health Care Connect'], programsFr: ['Accès Soins']},
  // §4, §8.4, §8.8: the GAP is where people without a family doctor get care (not a way to find one); the IPO is a role, its English our translation
  QC: {
    line: 'Info-Santé 811',
    lineFr: 'Info-Santé 811',
    programs: ['Québec Family Doctor Finder (GAMF)'],
    programsFr: ["Guichet d'accès à un médecin de famille (GAMF)"],
    care: ['Primary Care Access Point (GAP)'],
    careFr: ["Guichet d'accès à la première ligne (GAP)"],
    navigators: ['Oncology pivot nurse (infirmière pivot en oncologie, IPO)'],
    navigatorsFr: ['Infirmière pivot en oncologie (IPO)'],
  },
  NB: {line: 'Tele-Care 811', lineFr: 'Télé-Soins 811', programs: ['NB Health Link'], programsFr: ['Lien Santé NB']},
  // §8.8: no French name of Cancer Patient Navigation is confirmed
  NS: {line: '811', programs: ['Need a Family Practice Registry'], navigators: ['Cancer Patient Navigation']},
  // §8.4: « Registre des patients » (partial)
  PE: {line: '811 Telehealth', programs: ['Patient Registry'], programsFr: ['Registre des patients']},
  NL: {line: '811 HealthLine', programs: ['Patient Connect NL']},
  // §8.3: « ligne Info-santé du Yukon » (partial)
  YT: {line: 'Yukon Health Line', lineFr: 'ligne Info-santé du Yukon', programs: ['Find a Primary Care Provider']},
  NT: {line: '811', programs: []},
  NU: {programs: []},
};

/** §8.8: the national help (the Helpline's French name is unconfirmed: the English proper name stays). */
const FACT_HELP = {
  names: ['Cancer Information Helpline (Canadian Cancer Society)'],
  namesFr: ['Cancer Information Helpline (Société canadienne du cancer)'],
  phones: ['1-888-939-3333'],
};

/**
 * §8: each fact the new texts state, as the facts word it (left) and as the
 * English text words it (right). The text must hold the right-hand words,
 * and the facts file holds the left-hand ones (copied here from it).
 */
const FACT_DETAILS: Array<{section: string; facts: string; shown: () => string; holds: string[]}> = [
  {
    section: '§8.4 GAMF',
    facts: 'You must have a valid health insurance card. You must be 14 years of age or over. your request will be evaluated and priority assigned based on your health',
    shown: () => PROVINCES.QC.familyDoctor[0].about!.en,
    holds: ['14 or older', 'valid health insurance card', 'priority based on your health'],
  },
  {
    section: '§8.4 GAP',
    facts:
      "this service is reserved for people who do not have a family doctor, a SNPPC or who are under the care of a group of family doctors; Vous devez être sur la liste d'attente du guichet d'accès à un médecin de famille (GAMF); Orphan patients who call the GAP will therefore be registered with the GAMF; GAP hotline is available from 8 a.m. to 8 p.m. Monday to Friday and from 8 a.m. to 4 p.m. on weekends and public holidays.",
    shown: () => PROVINCES.QC.withoutDoctor![0].about!.en,
    holds: ['no family doctor', 'cared for by a group of family doctors', 'GAMF waiting list', 'adds you when you call', '8 a.m. to 8 p.m. Monday to Friday', '8 a.m. to 4 p.m. on weekends and public holidays'],
  },
  {
    section: '§8.4a CRDS',
    facts: 'Your family doctor takes care of requesting an appointment with the CRDS on your behalf. Your family doctor can provide the name of a specialist, a medical office, or establishment on the consultation request. (who can refer varies by region)',
    shown: () => PROVINCES.QC.notes!.find((n) => n.id === 'crds')!.text.en,
    holds: ['your family doctor sends a request to a CRDS', 'books the appointment for you', 'name of a specialist', 'varies by region'],
  },
  {
    section: '§8.2a s. 98',
    facts: "at the patient's written request and within not more than 30 days of its receipt, hand over to ... any other person designated by the patient; No article about second opinions",
    shown: () => PROVINCES.QC.notes!.find((n) => n.id === 'records-s98')!.text.en,
    holds: ['no article on second opinions', 'section 98', 'a person you name', 'in writing', '30 days'],
  },
  {
    section: '§8.4b Ontario',
    facts: 'As of May 1st, ... remove barriers for a nurse practitioner to directly refer a patient to a specialist',
    shown: () => PROVINCES.ON.notes!.find((n) => n.id === 'nurse-practitioner')!.text.en,
    holds: ['nurse practitioner', 'directly', 'May 1, 2015'],
  },
  {
    section: '§8.8 NS navigation',
    facts: 'Cancer Patient Navigators are registered nurses with in-depth knowledge of cancer and the cancer system. A referral is needed',
    shown: () => PROVINCES.NS.navigators![0].about!.en,
    holds: ['registered nurses', 'cancer and the cancer system', 'A referral is needed'],
  },
  {
    section: '§8.8 IPO',
    facts: "l'IPO joue un rôle central auprès de la personne atteinte et de ses proches ... évaluer les besoins identifiés; enseigner et informer; soutenir; coordonner les soins et les services. (no official English term)",
    shown: () => PROVINCES.QC.navigators![0].about!.en,
    holds: ['central role', 'assesses your needs', 'teaches and informs you', 'supports you', 'coordinates your care and services', 'our own translation'],
  },
  {
    section: '§8.8 Helpline',
    facts: 'a toll-free national, telephone and live chat service for cancer patients, caregivers, loved ones',
    shown: () => NATIONAL_HELP[0].about!.en,
    holds: ['free national phone and live chat service', 'people with cancer', 'caregivers', 'loved ones'],
  },
  {
    section: '§8.9 insurance',
    facts: 'some employer or individual plans include a remote review of your records by a specialist. It does not replace your treating team, and coverage depends on the plan. (a written report; no physician-patient relationship)',
    shown: () => withLocale('en', () => ROUTES.find((r) => r.id === 'insurance')!.when()),
    holds: ['through work or your own plan', 'review of your records by a specialist', 'from a distance', 'written report', 'does not replace your care team', 'depends on the plan', 'check yours'],
  },
  {
    section: '§8.10 records',
    facts: 'test results and biopsy samples; The pathology report describes the characteristics of the cancer ... the size of the tumour, hormone levels, HER2 status',
    shown: () => withLocale('en', () => BEFORE_TIPS.filter((t) => t.id === 'records' || t.id === 'pathology').map((t) => t.text()).join(' ')),
    holds: ['test results and biopsy samples', 'pathology report', 'size, hormone levels and HER2 status'],
  },
  {
    section: '§8.4b who refers',
    facts: 'nurse practitioners can refer directly to specialists (Ontario, confirmed; BC, partial)',
    shown: () => withLocale('en', () => ROUTES.find((r) => r.id === 'family-doctor')!.when()),
    holds: ['a doctor or, in some provinces, a nurse practitioner'],
  },
];

// ---- Helpers --------------------------------------------------------------

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const today = new Date().toISOString().slice(0, 10);

function expectSourced(what: string, entry: {source?: unknown; checked?: unknown}): void {
  expect(typeof entry.source === 'string' && entry.source.trim().length > 10, `${what}: source`).to.equal(true);
  const checked = String(entry.checked ?? '');
  const m = ISO.exec(checked);
  expect(m, `${what}: checked "${checked}" is YYYY-MM-DD`).to.not.equal(null);
  const d = new Date(`${checked}T00:00:00Z`);
  expect(d.toISOString().slice(0, 10), `${what}: checked is a real date`).to.equal(checked);
  expect(checked <= today, `${what}: checked ${checked} is not in the future`).to.equal(true);
}

function citationUrls(c: Citation): string[] {
  return [c.url.en, c.url.fr].filter((u): u is string => !!u);
}

/** Every link the content modules hold, and the number shown for each `tel:` link. */
function contentLinks(): {urls: Set<string>; tel: Map<string, Set<string>>} {
  const urls = new Set<string>([
    ...Object.values(CITATIONS).flatMap(citationUrls),
    ...DRUG_COVERAGE.sources.flatMap((s) => (s.url ? [s.url] : [])),
  ]);
  const tel = new Map<string, Set<string>>();
  for (const {r} of allResources()) {
    if (r.url) urls.add(r.url);
    for (const p of r.phones) {
      if (!p.href) continue;
      const shown = tel.get(p.href) ?? new Set<string>();
      shown.add(p.display);
      tel.set(p.href, shown);
    }
  }
  return {urls, tel};
}

/** Links and numbers written in an example's own markup (a partner's configuration), not defaults. */
function partnerSupplied(html: string): {urls: Set<string>; digits: Set<string>} {
  const urls = new Set(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []);
  const digits = new Set((html.match(/\+?\d[\d ().-]{2,}\d/g) ?? []).map((n) => n.replace(/\D/g, '')));
  return {urls, digits};
}

/** Every element matching `selector` in the widget's shadow DOM, nested shadow roots included. */
function deepQuery(el: Element, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const e of root.querySelectorAll(selector)) out.push(e);
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}

/** The sentences the route cards offer to say, in one language (our own words, from routes.ts). */
function sayables(lang: Lang): Set<string> {
  return new Set(withLocale(lang, () => ROUTES.flatMap((r) => r.ask())));
}

/** Text written in an example's own markup: attribute values and JSON strings (the partner's own names). */
function partnerStrings(html: string): string[] {
  return [...html.matchAll(/"([^"]{3,})"/g)].map((m) => m[1]).sort((x, y) => y.length - x.length);
}

/** Names of organizations: in English "… Association / Society / Network / Court …", in French "Association / Société / Réseau / Cour …". */
const ORG_EN = /\b(?:[A-Z][\w'’-]+ )+(?:Association|Society|Network|Foundation|Institute|Council|Agency|College|Court|Ministry)\b(?: of [A-Z][a-z]+)?/g;
const ORG_FR = /\b(?:Association|Société|Réseau|Cour|Fondation|Institut|Collège|Agence|Conseil|Ministère|Ordre) (?:[a-zàâçéèêëîïôûù'-]+ ?)+/g;

/** Organization names in rendered text that no content entry (and no partner setting) holds. */
function untracedOrganizations(blocks: readonly string[], html: string): string[] {
  const known = [...contentNames(), ...partnerStrings(html)];
  const found: string[] = [];
  for (let text of blocks) {
    for (const name of known) text = text.split(name).join(' ');
    for (const m of text.matchAll(ORG_EN)) found.push(m[0]);
    for (const m of text.matchAll(ORG_FR)) found.push(m[0].trim());
  }
  return found;
}

interface Problem {
  where: string;
  what: string;
}

/** The root-relative URLs among the example's attribute values (`policy-url="/privacy"`). */
const partnerPaths = (html: string): string[] => [...html.matchAll(/="(\/[^"/][^"]*)"/g)].map((m) => m[1]);

/** Checks one rendered state: its links and its quotations. */
function checkState(el: RenderedWidget, lang: Lang, html: string, where: string, problems: Problem[], seen: {links: Set<string>; quotes: Set<string>}): void {
  const {urls, tel} = contentLinks();
  const partner = partnerSupplied(html);
  for (const a of deepQuery(el, 'a[href]')) {
    const href = a.getAttribute('href')!;
    if (!/^(tel:|https?:)/i.test(href)) continue;
    seen.links.add(href);
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (href.startsWith('tel:')) {
      const shown = tel.get(href);
      if (shown) {
        if (!shown.has(text)) problems.push({where, what: `${href} shows "${text}", not the number of its entry (${[...shown].join(', ')})`});
      } else if (!partner.digits.has(href.replace(/\D/g, ''))) {
        problems.push({where, what: `${href} is in no content entry and not in the example's own configuration`});
      }
    } else if (!urls.has(href) && !partner.urls.has(href) && !partnerPaths(html).some((u) => new URL(u, document.URL).href === href)) {
      // (A root-relative URL of the configuration is rendered made absolute against the document's URL.)
      problems.push({where, what: `${href} is in no content entry and not in the example's own configuration`});
    }
  }
  for (const name of untracedOrganizations(textBlocks(el), html)) {
    problems.push({where, what: `organization "${name}" is in no content entry`});
  }
  const say = sayables(lang);
  for (const q of deepQuery(el, 'q, blockquote')) {
    const text = unquote(q.textContent ?? '');
    seen.quotes.add(text);
    if (SOURCED_QUOTATIONS.has(text)) {
      const quote = Object.values(QUOTATIONS).find((x) => x.en === text || x.fr?.text === text)!;
      const cite = q.getAttribute('cite');
      if (cite && !citationUrls(CITATIONS[quote.citation]).includes(cite)) {
        problems.push({where, what: `quotation "${text.slice(0, 40)}…" cites ${cite}, not its source's page`});
      }
    } else if (!(q.classList.contains('say') && say.has(text))) {
      problems.push({where, what: `<${q.localName}> "${text}" is neither a quotation of the citations module nor a suggested sentence of routes.ts`});
    }
  }
}

// ---- Tests ----------------------------------------------------------------

describe('facts traced to their sources', () => {
  describe('every content entry names its source and a checked date', () => {
    it('citations', () => {
      for (const c of Object.values(CITATIONS)) expectSourced(`citation ${c.id}`, c);
      expect(Object.keys(CITATIONS)).to.have.length.greaterThan(0);
    });

    it('quotations: each belongs to a sourced citation', () => {
      for (const q of Object.values(QUOTATIONS)) {
        const c = CITATIONS[q.citation];
        expect(c, `quotation ${q.id}: citation ${q.citation}`).to.not.equal(undefined);
        expectSourced(`quotation ${q.id} (through ${q.citation})`, c);
      }
    });

    it('routes, tips and the drug-coverage note', () => {
      for (const r of ROUTES) expectSourced(`route ${r.id}`, r);
      for (const t of [...BEFORE_TIPS, ...AFTER_TIPS]) expectSourced(`tip ${t.id}`, t);
      expectSourced('drug coverage', DRUG_COVERAGE);
      expect(ROUTES).to.have.length(4);
    });

    it('every health line, program, navigation service and national help line, and every province note', () => {
      const all = allResources();
      expect(all.length).to.be.greaterThan(13);
      for (const {where, r} of all) {
        expectSourced(where, r);
        expect(['confirmed', 'partial', 'unconfirmed'], `${where}: confidence`).to.include(r.confidence);
      }
      const notes = PROVINCE_CODES.flatMap((code) => (PROVINCES[code].notes ?? []).map((n) => ({code, n})));
      expect(notes.length).to.be.greaterThan(2);
      for (const {code, n} of notes) {
        expectSourced(`${code} note ${n.id}`, n);
        expect(n.source, `${code} note ${n.id} names its §`).to.match(/§8\.\d/);
      }
    });

    it('the check itself fails on an entry without a source or with a bad date', () => {
      expect(() => expectSourced('test', {source: '', checked: '2026-01-01'})).to.throw('source');
      expect(() => expectSourced('test', {source: 'A source with a name', checked: '2026-02-30'})).to.throw('real date');
      expect(() => expectSourced('test', {source: 'A source with a name'})).to.throw('YYYY-MM-DD');
    });
  });

  describe('the content modules say what the content facts say', () => {
    it('quotations are the sources’ text, character for character', () => {
      for (const q of Object.values(QUOTATIONS)) {
        expect(FACT_QUOTES_EN, `quotation ${q.id}`).to.include(q.en);
        if (q.fr && !q.fr.translated) expect(FACT_QUOTES_FR, `quotation ${q.id} (French)`).to.include(q.fr.text);
      }
      // Every quotation of the facts is in the module.
      for (const text of FACT_QUOTES_EN) expect(Object.values(QUOTATIONS).map((q) => q.en)).to.include(text);
    });

    it('the French of the CMA sentence is marked as our own translation (its official French is not sourced)', () => {
      expect(QUOTATIONS['cma-second-opinion'].fr?.translated).to.equal(true);
    });

    it('every URL is one the facts give', () => {
      const {urls} = contentLinks();
      for (const u of urls) expect(FACT_URLS, u).to.include(u);
      // The French CCS page is unconfirmed: no French link.
      expect(CITATIONS['ccs-second-opinion'].url.fr).to.equal(undefined);
    });

    it('every number shown, by province and territory, is the facts’ number', () => {
      for (const code of PROVINCE_CODES) {
        const shown = shownResources(PROVINCES[code]);
        expect(shown.healthLine?.phones.map((p) => p.display) ?? [], `${code} health line`).to.deep.equal(FACT_PHONES[code].line);
        expect(
          shown.familyDoctor.flatMap((r) => r.phones.map((p) => p.display)),
          `${code} programs`
        ).to.deep.equal(FACT_PHONES[code].programs);
        for (const r of [shown.healthLine, ...shown.familyDoctor]) {
          for (const p of r?.phones ?? []) {
            const digits = p.display.replace(/\D/g, '');
            expect(p.href!.replace(/\D/g, '').endsWith(digits), `${code} ${p.display} → ${p.href}`).to.equal(true);
          }
        }
      }
    });

    it('every name shown, by province and territory, is the facts’ name', () => {
      for (const code of PROVINCE_CODES) {
        const shown = shownResources(PROVINCES[code]);
        const facts = FACT_NAMES[code];
        expect(shown.healthLine?.name.en, `${code} health line`).to.equal(facts.line);
        expect(shown.healthLine?.name.fr, `${code} health line (French)`).to.equal(facts.lineFr ?? facts.line);
        expect(shown.familyDoctor.map((r) => r.name.en), `${code} programs`).to.deep.equal(facts.programs);
        expect(shown.familyDoctor.map((r) => r.name.fr), `${code} programs (French)`).to.deep.equal(facts.programsFr ?? facts.programs);
        expect(shown.withoutDoctor.map((r) => r.name.en), `${code} without a family doctor`).to.deep.equal(facts.care ?? []);
        expect(shown.withoutDoctor.map((r) => r.name.fr), `${code} without a family doctor (French)`).to.deep.equal(facts.careFr ?? facts.care ?? []);
        expect(shown.navigators.map((r) => r.name.en), `${code} navigation`).to.deep.equal(facts.navigators ?? []);
        expect(shown.navigators.map((r) => r.name.fr), `${code} navigation (French)`).to.deep.equal(facts.navigatorsFr ?? facts.navigators ?? []);
        const phones = (list: typeof shown.navigators) => list.flatMap((r) => r.phones.map((p) => p.display));
        expect(phones(shown.withoutDoctor), `${code} without a family doctor: numbers`).to.deep.equal(FACT_PHONES[code].care ?? []);
        expect(phones(shown.navigators), `${code} navigation: numbers`).to.deep.equal(FACT_PHONES[code].navigators ?? []);
      }
    });

    it('the national help: the Canadian Cancer Society\'s Helpline and its number (§8.8)', () => {
      expect(NATIONAL_HELP.map((r) => r.name.en)).to.deep.equal(FACT_HELP.names);
      expect(NATIONAL_HELP.map((r) => r.name.fr)).to.deep.equal(FACT_HELP.namesFr);
      expect(NATIONAL_HELP.flatMap((r) => r.phones.map((p) => p.display))).to.deep.equal(FACT_HELP.phones);
      // Hours are from 2011 (partial): not shown.
      expect(JSON.stringify(NATIONAL_HELP)).not.to.match(/a\.m\.|p\.m\.|\b9 h/);
    });

    for (const d of FACT_DETAILS) {
      it(`${d.section}: the text states the facts' words`, () => {
        const shown = d.shown();
        for (const h of d.holds) expect(shown, `${d.section} (facts: ${d.facts})`).to.contain(h);
      });
    }

    it('official French names in French text (§8.2), and each language\'s legal style for McInerney', () => {
      const fr = (id: keyof typeof CITATIONS) => CITATIONS[id].publisher.fr;
      expect(fr('cma-code')).to.equal('Association médicale canadienne');
      expect(fr('cmpa-second-opinion')).to.equal('Association canadienne de protection médicale');
      expect(fr('ccs-second-opinion')).to.equal('Société canadienne du cancer');
      expect(fr('cbcn-second-opinion')).to.equal('Réseau canadien du cancer du sein');
      expect(fr('mcinerney-macdonald')).to.equal('Cour suprême du Canada');
      expect(CITATIONS['mcinerney-macdonald'].title).to.deep.equal({en: 'McInerney v. MacDonald', fr: 'McInerney c. MacDonald'});
      expect(CITATIONS['mcinerney-macdonald'].reference).to.deep.equal({en: '[1992] 2 SCR 138', fr: '[1992] 2 R.C.S. 138'});
      // §8.2a: the French text of s. 98 is unconfirmed: our own rendering, marked, and no French link.
      expect(QUOTATIONS['qc-code-s98'].fr?.translated).to.equal(true);
      expect(CITATIONS['qc-physicians-code'].url.fr).to.equal(undefined);
      // §8.4: no French GAMF page: the English one, marked as English for French readers.
      expect(PROVINCES.QC.familyDoctor[0].urlLang).to.equal('en');
    });

    it('Nunavut shows no number (unconfirmed)', () => {
      expect(shownResources(PROVINCES.NU)).to.deep.equal({healthLine: undefined, familyDoctor: [], withoutDoctor: [], navigators: [], notes: []});
    });
  });

  describe('what the widgets show comes from the content modules', () => {
    for (const lang of ['en', 'fr'] as const) {
      it(`every example (${lang}): tel:/http(s) links and quotations`, async function () {
        this.timeout(120000);
        const problems: Problem[] = [];
        const seen = {links: new Set<string>(), quotes: new Set<string>()};
        for (const {tag, example} of allExamples()) {
          const el = await renderWidget(tag, example.html, lang);
          await eachState(el, (state) => checkState(el, lang, example.html, `${example.id} [${lang}] ${state}`, problems, seen));
        }
        expect(problems, problems.map((p) => `${p.where}: ${p.what}`).join('\n')).to.deep.equal([]);
        // The run did meet links and quotations of every kind (the check is not empty).
        expect([...seen.links].some((l) => l.startsWith('tel:'))).to.equal(true);
        expect([...seen.links].some((l) => l.startsWith('https:'))).to.equal(true);
        expect([...seen.quotes].filter((q) => SOURCED_QUOTATIONS.has(q)).length).to.be.greaterThan(2);
      });

      it(`every province and territory (${lang}): the numbers and links shown`, async function () {
        this.timeout(60000);
        const problems: Problem[] = [];
        const seen = {links: new Set<string>(), quotes: new Set<string>()};
        for (const code of PROVINCE_CODES) {
          const html = `<pv-referral-options province="${code}" routes="family-doctor"></pv-referral-options>`;
          const el = await renderWidget('pv-referral-options', html, lang);
          checkState(el, lang, html, `${code} [${lang}]`, problems, seen);
          const tels = deepQuery(el, '[part~="province"] a[href^="tel:"]').map((a) => a.textContent!.trim());
          expect(tels, `${code} numbers shown`).to.deep.equal([...FACT_PHONES[code].line, ...FACT_PHONES[code].programs, ...(FACT_PHONES[code].care ?? [])]);
          const help = deepQuery(el, '[part~="help"] a[href^="tel:"]').map((a) => a.textContent!.trim());
          expect(help, `${code} help numbers shown`).to.deep.equal([...FACT_HELP.phones, ...(FACT_PHONES[code].navigators ?? [])]);
        }
        expect(problems, problems.map((p) => `${p.where}: ${p.what}`).join('\n')).to.deep.equal([]);
      });
    }

    it('the check fails on a link or a quotation that is not in the content modules', async () => {
      const el = await renderWidget('pv-medical-disclaimer', '<pv-medical-disclaimer></pv-medical-disclaimer>', 'en');
      const body = el.shadowRoot!.querySelector('[part~="body"]')!;
      body.insertAdjacentHTML(
        'beforeend',
        '<p><a href="tel:+18005550199">1-800-555-0199</a> <a href="https://example.com/made-up">x</a> <q>Doctors must always agree.</q> <a href="tel:811">8 1 1</a></p>' +
          '<p>The Canadian Oncology Society agrees. La Société canadienne des médecins aussi.</p>'
      );
      const problems: Problem[] = [];
      checkState(el, 'en', '<pv-medical-disclaimer></pv-medical-disclaimer>', 'planted', problems, {links: new Set(), quotes: new Set()});
      expect(problems.map((p) => p.what)).to.deep.equal([
        "tel:+18005550199 is in no content entry and not in the example's own configuration",
        "https://example.com/made-up is in no content entry and not in the example's own configuration",
        'tel:811 shows "8 1 1", not the number of its entry (811)',
        'organization "The Canadian Oncology Society" is in no content entry',
        'organization "Société canadienne des médecins aussi" is in no content entry',
        '<q> "Doctors must always agree." is neither a quotation of the citations module nor a suggested sentence of routes.ts',
      ]);
    });
  });
});
