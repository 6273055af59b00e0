/**
 * `window.patientVoice`, the library's one global, made so that the page's
 * markup cannot replace it (#24). A named element (`<form id="patientVoice">`,
 * `<img name="patientVoice">`) shadows an ordinary global of that name; an
 * own, non-writable, non-configurable property of `window` is never
 * shadowed, and its entries (`consent`) are set once and read-only.
 * Module users need no global at all: `import {consent} from
 * 'patient-voice-widgets/consent-banner.js'`.
 */

/** The entries the library puts on `window.patientVoice`. */
const ENTRIES = ['consent'] as const;

/**
 * Defines `window.patientVoice` (once per page, whichever copy of the
 * library runs first) and answers it. Each entry is set by the first
 * assignment and cannot be changed after (assigning again is ignored).
 */
export function pageApi(): Record<string, unknown> | undefined {
  if (typeof window === 'undefined') return undefined;
  const existing = Object.getOwnPropertyDescriptor(window, 'patientVoice');
  if (existing) {
    const value: unknown = existing.value;
    // Ours, from another copy of the library (or this one).
    if (!existing.configurable && !existing.writable && typeof value === 'object' && value) return value as Record<string, unknown>;
    // A global the page declared itself (`var patientVoice`) cannot be redefined: left alone.
    if (!existing.configurable) return undefined;
  }
  const api: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of ENTRIES) {
    let entry: unknown;
    Object.defineProperty(api, name, {
      enumerable: true,
      get: () => entry,
      set: (value: unknown) => {
        entry ??= value;
      },
    });
  }
  Object.defineProperty(window, 'patientVoice', {value: Object.freeze(api), writable: false, configurable: false, enumerable: true});
  return api;
}
