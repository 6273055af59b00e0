/**
 * Registers <pv-consent-banner>, <pv-consent-settings> and <pv-consent-table> (safe to import
 * twice), puts the consent API on `window.patientVoice.consent`, and exports
 * the classes and the API.
 */
import '../../internal/no-dom.js';
import {define} from '../../internal/define.js';
import {addFrench} from '../../internal/locale.js';
import {templates as french} from '../../generated/locales/fr/consent-banner.js';
import {PvConsentBanner} from './consent-banner.js';
import {PvConsentSettings} from './consent-settings.js';
import {PvConsentTable} from './consent-table.js';
import {exposeConsentApi} from './consent-api.js';
import '../../internal/no-dom-end.js';

addFrench(french);
define('pv-consent-banner', PvConsentBanner);
define('pv-consent-settings', PvConsentSettings);
define('pv-consent-table', PvConsentTable);
exposeConsentApi();

export * from './consent-banner.js';
export type * from '../../types.js';
