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

  it('each standalone widget file carries its own French, and only its own', async () => {
    const cases: Array<[string, string, string]> = [
      ['medical-disclaimer', '<pv-medical-disclaimer lang="fr"></pv-medical-disclaimer>', 'À propos de ces renseignements'],
      ['consent-banner', '<pv-consent-banner lang="fr" preview></pv-consent-banner>', 'Tout accepter'],
      ['rights-explainer', '<pv-rights-explainer lang="fr"></pv-rights-explainer>', 'deuxième avis'],
      ['referral-options', '<pv-referral-options lang="fr"></pv-referral-options>', 'deuxième avis'],
    ];
    for (const [name, markup, french] of cases) {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}<script type="module" src="/dist/cdn/${name}.js"></script></body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        const tag = markup.slice(1, markup.indexOf(' '));
        await win.customElements.whenDefined(tag);
        const el = win.document.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
        await el.updateComplete;
        expect(el.shadowRoot!.textContent, name).to.contain(french);
        // The other widgets' French is not in this file.
        const code = await (await fetch(`/dist/cdn/${name}.js`)).text();
        const others = cases.filter(([n]) => n !== name && n !== 'rights-explainer' && n !== 'referral-options');
        for (const [, , otherFrench] of others) expect(code.includes(otherFrench), `${name}.js holds "${otherFrench}"`).to.equal(false);
      } finally {
        frame.remove();
      }
    }
  });
});
