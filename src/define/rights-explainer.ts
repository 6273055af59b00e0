/** Registers <pv-rights-explainer> (safe to import twice) and exports its class. */
import {define} from '../internal/define.js';
import {PvRightsExplainer} from '../components/rights-explainer/rights-explainer.js';

define('pv-rights-explainer', PvRightsExplainer);

export * from '../components/rights-explainer/rights-explainer.js';
