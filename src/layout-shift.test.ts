import {expect} from '@open-wc/testing';
import {examples} from './examples.js';

/**
 * Cumulative layout shift 0 for every content widget example, in English and
 * French, on every documented path (README, "Three ways to use it"): the
 * script tag, the autoloader, a placeholder, pre-rendered HTML. Each page is
 * the partner-like article of `npm run bench:pages` (served by the test
 * server, /__partner/…) in a phone-sized frame, with the library's files
 * answered 300 ms late, so that the page paints before they arrive unless it
 * keeps the widget's space or waits for it. Measured with the layout-shift
 * PerformanceObserver in Chromium. Firefox has no Layout Instability API
 * (and ignores `blocking="render"`: reserve.js keeps the space there): there
 * the test server's page computes the same score frame by frame from the
 * positions of the page's own paragraphs and footer. Text metrics differ
 * between engines and the heights kept are Chromium's, so in Firefox the
 * score is within the 0.01, not exactly 0.
 */
type Widget = HTMLElement & {updateComplete?: Promise<unknown>};
type Frame = Window & typeof globalThis & {__cls: number; __shifts: number[]; __moves: number[]; __score: number};

/** Frame widths: a small phone, Lighthouse's phone, a tablet (the article column is 42rem at most). */
const WIDTHS = [375, 412, 768];
const layoutShiftApi = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
const CONTENT = ['pv-medical-disclaimer', 'pv-rights-explainer', 'pv-referral-options'];
const ssr: Array<{id: string}> = await (await fetch('/test/fixtures/generated/ssr.json')).json().catch(() => []);
const prerenderable = new Set(ssr.map((f) => f.id));
/** Examples whose markup is attributes only (a placeholder carries no children). */
const attributesOnly = (html: string) => /^<([a-z-]+)[^>]*><\/\1>$/.test(html.trim());

/** Loads a partner page in a `width` × 823 frame; resolves with its CLS once every widget has rendered and settled. */
async function clsOf(url: string, width = 412): Promise<{cls: number; shifts: number[]; moves: number[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:823px;border:0`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = url;
  document.body.append(frame);
  try {
    await loaded;
    const w = frame.contentWindow as Frame;
    const end = performance.now() + 8000;
    const ready = () => {
      const widgets = [...w.document.querySelectorAll<Widget>(CONTENT.join(','))];
      return widgets.length > 0 && !w.document.querySelector('div[data-pv-widget]') && widgets.every((el) => w.customElements.get(el.localName) && el.updateComplete);
    };
    while (!ready()) {
      if (performance.now() > end) throw new Error(`${url}: the widget did not render`);
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const el of w.document.querySelectorAll<Widget>(CONTENT.join(','))) await el.updateComplete;
    for (let i = 0; i < 4; i++) await new Promise((r) => w.requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 100));
    // Without the API (Firefox), the same score from the page's positions.
    return layoutShiftApi ? {cls: w.__cls, shifts: w.__shifts, moves: w.__moves} : {cls: w.__score, shifts: [], moves: w.__moves};
  } finally {
    frame.remove();
  }
}

describe('layout shift on partner pages, every documented path', function () {
  it('the harness sees a shift: the script tag without blocking="render" moves the page', async function () {
    this.timeout(20000);
    const snippet = encodeURIComponent('<script type="module" src="{base}patient-voice.js"></script>');
    const {cls} = await clsOf(`/__partner/referral-guide/script/en?snippet=${snippet}`);
    expect(cls).to.be.greaterThan(0.05);
  });

  for (const tag of CONTENT) {
    for (const example of examples[tag] ?? []) {
      const paths = ['script', 'autoloader'];
      if (attributesOnly(example.html)) paths.push('placeholder');
      if (prerenderable.has(example.id)) paths.push('prerendered');
      for (const path of paths) {
        it(`${example.id} via ${path}: CLS 0 in English and French`, async function () {
          this.timeout(30000);
          for (const lang of ['en', 'fr']) {
            for (const width of WIDTHS) {
              const {cls, shifts, moves} = await clsOf(`/__partner/${example.id}/${path}/${lang}`, width);
              const what = `${example.id} ${path} ${lang} ${width}px: CLS ${cls}, shifts ${shifts.join(', ')}; moves ${moves.join(', ')} px`;
              if (!layoutShiftApi) {
                expect(cls, what).to.be.at.most(0.01);
                continue;
              }
              // 412 px is Lighthouse's phone; there and at any width that is a
              // measured one (src/reserve.ts), the space kept is exact. Between
              // them it is interpolated: within the 0.01.
              if (width === 412) expect(cls, what).to.equal(0);
              else expect(cls, what).to.be.at.most(0.01);
            }
          }
        });
      }
    }
  }
});
