'use client';
// Client components: the wrappers with their event props, and plain tags
// with React 19's `onpv-…` listeners (typed by patient-voice-widgets/jsx).
import {useEffect, useState} from 'react';
import {PvConsentBanner, PvMedicalDisclaimer, PvReferralOptions} from 'patient-voice-widgets/react';
import type {PvConsentChangeDetail} from 'patient-voice-widgets/react';
import type {} from 'patient-voice-widgets/jsx';
import 'patient-voice-widgets/rights-explainer.js';

export function Widgets() {
  const [toggles, setToggles] = useState(0);
  const [consent, setConsent] = useState<PvConsentChangeDetail | null>(null);
  const [rights, setRights] = useState<boolean | null>(null);
  // Tells the test that React has hydrated.
  useEffect(() => void (document.body.dataset.hydrated = 'true'), []);
  return (
    <section id="widgets" data-toggles={toggles} data-consent={consent ? `${consent.method}:${consent.choices.analytics}` : ''} data-rights={String(rights)}>
      <PvConsentBanner policyUrl="/privacy" onPvConsentChange={(e) => setConsent(e.detail)} />
      <PvMedicalDisclaimer id="en" compact org="Next Org" onPvDisclaimerToggle={(e) => setToggles((n) => n + (e.detail.open ? 1 : 0))} />
      <PvReferralOptions id="referral" lang="fr" province="QC" compact />
      <pv-rights-explainer id="rights" compact heading-level="3" onpv-rights-toggle={(e) => setRights(e.detail.open)}></pv-rights-explainer>
    </section>
  );
}
