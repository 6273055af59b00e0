import {expect, fixture, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import {CITATIONS, QUOTATIONS} from '../../content/citations.js';
import {renderWidget, textOf, useTestPage} from '../../test-support/helpers.js';

// Copied from the content facts (section 2), character for character.
const FACTS = {
  cmaEn: "respect the patient's reasonable request for a second opinion from a recognized medical expert.",
  cmpaEn: 'The fact that a patient seeks a second opinion should not be interpreted as a breakdown in the doctor-patient relationship.',
  cmpaFr:
    "Le fait que quelqu'un veuille consulter une ou un autre médecin ne devrait pas être interprété comme une détérioration de votre relation avec cette personne.",
  cmpaRight: "Patients have the right to question their physician's advice and may choose to see a different healthcare provider.",
  ccsEn: 'You can ask for a second opinion anytime during your diagnosis or treatment.',
  ccsFr: 'Vous pouvez demander un deuxième avis à tout moment lors de votre diagnostic ou de votre traitement.',
  ccsFile: 'Ask for a copy of your medical file, including test results and biopsy samples, to be sent to the second doctor',
  cmpaUrlEn: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
  cmpaUrlFr: 'https://www.cmpa-acpm.ca/fr/advice-publications/browse-articles/2014/when-a-patient-seeks-a-second-opinion',
  ccsUrlEn: 'https://cancer.ca/en/living-with-cancer/coping-with-changes/working-with-your-healthcare-team/getting-a-second-opinion',
  cbcnUrlEn: 'https://cbcn.ca/en/blog/our-stories/second-opinion',
  cbcnUrlFr: 'https://cbcn.ca/fr/blog/our-stories/second-opinion',
  cmaTitleFr: "Code d'éthique et de professionnalisme de l'AMC",
  cmpaTitleFr: "Deux opinions valent-elles mieux qu'une?",
  ccsTitleFr: 'Demander un deuxième avis médical',
  mcinerney: 'McInerney v. MacDonald, [1992] 2 SCR 138',
  mcinerneyFr: 'McInerney c. MacDonald, [1992] 2 R.C.S. 138',
  s98: "A physician must, at the patient's written request and within not more than 30 days of its receipt, hand over to the physician, employer, establishment, insurer or any other person designated by the patient, pertinent information from the patient's medical record which is in his possession and safekeeping.",
  s98Url: 'https://www.legisquebec.gouv.qc.ca/en/version/cr/M-9,%20r.%2017?code=se:98&history=20220809',
};

const render = (markup: string, lang?: string) => renderWidget('pv-rights-explainer', markup, lang);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`)!;
const quoteText = (el: Element, id: string) => $(el, `[data-quote="${id}"] .quote-text`)?.textContent;
const norm = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

describe('<pv-rights-explainer>', () => {
  const warnings = useTestPage();

  describe('the citations module', () => {
    it('holds the exact quotations of the content facts', () => {
      expect(QUOTATIONS['cma-second-opinion'].en).to.equal(FACTS.cmaEn);
      expect(QUOTATIONS['cma-second-opinion'].fr?.translated).to.equal(true);
      expect(QUOTATIONS['cmpa-not-a-breakdown'].en).to.equal(FACTS.cmpaEn);
      expect(QUOTATIONS['cmpa-not-a-breakdown'].fr).to.deep.equal({text: FACTS.cmpaFr, translated: false});
      expect(QUOTATIONS['cmpa-right-to-question'].en).to.equal(FACTS.cmpaRight);
      expect(QUOTATIONS['ccs-anytime'].en).to.equal(FACTS.ccsEn);
      expect(QUOTATIONS['ccs-anytime'].fr).to.deep.equal({text: FACTS.ccsFr, translated: false});
      expect(QUOTATIONS['ccs-copy-of-file'].en).to.equal(FACTS.ccsFile);
    });

    it('gives every citation an id, publisher, titles, source and checked date; unconfirmed URLs are absent', () => {
      for (const [key, c] of Object.entries(CITATIONS)) {
        expect(c.id).to.equal(key);
        expect(c.publisher.en && c.publisher.fr && c.title.en && c.title.fr && c.source).to.be.a('string').and.not.equal('');
        expect(c.checked).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(CITATIONS['cma-code'].page).to.equal(5);
      expect(CITATIONS['cma-code'].url.fr).to.equal(undefined);
      expect(CITATIONS['ccs-second-opinion'].url.fr).to.equal(undefined);
      expect(CITATIONS['mcinerney-macdonald'].url).to.deep.equal({});
      expect(CITATIONS['cmpa-second-opinion'].url).to.deep.equal({en: FACTS.cmpaUrlEn, fr: FACTS.cmpaUrlFr});
      for (const q of Object.values(QUOTATIONS)) expect(CITATIONS[q.citation]).to.not.equal(undefined);
    });
  });

  describe('both forms × both citation styles × both languages', () => {
    for (const variant of ['full', 'compact']) {
      for (const citations of ['footnotes', 'inline']) {
        for (const lang of ['en', 'fr']) {
          it(`${variant}, ${citations}, ${lang}`, async () => {
            const el = await render(
              `<pv-rights-explainer${variant === 'compact' ? ' compact' : ''} citations="${citations}"></pv-rights-explainer>`,
              lang
            );
            expect(el.resolvedLocale).to.equal(lang);
            if (variant === 'compact') {
              // Closed: only the callout shows; the rest is hidden.
              expect(part(el, 'callout').textContent).to.contain(lang === 'en' ? FACTS.cmaEn : 'Traduction libre');
              expect(part(el, 'details').hidden).to.equal(true);
              el.open = true;
              await el.updateComplete;
              expect(part(el, 'details').hidden).to.equal(false);
            } else {
              expect($(el, '[part~="details"]')).to.equal(null);
            }
            const headings = $$(el, '[part~="heading"]').map((h) => [h.localName, norm(h.textContent)]);
            expect(headings).to.deep.equal(
              lang === 'en'
                ? [['h2', 'Your right to a second opinion'], ['h2', 'What this means for you'], ['h2', 'Sources']]
                : [['h2', 'Votre droit à un deuxième avis médical'], ['h2', 'Ce que cela veut dire pour vous'], ['h2', 'Sources']]
            );

            // The quotations, character for character.
            const cma = $(el, '[data-quote="cma-second-opinion"] blockquote')!;
            const cmpa = $(el, '[data-quote="cmpa-not-a-breakdown"] blockquote')!;
            expect(cmpa.getAttribute('cite')).to.equal(lang === 'en' ? FACTS.cmpaUrlEn : FACTS.cmpaUrlFr);
            expect(cma.getAttribute('cite')).to.equal('https://policies.cma.ca/');
            expect(quoteText(el, 'cmpa-not-a-breakdown')).to.equal(lang === 'en' ? FACTS.cmpaEn : FACTS.cmpaFr);
            expect(quoteText(el, 'ccs-anytime')).to.equal(lang === 'en' ? FACTS.ccsEn : FACTS.ccsFr);
            expect($(el, 'q[data-quote="ccs-anytime"]')!.getAttribute('cite')).to.equal(FACTS.ccsUrlEn);
            if (lang === 'en') {
              expect(quoteText(el, 'cma-second-opinion')).to.equal(FACTS.cmaEn);
              expect(norm(cma.textContent)).to.equal(`\u201c${FACTS.cmaEn}\u201d`);
              expect($(el, '[part~="translation-note"]')).to.equal(null);
            } else {
              // Our own French, marked as a translation, with the original English.
              expect(quoteText(el, 'cma-second-opinion')).to.equal(QUOTATIONS['cma-second-opinion'].fr!.text);
              expect(cma.getAttribute('lang')).to.equal('fr');
              expect(norm(cma.textContent)).to.match(/^«\u00a0respecter .* reconnu\.\u00a0»$/);
              const notes = $$(el, '[part~="translation-note"]');
              expect(notes.length).to.equal(1);
              expect(notes[0].closest('[data-quote]')!.getAttribute('data-quote')).to.equal('cma-second-opinion');
              expect(norm(notes[0].textContent)).to.equal(`Traduction libre. Texte original en anglais\u00a0: \u201c${FACTS.cmaEn}\u201d`);
              expect(notes[0].querySelector('.original-text')!.textContent).to.equal(FACTS.cmaEn);
              expect(notes[0].querySelector('q')!.getAttribute('lang')).to.equal('en');
              expect(norm(cmpa.textContent)).to.equal(`«\u00a0${FACTS.cmpaFr}\u00a0»`);
            }

            // Attribution under each quotation.
            const attributions = $$(el, '[part~="attribution"]').map((a) => norm(a.textContent));
            expect(attributions[0]).to.contain(lang === 'en' ? 'Canadian Medical Association' : 'Association médicale canadienne');
            expect(attributions[0]).to.contain(lang === 'en' ? 'Code of Ethics and Professionalism' : FACTS.cmaTitleFr);
            expect(attributions[1]).to.contain(lang === 'en' ? 'Canadian Medical Protective Association' : 'Association canadienne de protection médicale');
            expect(attributions[1]).to.contain(lang === 'en' ? 'When a patient seeks a second opinion' : FACTS.cmpaTitleFr);

            if (citations === 'footnotes') {
              expect($$(el, '[part~="note-ref"]').length).to.equal(8);
              expect($$(el, '.inline-cite')).to.deep.equal([]);
              expect(part(el, 'sources').localName).to.equal('ol');
              expect(attributions[0]).to.match(/Professionalism|AMC/);
              expect(attributions[0]).not.to.contain('Page 5');
            } else {
              expect($$(el, '[part~="note-ref"]')).to.deep.equal([]);
              expect(part(el, 'sources').localName).to.equal('ul');
              // The full source after each quotation, with its page.
              expect(attributions[0]).to.contain('2018. Page 5.');
              expect(attributions[1]).to.contain(lang === 'en' ? '2014. Revised September 2023.' : '2014. Révisé en septembre 2023.');
              expect($$(el, '.inline-cite').length).to.equal(6);
              expect(norm($$(el, '.inline-cite')[0].textContent)).to.equal(
                lang === 'en'
                  ? '(Canadian Cancer Society, Getting a second opinion)'
                  : '(Société canadienne du cancer, Demander un deuxième avis médical, page en anglais)'
              );
            }
            const text = textOf(el);
            expect(text).to.contain(lang === 'en' ? 'Copy for my appointment' : 'Copier pour mon rendez-vous');
            expect(text).to.contain(
              lang === 'en'
                ? 'Asking is your right. It does not mean you distrust your doctor.'
                : 'Cela ne veut pas dire que vous vous méfiez de votre médecin.'
            );
            expect(text).not.to.match(/\bitem\b|\barticle \d/i);
            expect(warnings.messages).to.deep.equal([]);
          });
        }
      }
    }
  });

  describe('footnotes', () => {
    for (const variant of ['full', 'compact']) {
      it(`every mark leads to an existing source, every source links back to each mark (${variant})`, async () => {
        const el = await render(`<pv-rights-explainer${variant === 'compact' ? ' compact' : ''} open></pv-rights-explainer>`);
        const marks = $$<HTMLAnchorElement>(el, 'a[part~="note-ref"]');
        const items = $$<HTMLLIElement>(el, '[part~="sources"] > li');
        expect(marks.length).to.be.greaterThan(0);
        for (const mark of marks) {
          const target = el.shadowRoot!.getElementById(mark.getAttribute('href')!.slice(1));
          expect(target, mark.id).to.not.equal(null);
          expect(target!.localName).to.equal('li');
          expect(target!.getAttribute('tabindex')).to.equal('-1');
          // The number shown is the item's position in the list.
          expect(mark.textContent!.replace(/\D/g, '')).to.equal(String(items.indexOf(target as HTMLLIElement) + 1));
          // ...and that item links back to this very mark.
          const backTargets = [...target!.querySelectorAll('a[part~="back-link"]')].map((a) => a.getAttribute('href'));
          expect(backTargets).to.include(`#${mark.id}`);
        }
        const allBack = $$(el, 'a[part~="back-link"]').map((a) => a.getAttribute('href')!.slice(1));
        expect(allBack.sort()).to.deep.equal(marks.map((m) => m.id).sort());
        for (const id of allBack) expect(el.shadowRoot!.getElementById(id)).to.not.equal(null);
        // Targets are at least 24 × 24 px (WCAG 2.2 target size): a back link's
        // box; a mark's hit area, wider than its digit (it stays inline, so as not
        // to break the line), found at each corner of a 24 px square on it.
        for (const a of $$(el, 'a[part~="back-link"]')) {
          const box = a.getBoundingClientRect();
          expect(box.width, a.id).to.be.at.least(24);
          expect(box.height, a.id).to.be.at.least(24);
        }
        for (const a of marks) {
          a.scrollIntoView({block: 'center'});
          const box = a.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          for (const [dx, dy] of [[-11.5, -11.5], [11.5, -11.5], [-11.5, 11.5], [11.5, 11.5]]) {
            const hit = el.shadowRoot!.elementFromPoint(x + dx, y + dy);
            expect(hit?.closest('a'), `${a.id} at ${dx}, ${dy}`).to.equal(a);
          }
        }
        const ids = $$(el, '[id]').map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });
    }

    it('numbers sources in reading order, with no gap', async () => {
      const el = await render('<pv-rights-explainer></pv-rights-explainer>');
      const numbers = $$(el, 'a[part~="note-ref"]').map((m) => Number(m.textContent!.replace(/\D/g, '')));
      expect(numbers).to.deep.equal([1, 2, 3, 1, 4, 2, 3, 5]);
      const firstUses = numbers.filter((n, i) => numbers.indexOf(n) === i);
      expect(firstUses).to.deep.equal([1, 2, 3, 4, 5]);
      const items = $$(el, '[part~="sources"] > li');
      expect(items.map((li) => li.dataset.n)).to.deep.equal(['1', '2', '3', '4', '5']);
      const texts = items.map((li) => norm(li.textContent));
      expect(texts[0]).to.match(/^Canadian Medical Association\. Code of Ethics and Professionalism\. 2018\. Page 5\./);
      expect(texts[1]).to.match(/^Canadian Medical Protective Association\. When a patient seeks a second opinion\. 2014\. Revised September 2023\./);
      expect(texts[2]).to.match(/^Canadian Cancer Society\. Getting a second opinion\./);
      expect(texts[3]).to.match(/^Canadian Breast Cancer Network\. Getting a Second Opinion in our Public Health System\./);
      expect(texts[4]).to.match(/^Supreme Court of Canada\. McInerney v\. MacDonald, \[1992\] 2 SCR 138\./);
      // Two places cite the CMPA: two back links, each named for screen readers.
      const back = [...items[1].querySelectorAll('a[part~="back-link"]')].map((a) => norm(a.textContent));
      expect(back).to.deep.equal(['Back to text, note 2 (1 of 2)', 'Back to text, note 2 (2 of 2)']);
      expect(norm(items[3].querySelector('a[part~="back-link"]')!.textContent)).to.equal('Back to text, note 4');
      expect(norm($(el, 'a[part~="note-ref"]')!.textContent)).to.equal('Source 1');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('links each source in the reader\'s language, says when a page is in English, and leaves out unconfirmed links', async () => {
      const en = await render('<pv-rights-explainer></pv-rights-explainer>', 'en');
      const hrefs = (el: Element) => $$(el, '[part~="sources"] a:not([part~="back-link"])').map((a) => a.getAttribute('href'));
      expect(hrefs(en)).to.deep.equal(['https://policies.cma.ca/', FACTS.cmpaUrlEn, FACTS.ccsUrlEn, FACTS.cbcnUrlEn]);
      const fr = await render('<pv-rights-explainer></pv-rights-explainer>', 'fr');
      expect(hrefs(fr)).to.deep.equal(['https://policies.cma.ca/', FACTS.cmpaUrlFr, FACTS.ccsUrlEn, FACTS.cbcnUrlFr]);
      const items = $$(fr, '[part~="sources"] > li').map((li) => norm(li.textContent));
      expect(items[0]).to.contain(`${FACTS.cmaTitleFr} (page en anglais). 2018. Page 5.`);
      expect(items[1]).to.contain(`${FACTS.cmpaTitleFr} 2014. Révisé en septembre 2023.`);
      expect(items[2]).to.contain(`${FACTS.ccsTitleFr} (page en anglais).`);
      expect(items[3]).not.to.contain('(page en anglais)');
      expect(items[4]).to.contain(FACTS.mcinerneyFr);
      expect(items[4]).to.contain('Cour suprême du Canada.');
      expect(norm($$(en, '[part~="sources"] > li')[4].textContent)).to.contain(`Supreme Court of Canada. ${FACTS.mcinerney}.`);
      expect($$(fr, '[part~="sources"] > li')[4].querySelector('a:not([part~="back-link"])')).to.equal(null);
      expect($$(fr, '[part~="sources"] a[hreflang="en"]').length).to.equal(2);
      expect(norm($$(fr, '[part~="sources"] > li')[1].querySelector('a[part~="back-link"]')!.textContent)).to.equal(
        'Retour au texte, renvoi 2 (1 sur 2)'
      );
    });

    it('quotes the Canadian Cancer Society\'s records advice exactly, biopsy samples included (our French marked as a free translation)', async () => {
      const en = await render('<pv-rights-explainer></pv-rights-explainer>', 'en');
      expect(quoteText(en, 'ccs-copy-of-file')).to.equal(FACTS.ccsFile);
      const fr = await render('<pv-rights-explainer></pv-rights-explainer>', 'fr');
      expect(quoteText(fr, 'ccs-copy-of-file')).to.equal(QUOTATIONS['ccs-copy-of-file'].fr!.text);
      expect(norm($(fr, '[data-quote="ccs-copy-of-file"]')!.parentElement!.textContent)).to.contain('(traduction libre)');
    });

    it('a mark moves focus to its source and the back link returns it, without touching the page URL', async () => {
      const el = await render('<pv-rights-explainer></pv-rights-explainer>');
      const hash = location.hash;
      const mark = $$<HTMLAnchorElement>(el, 'a[part~="note-ref"]')[5];
      mark.click();
      await el.updateComplete;
      const source = el.shadowRoot!.activeElement as HTMLElement;
      expect(source.localName).to.equal('li');
      expect(source.dataset.n).to.equal('2');
      const back = [...source.querySelectorAll<HTMLAnchorElement>('a[part~="back-link"]')][1];
      back.focus();
      await sendKeys({press: 'Enter'});
      expect(el.shadowRoot!.activeElement).to.equal(mark);
      expect(location.hash).to.equal(hash);
    });

    it('a mark in the closed compact callout opens it and focuses the source', async () => {
      const el = await render('<pv-rights-explainer compact></pv-rights-explainer>');
      const events: boolean[] = [];
      el.addEventListener('pv-rights-toggle', (e) => events.push(e.detail.open));
      const mark = $(el, '[part~="callout"] a[part~="note-ref"]')!;
      mark.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(events).to.deep.equal([true]);
      const active = el.shadowRoot!.activeElement as HTMLElement;
      expect(active.localName).to.equal('li');
      expect(active.dataset.n).to.equal('1');
    });

    it('two widgets on one page keep their own ids and links', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        '<div><pv-rights-explainer id="a"></pv-rights-explainer><pv-rights-explainer id="b" lang="fr"></pv-rights-explainer></div>'
      );
      const [a, b] = [...wrapper.querySelectorAll('pv-rights-explainer')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      // Each widget's ids live in its own shadow root: none leaks into the page.
      expect(document.querySelectorAll('[id^="pvr-"]').length).to.equal(0);
      for (const el of [a, b]) {
        for (const mark of $$(el, 'a[part~="note-ref"]')) expect(el.shadowRoot!.getElementById(mark.getAttribute('href')!.slice(1))).to.not.equal(null);
      }
      $$<HTMLAnchorElement>(b, 'a[part~="note-ref"]')[0].click();
      expect((b.shadowRoot!.activeElement as HTMLElement).dataset.n).to.equal('1');
      expect(a.shadowRoot!.activeElement).to.equal(null);
      $$<HTMLAnchorElement>(a, 'a[part~="note-ref"]')[1].click();
      expect((a.shadowRoot!.activeElement as HTMLElement).dataset.n).to.equal('2');
      expect(b.shadowRoot!.activeElement).to.equal(null);
      expect(textOf(a)).to.contain('Your right to a second opinion');
      expect(textOf(b)).to.contain('Votre droit à un deuxième avis médical');
    });
  });

  describe('compact disclosure', () => {
    it('opens with Enter and closes with Space, with aria-expanded and the event', async () => {
      const el = await render('<pv-rights-explainer compact></pv-rights-explainer>');
      const events: boolean[] = [];
      el.addEventListener('pv-rights-toggle', (e) => events.push(e.detail.open));
      const button = part(el, 'toggle') as HTMLButtonElement;
      const details = part(el, 'details');
      expect(button.getAttribute('aria-controls')).to.equal(details.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.getBoundingClientRect().height).to.equal(0);
      expect(norm(button.textContent)).to.equal('Read more about your right');
      button.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(details.textContent).to.contain(FACTS.cmpaEn);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(details.hidden).to.equal(true);
      expect(events).to.deep.equal([true, false]);
    });

    it('fires a bubbling, composed event on click; setting open does not fire', async () => {
      const el = await render('<pv-rights-explainer compact lang="fr"></pv-rights-explainer>');
      expect(norm(part(el, 'toggle').textContent)).to.equal('En savoir plus sur votre droit');
      setTimeout(() => part(el, 'toggle').click());
      const ev = await oneEvent(el, 'pv-rights-toggle');
      expect(ev.detail).to.deep.equal({open: true});
      expect(ev.bubbles && ev.composed).to.equal(true);
      let fired = false;
      el.addEventListener('pv-rights-toggle', () => (fired = true));
      el.open = false;
      await el.updateComplete;
      expect(part(el, 'details').hidden).to.equal(true);
      expect(fired).to.equal(false);
    });
  });

  describe('province="QC"', () => {
    for (const lang of ['en', 'fr'] as const) {
      it(`adds section 98 of the Quebec Code of ethics of physicians, quoted from its official English text (${lang})`, async () => {
        const el = await render('<pv-rights-explainer province="qc"></pv-rights-explainer>', lang);
        const section = $(el, '[part~="province-section"]')!;
        expect(section, 'the Quebec section').to.not.equal(null);
        expect(norm(section.textContent)).to.contain(lang === 'en' ? 'has no article on second opinions' : "n'a pas d'article sur le deuxième avis");
        const quote = $(el, '[data-quote="qc-code-s98"] blockquote')!;
        expect(quote.getAttribute('cite')).to.equal(FACTS.s98Url);
        if (lang === 'en') {
          expect(quoteText(el, 'qc-code-s98')).to.equal(FACTS.s98);
        } else {
          // Our own French until the official French text is read: marked, with the English original.
          expect(quoteText(el, 'qc-code-s98')).to.equal(QUOTATIONS['qc-code-s98'].fr!.text);
          const note = $(el, '[data-quote="qc-code-s98"] [part~="translation-note"]')!;
          expect(norm(note.textContent)).to.contain('Traduction libre.');
          expect(note.querySelector('.original-text')!.textContent).to.equal(FACTS.s98);
        }
        const sources = $$(el, '[part~="sources"] > li').map((li) => norm(li.textContent));
        const s98 = sources.find((x) => x.startsWith('LégisQuébec.'));
        expect(s98, sources.join('\n')).to.contain(lang === 'en' ? 'Code of ethics of physicians, chapter M-9, r. 17, s. 98.' : 'Code de déontologie des médecins (page en anglais), chapitre M-9, r. 17, art. 98.');
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('no Quebec section elsewhere, in inline sources too; an unknown province warns once', async () => {
      for (const markup of ['<pv-rights-explainer></pv-rights-explainer>', '<pv-rights-explainer province="ON" citations="inline"></pv-rights-explainer>']) {
        const el = await render(markup, 'en');
        expect($(el, '[part~="province-section"]')).to.equal(null);
        expect(norm(el.shadowRoot!.textContent)).not.to.contain('Code of ethics of physicians');
      }
      const bad = await render('<pv-rights-explainer province="Quebec"></pv-rights-explainer>', 'en');
      expect($(bad, '[part~="province-section"]')).to.equal(null);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('province="Quebec" is not valid. Accepted values: AB, BC');
    });
  });

  describe('copy for my appointment', () => {
    let original: PropertyDescriptor | undefined;
    let written: string[];
    beforeEach(() => {
      original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      written = [];
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void written.push(t)}});
    });
    afterEach(() => {
      delete (navigator as {clipboard?: unknown}).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    });

    const expectedEn = [
      'My right to a second opinion',
      '',
      `\u201c${FACTS.cmaEn}\u201d`,
      'Canadian Medical Association. Code of Ethics and Professionalism. 2018. Page 5. https://policies.cma.ca/',
      '',
      `\u201c${FACTS.cmpaEn}\u201d`,
      `Canadian Medical Protective Association. When a patient seeks a second opinion. 2014. Revised September 2023. ${FACTS.cmpaUrlEn}`,
    ].join('\n');

    it('copies both quotations with their sources, fires pv-copy and confirms in a status region (English)', async () => {
      const el = await render('<pv-rights-explainer></pv-rights-explainer>');
      const status = part(el, 'status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('');
      setTimeout(() => part(el, 'copy').click());
      const ev = await oneEvent(el, 'pv-copy');
      expect(ev.detail).to.deep.equal({text: expectedEn});
      expect(ev.composed).to.equal(true);
      expect(written).to.deep.equal([expectedEn]);
      expect(el.appointmentText).to.equal(expectedEn);
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal('Copied. You can paste it into a note or an email.');
    });

    it('copies the French text, marking our translation of the CMA sentence (French)', async () => {
      const el = await render('<pv-rights-explainer compact open></pv-rights-explainer>', 'fr-CA');
      const expectedFr = [
        'Mon droit à un deuxième avis médical',
        '',
        `«\u00a0${QUOTATIONS['cma-second-opinion'].fr!.text}\u00a0»`,
        `Traduction libre. Texte original en anglais\u00a0: \u201c${FACTS.cmaEn}\u201d`,
        `Association médicale canadienne. ${FACTS.cmaTitleFr}. 2018. Page 5. https://policies.cma.ca/ (page en anglais)`,
        '',
        `«\u00a0${FACTS.cmpaFr}\u00a0»`,
        `Association canadienne de protection médicale. ${FACTS.cmpaTitleFr} 2014. Révisé en septembre 2023. ${FACTS.cmpaUrlFr}`,
      ].join('\n');
      setTimeout(() => part(el, 'copy').click());
      const ev = await oneEvent(el, 'pv-copy');
      expect(ev.detail.text).to.equal(expectedFr);
      expect(written).to.deep.equal([expectedFr]);
      await el.updateComplete;
      expect(part(el, 'status').textContent!.trim()).to.equal("C'est copié. Vous pouvez le coller dans une note ou un courriel.");
    });

    it('says so when copying fails, and fires no pv-copy', async () => {
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject(new Error('denied'))}});
      const exec = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await render('<pv-rights-explainer></pv-rights-explainer>');
        let fired = false;
        el.addEventListener('pv-copy', () => (fired = true));
        part(el, 'copy').click();
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(part(el, 'status').textContent!.trim()).to.equal(
          'Sorry, it could not be copied. Select the quotes and copy them yourself.'
        );
        expect(fired).to.equal(false);
      } finally {
        document.execCommand = exec;
      }
    });
  });

  describe('attributes and properties', () => {
    it('heading-level sets the section headings; none gives paragraphs', async () => {
      const el = await render('<pv-rights-explainer heading-level="4"></pv-rights-explainer>');
      expect($$(el, '[part~="heading"]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      el.headingLevel = 'none';
      await el.updateComplete;
      expect($$(el, '[part~="heading"]').map((h) => h.localName)).to.deep.equal(['p', 'p', 'p']);
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(el.headingLevel).to.equal('1');
      expect($$(el, '[part~="heading"]').map((h) => h.localName)).to.deep.equal(['h1', 'h1', 'h1']);
    });

    it('compact and citations work as properties; compact reflects', async () => {
      const el = await render('<pv-rights-explainer></pv-rights-explainer>');
      el.compact = true;
      el.citations = 'inline';
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
      expect($(el, '[part~="callout"]')).to.not.equal(null);
      expect($$(el, '[part~="note-ref"]')).to.deep.equal([]);
      el.setAttribute('citations', 'footnotes');
      await el.updateComplete;
      expect(el.citations).to.equal('footnotes');
      // Every mark is rendered, also those in the closed part.
      expect($$(el, '[part~="note-ref"]').length).to.equal(8);
    });

    it('follows a language change live', async () => {
      const el = await render('<pv-rights-explainer></pv-rights-explainer>');
      expect(quoteText(el, 'cmpa-not-a-breakdown')).to.equal(FACTS.cmpaEn);
      el.lang = 'fr';
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(quoteText(el, 'cmpa-not-a-breakdown')).to.equal(FACTS.cmpaFr);
      expect(part(el, 'base').getAttribute('lang')).to.equal('fr');
    });
  });

  describe('bad input never blanks the widget', () => {
    it('the older variant="compact" still gives the compact form, with one warning naming the compact attribute', async () => {
      const el = await render('<pv-rights-explainer variant="compact"></pv-rights-explainer>');
      expect(el.compact).to.equal(false);
      expect(part(el, 'callout').textContent).to.contain(FACTS.cmaEn);
      expect(part(el, 'details').hidden).to.equal(true);
      part(el, 'toggle').click();
      await el.updateComplete;
      expect(part(el, 'details').hidden).to.equal(false);
      expect(warnings.messages).to.deep.equal([
        '<pv-rights-explainer>: variant="compact" is deprecated: use the compact attribute.',
      ]);
      // Back to full through the property; compact again warns no more.
      el.variant = 'full';
      await el.updateComplete;
      expect($(el, '[part~="callout"]')).to.equal(null);
      // Any case is accepted at run time, though the type says lower case.
      (el as unknown as {variant: string}).variant = 'COMPACT';
      await el.updateComplete;
      expect($(el, '[part~="callout"]')).to.not.equal(null);
      expect(warnings.messages.length).to.equal(1);
      // In French for a French widget.
      warnings.messages.length = 0;
      await render('<pv-rights-explainer variant="compact" lang="fr"></pv-rights-explainer>');
      expect(warnings.messages).to.deep.equal([
        "<pv-rights-explainer>: variant=\"compact\" est déconseillé\u00a0: utilisez l'attribut compact.",
      ]);
    });

    it('unknown variant: full, one warning', async () => {
      const el = await render('<pv-rights-explainer variant="wide"></pv-rights-explainer>');
      expect($(el, '[part~="callout"]')).to.equal(null);
      expect(quoteText(el, 'cma-second-opinion')).to.equal(FACTS.cmaEn);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<pv-rights-explainer>: variant="wide" is not valid. Accepted values: full, compact. Using "full".',
      ]);
    });

    it('unknown citations: footnotes, one warning (in French for a French widget)', async () => {
      const el = await render('<pv-rights-explainer citations="endnotes"></pv-rights-explainer>', 'fr');
      expect($$(el, '[part~="note-ref"]').length).to.equal(8);
      expect(warnings.messages).to.deep.equal([
        '<pv-rights-explainer>: citations="endnotes" n\'est pas une valeur valide. Valeurs acceptées\u00a0: footnotes, inline. Valeur utilisée\u00a0: «\u00a0footnotes\u00a0».',
      ]);
    });

    it('heading level outside 1–6: level 2, one warning', async () => {
      const el = await render('<pv-rights-explainer heading-level="9"></pv-rights-explainer>');
      expect($$(el, '[part~="heading"]').map((h) => h.localName)).to.deep.equal(['h2', 'h2', 'h2']);
      expect(warnings.messages).to.deep.equal([
        '<pv-rights-explainer>: heading-level="9" is not valid. Accepted values: 1, 2, 3, 4, 5, 6, none. Using "2".',
      ]);
    });
  });
});
