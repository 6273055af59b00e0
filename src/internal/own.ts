/**
 * Reads that a polluted `Object.prototype` cannot answer (#24). Another
 * script on the page may have set `Object.prototype.url = "javascript:…"`:
 * then every optional field that an object leaves out reads as that value.
 * Content data and partner JSON go through `ownData()` once, so that a
 * missing field reads `undefined` wherever it is read; `own()` is for a
 * single read of a value that did not.
 */

/** `obj[key]` if `obj` has it as its own property, else `undefined`. */
export function own<T extends object, K extends keyof T>(obj: T | null | undefined, key: K): T[K] | undefined;
export function own(obj: unknown, key: PropertyKey): unknown;
export function own(obj: unknown, key: PropertyKey): unknown {
  return obj != null && typeof obj === 'object' && Object.hasOwn(obj, key) ? (obj as Record<PropertyKey, unknown>)[key] : undefined;
}

/**
 * A deep copy of `value` in which every plain object has no prototype (so
 * `in`, missing fields and `for…in` see own properties only). Arrays stay
 * arrays (their elements copied), functions and other values stay as they
 * are. A `"__proto__"` key of parsed JSON stays an ordinary own key: it is
 * copied with `Object.fromEntries`, never assigned.
 */
export function ownData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(ownData) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownData(v)]));
  return Object.setPrototypeOf(copy, null) as T;
}
