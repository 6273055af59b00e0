// The wrappers (patient-voice-widgets/react) and the plain tags with their
// JSX types (patient-voice-widgets/jsx), in one React 19 app.
import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {PvConsentBanner, PvMedicalDisclaimer, PvReferralOptions, type PvConsentChangeDetail} from 'patient-voice-widgets/react';
import type {} from 'patient-voice-widgets/jsx';
import 'patient-voice-widgets/rights-explainer.js';

function App() {
  const [toggles, setToggles] = useState(0);
  const [consent, setConsent] = useState<PvConsentChangeDetail | null>(null);
  const [rights, setRights] = useState<boolean | null>(null);
  return (
    <main data-toggles={toggles} data-consent={consent ? `${consent.method}:${consent.choices.analytics}` : ''} data-rights={String(rights)}>
      <PvConsentBanner policyUrl="/privacy" headingLevel="2" onPvConsentChange={(e) => setConsent(e.detail)} />
      <PvMedicalDisclaimer id="en" compact org="React Org" onPvDisclaimerToggle={(e) => setToggles((n) => n + (e.detail.open ? 1 : 0))} />
      <PvMedicalDisclaimer id="fr" lang="fr" variant="story" />
      <PvReferralOptions id="referral" lang="fr" province="QC" compact />
      <pv-rights-explainer id="rights" compact heading-level="3" onpv-rights-toggle={(e) => setRights(e.detail.open)}></pv-rights-explainer>
    </main>
  );
}

/** The types catch mistakes: tsc fails if any of these is accepted (never rendered). */
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error not a variant */}
      <PvMedicalDisclaimer variant="nope" />
      {/* @ts-expect-error compact is a boolean */}
      <PvReferralOptions compact={42} />
      {/* @ts-expect-error not a heading level */}
      <pv-rights-explainer heading-level="7"></pv-rights-explainer>
      {/* @ts-expect-error not a mode */}
      <pv-consent-banner mode="opt-out"></pv-consent-banner>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
