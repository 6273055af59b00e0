/**
 * The routes to a second opinion in Canada, and the advice around them.
 *
 * Read by `<pv-referral-options>`. Every entry names its `source` (a section
 * of the project's content facts, which cite the original pages) and the date
 * it was last `checked` against it. The sentences are our own plain-language
 * wording of those facts; the widget gives them in English and French.
 */
import {msg} from '@lit/localize';
import {ownData} from '../internal/own.js';

/** The date these entries were last compared with their sources. */
const CHECKED = '2026-11-24';
/** Entries amended from the content facts' part 8. */
const CHECKED_8 = '2026-12-01';

/** The source page of section 1 (the routes and the advice around them). */
const BLOG = 'Canadian Breast Cancer Network, Our Voices Blog, "Getting a Second Opinion in our Public Health System" (content facts §1)';
/** Who can refer (content facts §8.4b): nurse practitioners in Ontario (confirmed) and British Columbia (partial). */
const WHO_REFERS = `${BLOG}; nurse practitioners' referrals: Ontario Newsroom 2015 and OHIP InfoBulletin 4676 (content facts §8.4b)`;

/** The ids of the four routes, in their default order. */
export const ROUTE_IDS = ['family-doctor', 'specialist', 'walk-in', 'insurance'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** True for one of the four route ids. */
export function isRouteId(value: string): value is RouteId {
  return (ROUTE_IDS as readonly string[]).includes(value);
}

/** One route to a second opinion. The text functions answer in the language of the element rendering. */
export interface Route {
  readonly id: RouteId;
  /** Short title of the card. */
  title(): string;
  /** One line under the title: when this route fits, in short (the rest opens on demand). */
  line(): string;
  /** When this route fits. */
  when(): string;
  /** One or two sentences the person can say or write. */
  ask(): readonly string[];
  /** What to bring or have ready. */
  bring(): readonly string[];
  /** Where the facts come from. */
  readonly source: string;
  /** When this entry was last checked against its source, `YYYY-MM-DD`. */
  readonly checked: string;
}

export const ROUTES: readonly Route[] = ownData([
  {
    id: 'family-doctor',
    title: () => msg('Ask your family doctor'),
    line: () => msg('The usual first step, if you have a family doctor.'),
    when: () =>
      msg(
        'To see a specialist, you need a referral from a doctor or, in some provinces, a nurse practitioner. Asking your family doctor is the usual first step. If the opinion you question is theirs, it can feel awkward. Be open about your reasons.'
      ),
    ask: () => [
      msg('I would like a second opinion about my diagnosis and treatment. Can you refer me to another specialist?'),
      msg('I trust you, and I want to be sure about this decision. Can you refer me to another doctor for a second opinion?'),
    ],
    bring: () => [
      msg('Your reasons for wanting a second opinion.'),
      msg('The name of a doctor you would like to see, if you have one.'),
    ],
    source: WHO_REFERS,
    checked: CHECKED_8,
  },
  {
    id: 'specialist',
    title: () => msg('Ask the specialist you have seen'),
    line: () => msg('If you have already seen a specialist.'),
    when: () => msg('You have already seen a specialist. You can ask them to refer you to a second doctor.'),
    ask: () => [msg('Before I decide, I would like a second opinion. Can you refer me to another specialist?')],
    bring: () => [
      msg('Your questions about the diagnosis or the treatment plan.'),
      msg('The name of a doctor you would like to see, if you have one.'),
    ],
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'walk-in',
    title: () => msg('Go to a walk-in clinic or urgent care centre'),
    line: () => msg('If you have no family doctor, or you cannot get a referral.'),
    when: () =>
      msg(
        'You have no family doctor, or you cannot get a referral. A doctor at the clinic does not know your history, so explain your situation and why you want a second opinion.'
      ),
    ask: () => [msg('I need a referral to a specialist for a second opinion. I brought my documents and test results.')],
    bring: () => [
      msg('Every document and test result you have.'),
      msg('A copy of your medical records, if you have one.'),
    ],
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'insurance',
    title: () => msg('Check your insurance plan'),
    line: () => msg('If you have insurance through work or your own plan.'),
    when: () =>
      msg(
        'You have insurance through work or your own plan. Some plans include a review of your records by a specialist, from a distance, with a written report. It does not replace your care team, and it is not a referral. What is covered depends on the plan, so check yours.'
      ),
    ask: () => [msg('Does my plan include a second opinion, where a specialist reviews my records? How do I ask for it?')],
    bring: () => [msg('Your plan information.'), msg('A copy of your medical records and test results.')],
    source:
      'Content facts §8.9 (expert medical opinion services through insurance: a review of the medical file and test reports, a written report, no treatment and no physician-patient relationship; generic, no provider named), amending §1',
    checked: CHECKED_8,
  },
]);

/** The route with this id. */
export function routeById(id: RouteId): Route {
  return ROUTES.find((r) => r.id === id)!;
}

/** One piece of advice for before or after the appointment. */
export interface Tip {
  readonly id: string;
  text(): string;
  readonly source: string;
  readonly checked: string;
}

/** Before the appointment (content facts §1 and §2, records). */
export const BEFORE_TIPS: readonly Tip[] = ownData([
  {
    id: 'name',
    text: () =>
      msg('Come with the name of a doctor you would like to see. Ask friends, other patients or a support group which doctors they trust.'),
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'records',
    text: () => msg('Ask for a copy of your medical file to be sent to the second doctor, with your test results and biopsy samples.'),
    source:
      'Canadian Cancer Society, "Getting a second opinion" ("test results and biopsy samples"); McInerney v. MacDonald, [1992] 2 SCR 138 (content facts §2 and §8.10)',
    checked: CHECKED_8,
  },
  {
    id: 'pathology',
    text: () => msg('For breast cancer, make sure your pathology report is included. It describes the cancer, for example its size, hormone levels and HER2 status.'),
    source: 'North York General Hospital, the pathology report; Canadian Breast Cancer Network, pathology reports (content facts §8.10)',
    checked: CHECKED_8,
  },
  {
    id: 'wait',
    text: () => msg('The wait for the appointment can be long.'),
    source: BLOG,
    checked: CHECKED,
  },
]);

/** At and after the appointment (content facts §1). */
export const AFTER_TIPS: readonly Tip[] = ownData([
  {
    id: 'record',
    text: () => msg('If you can, record the appointment on your phone. Ask first.'),
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'share',
    text: () => msg('Share the results with the team that looks after you: your family doctor or your main specialist.'),
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'differ',
    text: () => msg('If the two opinions differ, talk about them with your family doctor or the first specialist you saw.'),
    source: BLOG,
    checked: CHECKED,
  },
  {
    id: 'voice',
    text: () => msg('Getting a second opinion means speaking up for yourself. Use your voice.'),
    source: BLOG,
    checked: CHECKED,
  },
]);

/** Drug coverage depends on the province (content facts §7): the sources to name with it. */
export const DRUG_COVERAGE = ownData({
  // Official French names where the facts give one (§8.2); else the English proper name.
  sources: [
    {name: {en: 'CanCertainty', fr: 'CanCertainty'}, url: 'https://www.cancertaintyforall.ca/faq'},
    {
      name: {
        en: 'Canadian Cancer Society, Nova Scotia take-home drugs page',
        fr: 'Société canadienne du cancer, page sur les médicaments à prendre à domicile en Nouvelle-Écosse',
      },
      url: undefined,
    },
  ],
  source: 'Content facts §1 and §7 (CanCertainty FAQ; Canadian Cancer Society, Nova Scotia take-home drugs page); French name of the Society from §8.2',
  checked: CHECKED_8,
} as const);
