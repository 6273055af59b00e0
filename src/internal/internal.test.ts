import {expect} from '@open-wc/testing';
import {define} from './define.js';
import {normalizeLocale, withLocale, currentLocale} from './locale.js';
import {parseHeadingLevel} from './heading.js';
import {emit} from './events.js';
import {VERSION} from './version.js';
import {PvMedicalDisclaimer} from '../components/medical-disclaimer/medical-disclaimer.js';
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

    it('another copy under the same tag keeps the first and warns once', () => {
      const warnings = captureWarnings();
      const restore = setPageLang('en');
      try {
        class OtherCopy extends PvMedicalDisclaimer {}
        define('pv-medical-disclaimer', OtherCopy);
        define('pv-medical-disclaimer', OtherCopy);
        expect(customElements.get('pv-medical-disclaimer')).to.equal(PvMedicalDisclaimer);
        expect(warnings.messages).to.deep.equal([
          `pv-medical-disclaimer is already defined by another copy of patient-voice-widgets (version ${VERSION}). This copy (version ${VERSION}) is not used for it. Load the library only once.`,
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
});
