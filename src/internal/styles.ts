import {adoptStyles, css, type CSSResultOrNative} from 'lit';

/**
 * Design tokens and base rules shared by every widget. Each token has its
 * default here, inside the component, so one script tag is enough.
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-background - Background behind the widget's text (default white).
 * @cssproperty --pv-color-surface - Background of the widget's box.
 * @cssproperty --pv-color-border - Borders and dividers.
 * @cssproperty --pv-color-accent - Accent: links, the note's edge, buttons.
 * @cssproperty --pv-color-accent-text - Text on an accent background.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 */
export const baseStyles = css`
  :host {
    --_text: var(--pv-color-text, #1f2328);
    --_bg: var(--pv-color-background, #ffffff);
    --_surface: var(--pv-color-surface, #f4f6f9);
    --_border: var(--pv-color-border, #6b7280);
    --_accent: var(--pv-color-accent, #1a5690);
    --_accent-text: var(--pv-color-accent-text, #ffffff);
    --_focus: var(--pv-color-focus, #1a5690);
    --_radius: var(--pv-radius, 0.375rem);
    --_space: var(--pv-space, 1rem);
    display: block;
    font: inherit;
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
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
  .heading {
    font: inherit;
    font-weight: 700;
    font-size: 1.05em;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375em 0.75em;
    min-block-size: 44px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:hover {
      color: HighlightText;
      background: Highlight;
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
    :host {
      color: #000;
    }
    button {
      display: none;
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
