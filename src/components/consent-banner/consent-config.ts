/**
 * Reads the banner's JSON configuration (its `<script type="application/json">`
 * child) into typed categories. Pure: problems are reported through `warn`,
 * never thrown, and the banner words them.
 */
import {isRecord} from '../../internal/json-config.js';
import type {CategoryText} from '../../content/consent-categories.js';
import {CATEGORY_NAME} from './consent-store.js';

/** A category defined or completed by the JSON configuration. */
export interface CustomCategory {
  en?: Partial<CategoryText>;
  fr?: Partial<CategoryText>;
  /** Cookies to delete on withdrawal: exact names, or prefixes ending in `*`. */
  cookies: string[];
}

/** The problems the reader can report, each turned into one warning by the banner. */
export type ConfigProblem = {kind: 'shape'};


function pickText(value: unknown): Partial<CategoryText> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<CategoryText> = {};
  for (const key of ['label', 'purpose', 'data'] as const) if (typeof value[key] === 'string') out[key] = value[key];
  return out;
}

/** Reads `{"categories": {"video": {"en": {…}, "fr": {…}, "cookies": […]}}}`. */
export function readConsentConfig(value: unknown, warn: (p: ConfigProblem) => void): Record<string, CustomCategory> {
  const out: Record<string, CustomCategory> = {};
  const cats = isRecord(value) ? value.categories : undefined;
  if (!isRecord(cats)) {
    warn({kind: 'shape'});
    return out;
  }
  for (const [id, def] of Object.entries(cats)) {
    if (!CATEGORY_NAME.test(id) || id === 'necessary' || !isRecord(def)) continue;
    const cookies = Array.isArray(def.cookies) ? def.cookies.filter((c): c is string => typeof c === 'string' && !!c) : [];
    out[id] = {en: pickText(def.en), fr: pickText(def.fr), cookies};
  }
  return out;
}
