import {css} from 'lit';

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
    max-block-size: 60vh;
    overflow: auto;
    background: var(--_surface);
    border-block-start: 2px solid var(--_border);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.15);
    padding: var(--_space);
  }
  .bar.inline {
    position: static;
    max-block-size: none;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: none;
  }
  .inner {
    max-inline-size: 60rem;
    margin-inline: auto;
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
    dialog {
      border-color: CanvasText;
    }
  }
  @media print {
    .bar,
    dialog {
      display: none;
    }
  }
  .data-list {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }
`;
