/**
 * Imported first by every entry. A runtime without a DOM that does not ask
 * for Lit's Node build (edge functions, workers: Next.js's Edge runtime,
 * Cloudflare) loads Lit's browser build, whose element class extends
 * `HTMLElement` as the module loads, and would throw. A bare stand-in lets
 * the modules load there; nothing renders in such a runtime (frameworks only
 * write the tags), and in a browser or under Lit's Node build it does nothing.
 */
if (typeof globalThis.HTMLElement === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a bare base class is all Lit needs to load
  (globalThis as {HTMLElement?: unknown}).HTMLElement = class HTMLElement {};
}
export {};
