import {expect, fixture, oneEvent} from '@open-wc/testing';
import './define.js';
import {consent} from './consent-banner.js';
import {useTestPage} from '../../test-support/helpers.js';
import {clearStorage} from './consent.test-support.js';
import {ERROR_TRAP, loadFrame, until} from '../../test-support/frames.js';

type Order = {__pvOrder?: string[]; __pvOnce?: number};
const win = window as Window & Order;
const order = () => win.__pvOrder ?? [];
const tick = () => new Promise((r) => setTimeout(r, 50));
const EXTERNAL = '/src/components/consent-banner/fixtures/gated-external.js';
const push = (name: string) => `globalThis.__pvOrder = (globalThis.__pvOrder || []).concat('${name}');`;

describe('script gate', () => {
  const warnings = useTestPage(clearStorage);
  beforeEach(() => {
    delete win.__pvOrder;
  });

  it('runs gated scripts only after their categories, once, in document order', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <script type="text/plain" data-pv-consent="analytics">${push('a1')}</script>
      <script type="text/plain" data-pv-consent="marketing">${push('m')}</script>
      <script type="text/plain" data-pv-consent="analytics" src="${EXTERNAL}"></script>
      <script type="text/plain" data-pv-consent="analytics marketing">${push('both')}</script>
      <script type="text/plain" data-pv-consent="analytics">${push('a2')}</script>
      <pv-consent-banner></pv-consent-banner>
    </div>`);
    await page.querySelector('pv-consent-banner')!.updateComplete;
    await tick();
    expect(order()).to.deep.equal([]);
    consent.set({analytics: true});
    await until(() => order().length === 3, 3000, 'analytics scripts');
    expect(order()).to.deep.equal(['a1', 'external', 'a2']);
    expect(page.querySelectorAll('script[data-pv-activated]')).to.have.length(3);
    consent.set({analytics: true, marketing: true});
    await until(() => order().length === 5, 3000, 'marketing scripts');
    expect(order()).to.deep.equal(['a1', 'external', 'a2', 'm', 'both']);
    consent.set({analytics: true, marketing: true});
    consent.set({analytics: false, marketing: false});
    consent.set({analytics: true, marketing: true});
    await tick();
    expect(order()).to.have.length(5);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('notice mode: optional scripts run at once (implied consent), marketing not under GPC', async () => {
    const restore = Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl');
    Object.defineProperty(navigator, 'globalPrivacyControl', {configurable: true, get: () => true});
    try {
      const page = await fixture<HTMLDivElement>(`<div>
        <script type="text/plain" data-pv-consent="analytics">${push('a')}</script>
        <script type="text/plain" data-pv-consent="marketing">${push('m')}</script>
        <pv-consent-banner mode="notice"></pv-consent-banner>
      </div>`);
      await page.querySelector('pv-consent-banner')!.updateComplete;
      await until(() => order().length === 1, 3000, 'the analytics script');
      await tick();
      expect(order()).to.deep.equal(['a']);
      expect(consent.get()).to.equal(null);
    } finally {
      Reflect.deleteProperty(navigator, 'globalPrivacyControl');
      if (restore) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', restore);
    }
  });

  it('keeps nonce, async and data-pv-type on the real script', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <script type="text/plain" data-pv-consent="analytics" data-pv-type="module" nonce="abc123" id="m">${push('module')}</script>
      <script type="text/plain" data-pv-consent="analytics" src="${EXTERNAL}" async data-extra="x"></script>
      <pv-consent-banner></pv-consent-banner>
    </div>`);
    await page.querySelector('pv-consent-banner')!.updateComplete;
    consent.set({analytics: true});
    await until(() => order().length === 2, 3000, 'scripts');
    const real = [...page.querySelectorAll('script:not([data-pv-consent])')] as HTMLScriptElement[];
    expect(real).to.have.length(2);
    expect(real[0].type).to.equal('module');
    expect(real[0].nonce).to.equal('abc123');
    expect(real[0].id).to.equal('m');
    expect(real[1].async).to.equal(true);
    expect(real[1].getAttribute('data-extra')).to.equal('x');
    expect(real[1].src).to.match(/gated-external\.js$/);
    expect(order()).to.have.members(['module', 'external']);
  });

  it('handles gated elements added to the page later, before and after consent', async () => {
    const page = await fixture<HTMLDivElement>('<div><pv-consent-banner></pv-consent-banner></div>');
    await page.querySelector('pv-consent-banner')!.updateComplete;
    const early = document.createElement('div');
    early.innerHTML = `<script type="text/plain" data-pv-consent="analytics">${push('early')}</script>`;
    page.append(early);
    await tick();
    expect(order()).to.deep.equal([]);
    consent.set({analytics: true});
    await until(() => order().length === 1, 3000, 'early script');
    const late = document.createElement('section');
    late.innerHTML = `<script type="text/plain" data-pv-consent="analytics">${push('late')}</script>`;
    page.append(late);
    await until(() => order().length === 2, 3000, 'late script');
    expect(order()).to.deep.equal(['early', 'late']);
    // Moving an activated script does not run it again.
    page.append(early);
    await tick();
    expect(order()).to.deep.equal(['early', 'late']);
  });

  it('puts an accessible placeholder before a gated iframe, whose button allows the category', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <iframe data-pv-consent="marketing" data-pv-src="about:blank" title="Our video"></iframe>
      <pv-consent-banner></pv-consent-banner>
    </div>`);
    const el = page.querySelector('pv-consent-banner')!;
    await el.updateComplete;
    const frame = page.querySelector('iframe')!;
    expect(frame.hidden).to.equal(true);
    expect(frame.hasAttribute('src')).to.equal(false);
    const box = page.querySelector<HTMLElement>('[data-pv-placeholder]')!;
    expect(box.nextElementSibling).to.equal(frame);
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('aria-label')).to.equal('Blocked content: Our video');
    expect(box.textContent).to.contain('It is shown only if you allow: Marketing.');
    await expect(box).to.be.accessible();
    const event = oneEvent(el, 'pv-consent-change');
    box.querySelector('button')!.click();
    expect((await event).detail).to.deep.include({choices: {analytics: false, marketing: true}, method: 'custom'});
    expect(frame.getAttribute('src')).to.equal('about:blank');
    expect(frame.hidden).to.equal(false);
    expect(box.isConnected).to.equal(false);
  });

  it('writes the placeholder in the iframe’s language, and refuses an unsafe data-pv-src', async () => {
    const page = await fixture<HTMLDivElement>(`<div lang="fr">
      <iframe data-pv-consent="analytics" data-pv-src="javascript:alert(1)"></iframe>
      <pv-consent-banner lang="en"></pv-consent-banner>
    </div>`);
    await page.querySelector('pv-consent-banner')!.updateComplete;
    const box = page.querySelector<HTMLElement>('[data-pv-placeholder]')!;
    expect(box.getAttribute('aria-label')).to.equal('Contenu bloqué');
    expect(box.textContent).to.contain("Il n'est affiché que si vous autorisez\u00a0: Statistiques.");
    expect(box.querySelector('button')!.textContent).to.equal('Autoriser et afficher\u00a0: Statistiques');
    await expect(box).to.be.accessible();
    consent.set({analytics: true});
    expect(page.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
  });

  it('inserts a gated template’s content after consent, once', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <template data-pv-consent="analytics"><p class="from-template">Hello</p><script>globalThis.__pvOnce = (globalThis.__pvOnce || 0) + 1;</script></template>
      <pv-consent-banner></pv-consent-banner>
    </div>`);
    await page.querySelector('pv-consent-banner')!.updateComplete;
    expect(page.querySelector('.from-template')).to.equal(null);
    delete win.__pvOnce;
    consent.set({analytics: true});
    consent.set({analytics: true, marketing: true});
    await tick();
    expect(page.querySelectorAll('.from-template')).to.have.length(1);
    expect(page.querySelector('template')!.nextElementSibling!.className).to.equal('from-template');
    expect(win.__pvOnce).to.equal(1);
  });

  it('runs gated scripts under Trusted Types with the pv-consent policy', async () => {
    const frame = await loadFrame(`<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html pv-consent">
      ${ERROR_TRAP}</head><body>
      <pv-consent-banner></pv-consent-banner>
      <script type="text/plain" data-pv-consent="analytics">${push('inline')}</script>
      <script type="text/plain" data-pv-consent="analytics" src="${EXTERNAL}"></script>
      <script type="module" src="/src/components/consent-banner/define.ts"></script>
      </body></html>`);
    const w = frame.contentWindow as Window & typeof globalThis & Order & {__errors: string[]};
    try {
      await until(() => !!w.patientVoice?.consent && !!w.customElements.get('pv-consent-banner'), 5000, 'the banner in the frame');
      await (w.document.querySelector('pv-consent-banner') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      w.patientVoice!.consent!.set({analytics: true});
      await until(() => (w.__pvOrder ?? []).length === 2, 3000, 'scripts in the frame');
      expect(w.__pvOrder).to.deep.equal(['inline', 'external']);
      expect(w.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
