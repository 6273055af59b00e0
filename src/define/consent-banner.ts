/**
 * Registers <pv-consent-banner> and <pv-consent-settings> (safe to import
 * twice), puts the consent API on `window.patientVoice.consent`, and exports
 * the classes and the API.
 */
import {define} from '../internal/define.js';
import {addFrench} from '../internal/locale.js';
import {templates as french} from '../generated/locales/fr/consent-banner.js';
import {PvConsentBanner} from '../components/consent-banner/consent-banner.js';
import {PvConsentSettings} from '../components/consent-banner/consent-settings.js';
import {exposeConsentApi} from '../components/consent-banner/consent-api.js';

addFrench(french);
define('pv-consent-banner', PvConsentBanner);
define('pv-consent-settings', PvConsentSettings);
exposeConsentApi();

export * from '../components/consent-banner/consent-banner.js';
export {PvConsentSettings} from '../components/consent-banner/consent-settings.js';
