import {expect, fixture} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {CopyStatus} from './copy-status.js';
import {stubClipboard} from './clipboard.test-support.js';

/** A minimal host: a Copy button, an Undo button with a key of its own, and the live region, worded at render. */
class CopyStatusHost extends LitElement {
  readonly status = new CopyStatus<'undone'>(this);
  /** What the live region said at each render, in order. */
  readonly said: string[] = [];

  private _words(): string {
    switch (this.status.status) {
      case 'copied':
        return 'Copied.';
      case 'copy-failed':
        return 'Not copied.';
      case 'undone':
        return 'Undone.';
      default:
        return '';
    }
  }

  protected override render() {
    return html`<button id="copy" @click=${() => this.status.copy('the text')}>Copy</button>
      <p role="status">${this._words()}</p>`;
  }

  protected override updated(): void {
    this.said.push(this.region.textContent ?? '');
  }

  get region(): HTMLElement {
    return this.renderRoot.querySelector('[role="status"]')!;
  }
}
customElements.define('pv-test-copy-status', CopyStatusHost);

describe('internal/copy-status', () => {
  it('copies, then shows the key in the live region; a second copy empties it for one render first', async () => {
    const clip = stubClipboard(true);
    try {
      const el = await fixture<CopyStatusHost>(html`<pv-test-copy-status></pv-test-copy-status>`);
      expect(el.region.textContent).to.equal('');
      expect(el.status.status).to.equal(undefined);
      el.renderRoot.querySelector<HTMLButtonElement>('#copy')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(clip.written).to.deep.equal(['the text']);
      expect(el.status.status).to.equal('copied');
      expect(el.region.textContent).to.equal('Copied.');
      el.said.length = 0;
      expect(await el.status.copy('again')).to.equal(true);
      await el.updateComplete;
      // Empty, then the same words again: screen readers announce a change only.
      expect(el.said).to.deep.equal(['', 'Copied.']);
      expect(clip.written).to.deep.equal(['the text', 'again']);
    } finally {
      clip.restore();
    }
  });

  it('says when copying failed, and resolves to false', async () => {
    const clip = stubClipboard(false);
    try {
      const el = await fixture<CopyStatusHost>(html`<pv-test-copy-status></pv-test-copy-status>`);
      expect(await el.status.copy('the text')).to.equal(false);
      await el.updateComplete;
      expect(el.status.status).to.equal('copy-failed');
      expect(el.region.textContent).to.equal('Not copied.');
    } finally {
      clip.restore();
    }
  });

  it("announces the host's own keys through the same region", async () => {
    const el = await fixture<CopyStatusHost>(html`<pv-test-copy-status></pv-test-copy-status>`);
    await el.status.announce('undone');
    await el.updateComplete;
    expect(el.region.textContent).to.equal('Undone.');
    el.said.length = 0;
    await el.status.announce('undone');
    await el.updateComplete;
    expect(el.said).to.deep.equal(['', 'Undone.']);
  });

  it('forgets the status when the element leaves the page', async () => {
    const el = await fixture<CopyStatusHost>(html`<pv-test-copy-status></pv-test-copy-status>`);
    await el.status.announce('undone');
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.status.status).to.equal(undefined);
    expect(el.region.textContent).to.equal('');
  });
});
