import {html, nothing, type TemplateResult} from 'lit-html';

/** The values of a `heading-level` attribute. */
export type HeadingLevelAttribute = '1' | '2' | '3' | '4' | '5' | '6' | 'none';

/** A heading level 1–6, or 0 for "no heading" (`heading-level="none"`). */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Parses a `heading-level` attribute: `1`…`6` or `none`. Anything else gives `undefined`. */
export function parseHeadingLevel(value: string | null | undefined): HeadingLevel | undefined {
  if (value == null) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'none') return 0;
  return /^[1-6]$/.test(v) ? (Number(v) as HeadingLevel) : undefined;
}

/**
 * Renders `content` as an `<hN>` (or a `<p>` when the level is 0), with the
 * given id and part so widgets can label regions with it.
 */
export function heading(level: HeadingLevel, id: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 id=${id} part=${part} class="heading">${content}</h1>`;
    case 2: return html`<h2 id=${id} part=${part} class="heading">${content}</h2>`;
    case 3: return html`<h3 id=${id} part=${part} class="heading">${content}</h3>`;
    case 4: return html`<h4 id=${id} part=${part} class="heading">${content}</h4>`;
    case 5: return html`<h5 id=${id} part=${part} class="heading">${content}</h5>`;
    case 6: return html`<h6 id=${id} part=${part} class="heading">${content}</h6>`;
    default: return html`<p id=${id} part=${part} class="heading">${content ?? nothing}</p>`;
  }
}

/**
 * A label inside a section or card ("When it fits", "How to ask"): a heading
 * one level below `parent` (the card's or section's own level), so heading
 * navigation reaches it; a bold `<p>` when `parent` is 0 (no headings) or 6.
 */
export function label(parent: HeadingLevel, content: unknown): TemplateResult {
  switch (parent) {
    case 1: return html`<h2 class="label">${content}</h2>`;
    case 2: return html`<h3 class="label">${content}</h3>`;
    case 3: return html`<h4 class="label">${content}</h4>`;
    case 4: return html`<h5 class="label">${content}</h5>`;
    case 5: return html`<h6 class="label">${content}</h6>`;
    default: return html`<p class="label">${content}</p>`;
  }
}
