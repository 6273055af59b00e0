// The demo page: one section per widget, built from the same example list
// the tests use (src/examples.ts), so what is shown here is what is tested.
import '../src/index.js';
import {examples as widgetExamples} from '../src/examples.js';
import {consentTableExamples} from '../src/components/consent-banner/consent-banner.examples.js';

// <pv-consent-table> belongs to the consent banner's widget; its examples get a section of their own.
const examples = {...widgetExamples, 'pv-consent-table': consentTableExamples};

const main = document.getElementById('examples')!;
const cdnTag = '<script type="module" src="https://YOUR-SITE/path/to/patient-voice.js"></script>';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Parses one of our own example snippets (static strings in this repo). */
function fromSnippet(snippet: string, lang: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const wrapper = el('div', {lang});
  wrapper.append(el('h4', {}, lang === 'fr' ? 'Français (lang="fr")' : 'English (lang="en")'), template.content);
  return wrapper;
}

for (const [tag, list] of Object.entries(examples)) {
  const section = el('section');
  section.setAttribute('aria-labelledby', `${tag}-h`);
  section.append(el('h2', {id: `${tag}-h`}, `<${tag}>`));
  for (const example of list) {
    const block = el('article', {className: 'example', id: example.id});
    const embed = el(
      'div',
      {className: 'embed'},
      el('strong', {}, 'How to embed'),
      el('p', {}, 'Paste the tag where the widget should appear, and the script tag once per page:'),
      el('pre', {}, el('code', {}, `${cdnTag}\n${example.html}`)),
      el('p', {}, 'For French, add lang="fr" to the tag, or rely on the page’s own <html lang="fr">.')
    );
    block.append(
      el('h3', {}, example.title),
      el('div', {className: 'pair'}, fromSnippet(example.html, 'en'), fromSnippet(example.html, 'fr')),
      embed
    );
    section.append(block);
  }
  main.append(section);
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="page-lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) document.documentElement.lang = radio.value;
  });
}
