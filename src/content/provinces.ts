/**
 * Health information lines and family-doctor programs, by province and
 * territory. Read by `<pv-referral-options>`; partner sites can override or
 * extend it with the widget's JSON child.
 *
 * Rules for every entry:
 * - It comes from the project's content facts: §3 (health lines) and §4
 *   (family-doctor programs). `source` says which, `checked` says when the
 *   entry was last compared with it, and `confidence` copies the facts' own
 *   mark. Entries marked `unconfirmed` stay in the data, so the gap is
 *   visible, but are never shown.
 * - Phone numbers are written exactly as the facts write them (`display`);
 *   `href` is the matching `tel:` link.
 * - A URL is given only where the facts give it. A program without one is
 *   shown with its phone number or its name only.
 * - Where the facts give no French name, the French is the English proper name.
 */

import type {Bilingual} from '../internal/bilingual.js';

/** The 13 provinces and territories, by their two-letter codes. */
export const PROVINCE_CODES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type ProvinceCode = (typeof PROVINCE_CODES)[number];

/** True for one of the 13 codes (upper case). */
export function isProvinceCode(value: string): value is ProvinceCode {
  return (PROVINCE_CODES as readonly string[]).includes(value);
}

/** `confirmed` = read in the source; `partial` = the source was partly readable; `unconfirmed` = never shown. */
export type Confidence = 'confirmed' | 'partial' | 'unconfirmed';

/** A phone number to call. */
export interface Phone {
  /** The number as written in the source, e.g. `811` or `1-800-445-1822`. */
  readonly display: string;
  /** The `tel:` link. Left out when a partner's link was refused (the number is then shown as text). */
  readonly href?: string;
  /** A short note after the number, e.g. "option 3" or "TTY". */
  readonly note?: Bilingual;
}

/** A health line or a family-doctor program. */
export interface Resource {
  readonly name: Bilingual;
  /** Numbers to call, in order. May be empty. */
  readonly phones: readonly Phone[];
  /** The program's page, only where the source gives it. */
  readonly url?: string;
  /** The text shown for the link (the address as the source writes it). */
  readonly urlLabel?: string;
  readonly confidence: Confidence;
  readonly source: string;
  /** When the entry was last checked, `YYYY-MM-DD`; empty when a partner gave no date (then none is shown). */
  readonly checked: string;
}

/** One province or territory. */
export interface Province {
  readonly code: ProvinceCode;
  /** The official name in each language. */
  readonly name: Bilingual;
  /** The health information line, if any is known. */
  readonly healthLine?: Resource;
  /** Family-doctor programs (Quebec has two). */
  readonly familyDoctor: readonly Resource[];
}

const CHECKED = '2026-11-24';
const LINES = 'Content facts §3, health information lines (811)';
const PROGRAMS = 'Content facts §4, finding a family doctor (provincial programs)';

const same = (name: string): Bilingual => ({en: name, fr: name});
const tel = (display: string, note?: Bilingual): Phone => {
  const digits = display.replace(/\D/g, '');
  const href = digits.length === 11 && digits.startsWith('1') ? `tel:+${digits}` : digits.length === 10 ? `tel:+1${digits}` : `tel:${digits}`;
  return note ? {display, href, note} : {display, href};
};
const line = (name: Bilingual, phones: Phone[], confidence: Confidence = 'confirmed'): Resource => ({
  name,
  phones,
  confidence,
  source: LINES,
  checked: CHECKED,
});
const program = (name: Bilingual, phones: Phone[], confidence: Confidence = 'confirmed', url?: string, urlLabel?: string): Resource => ({
  name,
  phones,
  ...(url ? {url, urlLabel} : {}),
  confidence,
  source: PROGRAMS,
  checked: CHECKED,
});

const TTY: Bilingual = {en: 'TTY', fr: 'ATS'};
const DEAF: Bilingual = {en: 'for deaf and hard of hearing people', fr: 'pour les personnes sourdes ou malentendantes'};

/** The built-in data, one entry per province and territory. */
export const PROVINCES: Readonly<Record<ProvinceCode, Province>> = {
  BC: {
    code: 'BC',
    name: {en: 'British Columbia', fr: 'Colombie-Britannique'},
    healthLine: line(same('HealthLink BC'), [tel('811'), tel('711', DEAF)]),
    familyDoctor: [program(same('Health Connect Registry'), [tel('811')])],
  },
  AB: {
    code: 'AB',
    name: {en: 'Alberta', fr: 'Alberta'},
    healthLine: line(same('Health Link'), [tel('811')]),
    familyDoctor: [program(same('Alberta Find a Provider'), [tel('811')])],
  },
  SK: {
    code: 'SK',
    name: {en: 'Saskatchewan', fr: 'Saskatchewan'},
    healthLine: line(same('HealthLine 811'), [tel('811')]),
    // §4: none found.
    familyDoctor: [],
  },
  MB: {
    code: 'MB',
    name: {en: 'Manitoba', fr: 'Manitoba'},
    // §3: 811 in Manitoba is unconfirmed, so only the two confirmed numbers.
    healthLine: line(same('Health Links – Info Santé'), [tel('204-788-8200'), tel('1-888-315-9257')]),
    familyDoctor: [program(same('Family Doctor Finder'), [], 'partial')],
  },
  ON: {
    code: 'ON',
    name: {en: 'Ontario', fr: 'Ontario'},
    healthLine: line(same('Health811'), [tel('811')], 'partial'),
    familyDoctor: [
      program(same('Health Care Connect'), [tel('811'), tel('1-800-445-1822')], 'confirmed', 'https://ontario.ca/healthcareconnect', 'ontario.ca/healthcareconnect'),
    ],
  },
  QC: {
    code: 'QC',
    name: {en: 'Quebec', fr: 'Québec'},
    healthLine: line(same('Info-Santé 811'), [tel('811', {en: 'option 1', fr: 'option 1'})]),
    familyDoctor: [
      program({en: 'Québec Family Doctor Finder (GAMF)', fr: "Guichet d'accès à un médecin de famille (GAMF)"}, []),
      program({en: 'Primary Care Access Point (GAP)', fr: "Guichet d'accès à la première ligne (GAP)"}, [tel('811', {en: 'option 3', fr: 'option 3'})]),
    ],
  },
  NB: {
    code: 'NB',
    name: {en: 'New Brunswick', fr: 'Nouveau-Brunswick'},
    healthLine: line({en: 'Tele-Care 811', fr: 'Télé-Soins 811'}, [tel('811')]),
    familyDoctor: [program({en: 'NB Health Link', fr: 'Lien Santé NB'}, [tel('1-833-354-2300')])],
  },
  NS: {
    code: 'NS',
    name: {en: 'Nova Scotia', fr: 'Nouvelle-Écosse'},
    healthLine: line(same('811'), [tel('811')]),
    familyDoctor: [
      program(same('Need a Family Practice Registry'), [tel('811')], 'confirmed', 'https://needafamilypractice.nshealth.ca', 'needafamilypractice.nshealth.ca'),
    ],
  },
  PE: {
    code: 'PE',
    name: {en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard'},
    healthLine: line(same('811 Telehealth'), [tel('811'), tel('711', TTY)]),
    familyDoctor: [program(same('Patient Registry'), [tel('1-855-563-2101')])],
  },
  NL: {
    code: 'NL',
    name: {en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador'},
    healthLine: line(same('811 HealthLine'), [tel('811')]),
    familyDoctor: [program(same('Patient Connect NL'), [tel('1-833-913-4679')])],
  },
  YT: {
    code: 'YT',
    name: {en: 'Yukon', fr: 'Yukon'},
    healthLine: line(same('Yukon Health Line'), [tel('811')], 'partial'),
    familyDoctor: [program(same('Find a Primary Care Provider'), [], 'partial')],
  },
  NT: {
    code: 'NT',
    name: {en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest'},
    healthLine: line(same('811'), [tel('811'), tel('1-844-259-1793')]),
    // §4: none found.
    familyDoctor: [],
  },
  NU: {
    code: 'NU',
    name: {en: 'Nunavut', fr: 'Nunavut'},
    // §3: unconfirmed, show no number. Kept here so the gap is on record.
    healthLine: {name: same('811'), phones: [], confidence: 'unconfirmed', source: LINES, checked: CHECKED},
    // §4: none found.
    familyDoctor: [],
  },
};

/** Only what may be shown: entries marked unconfirmed are dropped. */
export function shownResources(province: Province): {healthLine?: Resource; familyDoctor: Resource[]} {
  const ok = (r: Resource | undefined): r is Resource => !!r && r.confidence !== 'unconfirmed';
  return {
    healthLine: ok(province.healthLine) ? province.healthLine : undefined,
    familyDoctor: province.familyDoctor.filter(ok),
  };
}
