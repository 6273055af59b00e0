// A developer's code, importing the package by name as npm users do.
import 'patient-voice-widgets/medical-disclaimer.js';
import {VERSION, type PvMedicalDisclaimer, type PvDisclaimerToggleDetail} from 'patient-voice-widgets';

const note: PvMedicalDisclaimer = document.createElement('pv-medical-disclaimer');
note.variant = 'story';
note.compact = true;
note.org = 'Consumer Org';
note.addEventListener('pv-disclaimer-toggle', (e) => {
  const detail: PvDisclaimerToggleDetail = e.detail;
  document.body.dataset.toggled = String(detail.open);
});
document.body.append(note);

const fr = document.createElement('pv-medical-disclaimer');
fr.lang = 'fr';
document.body.append(fr);

document.body.dataset.version = VERSION;
