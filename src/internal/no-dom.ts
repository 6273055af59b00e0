/**
 * Imported first by every entry, with `no-dom-end.ts` imported last. A
 * runtime without a DOM that does not ask for Lit's Node build (edge
 * functions, workers: Next.js's Edge runtime, Cloudflare) loads Lit's
 * browser build, which touches `HTMLElement` and `document` as its modules
 * load, and would throw. Bare stand-ins let the modules load there, and are
 * removed again once they have (other code tells a browser by `document`);
 * nothing renders in such a runtime (frameworks only write the tags). In a
 * browser, or under Lit's Node build, this does nothing that lasts.
 */
const g = globalThis as {HTMLElement?: unknown; document?: unknown};
const added: Array<'HTMLElement' | 'document'> = [];

if (typeof g.HTMLElement === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a bare base class is all Lit needs to load
  g.HTMLElement = class HTMLElement {};
  added.push('HTMLElement');
}
if (typeof g.document === 'undefined') {
  // lit-html makes one tree walker as it loads; it is used only to render.
  g.document = {createTreeWalker: () => ({})};
  added.push('document');
}

/** Removes the stand-ins this module added (called by no-dom-end.ts). */
export function removeStandIns(): void {
  for (const name of added.splice(0)) {
    if (name === 'HTMLElement') delete g.HTMLElement;
    else delete g.document;
  }
}
