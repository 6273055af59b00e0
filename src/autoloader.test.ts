import {expect} from '@open-wc/testing';
import {loadFrame, ERROR_TRAP, until} from './test-support/frames.js';
import {examples} from './examples.js';

/**
 * dist/cdn/autoloader.js (built by `npm run build`): loads a widget's code only
 * when its tag is on the page, now or later. Requests are counted from the
 * page's resource timing entries.
 */
const tags = Object.keys(examples);
const chunkOf = (tag: string) => new RegExp(`/chunks/${tag.replace(/^pv-/, '')}-[^/]+\\.js$`);

function scripts(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/cdn/'));
}

describe('autoloader', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const tag of tags) {
    it(`loads only ${tag}'s code for a page with only ${tag}`, async () => {
      frame = await loadFrame(
        `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body><${tag}></${tag}><script type="module" src="/dist/cdn/autoloader.js"></script></body></html>`
      );
      const win = frame.contentWindow as Window & typeof globalThis & {__errors: string[]};
      await until(() => !!win.customElements.get(tag), 5000, `${tag} to be defined`);
      const loaded = scripts(win);
      expect(loaded.some((p) => chunkOf(tag).test(p)), `${tag} chunk loaded: ${loaded.join(', ')}`).to.equal(true);
      for (const other of tags.filter((t) => t !== tag)) {
        expect(loaded.some((p) => chunkOf(other).test(p)), `${other} chunk must not load`).to.equal(false);
        expect(win.customElements.get(other)).to.equal(undefined);
      }
      expect(loaded.some((p) => p.includes('hydrate-support')), 'no hydration code without pre-rendered HTML').to.equal(false);
      expect(loaded.filter((p) => p.endsWith('/patient-voice.js'))).to.deep.equal([]);
      const el = win.document.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('loads a widget added to the page later, once', async () => {
    frame = await loadFrame(
      `<!doctype html><html lang="fr"><head>${ERROR_TRAP}</head><body><p>Rien ici</p><script type="module" src="/dist/cdn/autoloader.js"></script></body></html>`
    );
    const win = frame.contentWindow as Window & typeof globalThis & {__errors: string[]};
    await until(() => scripts(win).some((p) => p.endsWith('/autoloader.js')), 5000, 'the autoloader');
    await new Promise((r) => setTimeout(r, 100));
    expect(scripts(win).filter((p) => p.includes('/chunks/'))).to.deep.equal([]);
    const tag = tags[0];
    const wrapper = win.document.createElement('div');
    wrapper.innerHTML = `<section><${tag}></${tag}><${tag}></${tag}></section>`;
    win.document.body.append(wrapper);
    await until(() => !!win.customElements.get(tag), 5000, `${tag} to be defined`);
    const el = win.document.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('À propos');
    expect(scripts(win).filter((p) => chunkOf(tag).test(p))).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });
});
