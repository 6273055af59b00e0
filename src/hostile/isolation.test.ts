import {expect} from '@open-wc/testing';
import {examples} from '../examples.js';
import {loadFrame, ERROR_TRAP, until} from '../test-support/frames.js';

/**
 * 4. No network: every example on one page, used (every button pressed):
 * the only requests are the library's own file(s).
 * 5. Two copies: the CDN bundle twice, and the CDN bundle plus an npm build,
 * on one page: no uncaught error, widgets work; two copies of the same
 * version say nothing (another version's warning: host-page.test.ts).
 */
type Page = Window & typeof globalThis & {__errors: string[]; __warnings: string[]};
type Widget = HTMLElement & {updateComplete: Promise<boolean>};
const allHtml = Object.values(examples)
  .flat()
  .filter((e) => !e.html.includes('receipt-endpoint'))
  .map((e) => e.html)
  .join('\n');
const tags = Object.keys(examples);

async function widgetsReady(win: Page): Promise<Widget[]> {
  for (const tag of tags) await until(() => !!win.customElements.get(tag), 5000, `${tag} defined`);
  const els = [...win.document.querySelectorAll(tags.join(','))] as Widget[];
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}

describe('isolation', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    document.cookie = 'pv_consent=; Max-Age=0; Path=/';
  });

  it('requests nothing but its own script, even when used', async () => {
    frame = await loadFrame(
      `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>${allHtml}<script type="module" src="/dist/cdn/patient-voice.js"></script></body></html>`
    );
    const win = frame.contentWindow as Page;
    const els = await widgetsReady(win);
    for (const el of els) {
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
        if (!b.getClientRects().length) continue;
        b.click();
        await el.updateComplete;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
    const foreign = requests.filter((u) => {
      const url = new URL(u);
      return url.origin !== location.origin || !(url.pathname === '/dist/cdn/patient-voice.js' || url.pathname.startsWith('/__web-dev-server'));
    });
    expect(foreign).to.deep.equal([]);
    expect(requests.some((u) => u.endsWith('/dist/cdn/patient-voice.js'))).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the CDN bundle loaded twice: no warning, no error, widgets work', async () => {
    frame = await loadFrame(
      `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>${allHtml}
       <script type="module" src="/dist/cdn/patient-voice.js"></script>
       <script type="module" src="/dist/cdn/patient-voice.js"></script>
       <script type="module" src="/dist/cdn/patient-voice.js?second-copy"></script></body></html>`
    );
    const win = frame.contentWindow as Page;
    const els = await widgetsReady(win);
    await until(() => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('?second-copy')), 5000, 'the second copy');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('another copy of patient-voice-widgets'))).to.deep.equal([]);
    for (const el of els) expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(20);
  });

  it('the CDN bundle and an npm build of the same version on one page: no warning, no error, widgets work', async () => {
    frame = await loadFrame(
      `<!doctype html><html lang="en"><head>${ERROR_TRAP}</head><body>${allHtml}
       <script type="module" src="/dist/cdn/patient-voice.js"></script>
       <script type="module" src="/test/fixtures/generated/consumer/app.js"></script></body></html>`
    );
    const win = frame.contentWindow as Page;
    const els = await widgetsReady(win);
    await until(() => win.document.body.dataset.version !== undefined, 5000, 'the npm build to run');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('another copy of patient-voice-widgets'))).to.deep.equal([]);
    for (const el of [...els, ...win.document.querySelectorAll<Widget>('pv-medical-disclaimer')]) {
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(20);
    }
  });
});
