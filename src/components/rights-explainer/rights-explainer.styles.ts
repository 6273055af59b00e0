import {css} from 'lit';

export const rightsExplainerStyles = css`
  .section + .section,
  .details > .section:first-child {
    margin-block-start: calc(var(--_space) * 1.25);
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
  .note-mark {
    line-height: 0;
    font-size: 0.8em;
  }
  .note-ref,
  .back-link {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    line-height: 24px;
    text-align: center;
    padding-inline: 2px;
  }
  .back-links {
    white-space: nowrap;
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
    /* Room for the message from the start, so it appears without moving anything. */
    min-block-size: 3em;
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
    .quote {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
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
    }
  }
`;
