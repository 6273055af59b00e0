/** Registers <pv-rights-explainer> (safe to import twice) and exports its class. */
import '../../internal/no-dom.js';
import {define} from '../../internal/define.js';
import {addFrench} from '../../internal/locale.js';
import {templates as french} from '../../generated/locales/fr/rights-explainer.js';
import {PvRightsExplainer} from './rights-explainer.js';
import '../../internal/no-dom-end.js';

addFrench(french);
define('pv-rights-explainer', PvRightsExplainer);

export * from './rights-explainer.js';
export type * from '../../types.js';
