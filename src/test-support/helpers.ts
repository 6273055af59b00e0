/** Helpers shared by the browser tests (not shipped). */

/** Replaces console.warn while a test runs and keeps what it was given. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Waits for MutationObserver callbacks and the re-render they schedule. */
export async function settle(el: {updateComplete: Promise<unknown>}): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The element's rendered text, ASCII whitespace folded (no-break spaces kept). */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Sets `<html lang>` and returns a function that puts the old value back. */
export function setPageLang(lang: string | null): () => void {
  const html = document.documentElement;
  const old = html.getAttribute('lang');
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  return () => (old === null ? html.removeAttribute('lang') : html.setAttribute('lang', old));
}

/**
 * The usual setup of a widget's test file: before each test, an English page
 * (`<html lang="en">`) and console.warn captured; after it, both put back.
 * `clean` runs before and after each test too (e.g. to clear storage).
 * Returns the captured warnings of the running test.
 */
export function useTestPage(clean?: () => void): {readonly messages: string[]} {
  let capture: ReturnType<typeof captureWarnings> | undefined;
  let restoreLang = () => {};
  beforeEach(() => {
    clean?.();
    capture = captureWarnings();
    restoreLang = setPageLang('en');
  });
  afterEach(() => {
    capture?.restore();
    restoreLang();
    clean?.();
  });
  return {
    get messages() {
      return capture!.messages;
    },
  };
}
