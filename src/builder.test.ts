import {expect} from '@open-wc/testing';
import {until} from './test-support/frames.js';
import {manifestElements} from './test-support/manifest.js';
import {FRENCH_DOCS} from '../demo/builder-text.js';

/** What the builder offers of a widget's attributes: not deprecated ones, not state it reflects or writes. */
const offeredNames = (attributes: ReadonlyArray<{name: string}>) =>
  attributes.filter((a) => !(a as {deprecated?: unknown}).deprecated && !['open', 'preview', 'nonce'].includes(a.name) && !a.name.startsWith('data-')).map((a) => a.name);

async function openBuilder(query = ''): Promise<{frame: HTMLIFrameElement; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = `/demo/builder.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => doc.querySelectorAll('input[name="widget"]').length > 0, 5000, 'the widget list');
  return {frame, doc};
}

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
      // Deprecated attributes (kept for older snippets) and state the widget reflects or writes are not offered.
      expect(fields, m.tagName).to.deep.equal(offeredNames(m.attributes));
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
    // reserve.js before the module script: the space kept in browsers without `blocking` (Firefox).
    expect(doc.getElementById('out-tag')!.textContent).to.match(/^<script src="[^"]*reserve\.js"><\/script>\n<script type="module" blocking="render" src="[^"]*patient-voice\.js"><\/script>\n/);
    expect(doc.getElementById('out-placeholder')!.textContent).to.match(/^<script src="[^"]*reserve\.js"><\/script>\n<script type="module" blocking="render" src="[^"]*autoloader\.js"><\/script>\n/);
    // No integrity.json beside the dev page: script lines without a hash, and the note says so.
    expect(doc.getElementById('out-tag')!.textContent).to.not.contain('integrity=');
    expect(doc.getElementById('sri-note')!.textContent).to.contain('No integrity.json');
    // The preview, in its own frame, renders the same options.
    const preview = doc.getElementById('preview') as HTMLIFrameElement;
    await until(() => !!preview.contentDocument?.querySelector('pv-medical-disclaimer')?.shadowRoot?.textContent?.includes('Org "A" <b>'), 5000, 'the preview');
    await until(() => (doc.getElementById('out-prerender')!.textContent ?? '').includes('shadowrootmode'), 5000, 'the pre-rendered HTML');
  });

  it('in French, describes every widget, attribute and choice in French (custom-elements.json is English)', async () => {
    ({frame} = await openBuilder('?lang=fr'));
    const doc = frame.contentDocument!;
    const manifest = (await manifestElements()).filter((m) => m.tagName.startsWith('pv-'));
    const plain = (md: string) => md.replace(/`/g, '');
    for (const m of manifest) {
      const r = doc.querySelector<HTMLInputElement>(`input[name="widget"][value="${m.tagName}"]`)!;
      r.checked = true;
      r.dispatchEvent(new Event('change', {bubbles: true}));
      const docs = FRENCH_DOCS[m.tagName];
      expect(docs, `${m.tagName} has its French`).to.not.equal(undefined);
      expect(doc.getElementById('widget-about')!.textContent, m.tagName).to.contain(docs.summary);
      for (const name of offeredNames(m.attributes)) {
        const french = docs.attributes[name];
        expect(french?.description, `${m.tagName} ${name}: its French description`).to.be.a('string');
        expect(doc.getElementById(`opt-${name}-hint`)!.textContent, `${m.tagName} ${name}`).to.equal(plain(french.description));
        // Each choice shown with its meaning says it in French.
        const english = m.attributes.find((a) => a.name === name)!;
        const desc = (english as {description?: string}).description ?? '';
        for (const label of doc.querySelectorAll(`#opt-${name} label, #opt-${name} option`)) {
          const value = (label.querySelector('input') ?? (label as HTMLOptionElement)).value;
          if (!value || name === 'heading-level' || name === 'province') continue;
          if (desc.includes(`\`${value}\``)) expect(label.textContent, `${m.tagName} ${name}=${value}`).to.contain(plain(french.choices?.[value] ?? '(no French)'));
        }
      }
    }
    // The provinces by their French names, from the library's own content.
    const referral = doc.querySelector<HTMLInputElement>('input[name="widget"][value="pv-referral-options"]')!;
    referral.checked = true;
    referral.dispatchEvent(new Event('change', {bubbles: true}));
    expect([...doc.querySelectorAll<HTMLOptionElement>('#opt-province option')].map((o) => o.textContent)).to.include.members(['Québec (QC)', 'Colombie-Britannique (BC)']);
  });

  it('has no French text for an attribute the widgets do not have (the table stays honest)', async () => {
    const manifest = (await manifestElements()).filter((m) => m.tagName.startsWith('pv-'));
    const stale: string[] = [];
    for (const [tag, docs] of Object.entries(FRENCH_DOCS)) {
      const m = manifest.find((e) => e.tagName === tag);
      if (!m) stale.push(tag);
      else for (const name of Object.keys(docs.attributes)) if (!offeredNames(m.attributes).includes(name)) stale.push(`${tag} ${name}`);
    }
    expect(stale).to.deep.equal([]);
  });
});
