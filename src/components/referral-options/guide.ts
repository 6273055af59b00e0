/**
 * The guide's ordering logic, as a pure function: answers in, ordered routes
 * with the reason for each out. No state, no DOM, nothing stored.
 */
import {ROUTE_IDS, type RouteId} from '../../content/routes.js';

/** Do you have a family doctor? */
export type FamilyDoctorAnswer = 'yes' | 'no';
/** Whose opinion do you want checked? (Asked only when there is a family doctor.) */
export type OpinionAnswer = 'family-doctor' | 'specialist' | 'other';
/** Do you have private health insurance? */
export type InsuranceAnswer = 'yes' | 'no' | 'not-sure';

/** The person's answers so far. Missing = not answered yet. */
export interface GuideAnswers {
  familyDoctor?: FamilyDoctorAnswer;
  opinion?: OpinionAnswer;
  insurance?: InsuranceAnswer;
}

export const FAMILY_DOCTOR_ANSWERS: readonly FamilyDoctorAnswer[] = ['yes', 'no'];
export const OPINION_ANSWERS: readonly OpinionAnswer[] = ['family-doctor', 'specialist', 'other'];
export const INSURANCE_ANSWERS: readonly InsuranceAnswer[] = ['yes', 'no', 'not-sure'];

/** Why a route is suggested. The widget turns each key into a sentence. */
export type ReasonKey =
  | 'fd-first'
  | 'fd-own-opinion'
  | 'fd-later'
  | 'specialist-theirs'
  | 'specialist-if-seen'
  | 'walk-in-no-fd'
  | 'walk-in-backup'
  | 'insurance-yes'
  | 'insurance-not-sure'
  | 'insurance-no';

export interface SuggestedRoute {
  route: RouteId;
  reason: ReasonKey;
}

/** True when every question that applies has an answer. */
export function isComplete(answers: GuideAnswers): boolean {
  if (!answers.familyDoctor || !answers.insurance) return false;
  return answers.familyDoctor === 'no' || !!answers.opinion;
}

/**
 * Orders the routes for the answers. Returns `undefined` until the answers
 * are complete. `allowed` limits the result to those routes (the widget's
 * `routes` attribute), keeping the guide's order.
 *
 * - With a family doctor, asking them comes first (the usual first step); the
 *   specialist comes next unless the opinion is the family doctor's, where the
 *   walk-in clinic is the backup before it.
 * - Without one, the walk-in clinic or urgent care centre comes first.
 * - Private insurance: second with a plan, third when unsure, last without.
 */
export function orderRoutes(answers: GuideAnswers, allowed: readonly RouteId[] = ROUTE_IDS): SuggestedRoute[] | undefined {
  if (!isComplete(answers)) return undefined;
  let base: SuggestedRoute[];
  if (answers.familyDoctor === 'no') {
    base = [
      {route: 'walk-in', reason: 'walk-in-no-fd'},
      {route: 'specialist', reason: 'specialist-if-seen'},
      {route: 'family-doctor', reason: 'fd-later'},
    ];
  } else if (answers.opinion === 'family-doctor') {
    base = [
      {route: 'family-doctor', reason: 'fd-own-opinion'},
      {route: 'walk-in', reason: 'walk-in-backup'},
      {route: 'specialist', reason: 'specialist-if-seen'},
    ];
  } else {
    base = [
      {route: 'family-doctor', reason: 'fd-first'},
      {route: 'specialist', reason: answers.opinion === 'specialist' ? 'specialist-theirs' : 'specialist-if-seen'},
      {route: 'walk-in', reason: 'walk-in-backup'},
    ];
  }
  const insurance = answers.insurance!;
  const at = insurance === 'yes' ? 1 : insurance === 'not-sure' ? 2 : base.length;
  base.splice(at, 0, {route: 'insurance', reason: `insurance-${insurance}`});
  return base.filter((s) => allowed.includes(s.route));
}
