/** Registers <pv-referral-options> (safe to import twice) and exports its class. */
import {define} from '../internal/define.js';
import {PvReferralOptions} from '../components/referral-options/referral-options.js';

define('pv-referral-options', PvReferralOptions);

export * from '../components/referral-options/referral-options.js';
