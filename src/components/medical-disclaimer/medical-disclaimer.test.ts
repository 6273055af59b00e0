import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import {PvMedicalDisclaimer} from './medical-disclaimer.js';
import {renderWidget, settle, textOf, useTestPage} from '../../test-support/helpers.js';

const render = (markup: string, lang?: string) => renderWidget('pv-medical-disclaimer', markup, lang);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('<pv-medical-disclaimer>', () => {
  const warnings = useTestPage();

  describe('variants in both languages', () => {
    const cases: Array<[string, string, string[]]> = [
      ['general', 'en', ['About this information', 'This is general health information', 'It is not medical advice.', 'does not replace advice, diagnosis or treatment']],
      ['general', 'fr', ['À propos de ces renseignements', 'Ces renseignements généraux sur la santé', 'ne remplacent pas les conseils']],
      ['story', 'en', ['About personal stories', 'the people who wrote them', 'No health professional has reviewed this story.', 'healthcare team']],
      ['story', 'fr', ['À propos des témoignages', 'des personnes qui les ont écrits', "Ce témoignage n'a pas été révisé par une professionnelle ou un professionnel de la santé.", 'équipe soignante']],
      ['reviewed', 'en', ['This information was reviewed by Dr. Sam Example.', 'Date of review: March 31, 2026', 'It does not replace advice']],
      ['reviewed', 'fr', ['Ces renseignements ont été révisés par Dre Sam Example, oncologue médicale.', 'Date de la révision\u00a0: 31 mars 2026', 'ne remplacent pas']],
    ];
    for (const [variant, lang, phrases] of cases) {
      it(`${variant} in ${lang}`, async () => {
        const el = await render(
          `<pv-medical-disclaimer variant="${variant}" reviewed-by="Dr. Sam Example" reviewed-by-fr="Dre Sam Example, oncologue médicale" reviewed-on="2026-03-31"></pv-medical-disclaimer>`,
          lang
        );
        expect(el.resolvedLocale).to.equal(lang);
        const text = textOf(el);
        for (const phrase of phrases) expect(text).to.contain(phrase);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('reviewed-on is a real <time> with the ISO date', async () => {
      const el = await render('<pv-medical-disclaimer variant="reviewed" reviewed-by="A" reviewed-on="2026-11-03"></pv-medical-disclaimer>');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-03');
      expect(time.textContent).to.equal('November 3, 2026');
    });
  });

  describe('org', () => {
    it('names the organization in English and French', async () => {
      const en = await render('<pv-medical-disclaimer variant="story" org="Canadian Breast Cancer Network"></pv-medical-disclaimer>', 'en');
      expect(textOf(en)).to.contain('They are not always the views of Canadian Breast Cancer Network.');
      const fr = await render('<pv-medical-disclaimer variant="story" org="Canadian Breast Cancer Network"></pv-medical-disclaimer>', 'fr');
      expect(textOf(fr)).to.contain("le point de vue de l'organisme Canadian Breast Cancer Network.");
      const gen = await render('<pv-medical-disclaimer org="Org X"></pv-medical-disclaimer>', 'fr');
      expect(textOf(gen)).to.contain("L'organisme Org X vous offre ces renseignements généraux");
    });

    it('uses org-fr in French and org in English', async () => {
      const markup = '<pv-medical-disclaimer variant="story" org="Example Network" org-fr="Réseau Exemple"></pv-medical-disclaimer>';
      expect(textOf(await render(markup, 'fr'))).to.contain("l'organisme Réseau Exemple.");
      expect(textOf(await render(markup, 'en'))).to.contain('views of Example Network.');
    });

    it('reads naturally with no org', async () => {
      const el = await render('<pv-medical-disclaimer variant="story"></pv-medical-disclaimer>');
      expect(textOf(el)).to.contain('the views of the organization that shares them.');
      expect(textOf(el)).not.to.contain('undefined');
    });
  });

  describe('attributes and properties', () => {
    it('re-renders when properties change, and reflects variant', async () => {
      const el = await render('<pv-medical-disclaimer></pv-medical-disclaimer>');
      expect(textOf(el)).to.contain('About this information');
      el.variant = 'story';
      el.org = 'Org Y';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('story');
      expect(textOf(el)).to.contain('views of Org Y');
      el.setAttribute('org', 'Org Z');
      await el.updateComplete;
      expect(el.org).to.equal('Org Z');
      expect(textOf(el)).to.contain('views of Org Z');
    });

    it('heading-level gives a real heading, none a paragraph', async () => {
      const h3 = await render('<pv-medical-disclaimer heading-level="3"></pv-medical-disclaimer>');
      expect(part(h3, 'title').localName).to.equal('h3');
      const none = await render('<pv-medical-disclaimer></pv-medical-disclaimer>');
      expect(part(none, 'title').localName).to.equal('p');
      none.headingLevel = '5';
      await none.updateComplete;
      expect(part(none, 'title').localName).to.equal('h5');
    });

    it('is a note named by its title, not a landmark', async () => {
      const el = await render('<pv-medical-disclaimer heading-level="2"></pv-medical-disclaimer>');
      const base = part(el, 'base');
      expect(base.getAttribute('role')).to.equal('note');
      expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!.textContent).to.equal('About this information');
      expect(el.shadowRoot!.querySelector('aside, section, [role=complementary], [role=region]')).to.equal(null);
    });

    it('shows slotted text', async () => {
      const el = await render('<pv-medical-disclaimer><p id="extra">Extra words</p></pv-medical-disclaimer>');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['extra']);
    });
  });

  describe('language per element', () => {
    it('shows an English and a French widget side by side on one page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <pv-medical-disclaimer id="a" lang="en"></pv-medical-disclaimer>
          <section lang="fr-CA"><pv-medical-disclaimer id="b"></pv-medical-disclaimer></section>
          <pv-medical-disclaimer id="c" lang="FR"></pv-medical-disclaimer>
        </div>
      `);
      const [a, b, c] = ['a', 'b', 'c'].map((id) => wrapper.querySelector<PvMedicalDisclaimer>(`#${id}`)!);
      await Promise.all([a, b, c].map((e) => e.updateComplete));
      expect(textOf(a)).to.contain('About this information');
      expect(textOf(b)).to.contain('À propos de ces renseignements');
      expect(textOf(c)).to.contain('À propos de ces renseignements');
      expect(textOf(a)).not.to.contain('À propos');
    });

    it('follows <html lang> live, and its own lang over it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        '<div><pv-medical-disclaimer id="page"></pv-medical-disclaimer><pv-medical-disclaimer id="own" lang="en"></pv-medical-disclaimer></div>'
      );
      const page = wrapper.querySelector<PvMedicalDisclaimer>('#page')!;
      const own = wrapper.querySelector<PvMedicalDisclaimer>('#own')!;
      await page.updateComplete;
      expect(textOf(page)).to.contain('About this information');
      document.documentElement.lang = 'fr-CA';
      await settle(page);
      expect(textOf(page)).to.contain('À propos de ces renseignements');
      expect(textOf(own)).to.contain('About this information');
      own.lang = 'fr';
      await settle(own);
      expect(textOf(own)).to.contain('À propos de ces renseignements');
      document.documentElement.lang = 'en';
      await settle(page);
      expect(textOf(page)).to.contain('About this information');
    });

    it('follows an ancestor lang change and crosses shadow roots', async () => {
      const host = await fixture<HTMLDivElement>('<div lang="en"></div>');
      const shadow = host.attachShadow({mode: 'open'});
      shadow.innerHTML = '<div id="inner"><pv-medical-disclaimer></pv-medical-disclaimer></div>';
      const el = shadow.querySelector('pv-medical-disclaimer')!;
      await el.updateComplete;
      expect(el.resolvedLocale).to.equal('en');
      host.setAttribute('lang', 'fr');
      await settle(el);
      expect(el.resolvedLocale).to.equal('fr');
      expect(textOf(el)).to.contain('À propos');
      shadow.getElementById('inner')!.setAttribute('lang', 'en-CA');
      await settle(el);
      expect(textOf(el)).to.contain('About this information');
    });

    it('falls back to the page language for a language it does not ship, and to English with none', async () => {
      document.documentElement.lang = 'fr';
      const es = await render('<pv-medical-disclaimer lang="es"></pv-medical-disclaimer>');
      expect(es.resolvedLocale).to.equal('fr');
      document.documentElement.removeAttribute('lang');
      const none = await render('<pv-medical-disclaimer></pv-medical-disclaimer>');
      expect(none.resolvedLocale).to.equal('en');
    });
  });

  describe('compact', () => {
    it('opens and closes by mouse, with aria-expanded and the event', async () => {
      const el = await render('<pv-medical-disclaimer compact variant="story"></pv-medical-disclaimer>');
      const button = part(el, 'toggle') as HTMLButtonElement;
      const details = part(el, 'details');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(details.id);
      expect(details.hidden).to.equal(true);
      expect(details.getBoundingClientRect().height).to.equal(0);
      setTimeout(() => button.click());
      const ev = await oneEvent(el, 'pv-disclaimer-toggle');
      expect(ev.detail).to.deep.equal({open: true});
      expect(ev.bubbles && ev.composed).to.equal(true);
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(details.textContent).to.contain('No health professional has reviewed this story.');
      button.click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(details.hidden).to.equal(true);
    });

    it('opens with Enter and closes with Space from the keyboard', async () => {
      const el = await render('<pv-medical-disclaimer compact></pv-medical-disclaimer>');
      const events: boolean[] = [];
      el.addEventListener('pv-disclaimer-toggle', (e) => events.push(e.detail.open));
      part(el, 'toggle').focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.open).to.equal(true);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(events).to.deep.equal([true, false]);
    });

    it('the short line and button are in French in French', async () => {
      const el = await render('<pv-medical-disclaimer compact></pv-medical-disclaimer>', 'fr');
      expect(part(el, 'toggle').textContent!.trim()).to.equal("Lire l'avis complet");
      expect(part(el, 'summary').textContent).to.contain('pas un avis médical');
    });

    it('the open property opens it without an event', async () => {
      const el = await render('<pv-medical-disclaimer compact open></pv-medical-disclaimer>');
      let fired = false;
      el.addEventListener('pv-disclaimer-toggle', () => (fired = true));
      expect(part(el, 'details').hidden).to.equal(false);
      el.open = false;
      await el.updateComplete;
      expect(part(el, 'details').hidden).to.equal(true);
      expect(fired).to.equal(false);
    });
  });

  describe('bad input never blanks the widget', () => {
    it('unknown variant: general, one warning naming the attribute and accepted values', async () => {
      const el = await render('<pv-medical-disclaimer variant="storyy"></pv-medical-disclaimer>');
      expect(textOf(el)).to.contain('This is general health information');
      el.org = 'Re-render';
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<pv-medical-disclaimer>: variant="storyy" is not valid. Accepted values: story, general, reviewed. Using "general".',
      ]);
    });

    it('warns in French on a French page', async () => {
      document.documentElement.lang = 'fr';
      const el = await render('<pv-medical-disclaimer variant="x"></pv-medical-disclaimer>');
      expect(textOf(el)).to.contain('Ces renseignements généraux');
      expect(warnings.messages).to.deep.equal([
        '<pv-medical-disclaimer>: variant="x" n\'est pas une valeur valide. Valeurs acceptées\u00a0: story, general, reviewed. Valeur utilisée\u00a0: «\u00a0general\u00a0».',
      ]);
    });

    it('reviewed-by-fr gives the reviewer\'s name and title in French; without it, French pages show reviewed-by', async () => {
      const both = '<pv-medical-disclaimer variant="reviewed" reviewed-by="Dr. Sam Example, medical oncologist" reviewed-by-fr="Dre Sam Example, oncologue médicale"></pv-medical-disclaimer>';
      expect(textOf(await render(both, 'en'))).to.contain('This information was reviewed by Dr. Sam Example, medical oncologist.');
      expect(textOf(await render(both, 'fr'))).to.contain('Ces renseignements ont été révisés par Dre Sam Example, oncologue médicale.');
      const enOnly = '<pv-medical-disclaimer variant="reviewed" reviewed-by="Sam Example"></pv-medical-disclaimer>';
      expect(textOf(await render(enOnly, 'fr'))).to.contain('Ces renseignements ont été révisés par Sam Example.');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reviewed without reviewed-by: the review sentence without a name, one warning', async () => {
      const el = await render('<pv-medical-disclaimer variant="reviewed" reviewed-on="2026-01-15"></pv-medical-disclaimer>');
      expect(textOf(el)).to.contain('A health professional has reviewed this information. Date of review: January 15, 2026.');
      expect(warnings.messages).to.deep.equal([
        '<pv-medical-disclaimer>: variant="reviewed" needs reviewed-by (the reviewer\'s name). The review is shown without a name.',
      ]);
    });

    it('turning a page into a reviewed one later checks its reviewer and date then, once', async () => {
      const el = await render('<pv-medical-disclaimer reviewed-on="2026-02-30"></pv-medical-disclaimer>');
      expect(warnings.messages).to.deep.equal([]);
      el.variant = 'reviewed';
      await el.updateComplete;
      expect(textOf(el)).to.contain('A health professional has reviewed this information.');
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
      el.org = 'Re-render';
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<pv-medical-disclaimer>: variant="reviewed" needs reviewed-by (the reviewer\'s name). The review is shown without a name.',
        '<pv-medical-disclaimer>: reviewed-on="2026-02-30" is not a date in the form YYYY-MM-DD (for example 2026-03-31). The date is left out.',
      ]);
      el.reviewedOn = '2026-02-28';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('February 28, 2026');
    });

    it('unparseable reviewed-on: the date is left out, one warning', async () => {
      for (const bad of ['31/03/2026', '2026-02-30', 'yesterday']) {
        warnings.messages.length = 0;
        const el = await render(`<pv-medical-disclaimer variant="reviewed" reviewed-by="Dr. B" reviewed-on="${bad}"></pv-medical-disclaimer>`);
        expect(el.shadowRoot!.querySelector('time')).to.equal(null);
        expect(textOf(el)).to.contain('This information was reviewed by Dr. B.');
        expect(warnings.messages).to.deep.equal([
          `<pv-medical-disclaimer>: reviewed-on="${bad}" is not a date in the form YYYY-MM-DD (for example 2026-03-31). The date is left out.`,
        ]);
      }
    });

    it('bad heading-level: no heading, one warning', async () => {
      const el = await render('<pv-medical-disclaimer heading-level="7"></pv-medical-disclaimer>');
      expect(part(el, 'title').localName).to.equal('p');
      expect(warnings.messages).to.deep.equal([
        '<pv-medical-disclaimer>: heading-level="7" is not valid. Accepted values: 1, 2, 3, 4, 5, 6, none. Using "none".',
      ]);
    });

    it('removing any attribute leaves a working default (the property becomes null)', async () => {
      const el = await render('<pv-medical-disclaimer variant="reviewed" org="O" org-fr="OF" reviewed-by="R" reviewed-on="2026-01-01" heading-level="2"></pv-medical-disclaimer>');
      for (const attr of ['org', 'org-fr', 'reviewed-by', 'reviewed-on', 'heading-level', 'variant']) {
        el.removeAttribute(attr);
        await el.updateComplete;
        expect(textOf(el).length, attr).to.be.greaterThan(40);
      }
      expect(textOf(el)).to.contain('This is general health information');
    });

    it('hostile text in attributes stays text', async () => {
      const evil = '<img src=x onerror="window.__pvHacked=1">';
      const el = document.createElement('pv-medical-disclaimer');
      el.setAttribute('org', evil);
      el.setAttribute('reviewed-by', evil);
      el.variant = 'story';
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(el)).to.contain(evil);
      el.remove();
    });
  });
});
