import {expect, fixture, oneEvent} from '@open-wc/testing';
import './define.js';
import {consent} from './consent-banner.js';
import {useTestPage} from '../../test-support/helpers.js';
import {clearStorage} from './consent.test-support.js';
import {ERROR_TRAP, loadFrame, until} from '../../test-support/frames.js';
import {newProbe, requested, sitePage, warningsOf} from './site.test-support.js';
import {gateProblems, srcsetUrls} from './script-gate.js';
import {HOSTILE_URLS} from '../../hostile/hostile-strings.js';

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
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner>
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
        <pv-consent-banner policy-url="/privacy" mode="notice"></pv-consent-banner>
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
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner>
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
    const page = await fixture<HTMLDivElement>('<div><pv-consent-banner policy-url="/privacy"></pv-consent-banner></div>');
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
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner>
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
      <pv-consent-banner policy-url="/privacy" lang="en"></pv-consent-banner>
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
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner>
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

  it('runs gated scripts and loads gated embeds, objects and images under Trusted Types with the pv-consent policy', async () => {
    const id = newProbe();
    const frame = await loadFrame(`<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html pv-consent">
      ${ERROR_TRAP}</head><body>
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner>
      <script type="text/plain" data-pv-consent="analytics">${push('inline')}</script>
      <script type="text/plain" data-pv-consent="analytics" src="${EXTERNAL}"></script>
      <embed data-pv-consent="analytics" type="image/svg+xml" data-pv-src="/__probe/${id}/tt-embed.svg">
      <object data-pv-consent="analytics" type="image/svg+xml" data-pv-data="/__probe/${id}/tt-object.svg"></object>
      <img data-pv-consent="analytics" data-pv-src="/__probe/${id}/tt-img.gif" alt="">
      <script type="module" src="/src/components/consent-banner/define.ts"></script>
      </body></html>`);
    const w = frame.contentWindow as Window & typeof globalThis & Order & {__errors: string[]};
    try {
      await until(() => !!w.patientVoice?.consent && !!w.customElements.get('pv-consent-banner'), 5000, 'the banner in the frame');
      await (w.document.querySelector('pv-consent-banner') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      w.patientVoice!.consent!.set({analytics: true});
      await until(() => (w.__pvOrder ?? []).length === 2, 3000, 'scripts in the frame');
      expect(w.__pvOrder).to.deep.equal(['inline', 'external']);
      let seen: string[] = [];
      const end = performance.now() + 5000;
      while (performance.now() < end && seen.length < 3) {
        await tick();
        seen = await requested(id);
      }
      expect(seen).to.have.members(['tt-embed.svg', 'tt-object.svg', 'tt-img.gif']);
      expect(w.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('script gate: every loading element', () => {
  useTestPage(clearStorage);

  it('loads img, picture, video (poster, source, track), audio, link, embed, object and iframe only after consent, once', async () => {
    const id = newProbe();
    const p = `/__probe/${id}`;
    const {frame, w} = await sitePage({
      head: `<link rel="stylesheet" data-pv-consent="marketing" data-pv-href="${p}/campaign.css">`,
      body: `<article>
        <img id="pixel" data-pv-consent="marketing" data-pv-src="${p}/pixel.gif" alt="" width="1" height="1">
        <img id="dense" data-pv-consent="marketing" data-pv-src="${p}/dense.gif" data-pv-srcset="${p}/dense-1x.gif 1x, ${p}/dense-2x.gif 2x" alt="">
        <picture id="hero" data-pv-consent="marketing">
          <source data-pv-srcset="${p}/hero-source.gif" type="image/gif">
          <img data-pv-src="${p}/hero-img.gif" alt="Volunteers at the clinic">
        </picture>
        <video id="video" data-pv-consent="marketing" data-pv-poster="${p}/poster.gif" controls width="320" height="180">
          <source data-pv-src="${p}/clip.webm" type="video/webm">
          <track kind="captions" srclang="en" label="English" default data-pv-src="${p}/captions.vtt">
        </video>
        <audio id="audio" data-pv-consent="marketing" data-pv-src="${p}/podcast.ogg" controls></audio>
        <embed id="embed" data-pv-consent="marketing" type="image/svg+xml" data-pv-src="${p}/map.svg" width="10" height="10">
        <object id="object" data-pv-consent="marketing" type="image/svg+xml" data-pv-data="${p}/chart.svg" width="10" height="10"></object>
        <iframe id="frame" data-pv-consent="marketing" data-pv-src="${p}/embed.html" title="Our clinic on a map"></iframe>
      </article>`,
    });
    try {
      const doc = w.document;
      const $ = (s: string) => doc.querySelector(s)!;
      // Every change of a real URL attribute, to show each is set once.
      const changes: string[] = [];
      new w.MutationObserver((records) => {
        for (const r of records) changes.push(`${(r.target as Element).localName}#${(r.target as Element).id}.${r.attributeName}`);
      }).observe(doc.body.parentElement!, {subtree: true, attributeFilter: ['src', 'srcset', 'href', 'data', 'poster']});
      await new Promise((r) => setTimeout(r, 300));
      expect(await requested(id)).to.deep.equal([]);
      for (const el of doc.querySelectorAll('[data-pv-consent], [data-pv-consent] *')) {
        for (const a of ['src', 'srcset', 'href', 'data', 'poster']) expect(el.hasAttribute(a), `${el.localName} ${a}`).to.equal(false);
      }
      expect(($('#frame') as HTMLIFrameElement).hidden).to.equal(true);

      w.patientVoice!.consent!.set({marketing: true});
      // (when a browser fetches a track or an audio file is its own choice: their attributes are checked below)
      const wanted = ['campaign.css', 'pixel.gif', 'dense-1x.gif', 'hero-source.gif', 'poster.gif', 'clip.webm', 'map.svg', 'chart.svg', 'embed.html'];
      let seen: string[] = [];
      const end = performance.now() + 5000;
      while (performance.now() < end && !wanted.every((n) => seen.includes(n))) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await requested(id);
      }
      expect(seen).to.include.members(wanted);
      expect(seen).not.to.include('dense-2x.gif');
      expect($('link').getAttribute('href')).to.equal(`${p}/campaign.css`);
      expect(($('#hero img') as HTMLImageElement).currentSrc).to.match(/hero-source\.gif$/);
      expect($('#video').getAttribute('poster')).to.equal(`${p}/poster.gif`);
      expect($('#video source').getAttribute('src')).to.equal(`${p}/clip.webm`);
      expect($('#video track').getAttribute('src')).to.equal(`${p}/captions.vtt`);
      expect($('#audio').getAttribute('src')).to.equal(`${p}/podcast.ogg`);
      // (an object's data goes through the Trusted Types policy, which makes it absolute)
      expect(new URL($('#object').getAttribute('data')!, w.document.baseURI).pathname).to.equal(`${p}/chart.svg`);
      expect(new URL($('#embed').getAttribute('src')!, w.document.baseURI).pathname).to.equal(`${p}/map.svg`);
      expect(($('#frame') as HTMLIFrameElement).hidden).to.equal(false);
      expect(doc.querySelectorAll('[data-pv-consent]:not([data-pv-activated])').length).to.equal(0);
      const once = [...changes];

      // Withdrawing unloads nothing; allowing again loads nothing twice.
      w.patientVoice!.consent!.set({marketing: false});
      w.patientVoice!.consent!.set({marketing: true});
      await new Promise((r) => setTimeout(r, 300));
      expect($('#pixel').getAttribute('src')).to.equal(`${p}/pixel.gif`);
      expect(changes).to.deep.equal(once);
      expect(new Set(once).size, once.join()).to.equal(once.length);
      expect(seen.filter((n) => n === 'pixel.gif')).to.have.length(1);
      expect(warningsOf(w)).to.deep.equal([]);
      expect(w.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('script gate: author mistakes', () => {
  useTestPage(clearStorage);

  /** A page with the usual mistakes: each must warn once, name the element and the fix, and leak nothing more. */
  const mistakes = (p: string) => ({
    head: `<script data-pv-consent="analytics">window.__ran = (window.__ran || 0) + 1;</script>
      <link rel="stylesheet" data-pv-consent="analytics" href="${p}/live.css">`,
    body: `<iframe data-pv-consent="marketing" src="${p}/live.html" title="Video"></iframe>
      <img data-pv-consent="analytic" data-pv-src="${p}/typo.gif" alt="">
      <img data-pv-src="${p}/orphan.gif" alt="">
      <img id="bad" data-pv-consent="marketing" data-pv-src="javascript:alert(1)" alt="">
      <img data-pv-consent="marketing" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-pv-src="${p}/lazy.gif" alt="">`,
  });

  it('warns once per mistake, naming the element and the fix, and never runs or loads it twice', async () => {
    const id = newProbe();
    const p = `/__probe/${id}`;
    const {head, body} = mistakes(p);
    const {frame, w} = await sitePage({head, body});
    try {
      const tag = '<pv-consent-banner>: ';
      // The gate checks the page in slices: wait for the six (a seventh would fail below).
      await until(() => warningsOf(w).length >= 6, 5000, 'the warnings');
      expect(warningsOf(w)).to.deep.equal([
        `${tag}<script data-pv-consent="analytics"> runs before consent: add type="text/plain".`,
        `${tag}<link data-pv-consent="analytics" href="${p}/live.css"> loads before consent: rename href to data-pv-href.`,
        `${tag}<iframe data-pv-consent="marketing" src="${p}/live.html"> loads before consent: rename src to data-pv-src.`,
        `${tag}<img data-pv-consent="analytic" data-pv-src="${p}/typo.gif">: "analytic" is not one of this banner's categories (necessary, analytics, marketing). It stays blocked.`,
        `${tag}<img data-pv-src="${p}/orphan.gif"> never loads: add data-pv-consent to it or around it.`,
        `${tag}<img id="bad" data-pv-consent="marketing" data-pv-src="javascript:alert(1)">: data-pv-src="javascript:alert(1)" is not an http(s) or relative URL. It is not loaded.`,
      ]);
      expect(w.__ran).to.equal(1);
      w.patientVoice!.consent!.set({analytics: true, marketing: true});
      // Elements added later are checked too, once.
      const late = w.document.createElement('div');
      late.innerHTML = `<img data-pv-consent="tracking" data-pv-src="${p}/late.gif" alt="">`;
      w.document.querySelector('main')!.append(late);
      await new Promise((r) => setTimeout(r, 300));
      w.patientVoice!.consent!.set({analytics: true, marketing: true});
      const seen = await requested(id);
      expect(seen).to.include('lazy.gif');
      for (const never of ['typo.gif', 'orphan.gif', 'late.gif']) expect(seen).not.to.include(never);
      expect(w.document.querySelector('#bad')!.hasAttribute('src')).to.equal(false);
      // The script that ran before consent is not run again.
      expect(w.__ran).to.equal(1);
      expect(warningsOf(w)).to.have.length(7);
      expect(warningsOf(w)[6]).to.equal(`${tag}<img data-pv-consent="tracking" data-pv-src="${p}/late.gif">: "tracking" is not one of this banner's categories (necessary, analytics, marketing). It stays blocked.`);
    } finally {
      frame.remove();
    }
  });

  it('words the warnings in the banner’s language (French)', async () => {
    const id = newProbe();
    const p = `/__probe/${id}`;
    const {head, body} = mistakes(p);
    const {frame, w} = await sitePage({head, body, lang: 'fr'});
    try {
      await until(() => warningsOf(w).length >= 6, 5000, 'the warnings');
      const got = warningsOf(w);
      expect(got).to.have.length(6);
      expect(got[0]).to.equal(
        `<pv-consent-banner>: <script data-pv-consent="analytics"> s'exécute avant le consentement\u00a0: ajoutez type="text/plain".`
      );
      expect(got[3]).to.equal(
        `<pv-consent-banner>: <img data-pv-consent="analytic" data-pv-src="${p}/typo.gif">\u00a0: «\u00a0analytic\u00a0» n'est pas une catégorie de ce bandeau (necessary, analytics, marketing). L'élément reste bloqué.`
      );
      expect(got[4]).to.equal(`<pv-consent-banner>: <img data-pv-src="${p}/orphan.gif"> ne se charge jamais\u00a0: ajoutez data-pv-consent sur l'élément ou autour.`);
    } finally {
      frame.remove();
    }
  });

  it('never sets a hostile data-pv-* URL, on any element', async () => {
    const page = await fixture<HTMLDivElement>(`<div>${HOSTILE_URLS.map(
      (_, i) => `<img data-pv-consent="analytics" data-i="${i}" alt="">
        <iframe data-pv-consent="analytics" data-i="${i}" title="x"></iframe>
        <embed data-pv-consent="analytics" data-i="${i}">
        <object data-pv-consent="analytics" data-i="${i}"></object>
        <video data-pv-consent="analytics" data-i="${i}"><source data-i="${i}"></video>
        <picture data-pv-consent="analytics" data-i="${i}"><source data-i="${i}"><img alt="" data-i="${i}"></picture>
        <link data-pv-consent="analytics" rel="stylesheet" data-i="${i}">`
    ).join('')}<pv-consent-banner policy-url="/privacy"></pv-consent-banner></div>`);
    // Set as attributes (not parsed), so that every string arrives exactly as written.
    for (const el of page.querySelectorAll<HTMLElement>('[data-i]')) {
      const u = HOSTILE_URLS[Number(el.dataset.i)];
      for (const a of ['src', 'srcset', 'href', 'data', 'poster']) el.setAttribute(`data-pv-${a}`, a === 'srcset' ? `${u} 1x, ${u} 2x` : u);
    }
    let trapped = 0;
    (window as {__pvTrap?: () => void}).__pvTrap = () => void trapped++;
    try {
      const el = page.querySelector('pv-consent-banner')!;
      await el.updateComplete;
      consent.set({analytics: true});
      // The gate works in slices (it yields to the page): wait until it has handled every gated element.
      const gated = [...page.querySelectorAll('[data-pv-consent]')];
      await until(() => gated.every((g) => g.hasAttribute('data-pv-activated')), 5000, 'every gated element handled');
      await tick();
      let set = 0;
      for (const node of page.querySelectorAll('[data-i]')) {
        for (const a of ['src', 'srcset', 'href', 'data', 'poster']) {
          const v = node.getAttribute(a);
          if (v === null) continue;
          set++;
          // What was set is an http(s) URL (a relative one resolves to this page's), whatever the string.
          for (const u of a === 'srcset' ? srcsetUrls(v) : [v]) expect(new URL(u, location.href).protocol, `${node.localName} ${a}="${v}"`).to.match(/^https?:$/);
        }
      }
      // The harmless forms (relative paths, //host) are set: the check above ran.
      expect(set).to.be.greaterThan(0);
      expect(trapped).to.equal(0);
    } finally {
      delete (window as {__pvTrap?: () => void}).__pvTrap;
    }
  });
});

describe('gateProblems (pure)', () => {
  useTestPage();
  const problems = async (markup: string, offered = ['analytics', 'marketing']) => {
    const page = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
    return gateProblems(page.firstElementChild!, offered);
  };

  it('finds nothing wrong with well-formed gated elements', async () => {
    expect(await problems('<script type="text/plain" data-pv-consent="analytics" src="/a.js"></script>')).to.deep.equal([]);
    expect(await problems('<script type="TEXT/PLAIN; charset=utf-8" data-pv-consent="analytics"></script>')).to.deep.equal([]);
    expect(await problems('<picture data-pv-consent="marketing analytics"><source data-pv-srcset="/a.webp 1x, /b,c.webp 2x"><img data-pv-src="/a.gif" alt=""></picture>')).to.deep.equal([]);
    expect(await problems('<iframe data-pv-consent="marketing" src="about:blank" data-pv-src="https://video.example.org/1"></iframe>')).to.deep.equal([]);
    expect(await problems('<template data-pv-consent="analytics"><img src="/pixel.gif"></template>')).to.deep.equal([]);
    expect(await problems('<a data-pv-consent="analytics" href="/here">x</a>')).to.deep.equal([]);
  });

  it('reports each mistake with the element, the attribute and what the banner offers', async () => {
    expect(await problems('<script data-pv-consent="analytics" type="module"></script>')).to.deep.equal([
      {kind: 'type', element: '<script data-pv-consent="analytics">'},
    ]);
    expect(await problems('<video data-pv-consent="video"><source src="/v.webm"></video>', ['video'])).to.deep.equal([
      {kind: 'live', element: '<source src="/v.webm">', attribute: 'src'},
    ]);
    expect(await problems('<img data-pv-consent="  " data-pv-srcset="/a.gif 1x, javascript:x 2x">')).to.deep.equal([
      {kind: 'category', element: '<img data-pv-consent="  " data-pv-srcset="/a.gif 1x, javascript:x 2x">', category: '', offered: 'necessary, analytics, marketing'},
      {kind: 'url', element: '<img data-pv-consent="  " data-pv-srcset="/a.gif 1x, javascript:x 2x">', attribute: 'data-pv-srcset', value: '/a.gif 1x, javascript:x 2x'},
    ]);
    expect(await problems(`<embed id="e" data-pv-consent="Marketing stats" data-pv-src="${'x'.repeat(70)}">`)).to.deep.equal([
      {kind: 'category', element: `<embed id="e" data-pv-consent="Marketing stats" data-pv-src="${'x'.repeat(59)}…">`, category: 'stats', offered: 'necessary, analytics, marketing'},
    ]);
    expect(await problems('<source data-pv-poster="/p.gif">')).to.deep.equal([{kind: 'ungated', element: '<source data-pv-poster="/p.gif">', attribute: 'data-pv-poster'}]);
  });

  it('leaves an element with its own data-pv-consent to itself', async () => {
    expect(await problems('<div data-pv-consent="analytics"><img data-pv-consent="tracking" src="/x.gif"></div>')).to.deep.equal([]);
  });

  it('reads the URLs of a srcset', () => {
    // As HTML reads it: a comma inside a URL is part of it, only trailing ones
    // separate; after the URL, everything up to the next comma is descriptors.
    expect(srcsetUrls(' /a.jpg 1x,/b.jpg  2x , /c,d.jpg 300w,, /e.jpg,/f.jpg /g.jpg, /h.jpg,')).to.deep.equal(['/a.jpg', '/b.jpg', '/c,d.jpg', '/e.jpg,/f.jpg', '/h.jpg']);
    expect(srcsetUrls('')).to.deep.equal([]);
  });
});
