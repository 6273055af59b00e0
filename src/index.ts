/**
 * patient-voice-widgets: importing this module registers every widget.
 * For a single widget, import its own module instead, e.g.
 * `patient-voice-widgets/medical-disclaimer.js`.
 */
export {PvElement} from './internal/pv-element.js';
export {define} from './internal/define.js';
export {normalizeLocale, resolveLocale, type PvLocale} from './internal/locale.js';
export type {PvEventMap, PvEventName, PvDisclaimerToggleDetail} from './internal/events.js';
export {VERSION} from './internal/version.js';
export {PvMedicalDisclaimer, DISCLAIMER_VARIANTS, type DisclaimerVariant} from './components/medical-disclaimer/medical-disclaimer.js';
// (one export line per widget, below)
