import {css} from 'lit';

export const referralStyles = css`
  /* Its own inset, so that on a site with another background the text never touches the box's edge. */
  .base {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }
  .base > :last-child {
    margin-block-end: 0;
  }
  .section,
  .guide {
    margin-block-start: calc(var(--_space) * 2);
  }
  [part~='route-title'].heading {
    font-size: 1.125em;
  }
  ul,
  ol {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  /* "When it fits", "How to ask"…: headings (or bold paragraphs) the size of body text. */
  .label {
    font: inherit;
    font-weight: 700;
    margin-block: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
  }
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  ol.cards {
    counter-reset: route;
  }
  ol.cards > .card > .heading::before,
  ol.cards .route-toggle::before {
    counter-increment: route;
    content: counter(route) '.';
    margin-inline-end: 0.35em;
  }
  :host([compact]) ol.cards > .card > .heading::before {
    content: none;
    counter-increment: none;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .card + .card {
    margin-block-start: 0;
  }
  .card .heading {
    margin: 0;
  }
  .route-body {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .route-body > :last-child {
    margin-block-end: 0;
  }
  .route-toggle {
    display: flex;
    align-items: center;
    gap: 0.25em;
    inline-size: 100%;
    text-align: start;
    font-weight: inherit;
    color: var(--_text);
    border-color: transparent;
    padding-inline: 0.25em;
  }
  .route-name {
    flex: 1;
  }
  .route-toggle::after {
    content: '';
    flex: none;
    margin-inline: var(--_space) 0.25em;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .route-toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* The one line under a card's title. */
  .line {
    margin-block-end: calc(var(--_space) * 0.25);
  }
  /* A card's details: a native disclosure, its summary a 44 px target in the
     accent, with a chevron that turns when open. */
  .more > summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    inline-size: fit-content;
    max-inline-size: 100%;
    padding-inline-end: 0.25em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  .more > summary::-webkit-details-marker {
    display: none;
  }
  .more > summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.2em 0.1em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .more[open] > summary::before {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .more-body > .label:first-child {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .more-body > :last-child {
    margin-block-end: 0;
  }
  .reason {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5em;
  }
  .ask {
    list-style: none;
    padding: 0;
  }
  .ask li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }
  .say {
    flex: 1 1 14em;
    font-style: italic;
  }
  /* Several sentences per card, each with its own copy action: small and
     quiet (icon and a short label), so they do not compete with the text. */
  .copy {
    font-size: 0.875em;
    min-block-size: 32px;
    padding: 0.125em 0.5em;
    border-color: var(--_border);
  }
  q {
    quotes: '“' '”';
  }
  :lang(fr) q {
    quotes: '«\\00a0' '\\00a0»';
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
  }
  .choice label {
    flex: 1;
    padding-block: 0.5em;
    cursor: pointer;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .picker label {
    font-weight: 700;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 44px;
    padding: 0.25em 0.5em;
  }
  .province {
    margin-block-start: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  /* The province's name, then its labels: headings the size of body text. */
  .province > .label:first-child {
    margin-block-start: 0;
  }
  .province > :last-child {
    margin-block-end: 0;
  }
  .resource-name {
    font-weight: 700;
  }
  .resource + .resource,
  .note + .note {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  /* An official text quoted under a province's note (Quebec's s. 98). */
  .official {
    margin: calc(var(--_space) * 0.5) 0;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
  }
  .official blockquote {
    margin: 0;
  }
  .official figcaption {
    font-size: 0.9em;
  }
  .phones {
    list-style: none;
    padding: 0;
  }
  .phones a {
    display: inline-block;
    min-block-size: 24px;
    font-weight: 700;
  }
  .checked,
  .sources,
  .sources-label {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .card,
    .province {
      border: 1px solid CanvasText;
    }
    .card {
      border-inline-start-width: 4px;
    }
    .route-toggle {
      border-color: transparent;
    }
    .more > summary {
      color: LinkText;
    }
  }
  @media print {
    .card,
    .province {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .route-body[hidden] {
      display: block !important;
    }
    /* Every card's details are printed, without the summary that opens them. */
    .more::details-content {
      content-visibility: visible;
      display: block;
    }
    .more > summary {
      display: none;
    }
    /* Cards keep their titles in print, though buttons are hidden. */
    button.route-toggle {
      display: block;
      border: 0;
      padding: 0;
      color: #000;
      min-block-size: 0;
    }
    button.route-toggle::after {
      display: none;
    }
    a {
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
    /* A resource's link already reads as its address: printed once. */
    .resource a[href^='http']::after {
      content: none;
    }
    .base {
      padding: 0;
    }
  }
`;
