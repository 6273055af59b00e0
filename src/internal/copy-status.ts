import {html, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {copyText} from './copy.js';

/** How long a copy button says "Copied" after it worked. */
export const COPIED_MS = 4000;

/** Two sheets (copy) and a tick (copied), drawn with the text colour; hidden from screen readers, which hear the label. */
const copyIcon = svg`<path d="M9 9h10v12H9z"/><path d="M5 15V3h10"/>`;
const copiedIcon = svg`<path d="M4 12.5l5 5L20 6.5"/>`;

/** How a copy ended. */
export type CopyResult = 'copied' | 'copy-failed';

/**
 * "Copy to the clipboard, then say so in a live region", for a widget's
 * Copy buttons. It keeps the status as a key, never as text: the widget
 * words it when it renders (so the words follow a later `lang` change) in
 * its own `role="status"` element. A widget may announce its own keys
 * through the same region (`K`).
 */
export class CopyStatus<K extends string = never> implements ReactiveController {
  /** The key to word in the live region now, or `undefined` (the region is empty). Set it through `copy()` or `announce()`. */
  status: CopyResult | K | undefined;

  /** Which copy button says "Copied" now (the `id` given to `copy()`), for `COPIED_MS`. */
  copied: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A status from before the element left the page is stale: it does not come back with the element. */
  hostDisconnected(): void {
    this.status = undefined;
    this.copied = undefined;
    clearTimeout(this.timer);
    this.host.requestUpdate();
  }

  /**
   * Copies `text` and announces `copied` or `copy-failed`. When it worked,
   * the button `id` says "Copied" for a few seconds (see `label()`).
   * Resolves to whether it worked.
   */
  async copy(text: string, id = 'copy'): Promise<boolean> {
    const ok = await copyText(text);
    clearTimeout(this.timer);
    this.copied = ok ? id : undefined;
    if (ok) {
      this.timer = setTimeout(() => {
        this.copied = undefined;
        this.host.requestUpdate();
      }, COPIED_MS);
    }
    await this.announce(ok ? 'copied' : 'copy-failed');
    return ok;
  }

  /**
   * A copy button's content: an icon and `label`, or a tick and "Copied"
   * for a few seconds after button `id` worked. Call it while rendering
   * (its words are in the element's language).
   */
  label(label: string, id = 'copy'): TemplateResult {
    const done = this.copied === id;
    return html`<svg class="copy-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${done ? copiedIcon : copyIcon}</svg>${done
        ? msg('Copied')
        : label}`;
  }

  /** Shows `status` in the live region, emptying it for one render first so that the same words are read out again. */
  async announce(status: CopyResult | K): Promise<void> {
    this.status = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.status = status;
    this.host.requestUpdate();
  }
}
