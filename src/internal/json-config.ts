/** Result of reading a widget's JSON configuration child. */
export type JsonConfig = {ok: true; value: unknown} | {ok: false; error: string};

/** The widget's own `<script type="application/json">` child, if any (a direct child: a nested widget's is never taken). */
function jsonChild(host: Element): HTMLScriptElement | undefined {
  return [...host.children].find(
    (c): c is HTMLScriptElement => c.localName === 'script' && (c as HTMLScriptElement).type.trim().toLowerCase() === 'application/json'
  );
}

/**
 * Reads the widget's own `<script type="application/json">` child. Returns
 * `undefined` when there is none. The script never runs: browsers do not
 * execute that type.
 */
export function readJsonConfig(host: Element): JsonConfig | undefined {
  const script = jsonChild(host);
  if (!script) return undefined;
  try {
    return {ok: true, value: JSON.parse(script.textContent ?? '') as unknown};
  } catch (e) {
    return {ok: false, error: e instanceof Error ? e.message : String(e)};
  }
}

/**
 * Calls `changed` when the widget's JSON child appears, changes or goes after
 * the widget upgraded (a streamed page, a script that fills it in), and once
 * at `DOMContentLoaded` if the document was still loading: the widget then
 * reads it again with `readJsonConfig`, with the same checks. Returns a stop
 * function.
 */
export function watchJsonConfig(host: Element, changed: () => void): () => void {
  let last = jsonChild(host)?.textContent ?? null;
  const check = () => {
    const now = jsonChild(host)?.textContent ?? null;
    if (now !== last) {
      last = now;
      changed();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(host, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type']});
  const loading = document.readyState === 'loading';
  if (loading) document.addEventListener('DOMContentLoaded', check, {once: true});
  return () => {
    observer.disconnect();
    if (loading) document.removeEventListener('DOMContentLoaded', check);
  };
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `o[key]` only when it is `o`'s own property: never one inherited from
 * `Object.prototype`, which another script on the page may have polluted.
 */
export function own<T>(o: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return o != null && Object.hasOwn(o, key) ? o[key] : undefined;
}
