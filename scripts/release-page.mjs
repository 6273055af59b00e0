// START-HERE.html of a release (scripts/release.mjs): every widget live from
// the files beside it, in English and French, and the snippet to copy.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The widgets shown, with the tag a site pastes. */
const SHOWN = [
  {tag: 'pv-referral-options', attrs: 'province="QC"'},
  {tag: 'pv-rights-explainer', attrs: ''},
  {tag: 'pv-medical-disclaimer', attrs: 'variant="story" org="Your Organization"'},
  // `preview` shows the banner in the page's flow (this page only: a site's
  // banner leaves it out).
  {tag: 'pv-consent-banner', attrs: 'preview policy-url="/privacy"'},
];
const tagOf = ({tag, attrs}, lang) => `<${tag}${attrs ? ` ${attrs}` : ''}${lang ? ` lang="${lang}"` : ''}></${tag}>`;

const TEXT = {
  en: {
    title: 'Start here',
    intro:
      'This folder is everything a website needs to show the widgets. No Node, no build: upload the <code>patient-voice/</code> folder to your site (for example at <code>/patient-voice/</code>), then paste the script line in the <code>&lt;head&gt;</code> of each page (once, in the site’s header template) and a widget’s tag where it should appear.',
    script: 'The script line (the integrity hash pins this exact release; change the address to where you uploaded the folder):',
    tag: 'The tag',
    notLoaded:
      'The widgets are not showing? Browsers do not run these scripts from a file opened from your computer. Upload the folder to your site, or serve it with any static web server, and open START-HERE.html from there.',
    more: 'Also in this folder',
    files: [
      ['builder/index.html', 'the embed builder: choose a widget and its options, copy the snippet (tag, placeholder or pre-rendered HTML)'],
      ['integrity.json', 'the SHA-384 hash of every file, for the <code>integrity</code> attribute'],
      ['patient-voice-widgets.zip', 'the WordPress plugin (Plugins → Add New → Upload Plugin)'],
      ['patient-voice-widgets-VERSION.tgz', 'the npm package, for developers (<code>npm install ./patient-voice-widgets-VERSION.tgz</code>)'],
    ],
  },
  fr: {
    title: 'Commencer ici',
    intro:
      'Ce dossier contient tout ce qu’il faut à un site Web pour afficher les widgets. Pas de Node, pas de compilation : téléversez le dossier <code>patient-voice/</code> sur votre site (par exemple à <code>/patient-voice/</code>), puis collez la ligne de script dans le <code>&lt;head&gt;</code> de chaque page (une fois, dans le gabarit d’en-tête du site) et la balise d’un widget là où il doit paraître.',
    script: 'La ligne de script (l’empreinte <code>integrity</code> correspond exactement à cette version; remplacez l’adresse par celle où vous avez téléversé le dossier) :',
    tag: 'La balise',
    notLoaded:
      'Les widgets ne s’affichent pas? Les navigateurs n’exécutent pas ces scripts à partir d’un fichier ouvert sur votre ordinateur. Téléversez le dossier sur votre site, ou servez-le avec un serveur Web statique, et ouvrez START-HERE.html à partir de là.',
    more: 'Aussi dans ce dossier',
    files: [
      ['builder/index.html', 'le générateur d’intégration : choisissez un widget et ses options, copiez le code (balise, espace réservé ou HTML pré-rendu)'],
      ['integrity.json', 'l’empreinte SHA-384 de chaque fichier, pour l’attribut <code>integrity</code>'],
      ['patient-voice-widgets.zip', 'l’extension WordPress (Extensions → Ajouter → Téléverser une extension)'],
      ['patient-voice-widgets-VERSION.tgz', 'le paquet npm, pour les développeurs (<code>npm install ./patient-voice-widgets-VERSION.tgz</code>)'],
    ],
  },
};

// reserve.js first: it keeps the widgets' space where `blocking` does not exist (Firefox).
export function scriptLine(version, hash, base = 'https://YOUR-SITE.example/patient-voice', reserveHash = '') {
  const reserve = `<script src="${base}/reserve.js?v=${version}"${reserveHash ? ` integrity="${reserveHash}" crossorigin="anonymous"` : ''}></script>`;
  return `${reserve}\n<script type="module" blocking="render" src="${base}/patient-voice.js?v=${version}" integrity="${hash}" crossorigin="anonymous"></script>`;
}

export function startHere({version, integrity}) {
  const hash = integrity['patient-voice/patient-voice.js'];
  const section = (lang) => {
    const t = TEXT[lang];
    return `<section lang="${lang}" aria-labelledby="h-${lang}">
  <h2 id="h-${lang}">${t.title}</h2>
  <p>${t.intro}</p>
  <p class="not-loaded" role="status">${t.notLoaded}</p>
  <p>${t.script}</p>
  <pre><code>${esc(scriptLine(version, hash, undefined, integrity['patient-voice/reserve.js']))}</code></pre>
  ${SHOWN.map(
    (w) => `<h3><code>&lt;${w.tag}&gt;</code></h3>
  <p>${t.tag}:</p>
  <pre><code>${esc(tagOf(w, lang === 'fr' ? 'fr' : ''))}</code></pre>
  <div class="live">${tagOf(w)}</div>`
  ).join('\n  ')}
  <h3>${t.more}</h3>
  <ul>${t.files.map(([f, what]) => `<li><a href="${esc(f.replace('VERSION', version))}">${esc(f.replace('VERSION', version))}</a>: ${what.replaceAll('VERSION', version)}</li>`).join('')}</ul>
</section>`;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>patient-voice-widgets ${version} — Start here / Commencer ici</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: .75rem; border-radius: .25rem; }
  .live { border: 1px dashed #888; padding: .75rem; margin-bottom: 2rem; }
  section + section { border-top: 2px solid #333; margin-top: 3rem; }
  .defined .not-loaded { display: none; }
  .not-loaded { background: #fff3cd; padding: .75rem; }
</style>
<script type="module" src="patient-voice/patient-voice.js" integrity="${hash}" crossorigin="anonymous"></script>
<script type="module">
  customElements.whenDefined('pv-referral-options').then(() => document.documentElement.classList.add('defined'));
</script>
</head>
<body>
<h1>patient-voice-widgets ${version}</h1>
<p><a href="#h-en">English</a> · <a href="#h-fr" lang="fr">Français</a></p>
${section('en')}
${section('fr')}
</body>
</html>
`;
}
