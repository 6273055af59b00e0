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

  it('upgrades placeholders any CMS keeps, keeping the fallback until the widget renders', async () => {
    frame = await loadFrame(
      `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>
        <div id="p1" data-pv-widget="medical-disclaimer" data-variant="story" data-org="Org &quot;Q&quot;" lang="fr">Fallback text</div>
        <div id="p2" data-pv-widget="pv-medical-disclaimer" data-compact="">Second fallback</div>
        <script type="module" src="/dist/cdn/autoloader.js"></script></body></html>`
    );
    const win = frame.contentWindow as Window & typeof globalThis & {__errors: string[]; __warnings: string[]};
    const doc = win.document;
    await until(() => doc.querySelectorAll('pv-medical-disclaimer:not([hidden])').length === 2 && !doc.querySelector('[data-pv-widget]'), 5000, 'placeholders upgraded');
    const [a, b] = [...doc.querySelectorAll('pv-medical-disclaimer')] as Array<HTMLElement & {updateComplete: Promise<boolean>}>;
    expect(a.getAttribute('variant')).to.equal('story');
    expect(a.getAttribute('org')).to.equal('Org "Q"');
    expect(a.getAttribute('lang')).to.equal('fr');
    expect(a.shadowRoot!.textContent).to.contain("l'organisme Org \"Q\"");
    expect(b.hasAttribute('compact')).to.equal(true);
    expect(doc.body.textContent).not.to.contain('Fallback text');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);

    // Added later, an unknown widget name and an unknown attribute: one warning each.
    const later = doc.createElement('div');
    later.innerHTML = '<div data-pv-widget="nope">x</div><div data-pv-widget="medical-disclaimer" data-colour="red">y</div>';
    doc.body.append(later);
    await until(() => win.__warnings.length >= 2, 5000, 'two warnings');
    expect(win.__warnings[0]).to.match(/^data-pv-widget="nope" is not a widget of this library\. Accepted values: medical-disclaimer/);
    expect(win.__warnings[1]).to.match(/^Placeholder for pv-medical-disclaimer: data-colour is not one of its attributes and is ignored\. Accepted: data-lang, data-theme, data-variant/);
    await until(() => doc.querySelectorAll('pv-medical-disclaimer').length === 3, 5000, 'the later placeholder upgraded');
    expect(doc.querySelector('[data-pv-widget="nope"]')!.textContent).to.equal('x');
  });
});
