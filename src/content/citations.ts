/**
 * The published sources the widgets quote and cite, and the exact quotations.
 *
 * One typed module, read by `<pv-rights-explainer>` and open to other widgets
 * (read-only). The exported names and shapes below are stable: add entries,
 * do not rename or remove them.
 *
 * Rules for every entry:
 * - Each fact comes from the project's reviewed content facts ("The right to a
 *   second opinion"); `source` says where it was read and how sure it is,
 *   `checked` says when the entry was last compared with it.
 * - Quotations are copied character for character. A French text is either
 *   the publisher's own French (`translated: false`) or our own rendering
 *   (`translated: true`), which a widget must mark as a translation.
 * - A URL that is not confirmed is left out (`undefined`); a French page that
 *   is not confirmed is left out of `url.fr`, and widgets link the English page
 *   and say it is in English.
 */

import type {Bilingual} from '../internal/bilingual.js';
import type {PvLocale} from '../internal/locale.js';
import {own, ownData} from '../internal/own.js';
import {safeUrl} from '../internal/safe-url.js';

export type {Bilingual};

/**
 * A language the widgets ship in.
 * @deprecated The same type as `PvLocale`: use that.
 */
export type CitationLocale = PvLocale;

/** The id of every citation in this module. */
export type CitationId =
  | 'cma-code'
  | 'cmpa-second-opinion'
  | 'ccs-second-opinion'
  | 'cbcn-second-opinion'
  | 'mcinerney-macdonald'
  | 'qc-physicians-code';

/** One published source. */
export interface Citation {
  /** Stable id, used by quotations and widgets. */
  readonly id: CitationId;
  /** Who published it (author or body): the body's official name in each language (content facts §8.2). */
  readonly publisher: Bilingual;
  /** The title in each language (the English title again where no French title is sourced). */
  readonly title: Bilingual;
  /** Year of publication. `undefined` when not sourced. */
  readonly year?: number;
  /** Last revision, as `YYYY-MM`, when the source gives one. */
  readonly revised?: string;
  /** Page number, where known. Cite the page, never an unconfirmed item number. */
  readonly page?: number;
  /**
   * A legal reference shown with the title, in each language's legal style
   * (a law report: "[1992] 2 SCR 138" / « [1992] 2 R.C.S. 138 »; a section:
   * "s. 98" / « art. 98 »).
   */
  readonly reference?: Bilingual;
  /** Links. `fr` is left out where the French page is not confirmed. */
  readonly url: {readonly en?: string; readonly fr?: string};
  /** Where the facts of this entry were read. */
  readonly source: string;
  /** When this entry was last checked against its source, `YYYY-MM-DD`. */
  readonly checked: string;
}

/** A French text of a quotation. */
export interface FrenchQuotation {
  /** The text, character for character. */
  readonly text: string;
  /** True when it is our own rendering of the English, not the publisher's French: show it as a translation. */
  readonly translated: boolean;
}

/** The id of every quotation in this module. */
export type QuotationId =
  | 'cma-second-opinion'
  | 'cmpa-not-a-breakdown'
  | 'cmpa-right-to-question'
  | 'ccs-anytime'
  | 'ccs-copy-of-file'
  | 'qc-code-s98';

/** One exact quotation from a citation. */
export interface Quotation {
  readonly id: QuotationId;
  /** The citation it comes from. */
  readonly citation: CitationId;
  /** The English wording, character for character (straight apostrophes as in the source notes). */
  readonly en: string;
  /** The French wording, where there is one. */
  readonly fr?: FrenchQuotation;
}

/** Every entry was last compared with the content facts (§2, §8.2, §8.2a) on this date. */
const CHECKED = '2026-12-01';

/** Every citation, by id. */
export const CITATIONS: Readonly<Record<CitationId, Citation>> = ownData({
  'cma-code': {
    id: 'cma-code',
    publisher: {en: 'Canadian Medical Association', fr: 'Association médicale canadienne'},
    title: {en: 'Code of Ethics and Professionalism', fr: "Code d'éthique et de professionnalisme de l'AMC"},
    year: 2018,
    page: 5,
    // The facts name the CMA policy base as the place to find the Code; no
    // deeper link and no French page are confirmed.
    url: {en: 'https://policies.cma.ca/'},
    source:
      'Quoted, with page 5, by the CBCN blog page (note [i]); French title and French name of the CMA confirmed (content facts §2, §8.2); item number and official French wording not confirmed',
    checked: CHECKED,
  },
  'cmpa-second-opinion': {
    id: 'cmpa-second-opinion',
    publisher: {en: 'Canadian Medical Protective Association', fr: 'Association canadienne de protection médicale'},
    title: {en: 'When a patient seeks a second opinion', fr: "Deux opinions valent-elles mieux qu'une?"},
    year: 2014,
    revised: '2023-09',
    url: {
      en: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
      fr: 'https://www.cmpa-acpm.ca/fr/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
    },
    source: 'Read on the CMPA page, in English and French; French name of the CMPA from its French FAQ (content facts §2, §8.2, confirmed)',
    checked: CHECKED,
  },
  'ccs-second-opinion': {
    id: 'ccs-second-opinion',
    publisher: {en: 'Canadian Cancer Society', fr: 'Société canadienne du cancer'},
    title: {en: 'Getting a second opinion', fr: 'Demander un deuxième avis médical'},
    url: {
      en: 'https://cancer.ca/en/living-with-cancer/coping-with-changes/working-with-your-healthcare-team/getting-a-second-opinion',
      // The current French URL is unconfirmed.
    },
    source:
      'Read on the Canadian Cancer Society page, French text confirmed; French URL not confirmed; French name of the Society confirmed (content facts §2, §8.2)',
    checked: CHECKED,
  },
  'cbcn-second-opinion': {
    id: 'cbcn-second-opinion',
    publisher: {en: 'Canadian Breast Cancer Network', fr: 'Réseau canadien du cancer du sein'},
    title: {
      en: 'Getting a Second Opinion in our Public Health System',
      fr: 'Requérir un deuxième avis médical dans le système de santé canadien',
    },
    url: {en: 'https://cbcn.ca/en/blog/our-stories/second-opinion', fr: 'https://cbcn.ca/fr/blog/our-stories/second-opinion'},
    source: 'The CBCN Our Voices Blog page, in English and French; French name of the Network from its French About page (content facts §2, §8.2, confirmed)',
    checked: CHECKED,
  },
  'mcinerney-macdonald': {
    id: 'mcinerney-macdonald',
    publisher: {en: 'Supreme Court of Canada', fr: 'Cour suprême du Canada'},
    // Each language's legal style: "v." and SCR in English, « c. » and R.C.S. in French.
    title: {en: 'McInerney v. MacDonald', fr: 'McInerney c. MacDonald'},
    year: 1992,
    reference: {en: '[1992] 2 SCR 138', fr: '[1992] 2 R.C.S. 138'},
    // No URL is confirmed (the French citation was read on a reproduction of the judgment, never shown as a link).
    url: {},
    source:
      'Supreme Court of Canada decision on access to medical records (content facts §2, confirmed); French citation read on a reproduction of the judgment (§8.2, partial); no URL confirmed',
    checked: CHECKED,
  },
  'qc-physicians-code': {
    id: 'qc-physicians-code',
    // LégisQuébec publishes the official text ("This document has official status").
    publisher: {en: 'LégisQuébec', fr: 'LégisQuébec'},
    title: {en: 'Code of ethics of physicians', fr: 'Code de déontologie des médecins'},
    reference: {en: 'chapter M-9, r. 17, s. 98', fr: 'chapitre M-9, r. 17, art. 98'},
    // The English page of s. 98. The French text of s. 98 has not been read: no French link.
    url: {en: 'https://www.legisquebec.gouv.qc.ca/en/version/cr/M-9,%20r.%2017?code=se:98&history=20220809'},
    source:
      'LégisQuébec, official English text of s. 98 (content facts §8.2a, confirmed); the French text of s. 98 is not confirmed; the Code has no article on second opinions',
    checked: CHECKED,
  },
});

/** Every quotation, by id. */
export const QUOTATIONS: Readonly<Record<QuotationId, Quotation>> = ownData({
  'cma-second-opinion': {
    id: 'cma-second-opinion',
    citation: 'cma-code',
    en: "respect the patient's reasonable request for a second opinion from a recognized medical expert.",
    // Our own rendering until the official French text is sourced.
    fr: {
      text: "respecter la demande raisonnable du patient qui souhaite obtenir un deuxième avis d'un expert médical reconnu.",
      translated: true,
    },
  },
  'cmpa-not-a-breakdown': {
    id: 'cmpa-not-a-breakdown',
    citation: 'cmpa-second-opinion',
    en: 'The fact that a patient seeks a second opinion should not be interpreted as a breakdown in the doctor-patient relationship.',
    fr: {
      text: "Le fait que quelqu'un veuille consulter une ou un autre médecin ne devrait pas être interprété comme une détérioration de votre relation avec cette personne.",
      translated: false,
    },
  },
  'cmpa-right-to-question': {
    id: 'cmpa-right-to-question',
    citation: 'cmpa-second-opinion',
    en: "Patients have the right to question their physician's advice and may choose to see a different healthcare provider.",
  },
  'ccs-anytime': {
    id: 'ccs-anytime',
    citation: 'ccs-second-opinion',
    en: 'You can ask for a second opinion anytime during your diagnosis or treatment.',
    fr: {
      text: 'Vous pouvez demander un deuxième avis à tout moment lors de votre diagnostic ou de votre traitement.',
      translated: false,
    },
  },
  'ccs-copy-of-file': {
    id: 'ccs-copy-of-file',
    citation: 'ccs-second-opinion',
    en: 'Ask for a copy of your medical file, including test results and biopsy samples, to be sent to the second doctor',
    // Our own rendering: the Society's French wording of this sentence is not sourced.
    fr: {
      text: "Demandez qu'une copie de votre dossier médical, y compris les résultats d'examens et les échantillons de biopsie, soit envoyée au deuxième médecin",
      translated: true,
    },
  },
  'qc-code-s98': {
    id: 'qc-code-s98',
    citation: 'qc-physicians-code',
    en: "A physician must, at the patient's written request and within not more than 30 days of its receipt, hand over to the physician, employer, establishment, insurer or any other person designated by the patient, pertinent information from the patient's medical record which is in his possession and safekeeping.",
    // Our own rendering until the official French text of s. 98 is read.
    fr: {
      text: "Le médecin doit, à la demande écrite du patient et au plus tard 30 jours après l'avoir reçue, remettre au médecin, à l'employeur, à l'établissement, à l'assureur ou à toute autre personne que le patient désigne les renseignements pertinents du dossier médical qu'il détient et dont il a la garde.",
      translated: true,
    },
  },
});

/** The citation with this id. */
export function citation(id: CitationId): Citation {
  return CITATIONS[id];
}

/** The quotation with this id. */
export function quotation(id: QuotationId): Quotation {
  return QUOTATIONS[id];
}

/**
 * The link to show for a citation in a language: the page in that language,
 * else the English page (with `inEnglish: true` when the reader is French, so
 * the widget can say so), else none.
 */
export function citationUrl(c: Citation, locale: PvLocale): {href: string; inEnglish: boolean} | undefined {
  // Through safeUrl like every link a widget renders, built-in ones included (#24).
  const fr = locale === 'fr' ? safeUrl(own(c.url, 'fr')) : undefined;
  if (fr) return {href: fr, inEnglish: false};
  const en = safeUrl(own(c.url, 'en'));
  return en ? {href: en, inEnglish: locale === 'fr'} : undefined;
}

/** The text of a quotation in a language, and whether that text is our own translation. `undefined` when it has no text in that language. */
export function quotationText(q: Quotation, locale: PvLocale): {text: string; translated: boolean} | undefined {
  if (locale === 'en') return {text: q.en, translated: false};
  return q.fr ? {text: q.fr.text, translated: q.fr.translated} : undefined;
}
