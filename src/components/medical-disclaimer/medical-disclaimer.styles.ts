import {css} from 'lit';

export const disclaimerStyles = css`
  .note {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .note > :last-child,
  .details > :last-child {
    margin-block-end: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .summary p {
    margin: 0;
    flex: 1 1 16em;
  }
  .details {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  ::slotted(*) {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  @media (forced-colors: active) {
    .note {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media print {
    .note {
      background: none;
      border: 1px solid #000;
    }
    .details[hidden] {
      display: block !important;
    }
  }
`;
