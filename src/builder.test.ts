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
    const select = doc.getElementById('widget') as HTMLSelectElement;
    await until(() => select.options.length > 0, 5000, 'the widget list');
    const manifest = (await manifestElements()).filter((m) => m.tagName.startsWith('pv-'));
    expect([...select.options].map((o) => o.value).sort()).to.deep.equal(manifest.map((m) => m.tagName).sort());

    for (const m of manifest) {
      select.value = m.tagName;
      select.dispatchEvent(new Event('change'));
      const fields = [...doc.querySelectorAll<HTMLElement>('#options [data-attr]')].map((f) => f.dataset.attr);
      // Deprecated attributes (kept for older snippets) are not offered.
      const offered = m.attributes.filter((a) => !(a as {deprecated?: unknown}).deprecated);
      expect(fields, m.tagName).to.deep.equal(offered.map((a) => a.name));
      await until(() => !!doc.querySelector(`#preview-fr ${m.tagName}`), 2000, `${m.tagName} preview`);
    }

    select.value = 'pv-rights-explainer';
    select.dispatchEvent(new Event('change'));
    expect(doc.getElementById('opt-compact')).to.not.equal(null);
    expect(doc.getElementById('opt-variant')).to.equal(null);

    select.value = 'pv-medical-disclaimer';
    select.dispatchEvent(new Event('change'));
    const variant = doc.getElementById('opt-variant') as HTMLSelectElement;
    variant.value = 'story';
    variant.dispatchEvent(new Event('input', {bubbles: true}));
    const org = doc.getElementById('opt-org') as HTMLInputElement;
    org.value = 'Org "A" <b>';
    org.dispatchEvent(new Event('input', {bubbles: true}));
    await until(() => (doc.getElementById('snippet-tag')!.textContent ?? '').includes('story'), 2000, 'the snippet');
    expect(doc.getElementById('snippet-tag')!.textContent).to.contain(
      '<pv-medical-disclaimer variant="story" org="Org &quot;A&quot; &lt;b&gt;"></pv-medical-disclaimer>'
    );
    expect(doc.getElementById('snippet-placeholder')!.textContent).to.contain(
      '<div data-pv-widget="medical-disclaimer" data-variant="story" data-org="Org &quot;A&quot; &lt;b&gt;">'
    );
    const fr = doc.querySelector('#preview-fr pv-medical-disclaimer') as HTMLElement & {updateComplete: Promise<boolean>};
    await fr.updateComplete;
    expect(fr.shadowRoot!.textContent).to.contain('Org "A" <b>');
    expect(fr.shadowRoot!.textContent).to.contain('témoignages');
  });
});
