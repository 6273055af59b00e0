// One widget's entry, alone in its program (tsconfig.entry.json): it brings
// its class, the typed events and the public types.
import 'patient-voice-widgets/medical-disclaimer.js';
import type {ConsentChoices, PvDisclaimerToggleDetail, PvEventDetail} from 'patient-voice-widgets/medical-disclaimer.js';

const note = document.querySelector('pv-medical-disclaimer');
note?.addEventListener('pv-disclaimer-toggle', (e) => {
  const detail: PvDisclaimerToggleDetail = e.detail;
  console.warn(detail.open);
});
export const copied: PvEventDetail<'pv-copy'> = {text: ''};
export const choices: ConsentChoices = {analytics: true};
// @ts-expect-error variant is a union
note!.variant = 'nope';
