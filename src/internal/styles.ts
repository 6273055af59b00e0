// Lit's style and template layers by their own paths: the consent banner's first layer (first.ts) shows before lit-element loads.
import {adoptStyles, css, type CSSResultOrNative} from '@lit/reactive-element/css-tag.js';

/**
 * Design tokens and base rules shared by every widget. Each token has its
 * default here, inside the component, so one script tag is enough.
 *
 * Every colour has a light and a dark default (`light-dark()`): the one used
 * follows the widget's colour scheme (the `theme` attribute; by default the
 * page's `color-scheme`, else the reader's preference). A site that sets a
 * token sets it for both schemes.
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-background - Background behind the widget's text (default white, or near-black in the dark scheme).
 * @cssproperty --pv-color-surface - Background of the widget's box.
 * @cssproperty --pv-color-border - Borders and dividers.
 * @cssproperty --pv-color-accent - Accent: links, the note's edge, buttons.
 * @cssproperty --pv-color-accent-text - Text on an accent background.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 * @cssproperty --pv-margin - Space above and below the widget (default 1.5rem), so two widgets in a row do not touch.
 */
export const baseStyles = css`
  :host {
    --_text: var(--pv-color-text, light-dark(#1f2328, #e6e8eb));
    --_bg: var(--pv-color-background, light-dark(#ffffff, #16191d));
    --_surface: var(--pv-color-surface, light-dark(#f4f6f9, #22272e));
    --_border: var(--pv-color-border, light-dark(#6b7280, #8d96a0));
    --_accent: var(--pv-color-accent, light-dark(#1a5690, #8cc4ff));
    --_accent-text: var(--pv-color-accent-text, light-dark(#ffffff, #0d1117));
    --_focus: var(--pv-color-focus, light-dark(#1a5690, #ffd33d));
    --_radius: var(--pv-radius, 0.375rem);
    --_space: var(--pv-space, 1rem);
    display: block;
    margin-block: var(--pv-margin, 1.5rem);
    font: inherit;
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's own rules can restyle the host element itself (a theme's
     "* { color: inherit }", "body { color: white }"), but not what is inside
     it: so the widget's colours are set on its top elements, text and
     background together, and themed only through the --pv-* properties. */
  :host > * {
    color: var(--_text);
    background-color: var(--_bg);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  /* Read by screen readers, not shown (for role="status" announcements). */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The type scale: a widget's title, its section headings, then card
     titles and the labels inside cards, each clearly above body text. */
  .heading {
    font: inherit;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  [part~='title'].heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Buttons are secondary by default: accent text on the widget's own
     background, a thin edge. The one primary action of a view (.primary)
     is filled with the accent. */
  button {
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375em 0.75em;
    min-block-size: 44px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.primary {
    font-weight: 700;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 2px solid var(--_accent);
  }
  button.primary:hover {
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_bg);
  }
  /* A copy action: an icon and a short label, which says "Copied" for a few seconds after it worked. */
  .copy-icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.125em;
    margin-inline-end: 0.35em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: max(24px, 1.5rem);
    block-size: max(24px, 1.5rem);
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button,
    button.primary {
      color: ButtonText;
      background: ButtonFace;
      border: 2px solid ButtonText;
    }
    button:hover,
    button.primary:hover {
      color: HighlightText;
      background: Highlight;
    }
    .copy-icon {
      stroke: currentColor;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    /* Ink on paper, whatever the scheme or the site's tokens: browsers leave
       backgrounds out of print by default, so light text would vanish. */
    :host {
      --_text: #000;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_accent-text: #fff;
      color: #000;
    }
    button {
      display: none;
    }
    /* A heading stays with what it introduces. */
    .heading,
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
      break-inside: avoid;
    }
  }
`;

/** A disclosure button (`.toggle` with `aria-expanded`): a chevron that turns when open. */
export const disclosureStyles = css`
  .toggle::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
`;

/** Style sheets made for each other document, one per CSSResult: a constructed sheet belongs to the document it was made in. */
const sheetsByDocument = new WeakMap<Document, WeakMap<object, CSSStyleSheet>>();

/**
 * Lit's `adoptStyles()`, for a shadow root in any document (#24). Lit's
 * sheets are made in the document that loaded the library, and a document
 * refuses (or ignores) constructed sheets of another one: an element created
 * here and appended to an iframe's document, or adopted into it, would be
 * unstyled or not render at all. For another document, the same CSS is put
 * in sheets made by that document's own `CSSStyleSheet`, kept per document;
 * where it has none (a document with no window), in `<style>` elements.
 */
export function adoptStylesIn(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (doc === document || !Sheet || !('adoptedStyleSheets' in root)) {
    if (doc === document || Sheet) return adoptStyles(root, styles as CSSResultOrNative[]);
    root.querySelectorAll('style[data-pv-style]').forEach((s) => s.remove());
    for (const s of styles) {
      const style = doc.createElement('style');
      style.setAttribute('data-pv-style', '');
      style.textContent = cssText(s);
      root.prepend(style);
    }
    return;
  }
  let made = sheetsByDocument.get(doc);
  if (!made) sheetsByDocument.set(doc, (made = new WeakMap()));
  root.adoptedStyleSheets = styles.map((s) => {
    let sheet = made.get(s);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText(s));
      made.set(s, sheet);
    }
    return sheet;
  });
}

function cssText(s: CSSResultOrNative): string {
  return s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText;
}
