import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {copyText} from './copy.js';

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

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A status from before the element left the page is stale: it does not come back with the element. */
  hostDisconnected(): void {
    this.status = undefined;
    this.host.requestUpdate();
  }

  /** Copies `text` and announces `copied` or `copy-failed`. Resolves to whether it worked. */
  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text);
    await this.announce(ok ? 'copied' : 'copy-failed');
    return ok;
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
