import {expect} from '@open-wc/testing';
import {until} from '../test-support/frames.js';
import {clearStorage} from '../test-support/helpers.js';
import {requested, warningsOf, type Banner, type FramePage} from '../components/consent-banner/site.test-support.js';

/**
 * A page whose HTML really streams (#24; served by test/streamed-page.mjs):
 * the widgets' scripts have run and the elements have upgraded while the
 * page is still arriving, and each JSON child comes in a later chunk. The
 * banner's custom category shows and applies; referral-options uses the
 * partner JSON.
 */
type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** Sends the streamed page its next chunk. */
const next = async (id: string) => void (await fetch(`/test/streamed/next?id=${id}`, {cache: 'no-store'}));

describe('hostile: JSON children in a later chunk of a streamed page', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('the banner shows the custom category and applies it; referral-options uses the partner data', async () => {
    const id = `s${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    frame.src = `/test/streamed/page.html?id=${id}`;
    document.body.append(frame);
    try {
      const w = () => frame.contentWindow as FramePage;
      const doc = () => frame.contentDocument!;
      // First chunk: the banner has upgraded and rendered, with no JSON child yet; the page is still loading.
      await until(() => !!(doc().querySelector('pv-consent-banner') as Widget | null)?.shadowRoot?.textContent?.trim(), 15000, 'the banner upgraded');
      const banner = doc().querySelector('pv-consent-banner') as Banner;
      expect(doc().readyState).to.equal('loading');
      expect(banner.querySelector('script')).to.equal(null);

      // Second chunk: its JSON child, then the referral options (no JSON child yet).
      await next(id);
      await until(() => !!(doc().querySelector('pv-referral-options') as Widget | null)?.shadowRoot?.textContent?.trim(), 15000, 'referral-options upgraded');
      const referral = doc().querySelector('pv-referral-options') as Widget;
      expect(referral.querySelector('script')).to.equal(null);
      const province = () => referral.shadowRoot!.querySelector('[part~="province"]')!.textContent!.replace(/\s+/g, ' ');
      expect(province()).to.contain('Health811');
      expect(doc().readyState).to.equal('loading');

      // Third chunk: referral-options' JSON child; then the end of the page.
      await next(id);
      await until(() => province().includes('Our Line'), 5000, 'the partner data applied');
      expect(province()).to.contain('1-555-010-0000');
      expect(province()).to.contain('Information checked on October 1, 2026.');
      expect(province()).not.to.contain('Health811');
      await next(id);
      await loaded;

      w().patientVoice!.consent!.show();
      await banner.updateComplete;
      const prefs = banner.shadowRoot!.querySelector('[part~="preferences"]')!.textContent!;
      expect(prefs).to.contain('Interview videos');
      expect(prefs).to.contain('Shows the interviews we host on a video site.');
      // The category applies: allowing it starts the page's gated video.
      w().patientVoice!.consent!.set({video: true});
      expect(doc().getElementById('video')!.getAttribute('src')).to.equal(`/__probe/${id}/video.html`);
      expect(JSON.stringify(w().patientVoice!.consent!.get())).to.include('"video":true');
      await new Promise((r) => setTimeout(r, 300));
      expect(await requested(id)).to.include('video.html');
      // Left alone here (the banner's own wording): at upgrade, before its JSON child came, it warned that "video" is unknown.
      const others = warningsOf(w()).filter((m) => !m.includes('"video" is not a known category'));
      expect(others, others.join('\n')).to.deep.equal([]);
      expect(w().__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
