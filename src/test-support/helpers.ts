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
