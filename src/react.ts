'use client';
/**
 * patient-voice-widgets/react: a React component per widget tag, made with
 * @lit/react. Properties are set as properties (so `policyUrl` and the
 * booleans arrive typed), and every event has its prop:
 * `<PvConsentBanner policyUrl="/privacy" onPvConsentChange={(e) => e.detail.choices} />`.
 * Using a component registers its tag. Needs `react` and `@lit/react`.
 */
import './internal/no-dom.js';
export * from './generated/react/index.js';
import './internal/no-dom-end.js';
export type * from './types.js';
