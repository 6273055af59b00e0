import type {WidgetExample} from '../../widget-example.js';

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
    id: 'consent-custom',
    title: 'A custom category from the JSON configuration, with cookies and storage keys to delete on withdrawal and its Consent Mode type — preview',
    html: `<pv-consent-banner preview categories="analytics video"><script type="application/json">{"categories": {"video": {"en": {"label": "Videos", "purpose": "Shows videos hosted by another site.", "data": "Your IP address and the videos you play."}, "fr": {"label": "Vidéos", "purpose": "Affiche des vidéos hébergées par un autre site.", "data": "Votre adresse IP et les vidéos que vous lancez."}, "cookies": ["VISITOR_INFO1_LIVE", "YSC"], "localStorage": ["yt-player-*"], "consentMode": ["personalization_storage"]}, "analytics": {"cookies": ["_ga", "_ga_*"], "sessionStorage": ["stats-session"]}}}</script></pv-consent-banner>`,
  },
];
