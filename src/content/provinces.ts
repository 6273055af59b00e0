/**
 * Health information lines and family-doctor programs, by province and
 * territory. Read by `<pv-referral-options>`; partner sites can override or
 * extend it with the widget's JSON child.
 *
 * Rules for every entry:
 * - It comes from the project's content facts: §3 and §8.3 (health lines),
 *   §4 and §8.4 (family-doctor programs and Quebec's access points), §8.4a and
 *   §8.4b (referrals), §8.8 (cancer-system supports) and §8.2a (Quebec's
 *   Code of ethics of physicians). `source` says which, `checked` says when the
 *   entry was last compared with it, and `confidence` copies the facts' own
 *   mark. Entries marked `unconfirmed` stay in the data, so the gap is
 *   visible, but are never shown.
 * - Phone numbers are written exactly as the facts write them (`display`);
 *   `href` is the matching `tel:` link.
 * - A URL is given only where the facts give it. A program without one is
 *   shown with its phone number or its name only.
 * - French text uses the official French name where the facts give one
 *   (confirmed or partial, §8); where they give none, the English proper name.
 */
import type {QuotationId} from './citations.js';
import type {Bilingual} from '../internal/bilingual.js';

// The codes live in their own small module, so that a widget that only checks
// a `province` attribute (the rights explainer) does not load this data.
import type {ProvinceCode} from './province-codes.js';
import {ownData} from '../internal/own.js';
export {PROVINCE_CODES, isProvinceCode, type ProvinceCode} from './province-codes.js';

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
  /** Set when the page behind `url` is only confirmed in English: French readers are told so. */
  readonly urlLang?: 'en';
  /** What the service is and who it is for, in one to four short sentences. */
  readonly about?: Bilingual;
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
  /** Family-doctor programs. */
  readonly familyDoctor: readonly Resource[];
  /** Where people without a family doctor get care while they wait (Quebec's GAP). */
  readonly withoutDoctor?: readonly Resource[];
  /** Cancer patient navigation, where the facts confirm a province-wide service or role. */
  readonly navigators?: readonly Resource[];
  /** How referrals work there, where it differs or the facts add a rule. */
  readonly notes?: readonly ProvinceNote[];
}

/** A sourced fact about referrals or records in one province or territory. */
export interface ProvinceNote {
  readonly id: string;
  /** Our own plain-language sentences. */
  readonly text: Bilingual;
  /** A quotation of the citations module shown after the text (an official text). */
  readonly quote?: QuotationId;
  readonly confidence: Confidence;
  readonly source: string;
  readonly checked: string;
}

const CHECKED = '2026-11-24';
/** Entries added or amended from the content facts' part 8. */
const CHECKED_8 = '2026-12-01';
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
/** An entry read in the facts' part 8: its own source, the part-8 date. */
const sourced = (entry: Omit<Resource, 'checked'>): Resource => ({...entry, checked: CHECKED_8});

const TTY: Bilingual = {en: 'TTY', fr: 'ATS'};
const TOLL_FREE: Bilingual = {en: 'toll free', fr: 'sans frais'};
const DEAF: Bilingual = {en: 'for deaf and hard of hearing people', fr: 'pour les personnes sourdes ou malentendantes'};

/** The built-in data, one entry per province and territory. */
export const PROVINCES: Readonly<Record<ProvinceCode, Province>> = ownData({
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
      sourced({
        // §8.4: « Accès Soins » is partial (media); the page is confirmed in English.
        ...program({en: 'Health Care Connect', fr: 'Accès Soins'}, [tel('811'), tel('1-800-445-1822')], 'confirmed', 'https://ontario.ca/healthcareconnect', 'ontario.ca/healthcareconnect'),
        urlLang: 'en',
        source: 'Content facts §4 (program, numbers, page in English) and §8.4 (French name « Accès Soins », partial)',
      }),
    ],
    notes: [
      {
        id: 'nurse-practitioner',
        text: {
          en: 'In Ontario, a nurse practitioner can also refer you directly to a specialist. This has been so since May 1, 2015.',
          fr: 'En Ontario, une infirmière praticienne ou un infirmier praticien peut aussi vous diriger directement vers une ou un spécialiste. C\'est le cas depuis le 1er mai 2015.',
        },
        confidence: 'confirmed',
        source: 'Content facts §8.4b (Ontario Newsroom, 2015; OHIP InfoBulletin 4676)',
        checked: CHECKED_8,
      },
    ],
  },
  QC: {
    code: 'QC',
    name: {en: 'Quebec', fr: 'Québec'},
    healthLine: line(same('Info-Santé 811'), [tel('811', {en: 'option 1', fr: 'option 1'})]),
    familyDoctor: [
      sourced({
        name: {en: 'Québec Family Doctor Finder (GAMF)', fr: "Guichet d'accès à un médecin de famille (GAMF)"},
        phones: [],
        // §8.4: the English page is official; no French quebec.ca page is confirmed.
        url: 'https://www.quebec.ca/en/health/finding-a-resource/quebec-family-doctor-finder',
        urlLabel: 'quebec.ca',
        urlLang: 'en',
        about: {
          en: 'Sign up here to be matched with a family doctor. You must be 14 or older and have a valid health insurance card. Your request gets a priority based on your health.',
          fr: "Inscrivez-vous ici pour qu'on vous trouve un médecin de famille. Vous devez avoir 14 ans ou plus et une carte d'assurance maladie valide. Votre demande reçoit une priorité selon votre état de santé.",
        },
        confidence: 'confirmed',
        source: 'Content facts §4 and §8.4 (quebec.ca, Québec Family Doctor Finder: eligibility and priority, confirmed)',
      }),
    ],
    withoutDoctor: [
      sourced({
        name: {en: 'Primary Care Access Point (GAP)', fr: "Guichet d'accès à la première ligne (GAP)"},
        phones: [tel('811', {en: 'option 3', fr: 'option 3'})],
        // §8.4: the English page is official; the French short address is partial (2022, not checked as a live page).
        url: 'https://www.quebec.ca/en/health/finding-a-resource/primary-care-access-point',
        urlLabel: 'quebec.ca',
        urlLang: 'en',
        about: {
          en: 'For people who have no family doctor, or who are cared for by a group of family doctors, and need to see someone for their health. You must be on the GAMF waiting list. If you are not, the GAP adds you when you call. The phone line is open from 8 a.m. to 8 p.m. Monday to Friday, and from 8 a.m. to 4 p.m. on weekends and public holidays.',
          fr: "Pour les personnes sans médecin de famille, ou suivies par un groupe de médecins de famille, qui ont besoin d'une consultation pour leur santé. Vous devez être sur la liste d'attente du GAMF. Sinon, le GAP vous y inscrit quand vous appelez. La ligne est ouverte de 8 h à 20 h du lundi au vendredi, et de 8 h à 16 h les fins de semaine et les jours fériés.",
        },
        confidence: 'confirmed',
        source:
          'Content facts §8.4 (quebec.ca, Primary Care Access Point: who it is for, 811 option 3, hours; CISSS des Laurentides: GAMF list required; CISSS de l\'Abitibi-Témiscamingue: callers are added to the GAMF) and §8.3 (811 options)',
      }),
    ],
    navigators: [
      sourced({
        // §8.8: the MSSS names the role in French only; the English is our translation, said so in the text.
        name: {en: 'Oncology pivot nurse (infirmière pivot en oncologie, IPO)', fr: 'Infirmière pivot en oncologie (IPO)'},
        phones: [],
        about: {
          en: 'The IPO plays a central role for you and your loved ones all through your cancer care. The IPO assesses your needs, teaches and informs you, supports you, and coordinates your care and services. Ask your care team who your IPO is. "Oncology pivot nurse" is our own translation of the French name.',
          fr: "L'IPO joue un rôle central auprès de vous et de vos proches, tout au long de vos soins pour le cancer. L'IPO évalue vos besoins, vous enseigne et vous informe, vous soutient et coordonne vos soins et vos services. Demandez à votre équipe soignante qui est votre IPO.",
        },
        confidence: 'confirmed',
        source: 'Content facts §8.8 (MSSS, « Répondre aux besoins des personnes »: the IPO\'s role and four functions; no official English term)',
      }),
    ],
    notes: [
      {
        id: 'crds',
        text: {
          en: 'To see a specialist, your family doctor sends a request to a CRDS. A CRDS is a regional office that books the appointment for you. Your doctor can write on the request the name of a specialist you want to see. Who can send a request varies by region.',
          fr: "Pour voir une ou un médecin spécialiste, votre médecin de famille envoie une demande à un CRDS (centre de répartition des demandes de services). Ce centre régional prend le rendez-vous pour vous. Votre médecin peut inscrire sur la demande le nom de la ou du spécialiste que vous voulez voir. Les personnes qui peuvent faire la demande varient selon la région.",
        },
        confidence: 'confirmed',
        source: 'Content facts §8.4a (Santé Montréal, specialized medical care: the CRDS, naming a specialist; CRDS Montérégie and Laval–Laurentides–Lanaudière: who can refer varies)',
        checked: CHECKED_8,
      },
      {
        id: 'records-s98',
        text: {
          en: "Quebec's Code of ethics of physicians has no article on second opinions. But section 98 says your doctor must send the useful information in your record to a person you name, such as a second doctor. Ask in writing. Your doctor has 30 days.",
          fr: "Le Code de déontologie des médecins du Québec n'a pas d'article sur le deuxième avis. Mais l'article 98 oblige votre médecin à transmettre les renseignements utiles de votre dossier à la personne que vous désignez, par exemple un deuxième médecin. Faites la demande par écrit. Votre médecin a 30 jours pour le faire.",
        },
        quote: 'qc-code-s98',
        confidence: 'confirmed',
        source: 'Content facts §8.2a (LégisQuébec, Code of ethics of physicians, s. 98, official English text; no article on second opinions was found)',
        checked: CHECKED_8,
      },
    ],
  },
  NB: {
    code: 'NB',
    name: {en: 'New Brunswick', fr: 'Nouveau-Brunswick'},
    healthLine: line({en: 'Tele-Care 811', fr: 'Télé-Soins 811'}, [tel('811')]),
    // §8.4: « Lien Santé NB » is partial (media).
    familyDoctor: [program({en: 'NB Health Link', fr: 'Lien Santé NB'}, [tel('1-833-354-2300')])],
  },
  NS: {
    code: 'NS',
    name: {en: 'Nova Scotia', fr: 'Nouvelle-Écosse'},
    healthLine: line(same('811'), [tel('811')]),
    familyDoctor: [
      // §8.4: the French name is unconfirmed, so the English proper name stays.
      program(same('Need a Family Practice Registry'), [tel('811')], 'confirmed', 'https://needafamilypractice.nshealth.ca', 'needafamilypractice.nshealth.ca'),
    ],
    navigators: [
      sourced({
        // §8.8: no French name is confirmed.
        name: same('Cancer Patient Navigation'),
        phones: [tel('1-866-524-1234', TOLL_FREE)],
        url: 'https://www.nshealth.ca/clinics-programs-and-services/cancer-patient-navigation',
        urlLabel: 'nshealth.ca',
        about: {
          en: 'Cancer Patient Navigators are registered nurses who know cancer and the cancer system well. A referral is needed: call to ask how to get one.',
          fr: "Les personnes qui font ce travail sont du personnel infirmier autorisé qui connaît bien le cancer et le système de soins du cancer. Il faut une demande de consultation : appelez pour savoir comment l'obtenir.",
        },
        confidence: 'confirmed',
        source: 'Content facts §8.8 (Nova Scotia Health, Cancer Patient Navigation: number, registered nurses, referral needed)',
      }),
    ],
  },
  PE: {
    code: 'PE',
    name: {en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard'},
    healthLine: line(same('811 Telehealth'), [tel('811'), tel('711', TTY)]),
    familyDoctor: [
      // §8.4: « Registre des patients » is partial (read on a QA host, never shown as a link).
      sourced({...program({en: 'Patient Registry', fr: 'Registre des patients'}, [tel('1-855-563-2101')]), source: 'Content facts §4 (program, number) and §8.4 (French name, partial)'}),
    ],
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
    // §8.3: « ligne Info-santé du Yukon » is partial (read on a staging mirror, never shown as a link).
    healthLine: sourced({
      ...line({en: 'Yukon Health Line', fr: 'ligne Info-santé du Yukon'}, [tel('811')], 'partial'),
      source: 'Content facts §3 (line, number) and §8.3 (French name, partial)',
    }),
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
});

/**
 * Help for anyone in Canada, shown by `<pv-referral-options>` under "Who can
 * help" (content facts §8.8). A partner can hide or replace it (JSON `help`).
 */
export const NATIONAL_HELP: readonly Resource[] = ownData([
  sourced({
    // §8.8: the current French name of the Helpline is unconfirmed (the 2011
    // name is not used), so the French keeps the English proper name. Hours
    // and languages are from 2011 (partial): not shown.
    name: {en: 'Cancer Information Helpline (Canadian Cancer Society)', fr: 'Cancer Information Helpline (Société canadienne du cancer)'},
    phones: [tel('1-888-939-3333', TOLL_FREE)],
    about: {
      en: 'A free national phone and live chat service for people with cancer, their caregivers and loved ones.',
      fr: "Un service gratuit partout au Canada, par téléphone ou par clavardage. Il s'adresse aux personnes qui ont un cancer, à leurs proches et aux proches aidants.",
    },
    confidence: 'confirmed',
    source: 'Content facts §8.8 (Canadian Cancer Society: the Helpline, 2021; the number, 2016) and §8.2 (French name of the Society)',
  }),
]);

/** Only what may be shown: entries marked unconfirmed are dropped. */
export function shownResources(province: Province): {
  healthLine?: Resource;
  familyDoctor: Resource[];
  withoutDoctor: Resource[];
  navigators: Resource[];
  notes: ProvinceNote[];
} {
  const ok = <T extends {confidence: Confidence}>(r: T | undefined): r is T => !!r && r.confidence !== 'unconfirmed';
  return {
    healthLine: ok(province.healthLine) ? province.healthLine : undefined,
    familyDoctor: province.familyDoctor.filter(ok),
    withoutDoctor: (province.withoutDoctor ?? []).filter(ok),
    navigators: (province.navigators ?? []).filter(ok),
    notes: (province.notes ?? []).filter(ok),
  };
}
