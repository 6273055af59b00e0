/**
 * Imported before this copy's Lit. When another copy of the library already
 * loaded its own Lit on the page (the autoloader and the one-file bundle
 * together), this copy's Lit creates a second Trusted Types policy named
 * `lit-html`; a `trusted-types` directive without `'allow-duplicates'`
 * refuses it, Lit throws "Policy with name lit-html already exists" and no
 * widget of this copy is defined. That error alone does not say what to do:
 * when it happens, one console error says it, once per page (#24).
 */
const SAID = Symbol.for('patient-voice-widgets.lit-policy-explained');

/**
 * Logs the explanation when `error` is Lit's refused policy (once per page).
 * Answers whether it was. (The autoloader says the same for a widget module
 * that failed to load, where no error event fires, without importing this.)
 */
export function explainLitPolicy(error: unknown): boolean {
  const text = String(error instanceof Error ? error.message : error);
  const g = globalThis as {[SAID]?: boolean};
  if (!/lit-html/.test(text) || !/polic/i.test(text)) return false;
  if (!g[SAID]) {
    g[SAID] = true;
    // eslint-disable-next-line no-console -- nothing of this copy can work here: an error, not a warning
    console.error(
      `patient-voice-widgets: Trusted Types refused a second copy's "lit-html" policy (autoloader and bundle on one page?). Load one copy, or add 'allow-duplicates' to trusted-types.`
    );
  }
  return true;
}

if (typeof addEventListener === 'function') addEventListener('error', (e) => void explainLitPolicy(e.message));
