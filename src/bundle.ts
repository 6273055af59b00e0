/**
 * Entry of the one-file script-tag build (dist/cdn/patient-voice.js).
 * Hydration support comes first: it must run before lit-element is evaluated,
 * so that widgets pre-rendered with declarative shadow DOM (pv-render) are
 * hydrated in place instead of rendered a second time.
 */
// Before any Lit: says why, when a second copy's Lit is refused by Trusted Types.
import './internal/lit-guard.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
