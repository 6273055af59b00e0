// The embed builder's words in both languages: its interface, the plain-word
// label of each attribute, and the French of what the manifest says about
// each widget and attribute (custom-elements.json is English: it is made from
// the classes' comments). Data only. The French follows docs/glossary.md's
// style, and src/content-checks/french.test.ts checks it with the widgets'
// French; src/builder.test.ts checks that every attribute the builder offers
// has its French here.

export type Lang = 'en' | 'fr';

const NB = '\u00a0';

export const TEXT = {
  en: {
    uiLang: 'Language of this page',
    title: 'Embed builder',
    intro:
      'Choose a widget and its options, check the preview, then copy one of the three snippets into your site. The options come from the library’s own description of each widget, so they always match what it accepts.',
    widget: 'Widget',
    language: 'Language of the widget',
    langPage: 'The page’s language (from the page’s lang)',
    options: 'Options',
    scriptUrl: 'Address of patient-voice.js on your site',
    scriptUrlHint: 'Where you uploaded the patient-voice folder. The snippets use it; this browser remembers it.',
    preview: 'Preview',
    outputs: 'Snippets',
    outputsIntro: 'Pick the one your site allows.',
    tagForm: '1. Script and tag',
    tagHint: 'Add the script line in the page’s <head> (once, in the site’s header template), and the tag where the widget goes.',
    placeholderForm: '2. Placeholder (for editors whose CMS removes unknown tags)',
    placeholderHint:
      'Uses autoloader.js, which sits next to patient-voice.js. The text inside shows until the widget appears, and to readers without JavaScript: replace it with your own short summary.',
    prerenderForm: '3. Pre-rendered HTML (shows even before any script)',
    prerenderHint:
      'The widget as shown in the preview, in its language. With the script line on the page it becomes interactive. Make it again when you change options or when the library is updated (dates and content change).',
    prerenderBanner: 'The consent banner is not pre-rendered: use the script and tag.',
    copy: 'Copy',
    copied: 'Copied ✓',
    copiedStatus: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    defaultChoice: 'Default',
    bannerAbout:
      'The consent banner goes once per site, usually in the site’s footer or header template, not in a page’s content. In the preview it shows in its frame, as it would at the bottom of your pages; with “Cookie settings” (the pv-consent-settings widget) people can change their choice later.',
    fallback: 'Loading…',
    sriOn: 'The script lines carry the release’s integrity hash (from integrity.json): the browser runs only this exact file. Upload the folder unchanged.',
    sriOff: 'No integrity.json next to this page, so the script lines carry no integrity hash. The release’s builder adds it.',
  },
  fr: {
    uiLang: 'Langue de cette page',
    title: "Générateur d'intégration",
    intro: `Choisissez un widget et ses options, vérifiez l'aperçu, puis copiez l'un des trois codes dans votre site. Les options viennent de la description que la bibliothèque donne de chaque widget${NB}: elles correspondent toujours à ce qu'il accepte.`,
    widget: 'Widget',
    language: 'Langue du widget',
    langPage: 'La langue de la page (selon son attribut lang)',
    options: 'Options',
    scriptUrl: 'Adresse de patient-voice.js sur votre site',
    scriptUrlHint: "Là où vous avez téléversé le dossier patient-voice. Les codes l'utilisent; ce navigateur s'en souvient.",
    preview: 'Aperçu',
    outputs: 'Codes à copier',
    outputsIntro: 'Prenez celui que votre site permet.',
    tagForm: '1. Script et balise',
    tagHint: "Ajoutez la ligne de script dans le <head> de la page (une fois, dans le gabarit d'en-tête du site), et la balise là où le widget doit paraître.",
    placeholderForm: '2. Espace réservé (si votre CMS retire les balises inconnues)',
    placeholderHint: `Utilise autoloader.js, placé à côté de patient-voice.js. Le texte à l'intérieur s'affiche jusqu'à l'arrivée du widget, et pour les lecteurs sans JavaScript${NB}: remplacez-le par votre propre court résumé.`,
    prerenderForm: "3. HTML pré-rendu (s'affiche même avant tout script)",
    prerenderHint:
      "Le widget tel qu'il paraît dans l'aperçu, dans sa langue. Avec la ligne de script sur la page, il devient interactif. Refaites-le quand vous changez les options ou quand la bibliothèque est mise à jour (les dates et le contenu changent).",
    prerenderBanner: `Le bandeau de consentement n'est pas pré-rendu${NB}: utilisez le script et la balise.`,
    copy: 'Copier',
    copied: 'Copié ✓',
    copiedStatus: 'Copié dans le presse-papiers.',
    copyFailed: `Impossible de copier${NB}: sélectionnez le texte et copiez-le vous-même.`,
    defaultChoice: 'Par défaut',
    bannerAbout: `Le bandeau de consentement se place une fois par site, d'habitude dans le gabarit du pied de page ou de l'en-tête, pas dans le contenu d'une page. Dans l'aperçu, il paraît dans son cadre, comme au bas de vos pages; le bouton «${NB}Paramètres des témoins${NB}» (le widget pv-consent-settings) permet de changer son choix plus tard.`,
    fallback: 'Chargement…',
    sriOn: `Les lignes de script portent l'empreinte d'intégrité de la version (tirée d'integrity.json)${NB}: le navigateur n'exécute que ce fichier exact. Téléversez le dossier sans le modifier.`,
    sriOff: `Aucun fichier integrity.json à côté de cette page${NB}: les lignes de script n'ont donc pas d'empreinte d'intégrité. Le générateur de la version publiée l'ajoute.`,
  },
} satisfies Record<Lang, Record<string, string>>;
export type Key = keyof (typeof TEXT)['en'];

/** Plain-word labels of the attributes (the descriptions say the rest). */
export const LABELS: Record<string, Record<Lang, string>> = {
  mode: {en: 'Form', fr: 'Forme'},
  province: {en: 'Province or territory', fr: 'Province ou territoire'},
  routes: {en: 'Routes shown', fr: 'Parcours affichés'},
  'heading-level': {en: 'Heading level', fr: 'Niveau de titre'},
  compact: {en: 'Compact', fr: 'Forme courte'},
  citations: {en: 'Sources', fr: 'Sources'},
  variant: {en: 'Kind of page', fr: 'Type de page'},
  org: {en: 'Your organization’s name', fr: 'Nom de votre organisme'},
  'org-fr': {en: 'Its name in French', fr: 'Son nom en français'},
  'reviewed-by': {en: 'Reviewed by', fr: 'Révisé par'},
  'reviewed-by-fr': {en: 'Reviewed by, in French', fr: 'Révisé par, en français'},
  'reviewed-on': {en: 'Reviewed on (YYYY-MM-DD)', fr: 'Révisé le (AAAA-MM-JJ)'},
  position: {en: 'Position', fr: 'Position'},
  categories: {en: 'Optional categories', fr: 'Catégories facultatives'},
  revision: {en: 'Privacy policy revision', fr: 'Révision de la politique'},
  'expires-days': {en: 'Choice kept for (days)', fr: 'Choix conservé (jours)'},
  storage: {en: 'Where the choice is kept', fr: 'Où le choix est conservé'},
  'policy-url': {en: 'Privacy policy address', fr: 'Adresse de la politique de confidentialité'},
  'receipt-endpoint': {en: 'Consent receipt address', fr: 'Adresse du reçu de consentement'},
  'cookie-domain': {en: 'Domain shared by your sites', fr: 'Domaine commun à vos sites'},
  'allowed-origins': {en: 'Other sites gated scripts may load from', fr: 'Autres sites permis pour les scripts bloqués'},
  'settings-hint': {en: 'Where to change the choice later', fr: 'Où changer son choix plus tard'},
  theme: {en: 'Colours', fr: 'Couleurs'},
};

/** The French of one widget's manifest text: its summary, and each attribute's description and choices. */
export interface FrenchDocs {
  summary: string;
  attributes: Record<string, {description: string; choices?: Record<string, string>}>;
}

const HEADING = `Niveau des titres, de 1 à 6, ou \`none\` (paragraphes en gras).`;

/** `theme`, which every widget takes (from their base class). */
const THEME = {
  description: `Jeu de couleurs${NB}: \`auto\` (par défaut) suit le \`color-scheme\` de la page quand elle en déclare un, sinon la préférence de la personne; \`light\` ou \`dark\` le fixe.`,
  choices: {auto: 'celui de la page, sinon celui de la personne', light: 'clair', dark: 'foncé'},
};

/** What the manifest says, in French, by tag. */
export const FRENCH_DOCS: Record<string, FrenchDocs> = {
  'pv-medical-disclaimer': {
    summary: "Avis médical pour les pages de témoignages, d'information générale ou révisées par une professionnelle ou un professionnel de la santé.",
    attributes: {
      theme: THEME,
      variant: {
        description: "Quel avis afficher, selon le type de page.",
        choices: {
          story: 'témoignage (histoire vécue)',
          general: 'information générale sur la santé',
          reviewed: 'révisé par une professionnelle ou un professionnel de la santé',
        },
      },
      org: {description: "Le nom de l'organisme, inséré dans le texte. Sans lui, le texte ne nomme personne."},
      'org-fr': {description: "Le nom de l'organisme en français, s'il diffère (utilisé quand le widget est en français)."},
      'reviewed-by': {description: `Qui a révisé la page (avis «${NB}révisé${NB}»), p. ex. «${NB}Dr Sam Example, medical oncologist${NB}».`},
      'reviewed-by-fr': {description: `La même chose en français, si elle diffère, p. ex. «${NB}Dre Sam Example, oncologue médicale${NB}».`},
      'reviewed-on': {description: `La date de la révision, au format \`AAAA-MM-JJ\` (avis «${NB}révisé${NB}»).`},
      compact: {description: 'Une seule ligne courte et un bouton qui montre le texte complet.'},
      'heading-level': {description: `Niveau du titre, de 1 à 6, ou \`none\` (par défaut)${NB}: un simple paragraphe.`},
    },
  },
  'pv-rights-explainer': {
    summary: "Le droit à un deuxième avis, cité du Code de l'AMC et de l'ACPM, avec les sources.",
    attributes: {
      theme: THEME,
      compact: {description: "La phrase du Code de l'AMC dans un encadré, avec un bouton qui montre le reste."},
      citations: {
        description: 'Comment les sources sont indiquées.',
        choices: {
          footnotes: 'des renvois numérotés et une liste des sources',
          inline: 'la source nommée juste après chaque citation',
        },
      },
      'heading-level': {description: `${HEADING} Par défaut${NB}: 2.`},
      province: {description: `Code à deux lettres de la province ou du territoire de la personne. \`QC\` ajoute la section sur le Québec.`},
    },
  },
  'pv-referral-options': {
    summary: 'Les parcours vers un deuxième avis, un guide qui les met en ordre et les ressources de chaque province.',
    attributes: {
      theme: THEME,
      mode: {
        description: 'Comment les parcours sont présentés.',
        choices: {
          list: 'tous les parcours',
          guide: 'quelques questions, puis les parcours dans le bon ordre pour la personne',
        },
      },
      province: {description: 'Code à deux lettres de la province ou du territoire. Sans lui, la personne choisit dans une liste.'},
      routes: {description: `Les parcours à montrer, dans l'ordre, séparés par des espaces${NB}: \`family-doctor specialist walk-in insurance\`. Vide${NB}: tous.`},
      'heading-level': {description: `Niveau du titre principal, de 1 à 6 (par défaut 2), ou \`none\`. Les sections et les fiches prennent les niveaux suivants.`},
      compact: {description: "Seulement le titre de chaque parcours; chacun s'ouvre au besoin."},
    },
  },
  'pv-consent-banner': {
    summary: 'Consentement aux témoins et au traitement des données, pour la Loi 25 et la LPRPDE.',
    attributes: {
      theme: THEME,
      mode: {
        description: 'Le type de bandeau.',
        choices: {
          'opt-in': "rien de facultatif n'est activé sans accord",
          notice: "un simple avis; les catégories facultatives sont permises jusqu'à un refus",
        },
      },
      position: {
        description: 'Où le bandeau paraît.',
        choices: {
          bottom: 'une barre fixe au bas de la page, qui ne bloque pas la page',
          center: 'une boîte de dialogue au centre, qui bloque la page',
        },
      },
      categories: {description: `Les catégories facultatives offertes, séparées par des espaces${NB}: \`functional\`, \`analytics\`, \`marketing\`, ou celles que définit l'enfant JSON.`},
      revision: {description: 'La révision de la politique de confidentialité. La changer redemande le consentement à tout le monde.'},
      'expires-days': {description: 'Combien de jours un choix est gardé (de 1 à 395, 182 par défaut).'},
      storage: {
        description: 'Où le choix est gardé.',
        choices: {
          cookie: 'un témoin propre au site, `pv_consent`',
          local: 'le stockage local du navigateur (`localStorage`)',
        },
      },
      'policy-url': {description: 'La politique de confidentialité du site (adresse http(s) ou relative).'},
      'receipt-endpoint': {description: "Où envoyer un reçu de consentement après chaque choix (sans témoin ni référent; voir le README)."},
      'allowed-origins': {description: `Les origines, en plus de celle du site, d'où les scripts, intégrations et objets bloqués peuvent se charger, séparées par des espaces (p. ex. \`https://stats.example.org\`).`},
      'cookie-domain': {description: `Un domaine parent de ce site (p. ex. \`example.org\`) où garder le témoin \`pv_consent\`, pour que ses sous-domaines partagent un seul choix.`},
      'settings-hint': {description: `Une phrase du premier niveau qui dit où changer le choix plus tard (par défaut${NB}: «${NB}Paramètres des témoins${NB}», au bas de la page).`},
      'heading-level': {description: `${HEADING} Par défaut${NB}: 2.`},
    },
  },
  'pv-consent-settings': {
    summary: `Bouton «${NB}Paramètres des témoins${NB}» qui rouvre les préférences de consentement.`,
    attributes: {theme: THEME},
  },
  'pv-consent-table': {
    summary: 'Le tableau des services et des témoins, pour la page de la politique de confidentialité.',
    attributes: {theme: THEME},
  },
};
