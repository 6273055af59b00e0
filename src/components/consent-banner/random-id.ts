/**
 * Random ids that never throw. `crypto.getRandomValues` first; where it is
 * missing or throws (a host page deleted or replaced it, an old embed), then
 * `crypto.randomUUID` (secure contexts only); else `Math.random`, with one
 * warning: the ids may then repeat, but the banner still works (#24).
 */
import {msg} from '@lit/localize';
import {pageLocale, withLocale} from '../../internal/locale.js';

let warned = false;

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `bytes` random bytes as lowercase hex (`2 × bytes` characters). */
export function randomHex(bytes: number): string {
  try {
    return hex(crypto.getRandomValues(new Uint8Array(bytes)));
  } catch {
    // Missing (`crypto` undefined, a getter that throws) or refused: try the next source.
  }
  try {
    let text = '';
    while (text.length < bytes * 2) text += crypto.randomUUID().replace(/-/g, '');
    if (/^[0-9a-f]+$/.test(text)) return text.slice(0, bytes * 2);
  } catch {
    // Missing too (not a secure context, or deleted).
  }
  if (!warned) {
    warned = true;
    console.warn(
      withLocale(pageLocale(), () =>
        msg("The browser's secure random numbers (crypto.getRandomValues) are missing on this page: consent receipt ids are made with Math.random instead and may not be unique.")
      )
    );
  }
  return hex(Array.from({length: bytes}, () => Math.floor(Math.random() * 256)));
}
