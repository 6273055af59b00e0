/**
 * Space kept for a widget whose code is still loading (the autoloader and its
 * placeholders), so that the page does not move when the widget renders.
 * The heights are measured, not guessed: `npm run reservations` renders every
 * example in both languages at each width of WIDTHS and writes the table to
 * src/generated/reservations.ts; src/reservations.test.ts fails when it no
 * longer matches what the widgets render. Pure: the autoloader applies it.
 */
import {RESERVED} from './generated/reservations.js';

/** Widths measured, in CSS px at a 16 px font: every 20 px from 240 to 1040. */
export const WIDTHS: readonly number[] = Array.from({length: 41}, (_, i) => 240 + i * 20);

/** The attributes that change a widget's height (others — texts, heading level — barely do). */
const SHAPE: Record<string, readonly string[]> = {
  'pv-medical-disclaimer': ['variant', 'compact'],
  'pv-rights-explainer': ['variant', 'compact', 'citations', 'province'],
  'pv-referral-options': ['mode', 'compact', 'province', 'routes'],
};

const pairs = (tag: string, attributes: Iterable<readonly [string, string]>) =>
  [...attributes].filter(([name]) => SHAPE[tag]?.includes(name)).map(([name, value]) => `${name}=${value.trim().toLowerCase()}`);

/** A widget's shape: its tag and the attributes of SHAPE it has, sorted (`pv-referral-options mode=guide`). */
export function shapeOf(tag: string, attributes: Iterable<readonly [string, string]>): string {
  return [tag, ...pairs(tag, attributes).sort()].join(' ');
}

/**
 * The height to keep for `tag` with `attributes` in `lang` ('en' or 'fr'),
 * `width` px wide at a `fontSize` px font (heights scale with the font), or 0
 * for a widget the table does not know. A shape not in the table takes the
 * nearest one of the same widget (most attributes in common).
 */
export function reservedHeight(tag: string, attributes: Iterable<readonly [string, string]>, lang: string, width: number, fontSize = 16): number {
  const mine = pairs(tag, attributes);
  let row = RESERVED[`${shapeOf(tag, attributes)}|${lang}`];
  if (!row) {
    let best = -Infinity;
    for (const [key, heights] of Object.entries(RESERVED)) {
      const [shape, keyLang] = key.split('|');
      const [keyTag, ...theirs] = shape!.split(' ');
      if (keyTag !== tag || keyLang !== lang) continue;
      const score = theirs.filter((p) => mine.includes(p)).length * 2 - theirs.length - mine.length;
      if (score > best) [best, row] = [score, heights];
    }
  }
  if (!row || !(width > 0)) return 0;
  const scale = fontSize / 16;
  const at = Math.min(Math.max((width / scale - WIDTHS[0]!) / 20, 0), WIDTHS.length - 1);
  const i = Math.floor(at);
  const low = row[i]!;
  const high = row[Math.min(i + 1, row.length - 1)]!;
  return Math.round((low + (high - low) * (at - i)) * scale);
}

/** The widgets that take room on the page (the consent banner overlays it). */
export const RESERVED_TAGS: readonly string[] = Object.keys(SHAPE);
