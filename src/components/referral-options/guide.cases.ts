/** Test cases shared by the guide's unit tests and the widget's browser tests (not shipped). */
import type {GuideAnswers} from './guide.js';

/** Every complete answer combination, with the expected order and reasons. */
export const GUIDE_TABLE: Array<[GuideAnswers, string]> = [
  [{familyDoctor: 'yes', opinion: 'family-doctor', insurance: 'yes'}, 'family-doctor:fd-own-opinion insurance:insurance-yes walk-in:walk-in-backup specialist:specialist-if-seen'],
  [{familyDoctor: 'yes', opinion: 'family-doctor', insurance: 'not-sure'}, 'family-doctor:fd-own-opinion walk-in:walk-in-backup insurance:insurance-not-sure specialist:specialist-if-seen'],
  [{familyDoctor: 'yes', opinion: 'family-doctor', insurance: 'no'}, 'family-doctor:fd-own-opinion walk-in:walk-in-backup specialist:specialist-if-seen insurance:insurance-no'],
  [{familyDoctor: 'yes', opinion: 'specialist', insurance: 'yes'}, 'family-doctor:fd-first insurance:insurance-yes specialist:specialist-theirs walk-in:walk-in-backup'],
  [{familyDoctor: 'yes', opinion: 'specialist', insurance: 'not-sure'}, 'family-doctor:fd-first specialist:specialist-theirs insurance:insurance-not-sure walk-in:walk-in-backup'],
  [{familyDoctor: 'yes', opinion: 'specialist', insurance: 'no'}, 'family-doctor:fd-first specialist:specialist-theirs walk-in:walk-in-backup insurance:insurance-no'],
  [{familyDoctor: 'yes', opinion: 'other', insurance: 'yes'}, 'family-doctor:fd-first insurance:insurance-yes specialist:specialist-if-seen walk-in:walk-in-backup'],
  [{familyDoctor: 'yes', opinion: 'other', insurance: 'not-sure'}, 'family-doctor:fd-first specialist:specialist-if-seen insurance:insurance-not-sure walk-in:walk-in-backup'],
  [{familyDoctor: 'yes', opinion: 'other', insurance: 'no'}, 'family-doctor:fd-first specialist:specialist-if-seen walk-in:walk-in-backup insurance:insurance-no'],
  [{familyDoctor: 'no', insurance: 'yes'}, 'walk-in:walk-in-no-fd insurance:insurance-yes specialist:specialist-if-seen family-doctor:fd-later'],
  [{familyDoctor: 'no', insurance: 'not-sure'}, 'walk-in:walk-in-no-fd specialist:specialist-if-seen insurance:insurance-not-sure family-doctor:fd-later'],
  [{familyDoctor: 'no', insurance: 'no'}, 'walk-in:walk-in-no-fd specialist:specialist-if-seen family-doctor:fd-later insurance:insurance-no'],
];
