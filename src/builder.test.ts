import {expect} from '@open-wc/testing';
import {until} from './test-support/frames.js';
import {manifestElements} from './test-support/manifest.js';

/** The embed builder (demo/builder.html): its form is the manifest's API, and it writes working snippets. */
describe('embed builder', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('offers every widget with exactly its attributes, and updates the preview and snippet', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => doc.querySelectorAll('input[name="widget"]').length > 0, 5000, 'the widget list');
    const radios = () => [...doc.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
    const manifest = (await manifestElements()).filter((m) => m.tagName.startsWith('pv-'));
    expect(radios().map((o) => o.value).sort()).to.deep.equal(manifest.map((m) => m.tagName).sort());
    const choose = (tag: string) => {
      const r = radios().find((o) => o.value === tag)!;
      r.checked = true;
      r.dispatchEvent(new Event('change', {bubbles: true}));
    };

    for (const m of manifest) {
      choose(m.tagName);
      const fields = [...new Set([...doc.querySelectorAll<HTMLElement>('#options [data-attr]')].map((f) => f.dataset.attr))];
      // Deprecated attributes (kept for older snippets) and state the widget reflects are not offered.
      const offered = m.attributes.filter((a) => !(a as {deprecated?: unknown}).deprecated && a.name !== 'open' && a.name !== 'preview');
      expect(fields, m.tagName).to.deep.equal(offered.map((a) => a.name));
      await until(() => (doc.getElementById('out-tag')!.textContent ?? '').includes(`<${m.tagName}`), 2000, `${m.tagName} snippet`);
    }

    choose('pv-rights-explainer');
    expect(doc.getElementById('opt-compact')).to.not.equal(null);
    expect(doc.getElementById('opt-variant')).to.equal(null);

    choose('pv-medical-disclaimer');
    const story = doc.querySelector<HTMLInputElement>('input[name="opt-variant"][value="story"]')!;
    story.checked = true;
    story.dispatchEvent(new Event('change', {bubbles: true}));
    const org = doc.getElementById('opt-org') as HTMLInputElement;
    org.value = 'Org "A" <b>';
    org.dispatchEvent(new Event('input', {bubbles: true}));
    await until(() => (doc.getElementById('out-tag')!.textContent ?? '').includes('story'), 2000, 'the snippet');
    expect(doc.getElementById('out-tag')!.textContent).to.contain(
      '<pv-medical-disclaimer variant="story" org="Org &quot;A&quot; &lt;b&gt;"></pv-medical-disclaimer>'
    );
    expect(doc.getElementById('out-placeholder')!.textContent).to.contain(
      '<div data-pv-widget="medical-disclaimer" data-variant="story" data-org="Org &quot;A&quot; &lt;b&gt;">'
    );
    // No integrity.json beside the dev page: script lines without a hash, and the note says so.
    expect(doc.getElementById('out-tag')!.textContent).to.not.contain('integrity=');
    expect(doc.getElementById('sri-note')!.textContent).to.contain('No integrity.json');
    // The preview, in its own frame, renders the same options.
    const preview = doc.getElementById('preview') as HTMLIFrameElement;
    await until(() => !!preview.contentDocument?.querySelector('pv-medical-disclaimer')?.shadowRoot?.textContent?.includes('Org "A" <b>'), 5000, 'the preview');
    await until(() => (doc.getElementById('out-prerender')!.textContent ?? '').includes('shadowrootmode'), 5000, 'the pre-rendered HTML');
  });
});
