// First, before Lit is evaluated (see lit-guard.ts).
import './lit-guard.js';
import {msg, str} from '@lit/localize';
import {pageLocale, withLocale} from './locale.js';
import {VERSION} from './version.js';
import {pageApi} from './page-api.js';

let warned = false;
let xmlSaid = false;

/**
 * Lit parses its templates with the document's own parser: in an XML
 * document (XHTML served as application/xhtml+xml) that parser rejects them
 * and every widget would stay blank. So no widget is defined there, and one
 * console error names the cause; the page's fallback content stays.
 */
function inHtml(): boolean {
  const type = typeof document === 'undefined' ? 'text/html' : document.contentType;
  if (type === 'text/html' || type === undefined) return true;
  if (!xmlSaid) {
    xmlSaid = true;
    // eslint-disable-next-line no-console -- nothing of this copy can work here: an error, not a warning
    console.error(
      withLocale(pageLocale(), () =>
        msg(str`patient-voice-widgets: no widget is defined in an XML document (${type}): serve the page as text/html.`)
      )
    );
  }
  return false;
}

const warn = (text: () => string) => console.warn(withLocale(pageLocale(), text));

/**
 * Registers a custom element safely.
 *
 * - First definition: defines it.
 * - Same class again (the script loaded twice, or two imports), or a class
 *   of another copy of the same version (an npm import and the CDN file on
 *   one page): does nothing.
 * - A class of another version under the same tag: keeps the first one; this
 *   copy logs one console warning in all, however many of its widgets it
 *   could not define.
 * - A definition that fails (the page's own registry patched, a tag taken
 *   by the page): one warning naming the tag; the other tags are defined
 *   all the same.
 *
 * It also makes `window.patientVoice` (src/internal/page-api.ts) before any
 * widget can fill it.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!inHtml()) return;
  pageApi();
  let existing: CustomElementConstructor | undefined;
  try {
    existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
      return;
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    warn(() => msg(str`${tag} could not be registered (${reason}). The page's other widgets are not affected.`));
    return;
  }
  const theirs = (existing as {pvVersion?: string}).pvVersion ?? '?';
  if (existing === ctor || theirs === VERSION || warned) return;
  warned = true;
  warn(() =>
    msg(
      str`${tag} is already defined by another copy of patient-voice-widgets (version ${theirs}). This copy (version ${VERSION}) is not used for it. Load the library only once.`
    )
  );
}
