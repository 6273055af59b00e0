/**
 * patient-voice-widgets/classes.js: every widget class, type and content
 * module, without registering any tag. For sites that register the elements
 * themselves (under other names, or later), or that only need the types.
 * It does load every widget's French templates, so the classes render in
 * French wherever they are registered.
 */
import {addFrench} from './internal/locale.js';
import {templates as disclaimerFrench} from './generated/locales/fr/medical-disclaimer.js';
import {templates as rightsFrench} from './generated/locales/fr/rights-explainer.js';
import {templates as referralFrench} from './generated/locales/fr/referral-options.js';
import {templates as consentFrench} from './generated/locales/fr/consent-banner.js';

for (const t of [disclaimerFrench, rightsFrench, referralFrench, consentFrench]) addFrench(t);

export {PvElement} from './internal/pv-element.js';
export {define} from './internal/define.js';
export {normalizeLocale, resolveLocale, type PvLocale} from './internal/locale.js';
export type {PvEventMap, PvEventName, PvDisclaimerToggleDetail} from './internal/events.js';
export {VERSION} from './internal/version.js';
export {PvMedicalDisclaimer, DISCLAIMER_VARIANTS, type DisclaimerVariant} from './components/medical-disclaimer/medical-disclaimer.js';
export {PvConsentBanner, CONSENT_MODES, CONSENT_POSITIONS, CONSENT_STORAGES, consent, type ConsentApi, type ConsentMode, type ConsentPosition} from './components/consent-banner/consent-banner.js';
export {PvConsentSettings} from './components/consent-banner/consent-settings.js';
export type {ConsentChoices, ConsentRecord} from './components/consent-banner/consent-store.js';
export type {PvConsentChangeDetail, PvConsentWithdrawDetail, ConsentMethod} from './internal/events.js';
export {PvReferralOptions, REFERRAL_MODES, type ReferralMode, type GuideAnswers, type RouteId, type ProvinceCode} from './components/referral-options/referral-options.js';
export type {PvRouteToggleDetail, PvGuideCompleteDetail, PvProvinceChangeDetail} from './internal/events.js';
export {PvRightsExplainer, RIGHTS_VARIANTS, CITATION_STYLES, type RightsVariant, type CitationStyle} from './components/rights-explainer/rights-explainer.js';
export type {PvRightsToggleDetail, PvCopyDetail} from './internal/events.js';
export {CITATIONS, QUOTATIONS, citation, quotation, citationUrl, quotationText} from './content/citations.js';
export type {Citation, CitationId, Quotation, QuotationId, FrenchQuotation, Bilingual, CitationLocale} from './content/citations.js';
