import {expect} from '@open-wc/testing';
import {loadFrame, ERROR_TRAP, until} from './test-support/frames.js';

/**
 * Pre-rendered HTML (pv-render, @lit-labs/ssr): readable with JavaScript off,
 * and hydrated in place, without duplicate DOM, when the library's script is
 * on the page. Fixtures: test/fixtures/generated/ssr.json (npm test makes it
 * from every example that is configured by attributes alone).
 */
interface Rendered {
  id: string;
  tag: string;
  lang: 'en' | 'fr';
  snippet: string;
  html: string;
}
type Widget = HTMLElement & {updateComplete: Promise<boolean>; hasUpdated: boolean};

const fixtures: Rendered[] = await (await fetch('/test/fixtures/generated/ssr.json')).json();
const norm = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** The shadow root's visible text (its <style> left out). */
const shadowText = (el: Element) =>
  norm([...el.shadowRoot!.childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join(' '));
const elementCount = (el: Element) => el.shadowRoot!.querySelectorAll('*:not(style)').length;

describe('pre-rendered HTML', () => {
  it('has fixtures for every pre-renderable example, in both languages', () => {
    expect(fixtures.length).to.be.greaterThan(4);
    expect(new Set(fixtures.map((f) => f.lang))).to.deep.equal(new Set(['en', 'fr']));
  });

  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((fr) => fr.remove());
    frames = [];
  });

  it('a footnote mark leads to its note with scripts off', async () => {
    // A real page (a fragment link does not navigate an about:srcdoc frame):
    // the partner article of the layout-shift test with its script line left
    // out, in a frame where no script may run.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width:800px;height:600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.src = '/__partner/rights-full/prerendered/en?snippet=';
    document.body.append(frame);
    await loaded;
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('pv-rights-explainer')!;
    expect(frame.contentWindow!.customElements.get('pv-rights-explainer')).to.equal(undefined);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.note-ref')!;
    const note = el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(note.getBoundingClientRect().top).to.be.greaterThan(600);
    link.click();
    await until(() => frame.contentWindow!.scrollY > 0, 2000, 'the frame to scroll');
    const top = note.getBoundingClientRect().top;
    expect(top, 'the note is in view').to.be.within(-24, 600);
    // and back
    el.shadowRoot!.querySelector<HTMLAnchorElement>(`a.back-link[href="#${link.id}"]`)!.click();
    await until(() => Math.abs(link.getBoundingClientRect().top) < 600 && note.getBoundingClientRect().top !== top, 2000, 'the way back');
  });

  for (const f of fixtures) {
    const other = fixtures.find((g) => g.id === f.id && g.lang !== f.lang)!;

    it(`${f.id} (${f.lang}) is readable with scripts off`, async () => {
      // sandbox without allow-scripts: no script can run in the page.
      const frame = await loadFrame(`<!doctype html><html lang="${f.lang}"><body>${f.html}</body></html>`, 'allow-same-origin');
      frames.push(frame);
      const el = frame.contentDocument!.querySelector(f.tag)!;
      expect(frame.contentWindow!.customElements.get(f.tag)).to.equal(undefined);
      expect(el.shadowRoot, 'declarative shadow root attached').to.not.equal(null);
      expect(shadowText(el).length).to.be.greaterThan(40);
      // Styled without script: the shadow root's own <style> applies (:host is a block).
      expect(frame.contentWindow!.getComputedStyle(el).display).to.equal('block');
      // Honest without script: no answer shows as chosen, and what needs the
      // script (buttons, the guide's questions) is hidden until it runs.
      expect(el.shadowRoot!.querySelectorAll('input:checked, [checked]').length, 'checked controls').to.equal(0);
      for (const control of el.shadowRoot!.querySelectorAll('button, fieldset')) {
        expect(frame.contentWindow!.getComputedStyle(control).visibility, control.outerHTML.slice(0, 60)).to.equal('hidden');
      }
      // Every in-widget link has a target the page's own tree can find, shown in place by a slot.
      for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
        const id = link.getAttribute('href')!.slice(1);
        const target = frame.contentDocument!.getElementById(id);
        expect(target?.assignedSlot?.parentElement?.id, `#${id}`).to.equal(id);
      }
    });

    /** Loads the pre-rendered widget with `script`, then checks it hydrated in place: same DOM, same text, no error. */
    const hydrated = async (script: string) => {
      const frame = await loadFrame(
        `<!doctype html><html lang="${f.lang}"><head>${ERROR_TRAP}</head><body>${f.html}<script type="module" src="${script}"></script></body></html>`
      );
      frames.push(frame);
      const win = frame.contentWindow! as Window & typeof globalThis & {__errors: string[]};
      const el = frame.contentDocument!.querySelector(f.tag) as Widget;
      const text = shadowText(el);
      const count = elementCount(el);
      await until(() => !!win.customElements.get(f.tag), 5000, 'the element to be defined');
      await el.updateComplete;
      expect(win.__errors).to.deep.equal([]);
      expect(el.hasUpdated).to.equal(true);
      expect(elementCount(el), 'no duplicate DOM').to.equal(count);
      expect(shadowText(el)).to.equal(text);
      return {el, win, text};
    };

    it(`${f.id} (${f.lang}) is hydrated in place through the autoloader (its hydration support runs before Lit's element code)`, async () => {
      await hydrated('/dist/cdn/autoloader.js');
    });

    it(`${f.id} (${f.lang}) is hydrated in place when the script is present`, async () => {
      const {el, win, text} = await hydrated('/dist/cdn/patient-voice.js');
      // Live: switching its language re-renders the hydrated DOM in place.
      el.setAttribute('lang', other.lang);
      await until(() => shadowText(el) !== text, 2000, 're-render');
      await el.updateComplete;
      const otherFrame = await loadFrame(`<!doctype html><body>${other.html}</body>`, 'allow-same-origin');
      frames.push(otherFrame);
      expect(shadowText(el)).to.equal(shadowText(otherFrame.contentDocument!.querySelector(f.tag)!));
      expect(win.__errors).to.deep.equal([]);
    });
  }
});
