// A developer's code, importing the package by name as npm users do.
import 'patient-voice-widgets/medical-disclaimer.js';
import 'patient-voice-widgets/referral-options.js';
import {consent} from 'patient-voice-widgets/consent-banner.js';
import {PvRightsExplainer, VERSION, type PvMedicalDisclaimer, type PvDisclaimerToggleDetail, type PvReferralOptions} from 'patient-voice-widgets/classes.js';

// Registered under a name of the site's choosing: classes.js defines nothing itself.
customElements.define('site-rights', class extends PvRightsExplainer {});

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

const referral: PvReferralOptions = document.createElement('pv-referral-options');
referral.province = 'ON';
referral.addEventListener('pv-province-change', (e) => (document.body.dataset.province = e.detail.province));
document.body.append(referral);

document.body.append(document.createElement('site-rights'));

// A consent listener, typed through GlobalEventHandlersEventMap, and the JS API.
document.addEventListener('pv-consent-change', (e) => {
  const analytics: boolean = e.detail.choices.analytics ?? false;
  document.body.dataset.consent = `${e.detail.method}:${analytics}`;
});
const banner = document.createElement('pv-consent-banner');
banner.setAttribute('policy-url', '/privacy');
document.body.prepend(banner);
document.body.dataset.consentApi = typeof consent.get;
document.body.dataset.version = VERSION;
