import {expect} from '@open-wc/testing';
import {examples} from '../examples.js';
import {loadFrame, ERROR_TRAP, until} from '../test-support/frames.js';

/**
 * Prototype pollution (#24): another script on the page has polluted
 * `Object.prototype` before the library loads. Every key the content widgets
 * read from their content data, bilingual text and partner JSON is set to a
 * `javascript:` URL carrying a marker: no widget may render a link that runs
 * it, nor show the marker as text, nor go blank. The partner JSON itself
 * carries `__proto__` keys.
 */
const MARK = 'PVPOLLUTED';
const EVIL = `javascript:parent.__pvTrap('${MARK}')`;
/** The keys, then every field name of the content and partner data types. */
const KEYS = [
  'en', 'fr', 'url', 'href', 'note', 'about', 'urlLabel', 'urlLang', 'reference', 'publisher', 'title', 'text', 'translated',
  'display', 'phones', 'source', 'checked', 'confidence', 'help', 'provinces', 'healthLine', 'familyDoctor', 'addFamilyDoctor',
  'navigators', 'withoutDoctor', 'notes', 'citation', 'quote', 'inEnglish', 'link', 'reviewedBy', 'reviewedOn', 'org', 'name',
  'analytics', 'marketing', 'necessary', 'preferences', 'ON', 'QC', 'MB',
];
const POLLUTE = `<script>window.__pvTrap=()=>{(window.__trapped??=[]).push(1)};for (const k of ${JSON.stringify(KEYS)}) Object.prototype[k] = ${JSON.stringify(EVIL)};</script>`;

/** A partner configuration whose objects carry `__proto__` keys (JSON.parse makes them own properties). */
const PROTO_JSON = `<pv-referral-options province="MB"><script type="application/json">
{"__proto__": {"help": [{"name": "${MARK}", "url": "${EVIL}"}]},
 "provinces": {"__proto__": {"url": "${EVIL}"}, "MB": {"__proto__": {"healthLine": {"name": "${MARK}"}},
   "addFamilyDoctor": [{"name": {"en": "Partner", "__proto__": {"fr": "${MARK}"}}, "__proto__": {"url": "${EVIL}", "href": "${EVIL}"},
     "phones": [{"number": "555-0100", "__proto__": {"href": "${EVIL}", "note": "${MARK}"}}]}]}}}
</script></pv-referral-options>`;

const CONTENT_TAGS = ['pv-referral-options', 'pv-rights-explainer', 'pv-medical-disclaimer'];
const cases = [
  ...CONTENT_TAGS.flatMap((tag) => examples[tag].map((e) => ({id: e.id, tag, html: e.html}))),
  {id: 'partner-json-with-__proto__', tag: 'pv-referral-options', html: PROTO_JSON},
];
const URL_ATTRS = ['href', 'src', 'cite', 'action', 'formaction'];

type Win = Window & typeof globalThis & {__errors: string[]; __trapped?: number[]};
type Widget = HTMLElement & {updateComplete: Promise<unknown>};

function deep(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
}

describe('prototype pollution before the library loads', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const c of cases) {
    for (const lang of ['en', 'fr']) {
      it(`${c.id} (${lang}): no polluted link or text, not blank`, async () => {
        frame = await loadFrame(
          `<!doctype html><html lang="${lang}"><head>${ERROR_TRAP}${POLLUTE}</head><body>${c.html}<script type="module" src="/src/index.ts"></script></body></html>`
        );
        const win = frame.contentWindow as Win;
        await until(() => !!win.customElements.get(c.tag), 8000, `${c.tag} to be defined`);
        const el = frame.contentDocument!.querySelector(c.tag) as Widget;
        await el.updateComplete;
        // Open every disclosure, round after round, so that what they reveal is checked too.
        for (let round = 0; round < 10; round++) {
          const closed = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')];
          if (!closed.length) break;
          closed.forEach((b) => b.click());
          await el.updateComplete;
        }
        const text = el.shadowRoot!.textContent ?? '';
        expect(text.replace(/\s+/g, ' ').length, 'rendered text').to.be.greaterThan(80);
        expect(text.includes(MARK), `polluted text in ${c.tag}`).to.equal(false);
        for (const node of deep(el.shadowRoot!)) {
          for (const attr of URL_ATTRS) {
            const value = node.getAttribute(attr);
            if (value !== null) expect(/^\s*javascript:/i.test(value), `<${node.localName} ${attr}="${value}">`).to.equal(false);
          }
          for (const attr of node.getAttributeNames()) expect(node.getAttribute(attr)!.includes(MARK), `<${node.localName} ${attr}>`).to.equal(false);
        }
        // Clicking every link runs nothing.
        for (const a of deep(el.shadowRoot!).filter((n): n is HTMLAnchorElement => n.localName === 'a')) {
          if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) a.click();
        }
        expect(win.__trapped ?? []).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      });
    }
  }
});
