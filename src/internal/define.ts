import {msg, str} from '@lit/localize';
import {pageLocale, withLocale} from './locale.js';
import {VERSION} from './version.js';

let warned = false;

/**
 * Registers a custom element safely.
 *
 * - First definition: defines it.
 * - Same class again (the script loaded twice, or two imports): does nothing.
 * - Another class under the same tag (a second, different copy of the library):
 *   keeps the first one; this copy logs one console warning in all, however
 *   many of its widgets it could not define.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned) return;
  warned = true;
  const theirs = (existing as {pvVersion?: string}).pvVersion ?? '?';
  console.warn(
    withLocale(pageLocale(), () =>
      msg(
        str`${tag} is already defined by another copy of patient-voice-widgets (version ${theirs}). This copy (version ${VERSION}) is not used for it. Load the library only once.`
      )
    )
  );
}
