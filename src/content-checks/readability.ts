/**
 * Reading measures of the widgets' prose: the Flesch-Kincaid grade (English,
 * with the `flesch-kincaid` formula and the `syllable` package's syllable
 * counts) and LIX (French; docs/readability.md says why and cites it).
 *
 * Counting rules (written down so the figures can be reproduced):
 * - Each block (paragraph, list item, heading, label, button…) ends at least
 *   one sentence; inside a block, a sentence ends at `.`, `?` or `!` followed
 *   by a space or the end. The full stop of a few abbreviations ("Dr.",
 *   "v.", "e.g.") does not end a sentence.
 * - A word is a run of non-space characters holding a letter or a digit.
 *   Each word counts at least one syllable (`syllable()` gives 0 for figures
 *   such as 811).
 */
import {fleschKincaid} from 'flesch-kincaid';
import type {syllable as SyllableFn} from 'syllable';

export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

const ABBREVIATIONS = /\b(Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|v|etc|e\.g|i\.e)\./g;

/** The sentences of one block. */
export function sentences(block: string): string[] {
  return block
    .replace(ABBREVIATIONS, '$1')
    .split(/(?<=[.?!][\u201d"’)\]»]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of one sentence. */
export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sentence, word and syllable counts of a list of blocks. */
export function count(blocks: readonly string[], syllable: typeof SyllableFn): Counts {
  const c: Counts = {sentence: 0, word: 0, syllable: 0};
  for (const block of blocks) {
    for (const s of sentences(block)) {
      const ws = words(s);
      if (!ws.length) continue;
      c.sentence++;
      c.word += ws.length;
      for (const w of ws) c.syllable += Math.max(1, syllable(w));
    }
  }
  return c;
}

/** The Flesch-Kincaid grade of the counts, rounded to one decimal. */
export function grade(c: Counts): number {
  return Math.round(fleschKincaid({sentence: c.sentence, word: c.word, syllable: c.syllable}) * 10) / 10;
}

/**
 * LIX (Björnsson's läsbarhetsindex): words per sentence + 100 × the share of
 * long words (more than six letters). A word here is a run of characters
 * between spaces and apostrophes (the French elided « l' », « d' », « qu' »
 * are words of their own), and its length counts letters only. Rounded to
 * one decimal.
 */
export function lix(sentencesOfText: readonly string[]): number {
  let w = 0;
  let long = 0;
  let s = 0;
  for (const sentence of sentencesOfText) {
    const ws = sentence.split(/[\s'’]+/).filter((x) => /[\p{L}\p{N}]/u.test(x));
    if (!ws.length) continue;
    s++;
    w += ws.length;
    long += ws.filter((x) => (x.match(/\p{L}/gu) ?? []).length > 6).length;
  }
  if (!s) return 0;
  return Math.round((w / s + (100 * long) / w) * 10) / 10;
}

/** The highest-grade sentences of a list of blocks, for the report when a widget is above its limit. */
export function hardest(blocks: readonly string[], syllable: typeof SyllableFn, n = 8): Array<{grade: number; text: string}> {
  const all = new Map<string, number>();
  for (const block of blocks) {
    for (const s of sentences(block)) {
      if (!all.has(s)) all.set(s, grade(count([s], syllable)));
    }
  }
  return [...all]
    .map(([text, g]) => ({grade: g, text}))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, n);
}
