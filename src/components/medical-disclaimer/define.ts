/** Registers <pv-medical-disclaimer> (safe to import twice) and exports its class. */
import '../../internal/no-dom.js';
import {define} from '../../internal/define.js';
import {addFrench} from '../../internal/locale.js';
import {templates as french} from '../../generated/locales/fr/medical-disclaimer.js';
import {PvMedicalDisclaimer} from './medical-disclaimer.js';
import '../../internal/no-dom-end.js';

addFrench(french);
define('pv-medical-disclaimer', PvMedicalDisclaimer);

export * from './medical-disclaimer.js';
export type * from '../../types.js';
