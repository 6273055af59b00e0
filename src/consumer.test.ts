import {expect} from '@open-wc/testing';
import {loadFrame, ERROR_TRAP, until} from './test-support/frames.js';

/**
 * Consumer test, step 2: the app in test/consumer/, installed from the packed
 * tarball and bundled with rollup by scripts/consumer-test.mjs, runs in a page.
 */
describe('npm consumer app (from the packed tarball)', () => {
  it('renders the widgets it imports by package name, with typed events', async () => {
    const head = await fetch('/test/fixtures/generated/consumer/app.js', {method: 'HEAD'});
    expect(head.ok, 'run `node scripts/consumer-test.mjs` first (npm test does)').to.equal(true);
    const frame = await loadFrame(
      `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body><script type="module" src="/test/fixtures/generated/consumer/app.js"></script></body></html>`
    );
    try {
      const win = frame.contentWindow as Window & typeof globalThis & {__errors: string[]};
      const doc = frame.contentDocument!;
      await until(() => doc.body.dataset.version !== undefined, 5000, 'the app to run');
      const pkg = (await (await fetch('/package.json')).json()) as {version: string};
      expect(doc.body.dataset.version).to.equal(pkg.version);
      const [en, fr] = [...doc.querySelectorAll('pv-medical-disclaimer')] as Array<HTMLElement & {updateComplete: Promise<boolean>}>;
      await en.updateComplete;
      await fr.updateComplete;
      expect(fr.shadowRoot!.textContent).to.contain('À propos de ces renseignements');
      (en.shadowRoot!.querySelector('[part~="toggle"]') as HTMLButtonElement).click();
      await en.updateComplete;
      expect(doc.body.dataset.toggled).to.equal('true');
      expect(en.shadowRoot!.textContent).to.contain('Consumer Org');
      const referral = doc.querySelector('pv-referral-options') as HTMLElement & {updateComplete: Promise<boolean>};
      await referral.updateComplete;
      expect(referral.shadowRoot!.textContent).to.contain('Health811');
      // classes.js registers nothing: the site chose its own tag name.
      const rights = doc.querySelector('site-rights') as HTMLElement & {updateComplete: Promise<boolean>};
      await rights.updateComplete;
      expect(rights.shadowRoot!.textContent).to.contain('second opinion');
      expect(win.customElements.get('pv-rights-explainer')).to.equal(undefined);
      // The consent banner from its own entry, and the app's typed listener.
      expect(doc.body.dataset.consentApi).to.equal('function');
      const banner = doc.querySelector('pv-consent-banner') as HTMLElement & {updateComplete: Promise<boolean>};
      await banner.updateComplete;
      const accept = [...banner.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Accept all')!;
      accept.click();
      await until(() => doc.body.dataset.consent !== undefined, 2000, 'the consent listener');
      expect(doc.body.dataset.consent).to.equal('accept-all:true');
      win.document.cookie = 'pv_consent=; Max-Age=0; Path=/';
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
