/**
 * Every public type of the library, in one place, so that each entry
 * (`patient-voice-widgets`, `/<widget>.js`, `/react`, `/classes.js`, `/ssr`)
 * re-exports the same names. Importing any of them also brings the typed
 * events (`GlobalEventHandlersEventMap`) and the tags (`HTMLElementTagNameMap`).
 */
export type {
  PvEventMap,
  PvEventName,
  PvEventDetail,
  PvDisclaimerToggleDetail,
  PvRightsToggleDetail,
  PvCopyDetail,
  PvRouteToggleDetail,
  PvGuideCompleteDetail,
  PvProvinceChangeDetail,
  PvConsentChangeDetail,
  PvConsentWithdrawDetail,
  ConsentMethod,
} from './internal/events.js';
export type {PvLocale} from './internal/locale.js';
export type {HeadingLevelAttribute} from './internal/heading.js';
export type {DisclaimerVariant} from './components/medical-disclaimer/medical-disclaimer.js';
export type {RightsVariant, CitationStyle} from './components/rights-explainer/rights-explainer.js';
export type {ReferralMode, GuideAnswers, RouteId, ProvinceCode} from './components/referral-options/referral-options.js';
export type {ConsentMode, ConsentPosition, ConsentApi, ConsentChoices, ConsentRecord} from './components/consent-banner/consent-banner.js';
export type {StorageKind as ConsentStorage} from './components/consent-banner/consent-store.js';
