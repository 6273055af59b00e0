/**
 * patient-voice-widgets/classes.js: every widget class, type and content
 * module, without registering any tag. For sites that register the elements
 * themselves (under other names, or later), or that only need the types.
 * It does load every widget's French templates, so the classes render in
 * French wherever they are registered.
 */
import './internal/no-dom.js';
// Every widget's French, and its public module's classes and types (src/widgets.ts).
export * from './generated/widgets/classes.js';
import './internal/no-dom-end.js';

export {PvElement} from './internal/pv-element.js';
export {define} from './internal/define.js';
export {normalizeLocale, resolveLocale, type PvLocale} from './internal/locale.js';
export {VERSION} from './internal/version.js';
export type * from './types.js';
export type {
  PvEventMap,
  PvEventName,
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
export {CITATIONS, QUOTATIONS, citation, quotation, citationUrl, quotationText} from './content/citations.js';
export type {Citation, CitationId, Quotation, QuotationId, FrenchQuotation, Bilingual, CitationLocale} from './content/citations.js';
