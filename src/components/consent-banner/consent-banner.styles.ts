import {css} from '@lit/reactive-element/css-tag.js';

export const consentStyles = css`
  :host(:not([preview])) {
    /* The host takes no room in the page: the bar overlays, so nothing shifts. */
    display: contents;
  }
  .bar {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--pv-consent-z-index, 2147483000);
    /* At most 40 % of the window, so that the page stays readable on a phone
       (of the visible window, where the phone's address bar takes room). */
    max-block-size: 40vh;
    max-block-size: 40dvh;
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    border-block-start: 2px solid var(--_border);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.15);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    line-height: 1.4;
  }
  /* The bar's text scrolls if it must; its buttons stay in view. */
  .bar .inner {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }
  .bar .text {
    overflow: auto;
    min-block-size: 0;
  }
  .bar [part~='title'] {
    font-size: 1.0625em;
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .bar p {
    margin-block-end: calc(var(--_space) * 0.25);
  }
  /* The buttons have their own space above: a phone needs every line. */
  .bar .text > :last-child {
    margin-block-end: 0;
  }
  .bar .actions {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 12em);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  /* A label may take two lines on a narrow phone (« Tout accepter »). */
  .bar .actions button {
    padding-inline: 0.25em;
    line-height: 1.2;
  }
  /* A narrow phone (320 px): a little smaller, so that the French fits too. */
  @media (max-width: 22.5em) {
    .bar {
      font-size: 0.9375em;
    }
  }
  .bar.inline {
    display: block;
    position: static;
    max-block-size: none;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: none;
  }
  .inner {
    max-inline-size: 60rem;
    margin-inline: auto;
    inline-size: 100%;
  }
  .close {
    float: inline-end;
    min-inline-size: 44px;
    margin-inline-start: calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1;
  }
  /* The confirmation after a choice: a small box where the bar was, for a few seconds. */
  .status-region {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--pv-consent-z-index, 2147483000);
  }
  .status {
    max-inline-size: 40rem;
    margin: calc(var(--_space) * 0.5) auto;
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    overflow: auto;
    font: inherit;
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .note {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.75);
  }
  /* The choices have equal visual weight: same style, same size. */
  .actions button {
    flex: 1 1 10em;
  }
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .category {
    border-block-start: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.75);
  }
  .switch {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-weight: 700;
    min-block-size: 44px;
  }
  /* .switch input: 24 px or more, accent-coloured (styles.ts). */
  .switch label {
    flex: 1;
    padding-block: 0.5rem;
  }
  @media (forced-colors: active) {
    .bar,
    .status,
    dialog {
      border-color: CanvasText;
    }
  }
  @media print {
    .bar,
    .status-region,
    dialog {
      display: none;
    }
  }
  .data-list {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }
`;
