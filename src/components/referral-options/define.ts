/** Registers <pv-referral-options> (safe to import twice) and exports its class. */
import '../../internal/no-dom.js';
import {define} from '../../internal/define.js';
import {addFrench} from '../../internal/locale.js';
import {templates as french} from '../../generated/locales/fr/referral-options.js';
import {PvReferralOptions} from './referral-options.js';
import '../../internal/no-dom-end.js';

addFrench(french);
define('pv-referral-options', PvReferralOptions);

export * from './referral-options.js';
export type * from '../../types.js';
