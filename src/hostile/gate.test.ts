/**
 * Hostile pages for the consent gate (issue "Hostile pages, round 2"):
 * markup an attacker injects into a page with a strict nonce +
 * 'strict-dynamic' CSP (served by test/gate-csp.mjs) runs nothing; one bad
 * element never stops the gate; Trusted Types without `pv-consent`; URLs
 * against the document, not `<base href>`; shadow roots; Object.prototype
 * polluted before load; many elements activated in slices.
 */
import {expect} from '@open-wc/testing';
import {until} from '../test-support/frames.js';
import {clearStorage} from '../test-support/helpers.js';
import {newProbe, onSite, requested, warningsOf, type Banner, type FramePage} from '../components/consent-banner/site.test-support.js';

type GatePage = FramePage & {__ran: string[]};
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const hasTrustedTypes = 'trustedTypes' in window;

/** Opens a served page (with its real headers) in a frame and waits for its banner. */
async function servedPage(url: string): Promise<{frame: HTMLIFrameElement; w: GatePage}> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as GatePage;
  await until(() => !!w.patientVoice?.consent && !!w.customElements.get('pv-consent-banner'), 8000, 'the banner on the served page');
  await (w.document.querySelector('pv-consent-banner') as Banner).updateComplete;
  return {frame, w};
}

/** What the probe saw for `id`, after waiting until `wanted` are all there (or 5 s). */
async function seen(id: string, wanted: string[]): Promise<string[]> {
  let names: string[] = [];
  const end = performance.now() + 5000;
  while (performance.now() < end) {
    names = await requested(id);
    if (wanted.every((n) => names.includes(n))) break;
    await tick(100);
  }
  await tick(300);
  return requested(id);
}

beforeEach(clearStorage);
afterEach(clearStorage);

describe('hostile: the gate only starts what the site wrote (nonce + strict-dynamic CSP)', () => {
  const variants = [
    {name: 'the nonce of the banner\'s module script', query: ''},
    {name: 'the banner\'s nonce attribute (module imported by an inline script)', query: '&nonce-on=banner'},
    {name: 'under Trusted Types too', query: '&tt=1', tt: true},
    // The first step shows the first layer; the gate comes with the rest, from lazy/, and finds the nonce of the script tag above it.
    {name: 'dist/cdn/consent-banner.js, its rest loaded from lazy/', query: '&cdn=1'},
    {name: 'dist/cdn/consent-banner.js under Trusted Types', query: '&cdn=1&tt=1', tt: true},
  ];
  for (const v of variants) {
    it(`injected gated scripts, necessary ones and templates run nothing; the site's run (${v.name})`, async function () {
      if (v.tt && !hasTrustedTypes) this.skip();
      const id = newProbe();
      const {frame, w} = await servedPage(`/test/gate-csp/page.html?probe=${id}${v.query}`);
      try {
        await tick(200);
        expect(w.__ran, 'before consent').to.deep.equal([]);
        expect(await requested(id), 'before consent').to.deep.equal([]);
        w.patientVoice!.consent!.set({analytics: true, marketing: true});
        const site = ['site.js', 'site-module.js'];
        const names = await seen(id, site);
        expect(names).to.include.members(site);
        // No injected script is ever fetched.
        expect(names).to.have.members(site);
        expect([...w.__ran].sort()).to.deep.equal(['site-inline', 'site-template']);
        const warnings = warningsOf(w);
        expect(warnings.filter((m) => m.includes('"necessary" is always on'))).to.have.length(3);
        // Injected scripts outside templates, and each injected template's scripts.
        expect(warnings.filter((m) => m.includes("does not carry this page's nonce")).length).to.be.at.least(9);
        expect(warnings.every((m) => !/site/.test(m)), warnings.join('\n')).to.equal(true);
        expect(w.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('hostile: gated URLs pass an allow-list', () => {
  const port = location.port;
  const listed = `http://www.patient.test:${port}`;
  it('same origin and the origins in allowed-origins or the JSON child start; others, and data: URLs, are refused with one warning each', async () => {
    const id = newProbe();
    await onSite(
      {
        banner: `<pv-consent-banner allowed-origins="${listed}"><script type="application/json">{"allowedOrigins": ["http://www.sante.qc.ca:${port}"], "categories": {}}</script></pv-consent-banner>`,
        body: `<script type="text/plain" data-pv-consent="analytics" src="/__probe/${id}/same.js"></script>
          <script type="text/plain" data-pv-consent="analytics" src="${listed}/__probe/${id}/listed.js"></script>
          <script type="text/plain" data-pv-consent="analytics" src="http://www.sante.qc.ca:${port}/__probe/${id}/json.js"></script>
          <script type="text/plain" data-pv-consent="analytics" src="http://dons.patient.test:${port}/__probe/${id}/unlisted.js"></script>
          <script type="text/plain" data-pv-consent="analytics" src="data:text/javascript,window.__ran=1"></script>
          <embed data-pv-consent="analytics" type="image/svg+xml" data-pv-src="http://dons.patient.test:${port}/__probe/${id}/unlisted.svg">
          <template data-pv-consent="analytics"><script src="http://dons.patient.test:${port}/__probe/${id}/unlisted-template.js"></script></template>`,
      },
      async (w) => {
        w.patientVoice!.consent!.set({analytics: true});
        const names = await seen(id, ['same.js', 'listed.js', 'json.js']);
        expect(names).to.have.members(['same.js', 'listed.js', 'json.js']);
        expect(w.__ran).to.equal(undefined);
        const refused = warningsOf(w).filter((m) => m.includes('is not from this site or an origin listed in allowed-origins'));
        expect(refused).to.have.length(4);
        expect(refused.some((m) => m.includes('data:text/javascript'))).to.equal(true);
      }
    );
  });

  it('a bad allowed-origins entry warns and is left out', async () => {
    await onSite({banner: '<pv-consent-banner allowed-origins="https://ok.example.org https://ok.example.org/path javascript:alert(1)"></pv-consent-banner>'}, async (w) => {
      const bad = warningsOf(w).filter((m) => m.includes('is not an http(s) origin'));
      expect(bad).to.have.length(2);
    });
  });
});

describe('hostile: a gate that keeps going', () => {
  it('an element that throws and one refused are one warning each; later scripts, iframes and templates still start; consent.set() does not throw', async () => {
    const id = newProbe();
    await onSite(
      {
        body: `<script type="text/plain" data-pv-consent="analytics" id="throws">window.__ran = (window.__ran || []).concat('throws')</script>
          <img id="img-throws" data-pv-consent="analytics" data-pv-src="/__probe/${id}/throws.gif" alt="">
          <script type="text/plain" data-pv-consent="analytics" src="data:text/javascript,window.__ran=['data']"></script>
          <script type="text/plain" data-pv-consent="analytics">window.__ran = (window.__ran || []).concat('after')</script>
          <iframe data-pv-consent="analytics" data-pv-src="/__probe/${id}/frame.html" title="Map"></iframe>
          <template data-pv-consent="analytics"><img src="/__probe/${id}/template.gif" alt=""></template>`,
        // Whichever way the gate puts the copy in place, it throws for this element.
        app: `const bad = document.getElementById('throws'); bad.after = bad.replaceWith = bad.before = () => { throw new Error('boom'); };
          document.getElementById('img-throws').setAttribute = () => { throw new Error('bang'); };`,
      },
      async (w) => {
        await tick();
        expect(() => w.patientVoice!.consent!.set({analytics: true})).not.to.throw();
        const names = await seen(id, ['frame.html', 'template.gif']);
        expect(names).to.have.members(['frame.html', 'template.gif']);
        await until(() => ((w as GatePage).__ran ?? []).includes('after'), 3000, 'the script after the bad ones');
        expect((w as GatePage).__ran).to.deep.equal(['after']);
        const warnings = warningsOf(w);
        expect(warnings.filter((m) => m.includes('could not be started') && m.includes('id="throws"') && m.includes('boom')), warnings.join('\n')).to.have.length(1);
        expect(warnings.filter((m) => m.includes('could not be started') && m.includes('id="img-throws"'))).to.have.length(1);
        expect(warnings.filter((m) => m.includes('data:text/javascript'))).to.have.length(1);
        expect(w.__errors).to.deep.equal([]);
      }
    );
  });

  it('Trusted Types without pv-consent: one warning at start naming the directive; scripts stay inert, iframes and templates without scripts work', async function () {
    if (!hasTrustedTypes) this.skip();
    const id = newProbe();
    await onSite(
      {
        head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">`,
        body: `<script type="text/plain" data-pv-consent="analytics">window.__ran = 1</script>
          <script type="text/plain" data-pv-consent="analytics" src="/__probe/${id}/script.js"></script>
          <iframe data-pv-consent="analytics" data-pv-src="/__probe/${id}/frame.html" title="Map"></iframe>
          <template data-pv-consent="analytics"><img src="/__probe/${id}/template.gif" alt=""></template>`,
      },
      async (w) => {
        const policy = () => warningsOf(w).filter((m) => m.includes('does not allow the pv-consent policy'));
        expect(policy()).to.have.length(1);
        expect(policy()[0]).to.contain('trusted-types … pv-consent');
        expect(() => w.patientVoice!.consent!.set({analytics: true})).not.to.throw();
        const names = await seen(id, ['frame.html', 'template.gif']);
        expect(names).to.have.members(['frame.html', 'template.gif']);
        expect((w as GatePage).__ran).to.equal(undefined);
        expect(policy()).to.have.length(1);
        expect(w.__errors).to.deep.equal([]);
      }
    );
  });
});

describe('hostile: <base href>, shadow roots', () => {
  it('the policy link, the receipt endpoint and gated script URLs resolve against the document, not an injected <base href>', async () => {
    const box = `base-${Math.random().toString(36).slice(2)}`;
    const id = newProbe();
    await onSite(
      {},
      async (w) => {
        // Injected markup: a <base> to another site, then the URLs are read (attributes set, a gated script added).
        const doc = w.document;
        doc.head.insertAdjacentHTML('afterbegin', '<base href="http://dons.patient.test:1/elsewhere/">');
        const el = doc.querySelector('pv-consent-banner') as Banner;
        el.setAttribute('policy-url', 'privacy');
        el.setAttribute('receipt-endpoint', `/test-receipts/${box}`);
        await el.updateComplete;
        doc.body.insertAdjacentHTML('beforeend', `<script type="text/plain" data-pv-consent="analytics" src="/__probe/${id}/relative.js"></script>`);
        expect(el.shadowRoot!.querySelector('a')!.href).to.equal(`${location.origin}/privacy`);
        expect(doc.baseURI).to.equal('http://dons.patient.test:1/elsewhere/');
        w.patientVoice!.consent!.set({analytics: true});
        expect(await seen(id, ['relative.js'])).to.deep.equal(['relative.js']);
        let got: unknown[] = [];
        const end = performance.now() + 5000;
        while (!got.length && performance.now() < end) {
          await tick(100);
          got = (await (await fetch(`/test-receipts/${box}`)).json()) as unknown[];
        }
        expect(got).to.have.length(1);
      }
    );
  });

  it('a gated element inside a shadow root: one warning (not supported), never started', async () => {
    await onSite(
      {
        body: `<div id="host"><template shadowrootmode="open"><script type="text/plain" data-pv-consent="analytics">window.__ran = 1</script>
          <img data-pv-consent="analytics" data-pv-src="/nothing.gif" alt=""></template></div>`,
      },
      async (w) => {
        expect(w.document.getElementById('host')!.shadowRoot, 'declarative shadow DOM').to.not.equal(null);
        w.patientVoice!.consent!.set({analytics: true});
        await tick(200);
        expect((w as GatePage).__ran).to.equal(undefined);
        expect(warningsOf(w).filter((m) => m.includes('inside a shadow root'))).to.have.length(1);
      }
    );
  });
});

describe('hostile: Object.prototype polluted before load', () => {
  it('no gated script of an unoffered (or any) category runs before consent; __proto__ in the JSON child adds nothing', async () => {
    await onSite(
      {
        head: `<script>for (const k of ['analytics', 'marketing', 'tracking', 'video', 'necessary']) Object.prototype[k] = true;
          Object.prototype.cm = ['ad_storage', 'analytics_storage'];
          Object.prototype.consentMode = ['ad_storage'];
          Object.prototype.allowedOrigins = ['http://dons.patient.test:${location.port}'];</script>`,
        banner: `<pv-consent-banner categories="analytics marketing survey"><script type="application/json">{"__proto__": {"categories": {"video": {}}}, "categories": {"__proto__": {"tracking": true}, "survey": {"en": {"label": "Surveys"}}}}</script></pv-consent-banner>`,
        body: ['analytics', 'marketing', 'tracking', 'video', 'survey'].map((c) => `<script type="text/plain" data-pv-consent="${c}">window.__ran = (window.__ran || []).concat('${c}')</script>`).join(''),
      },
      async (w) => {
        await tick(300);
        const el = w.document.querySelector('pv-consent-banner') as Banner;
        expect(el.open).to.equal(true);
        expect((w as GatePage).__ran).to.equal(undefined);
        expect(w.patientVoice!.consent!.get()).to.equal(null);
        // The custom category from the JSON is offered; the polluted ones are not.
        w.patientVoice!.consent!.set({survey: true});
        await until(() => ((w as GatePage).__ran ?? []).length > 0, 3000, 'the survey script');
        await tick(200);
        expect((w as GatePage).__ran).to.deep.equal(['survey']);
        // (Own properties: the frame's polluted prototype would show in a deep comparison.)
        expect(JSON.stringify(w.patientVoice!.consent!.get())).to.equal('{"analytics":false,"marketing":false,"survey":true}');
      }
    );
  });
});

describe('hostile: many gated elements yield to the main thread', () => {
  it('activating 5,000 gated scripts spans several tasks (a timer runs in between)', async () => {
    const n = 5000;
    await onSite(
      {body: `<div id="many">${'<script type="text/plain" data-pv-consent="analytics">__count++</script>'.repeat(n)}</div>`, head: '<script>window.__count = 0</script>'},
      async (w) => {
        const page = w as FramePage & {__count: number};
        const between: number[] = [];
        const beat = () => {
          between.push(page.__count);
          if (page.__count < n) w.setTimeout(beat);
        };
        w.setTimeout(beat);
        w.patientVoice!.consent!.set({analytics: true});
        await until(() => page.__count === n, 10000, 'every script');
        // A timer task ran while some but not all scripts had run: activation was cut into several tasks.
        expect(between.filter((c) => c > 0 && c < n).length).to.be.at.least(1);
      }
    );
  });

  it('2,000 gated elements added in one go after consent: every one is activated, the scripts in document order', async () => {
    // 1,975 inline scripts, 5 external ones among them (each waited for before the next), 20 templates.
    const html: string[] = [];
    let scripts = 0;
    for (let i = 0; i < 2000; i++) {
      if (i % 100 === 50) html.push(`<template data-pv-consent="analytics"><span class="from-template"></span></template>`);
      else if (i % 400 === 399) html.push(`<script type="text/plain" data-pv-consent="analytics" src="/test/gate-order.js?i=${scripts++}"></script>`);
      else html.push(`<script type="text/plain" data-pv-consent="analytics">__order.push(${scripts++})</script>`);
    }
    await onSite({body: '<div id="later"></div>', head: '<script>window.__order = []</script>'}, async (w) => {
      const page = w as FramePage & {__order: number[]};
      w.patientVoice!.consent!.set({analytics: true});
      await tick();
      w.document.getElementById('later')!.insertAdjacentHTML('beforeend', html.join(''));
      await until(() => page.__order.length === scripts, 15000, 'every gated script');
      await tick(200);
      expect(page.__order).to.deep.equal([...Array(scripts).keys()]);
      const later = w.document.getElementById('later')!;
      expect(later.querySelectorAll('[data-pv-consent]:not([data-pv-activated])')).to.have.length(0);
      expect(later.querySelectorAll('[data-pv-consent][data-pv-activated]')).to.have.length(2000);
      expect(later.querySelectorAll('.from-template')).to.have.length(20);
      // Each copy stands right after its gated script.
      const first = later.querySelector('script[data-pv-consent]')!;
      expect(first.nextElementSibling!.localName).to.equal('script');
      expect(first.nextElementSibling!.hasAttribute('data-pv-consent')).to.equal(false);
      expect(warningsOf(w)).to.deep.equal([]);
    });
  });
});
