import {expect} from '@open-wc/testing';
import {ERROR_TRAP, until} from '../../test-support/frames.js';
import {clearStorage} from './consent.test-support.js';
import {STORE_KEY} from './consent-store.js';

/**
 * The one-file script, dist/cdn/consent-banner.js, as a site loads it: its
 * first step shows the first layer, and the rest (dist/cdn/lazy/) comes
 * later. The test server holds the lazy chunks until the test releases them
 * (`/__held/<id>/` in web-test-runner.config.mjs), as a slow network would.
 */

type Banner = HTMLElement & {updateComplete?: Promise<boolean>};
type FrameWindow = Window & typeof globalThis & {__warnings: string[]; __errors: string[]; __cls: number; __changes: Array<{method: string}>};

let n = 0;

async function site(banner: string, lang = 'en', missing = false) {
  const id = `${missing ? 'missing' : 'first'}-${Date.now()}-${n++}`;
  // Not waiting for the frame's load event: Firefox holds it until the held chunks arrive when the first step asks for them at once.
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${ERROR_TRAP}` +
      `<script>window.__cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__cls+=e.value}).observe({type:'layout-shift',buffered:true});` +
      `window.__changes=[];addEventListener('pv-consent-change',(e)=>__changes.push(e.detail))</script>` +
      `<title>Page</title></head><body>${banner}<main><h1>Page</h1><p>Text.</p><button id="before">Before</button></main>` +
      `<script type="module" src="/__held/${id}/dist/cdn/consent-banner.js"></script></body></html>`;
  document.body.append(frame);
  // The first step has run: it puts the consent API on the page.
  await until(() => !!(frame.contentWindow as unknown as {patientVoice?: {consent?: unknown}}).patientVoice?.consent, 5000, 'the first step');
  const win = frame.contentWindow as FrameWindow;
  const el = frame.contentDocument!.querySelector('pv-consent-banner') as Banner;
  /** The chunks the page asked for so far, by file name. */
  const fetched = () => win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!);
  return {
    frame,
    win,
    el,
    fetched,
    release: async () => {
      await fetch(`/__release/${id}`);
      await win.customElements.whenDefined('pv-consent-banner');
      await el.updateComplete;
    },
    button: (action: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-pv-action="${action}"]`)!,
  };
}

describe('dist/cdn/consent-banner.js: the first layer before the rest', () => {
  beforeEach(() => clearStorage());
  afterEach(() => {
    clearStorage();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('shows the first layer before the element is defined, then the element takes it over in place', async () => {
    const s = await site('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
    await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
    expect(s.win.customElements.get('pv-consent-banner'), 'the element is not defined yet').to.equal(undefined);
    expect(s.el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Cookies and your privacy');
    expect(s.el.getAttribute('data-pv-state')).to.equal('undecided');
    expect(s.el.shadowRoot!.querySelector('a')!.href).to.equal(new URL('/privacy', location.href).href);
    expect([...s.el.shadowRoot!.querySelectorAll('button')].map((b) => b.dataset.pvAction)).to.deep.equal(['accept-all', 'reject-all', 'choose']);
    const bar = s.el.shadowRoot!.querySelector('.bar')!;
    const accept = s.button('accept-all');
    const box = bar.getBoundingClientRect();
    expect(box.height, 'the bar has its size').to.be.greaterThan(40);
    // Nothing of the rest was asked for: only the first step's own file.
    expect(s.fetched().filter((f) => f.endsWith('.js') && f !== 'consent-banner.js')).to.deep.equal([]);

    await s.release();
    expect(s.el.shadowRoot!.querySelector('.bar'), 'the same bar').to.equal(bar);
    expect(s.button('accept-all'), 'the same button').to.equal(accept);
    expect(s.el.shadowRoot!.querySelectorAll('.bar').length).to.equal(1);
    expect(bar.getBoundingClientRect().height).to.equal(box.height);
    expect((s.el as Banner & {open: boolean}).open).to.equal(true);
    expect(s.el.getAttribute('data-pv-state')).to.equal('undecided');
    expect(s.win.__warnings.filter((w) => w.includes('data-pv-state')), 'no warning about its own data-pv-state').to.deep.equal([]);
    expect(s.win.__errors).to.deep.equal([]);
    expect(s.win.__cls, 'no layout shift').to.equal(0);
  });

  it('in French, loads only the first layer’s French before it shows', async () => {
    const s = await site('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', 'fr-CA');
    await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
    const root = s.el.shadowRoot!;
    expect(root.querySelector('[part~="title"]')!.textContent).to.equal('Les témoins et votre vie privée');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Tout accepter', 'Tout refuser', 'Choisir']);
    const chunks = s.fetched().filter((f) => f.endsWith('.js') && f !== 'consent-banner.js');
    expect(chunks.length).to.equal(1);
    expect(chunks[0]).to.match(/^consent-banner-consent-banner-first-.+\.js$/);
    const text = root.textContent;
    await s.release();
    expect(root.textContent, 'the element renders the same French').to.equal(text);
  });

  it('names the organisation of the JSON child, as the element does', async () => {
    const s = await site('<pv-consent-banner><script type="application/json">{"controller": {"name": {"en": "Breast Health Clinic", "fr": "Clinique du sein"}}}</script></pv-consent-banner>');
    await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
    const p = s.el.shadowRoot!.querySelector('.text p')!;
    expect(p.textContent).to.contain('Breast Health Clinic keeps optional cookies off unless you allow them.');
    const text = s.el.shadowRoot!.textContent;
    await s.release();
    expect(s.el.shadowRoot!.textContent).to.equal(text);
  });

  for (const [action, method, stored] of [
    ['reject-all', 'reject-all', false],
    ['accept-all', 'accept-all', true],
  ] as const) {
    it(`a press on "${action}" before the rest has loaded is done when it arrives`, async () => {
      const s = await site('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>');
      await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
      s.button(action).click();
      expect(s.win.customElements.get('pv-consent-banner')).to.equal(undefined);
      await s.release();
      await until(() => s.el.getAttribute('data-pv-state') === 'decided', 5000, 'the decision');
      expect(s.win.__changes.map((c) => c.method)).to.deep.equal([method]);
      expect(s.win.document.cookie).to.contain(`${STORE_KEY}=`);
      expect((s.win.__changes[0] as unknown as {choices: Record<string, boolean>}).choices.analytics).to.equal(stored);
      expect(s.el.shadowRoot!.querySelector<HTMLElement>('.bar')!.hidden).to.equal(true);
    });
  }

  it('"Choose" before the rest has loaded opens the dialog when it arrives', async () => {
    const s = await site('<pv-consent-banner></pv-consent-banner>');
    await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
    s.button('choose').click();
    await s.release();
    await until(() => !!s.el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prefs')?.open, 5000, 'the dialog');
  });

  it('the modal layer (position="center") opens at once and stays the same dialog', async () => {
    const s = await site('<pv-consent-banner position="center"></pv-consent-banner>');
    await until(() => !!s.el.shadowRoot?.querySelector<HTMLDialogElement>('dialog.layer')?.open, 5000, 'the modal layer');
    const dialog = s.el.shadowRoot!.querySelector('dialog.layer')!;
    expect(dialog.matches(':modal')).to.equal(true);
    await s.release();
    expect(s.el.shadowRoot!.querySelector('dialog.layer')).to.equal(dialog);
    expect(dialog.matches(':modal')).to.equal(true);
  });

  it('with a stored choice it shows nothing itself: the element decides (and asks nothing)', async () => {
    document.cookie = `${STORE_KEY}=x; Path=/`;
    const s = await site('<pv-consent-banner></pv-consent-banner>');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.el.shadowRoot, 'no first layer of its own').to.equal(null);
    await s.release();
    // The stored value is not a valid record: the element discards it and asks.
    await until(() => !!s.el.shadowRoot?.querySelector('.bar:not([hidden])'), 5000, 'the element’s first layer');
  });

  it('leaves a preview to the element', async () => {
    const s = await site('<pv-consent-banner preview></pv-consent-banner>');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.el.shadowRoot).to.equal(null);
    await s.release();
    expect(s.el.shadowRoot!.querySelector('.bar.inline')).to.not.equal(null);
  });

  it('without its lazy/ folder: the first layer shows, and a press says once, in the page’s language, why nothing happens', async () => {
    for (const [lang, words] of [['en', 'Could not load lazy/'], ['fr', 'Impossible de charger lazy/']]) {
      const s = await site('<pv-consent-banner></pv-consent-banner>', lang, true);
      await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
      s.button('accept-all').click();
      await until(() => s.win.__warnings.length > 0, 5000, 'the warning');
      s.button('reject-all').click();
      await new Promise((r) => setTimeout(r, 200));
      expect(s.win.__warnings).to.have.length(1);
      expect(s.win.__warnings[0]).to.contain(words);
      expect(s.win.__changes).to.deep.equal([]);
      expect(s.win.document.cookie).to.not.contain(`${STORE_KEY}=`);
    }
  });

  it('puts the consent API on the page at once', async () => {
    const s = await site('<pv-consent-banner></pv-consent-banner>');
    await until(() => !!s.el.shadowRoot?.querySelector('.bar'), 5000, 'the first layer');
    const api = (s.win as unknown as {patientVoice: {consent: {get(): unknown}}}).patientVoice.consent;
    expect(typeof api.get).to.equal('function');
    await s.release();
  });
});
