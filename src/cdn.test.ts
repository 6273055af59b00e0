import {expect} from '@open-wc/testing';

/**
 * The built one-file bundle (dist/cdn/patient-voice.js, made by `npm run
 * build`, which `npm test` runs first) in a plain HTML page with nothing but
 * one <script type="module"> tag.
 */
describe('CDN bundle', () => {
  it('works in a plain page with one script tag, in both languages', async () => {
    const head = await fetch('/dist/cdn/patient-voice.js', {method: 'HEAD'});
    expect(head.ok, 'dist/cdn/patient-voice.js is missing: run `npm run build`').to.equal(true);
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/cdn-page.html';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, {once: true}));
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('pv-medical-disclaimer');
      const [en, fr] = [...win.document.querySelectorAll('pv-medical-disclaimer')] as Array<HTMLElement & {updateComplete: Promise<boolean>}>;
      await en.updateComplete;
      await fr.updateComplete;
      expect(en.shadowRoot!.textContent).to.contain('About personal stories');
      expect(fr.shadowRoot!.textContent).to.contain('À propos des témoignages');
      // The page has exactly one script of its own (the test server injects
      // an inline one for its web socket, left out here) and no stylesheet.
      const own = [...win.document.scripts].filter((s) => !(s.src + s.textContent).includes('__web-dev-server'));
      expect(own.map((s) => new URL(s.src).pathname)).to.deep.equal(['/dist/cdn/patient-voice.js']);
      expect(win.document.querySelectorAll('link[rel=stylesheet], style').length).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
