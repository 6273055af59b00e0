/** Result of reading a widget's JSON configuration child. */
export type JsonConfig = {ok: true; value: unknown} | {ok: false; error: string};

/**
 * Reads the widget's own `<script type="application/json">` child (a direct
 * child, so a nested widget's config is never taken). Returns `undefined` when
 * there is none. The script never runs: browsers do not execute that type.
 */
export function readJsonConfig(host: Element): JsonConfig | undefined {
  const script = [...host.children].find(
    (c): c is HTMLScriptElement => c.localName === 'script' && (c as HTMLScriptElement).type.trim().toLowerCase() === 'application/json'
  );
  if (!script) return undefined;
  try {
    return {ok: true, value: JSON.parse(script.textContent ?? '') as unknown};
  } catch (e) {
    return {ok: false, error: e instanceof Error ? e.message : String(e)};
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
