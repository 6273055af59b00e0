import {medicalDisclaimerExamples} from './components/medical-disclaimer/medical-disclaimer.examples.js';
// (one import line per widget, below)
import {consentBannerExamples} from './components/consent-banner/consent-banner.examples.js';
import {referralOptionsExamples} from './components/referral-options/referral-options.examples.js';
import {rightsExplainerExamples} from './components/rights-explainer/rights-explainer.examples.js';
import type {WidgetExample} from './widget-example.js';

export type {WidgetExample};

/** Every example of every widget, by widget tag. */
export const examples: Record<string, WidgetExample[]> = {
  'pv-medical-disclaimer': medicalDisclaimerExamples,
  // (one entry per widget, below)
  'pv-consent-banner': consentBannerExamples,
  'pv-referral-options': referralOptionsExamples,
  'pv-rights-explainer': rightsExplainerExamples,
};
