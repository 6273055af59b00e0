import type {PvLocale} from './locale.js';

/** A value in each language the widgets ship in: text by default. */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly fr: T;
}

/** The value of `value` in `locale`: the one way widgets read bilingual data. */
export function pick<T>(value: Bilingual<T>, locale: PvLocale): T {
  return value[locale];
}
