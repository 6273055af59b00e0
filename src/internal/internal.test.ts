import {expect} from '@open-wc/testing';
import {define} from './define.js';
import {normalizeLocale, withLocale, currentLocale} from './locale.js';
import {parseHeadingLevel} from './heading.js';
import {emit} from './events.js';
import {VERSION} from './version.js';
import {safeUrl} from './safe-url.js';
import {readJsonConfig, isRecord} from './json-config.js';
import {copyText} from './copy.js';
import {PvMedicalDisclaimer} from '../components/medical-disclaimer/define.js';
import {captureWarnings, setPageLang} from '../test-support/helpers.js';

describe('internal', () => {
  describe('normalizeLocale', () => {
    it('maps every French tag to fr and English tags to en', () => {
      for (const tag of ['fr', 'FR', 'fr-CA', 'fr-ca', 'fr_CA', ' fr-FR ']) expect(normalizeLocale(tag)).to.equal('fr');
      for (const tag of ['en', 'EN-ca', 'en-GB']) expect(normalizeLocale(tag)).to.equal('en');
      for (const tag of ['', null, undefined, 'es', 'frisian', 'x-fr']) expect(normalizeLocale(tag)).to.equal(undefined);
    });

    it('withLocale nests and restores', () => {
      const restore = setPageLang('en');
      try {
        expect(currentLocale()).to.equal('en');
        withLocale('fr', () => {
          expect(currentLocale()).to.equal('fr');
          withLocale('en', () => expect(currentLocale()).to.equal('en'));
          expect(currentLocale()).to.equal('fr');
        });
        expect(currentLocale()).to.equal('en');
      } finally {
        restore();
      }
    });
  });

  describe('define', () => {
    it('defining the same class twice is a no-op', () => {
      const warnings = captureWarnings();
      try {
        expect(() => define('pv-medical-disclaimer', PvMedicalDisclaimer)).not.to.throw();
        expect(customElements.get('pv-medical-disclaimer')).to.equal(PvMedicalDisclaimer);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('another copy of the same version under the same tag is silent', () => {
      const warnings = captureWarnings();
      try {
        class SameVersionCopy extends PvMedicalDisclaimer {}
        define('pv-medical-disclaimer', SameVersionCopy);
        expect(customElements.get('pv-medical-disclaimer')).to.equal(PvMedicalDisclaimer);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('a copy of another version under the same tag keeps the first and warns once', () => {
      const warnings = captureWarnings();
      const restore = setPageLang('en');
      try {
        class OtherCopy extends HTMLElement {
          static readonly pvVersion = '0.0.9';
        }
        // Registered first, the other version's copy is the one found: this copy's define() warns.
        const tag = 'pv-test-versioned';
        customElements.define(tag, OtherCopy);
        define(tag, class extends PvMedicalDisclaimer {});
        define(tag, class extends PvMedicalDisclaimer {});
        expect(customElements.get(tag)).to.equal(OtherCopy);
        expect(warnings.messages).to.deep.equal([
          `${tag} is already defined by another copy of patient-voice-widgets (version 0.0.9). This copy (version ${VERSION}) is not used for it. Load the library only once.`,
        ]);
      } finally {
        warnings.restore();
        restore();
      }
    });

    it('defines a new tag', () => {
      class PvTestThing extends HTMLElement {}
      define('pv-test-thing', PvTestThing);
      expect(customElements.get('pv-test-thing')).to.equal(PvTestThing);
    });
  });

  it('parseHeadingLevel', () => {
    expect(parseHeadingLevel('2')).to.equal(2);
    expect(parseHeadingLevel(' none ')).to.equal(0);
    for (const bad of ['0', '7', 'h2', '', '2.5']) expect(parseHeadingLevel(bad)).to.equal(undefined);
  });

  it('emit fires a bubbling, composed CustomEvent with its detail', () => {
    const target = document.createElement('div');
    document.body.append(target);
    let got: CustomEvent | undefined;
    document.body.addEventListener('pv-disclaimer-toggle', (e) => (got = e), {once: true});
    emit(target, 'pv-disclaimer-toggle', {open: true});
    target.remove();
    expect(got?.detail).to.deep.equal({open: true});
    expect(got?.bubbles).to.equal(true);
    expect(got?.composed).to.equal(true);
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(VERSION).to.equal(pkg.version);
  });

  describe('safeUrl', () => {
    it('keeps http(s) and relative URLs', () => {
      for (const ok of ['https://example.org/a?b#c', 'http://example.org', '/privacy', './x', '../y', 'page.html', '?q=1', '#top', '//example.org/p']) {
        expect(safeUrl(ok), ok).to.equal(ok);
      }
      expect(safeUrl('  https://example.org  ')).to.equal('https://example.org');
    });

    it('refuses script, data and other schemes, even disguised', () => {
      for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', ' \u0001javascript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'blob:https://example.org/x', 'file:///etc/passwd', '', '   ', null, undefined]) {
        expect(safeUrl(bad), String(bad)).to.equal(undefined);
      }
    });

    it('keeps a path from the root without parsing it, but still checks "//host" and "/\\host"', () => {
      // Relative URLs are kept whatever is allowed; these two only look relative.
      expect(safeUrl('/privacy?x=1#y', ['tel'])).to.equal('/privacy?x=1#y');
      expect(safeUrl('//example.org/p', ['tel'])).to.equal(undefined);
      expect(safeUrl('/\\example.org/p', ['tel'])).to.equal(undefined);
      expect(safeUrl('/\\example.org/p')).to.equal('/\\example.org/p');
    });

    it('allows tel: and mailto: only when asked', () => {
      expect(safeUrl('tel:811')).to.equal(undefined);
      expect(safeUrl('tel:811', ['http', 'tel'])).to.equal('tel:811');
      expect(safeUrl('mailto:a@example.org', ['mailto'])).to.equal('mailto:a@example.org');
      expect(safeUrl('https://example.org', ['tel'])).to.equal(undefined);
    });
  });

  describe('readJsonConfig', () => {
    it('reads a direct JSON child, reports malformed JSON, ignores nested ones', () => {
      const host = document.createElement('div');
      expect(readJsonConfig(host)).to.equal(undefined);
      host.innerHTML = '<div><script type="application/json">{"nested": true}</script></div>';
      expect(readJsonConfig(host)).to.equal(undefined);
      host.innerHTML = '<script type="application/json">{"a": [1, "<b>"]}</script>';
      expect(readJsonConfig(host)).to.deep.equal({ok: true, value: {a: [1, '<b>']}});
      host.innerHTML = '<script type="application/json">{"a": </script>';
      const bad = readJsonConfig(host);
      expect(bad?.ok).to.equal(false);
      expect(isRecord({})).to.equal(true);
      expect(isRecord([])).to.equal(false);
      expect(isRecord(null)).to.equal(false);
    });
  });

  describe('copyText', () => {
    it('uses the Clipboard API when it works', async () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      let written = '';
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void (written = t)}});
      try {
        expect(await copyText('hello')).to.equal(true);
        expect(written).to.equal('hello');
      } finally {
        delete (navigator as {clipboard?: unknown}).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('falls back to execCommand when the Clipboard API refuses, and never throws', async () => {
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject(new Error('denied'))}});
      const original = document.execCommand;
      let command = '';
      document.execCommand = (c: string) => ((command = c), true);
      try {
        expect(await copyText('x')).to.equal(true);
        expect(command).to.equal('copy');
        document.execCommand = () => {
          throw new Error('nope');
        };
        expect(await copyText('x')).to.equal(false);
        expect(document.querySelector('textarea')).to.equal(null);
      } finally {
        document.execCommand = original;
        delete (navigator as {clipboard?: unknown}).clipboard;
      }
    });
  });
});
