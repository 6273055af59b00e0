import type {WidgetExample} from '../../widget-example.js';

/**
 * A site's services, identity and disclosure, as its JSON child declares
 * them: two services in each category, from fictional providers (every host
 * under `.example` or `.test`). The demo page, the services example and the
 * table example all use this one object.
 */
export const SERVICES_CONFIG = {
  controller: {name: {en: 'Demo Patient Network (fictional)', fr: 'Réseau de patientes démo (fictif)'}, contact: 'privacy@demo-network.example'},
  retention: {en: 'Statistics are kept for 14 months, then deleted.', fr: 'Les statistiques sont gardées 14 mois, puis supprimées.'},
  transfer: {en: 'Canada', fr: 'Canada'},
  services: {
    'secure-forms': {
      category: 'necessary',
      name: {en: 'Donation form', fr: 'Formulaire de don'},
      provider: 'Secure Forms Test Ltd.',
      purpose: {en: 'Keeps your donation form safe.', fr: 'Protège votre formulaire de don.'},
      policy: 'https://secure-forms.test/privacy',
      cookies: [{name: 'sf_csrf', duration: {en: 'until you close the browser', fr: "jusqu'à la fermeture du navigateur"}}],
    },
    'visit-counter': {
      category: 'analytics',
      name: {en: 'Visit counter', fr: 'Compteur de visites'},
      provider: 'Northwind Metrics Inc.',
      purpose: {en: 'Counts the pages people open.', fr: 'Compte les pages que les gens ouvrent.'},
      policy: 'https://northwind-metrics.example/privacy',
      transfer: {en: 'United States', fr: 'États-Unis'},
      cookies: [{name: 'nwm_id', duration: {en: '13 months', fr: '13 mois'}}, {name: 'nwm_s*', duration: {en: '30 minutes', fr: '30 minutes'}}],
      consentMode: ['analytics_storage'],
    },
    'survey-tool': {
      category: 'analytics',
      name: {en: 'Survey tool', fr: 'Outil de sondage'},
      provider: 'Maple Surveys Ltd.',
      purpose: {en: 'Asks a few people what they think of the site.', fr: "Demande à quelques personnes ce qu'elles pensent du site."},
      policy: 'https://maple-surveys.example/privacy',
      cookies: [{name: 'ms_seen', duration: {en: '3 months', fr: '3 mois'}}],
    },
    'video-player': {
      category: 'marketing',
      name: {en: 'Patient videos', fr: 'Vidéos de patientes'},
      provider: 'Harbour Video Co.',
      purpose: {en: 'Shows videos of patients who tell their story.', fr: 'Affiche des vidéos de patientes qui racontent leur histoire.'},
      policy: 'https://harbour-video.example/privacy',
      transfer: {en: 'United States', fr: 'États-Unis'},
      cookies: [{name: 'hv_pref', duration: {en: '6 months', fr: '6 mois'}}],
    },
    'ad-partner': {
      category: 'marketing',
      name: {en: 'Ad partner', fr: 'Partenaire publicitaire'},
      provider: 'Lakeside Ads Inc.',
      purpose: {en: 'Shows our ads on other sites.', fr: "Affiche nos annonces sur d'autres sites."},
      policy: 'https://lakeside-ads.example/privacy',
      cookies: [{name: 'la_uid', duration: {en: '3 months', fr: '3 mois'}}],
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  },
};

const servicesJson = JSON.stringify(SERVICES_CONFIG);

/** Examples of <pv-consent-table>, the services-and-cookies table for a privacy policy page (tested with the banner's). */
export const consentTableExamples: WidgetExample[] = [
  {
    id: 'consent-table',
    title: 'The services-and-cookies table for the privacy policy page, from its own JSON child',
    html: `<pv-consent-table><script type="application/json">${servicesJson}</script></pv-consent-table>`,
  },
];

/**
 * Examples of <pv-consent-banner>, declared once: the demo shows them, and the
 * tests render each one in both languages and run axe on it. They carry
 * `preview`, which shows the first layer in the flow of the page and leaves
 * storage and the page's scripts alone; on a real site, leave `preview` out.
 */
export const consentBannerExamples: WidgetExample[] = [
  {
    id: 'consent-bottom',
    title: 'Opt-in bar (default), with a privacy policy link — preview',
    html: '<pv-consent-banner preview policy-url="/privacy"></pv-consent-banner>',
  },
  {
    id: 'consent-center',
    title: 'Three categories; position="center" is a modal dialog on a real page — preview',
    html: '<pv-consent-banner preview position="center" categories="functional analytics marketing" policy-url="/privacy"></pv-consent-banner>',
  },
  {
    id: 'consent-notice',
    title: 'Notice mode: the original informational notice, with a way to opt out — preview',
    html: '<pv-consent-banner preview mode="notice" policy-url="/privacy"></pv-consent-banner>',
  },
  {
    id: 'consent-services',
    title: 'Services in each category, each with its own switch, its provider, cookies and policy, and the site\'s identity (JSON configuration) — preview',
    html: `<pv-consent-banner preview policy-url="/privacy"><script type="application/json">${servicesJson}</script></pv-consent-banner>`,
  },
  {
    id: 'consent-custom',
    title: 'A custom category from the JSON configuration, with cookies and storage keys to delete on withdrawal and its Consent Mode type — preview',
    html: `<pv-consent-banner preview categories="analytics video"><script type="application/json">{"categories": {"video": {"en": {"label": "Videos", "purpose": "Shows videos hosted by another site.", "data": "Your IP address and the videos you play."}, "fr": {"label": "Vidéos", "purpose": "Affiche des vidéos hébergées par un autre site.", "data": "Votre adresse IP et les vidéos que vous lancez."}, "cookies": ["VISITOR_INFO1_LIVE", "YSC"], "localStorage": ["yt-player-*"], "consentMode": ["personalization_storage"]}, "analytics": {"cookies": ["_ga", "_ga_*"], "sessionStorage": ["stats-session"]}}}</script></pv-consent-banner>`,
  },
];
