/** Registers <pv-medical-disclaimer> (safe to import twice) and exports its class. */
import {define} from '../internal/define.js';
import {PvMedicalDisclaimer} from '../components/medical-disclaimer/medical-disclaimer.js';

define('pv-medical-disclaimer', PvMedicalDisclaimer);

export * from '../components/medical-disclaimer/medical-disclaimer.js';
