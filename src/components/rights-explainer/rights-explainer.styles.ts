import {css} from 'lit';

export const rightsExplainerStyles = css`
  /* Its own inset, so that on a site with another background the text never touches the box's edge. */
  .explainer {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }
  .section + .section,
  .details > .section:first-child {
    margin-block-start: calc(var(--_space) * 2);
  }
  /* Compact: the callout and what its button reveals are one box. */
  .explainer.compact {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .explainer.compact .callout {
    border: 0;
    padding: 0;
    background: transparent;
  }
  .explainer.compact .details .quote {
    background: var(--_bg);
  }
  .callout {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .callout .quote {
    background: transparent;
    border-inline-start: none;
    padding: 0;
  }
  .quote {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  blockquote {
    margin: 0;
    font-size: 1.1em;
  }
  blockquote p {
    margin: 0 0 calc(var(--_space) * 0.25);
  }
  figcaption > span {
    display: block;
  }
  .translation-note {
    font-style: italic;
    margin-block-start: calc(var(--_space) * 0.25);
  }
  /* Quotation marks are in the text itself, so copy and screen readers get them too. */
  q {
    quotes: none;
  }
  cite {
    font-style: italic;
  }
  .points {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .points li + li {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  /* A footnote mark: raised without changing the line's height, and inline
     (not an inline block), so that it never wraps alone onto a line. Its
     target is widened past the digit without moving the text. */
  .note-mark {
    vertical-align: baseline;
    position: relative;
    inset-block-start: -0.45em;
    line-height: 0;
    font-size: 0.75em;
    white-space: nowrap;
  }
  .note-ref {
    position: relative;
    padding-inline: 0.15em;
  }
  .note-ref::before {
    content: '';
    position: absolute;
    inset: -0.65em -0.75em;
  }
  .back-links {
    display: block;
  }
  .back-link {
    display: inline-block;
    min-block-size: 24px;
    margin-inline-end: var(--_space);
    font-size: 0.9em;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .sources li {
    margin-block-end: calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  .sources li:focus-visible,
  .sources li:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sources li:focus:not(:focus-visible) {
    outline-style: dotted;
  }
  .copy-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .status {
    margin: 0;
    flex: 1 1 14em;
  }
  /* The button itself says "Copied"; the line shows only while it has words (the failure's too). */
  .status:empty {
    flex-basis: 0;
  }
  .toggle {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .details {
    margin-block-start: var(--_space);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle::after {
      transition: transform 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .callout,
    .quote,
    .explainer.compact {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    /* Inside the compact box, the quotation keeps an inset from its own border. */
    .explainer.compact .callout {
      border: 0;
    }
    .explainer.compact .callout .quote {
      border: 0;
    }
    .sources li:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .callout,
    .quote {
      background: none;
      border: 1px solid #000;
    }
    .details[hidden] {
      display: block !important;
    }
    .status,
    .copy-bar {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .back-links {
      display: none;
    }
    .explainer,
    .explainer.compact {
      padding: 0;
      border: 0;
    }
  }
`;
