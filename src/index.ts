/**
 * patient-voice-widgets: importing this module registers every widget and
 * exports their classes and types. For a single widget, import its own
 * module instead (`patient-voice-widgets/referral-options.js`); for the
 * classes without registering anything, `patient-voice-widgets/classes.js`.
 */
import './internal/no-dom.js';
import './generated/widgets/register.js';
import './internal/no-dom-end.js';

export * from './classes.js';
