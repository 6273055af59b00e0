import type {PvLocale} from './locale.js';
import {own} from './own.js';

/** A value in each language the widgets ship in: text by default. */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly fr: T;
}

/**
 * The value of `value` in `locale`: the one way widgets read bilingual data.
 * Own properties only, so a polluted `Object.prototype.fr` is never shown.
 */
export function pick<T>(value: Bilingual<T>, locale: PvLocale): T {
  return own(value, locale) as T;
}
