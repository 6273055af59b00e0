// Partner-like article pages that embed one widget the way the README says,
// for each documented path. Pure (no Node imports): `npm run bench:pages`
// serves them to Lighthouse, and the browser tests' server serves the same
// pages to the layout-shift test (web-test-runner.config.mjs, /__partner/…).

/** The documented ways to put a widget on a page (README, "Three ways to use it"). */
export const PATHS = ['script', 'autoloader', 'placeholder', 'prerendered'];

const TEXT = {
  en: {
    title: 'Getting a second opinion',
    nav: ['Home', 'Support', 'Stories', 'Donate'],
    lead: [
      'When we hear stories about people’s experiences receiving a diagnosis like breast cancer, we often hear the message to get a second opinion.',
      'Our public health system offers a lot of financial assurance. But when we are uncertain about a diagnosis or a treatment plan, getting a second opinion may feel daunting.',
    ],
    more: 'Many people do not know where to start. This article explains the routes, what to say, and what to bring, so that you can talk with your care team with confidence.',
    fallback: 'To get a second opinion, talk to your family doctor.',
  },
  fr: {
    title: 'Obtenir un deuxième avis médical',
    nav: ['Accueil', 'Soutien', 'Témoignages', 'Dons'],
    lead: [
      'Quand on entend parler de personnes qui ont reçu un diagnostic comme celui du cancer du sein, on entend souvent le conseil de demander un deuxième avis.',
      'Notre système de santé public offre une grande sécurité financière. Mais quand on doute d’un diagnostic ou d’un plan de traitement, demander un deuxième avis peut sembler intimidant.',
    ],
    more: 'Bien des gens ne savent pas par où commencer. Cet article explique les démarches, quoi dire et quoi apporter, pour parler avec votre équipe soignante en toute confiance.',
    fallback: 'Pour obtenir un deuxième avis médical, parlez à votre médecin de famille.',
  },
};

// The partner's own stylesheet, inline as a CMS theme's would be.
const STYLE = `body{margin:0;font-family:system-ui,sans-serif;line-height:1.6;color:#222}
header,footer{background:#234;color:#fff;padding:1rem}header nav a{color:#fff;margin-inline-end:1rem}
main{max-width:42rem;margin:0 auto;padding:1rem}h1{font-size:1.8rem;line-height:1.2}`;

/** `<pv-x a="1" b>` → `<div data-pv-widget="x" data-a="1" data-b="">fallback</div>` (README, placeholders). */
export function placeholderOf(snippet, fallback) {
  const m = /^<pv-([a-z-]+)([^>]*)>/.exec(snippet.trim());
  if (!m) throw new Error(`not a widget tag: ${snippet}`);
  const attrs = [...m[2].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => (name === 'lang' ? ` lang="${value}"` : ` data-${name}="${value}"`));
  return `<div data-pv-widget="${m[1]}"${attrs.join('')}>\n  ${fallback}\n</div>`;
}

/**
 * One page. `widget` is the widget's markup for the path: its tag for
 * `script` and `autoloader` (made a placeholder for `placeholder`), its
 * pre-rendered HTML for `prerendered`; none for the baseline page. `base` is
 * where dist/cdn/ is served.
 */
export function partnerPage({path, lang, widget = '', base = '/dist/cdn/', title = ''}) {
  const t = TEXT[lang];
  let head = '';
  let body = widget;
  // The snippets exactly as the README gives them. Pre-rendered HTML is
  // already laid out: its script need not hold the first paint.
  // reserve.js keeps the space in browsers without `blocking` (Firefox).
  const reserve = `<script src="${base}reserve.js"></script>\n`;
  if (path === 'script') head = `${reserve}<script type="module" blocking="render" src="${base}patient-voice.js"></script>`;
  if (path === 'prerendered') head = `<script type="module" src="${base}patient-voice.js"></script>`;
  if (path === 'autoloader' || path === 'placeholder') head = `${reserve}<script type="module" blocking="render" src="${base}autoloader.js"></script>`;
  if (path === 'placeholder') body = placeholderOf(widget, t.fallback);
  if (!widget) head = '';
  const more = Array.from({length: 8}, () => `<p>${t.more}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}${title ? ` — ${title}` : ''}</title>
<meta name="description" content="${t.lead[0]}">
<style>${STYLE}</style>
${head}
</head>
<body>
<header><nav>${t.nav.map((n) => `<a href="#">${n}</a>`).join('')}</nav></header>
<main>
<h1>${t.title}</h1>
${t.lead.map((p) => `<p>${p}</p>`).join('\n')}
${body}
${more}
</main>
<footer><p>© Partner organization</p></footer>
</body>
</html>
`;
}
