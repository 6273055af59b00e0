import type {WidgetExample} from '../../widget-example.js';

/**
 * Every example of <pv-medical-disclaimer>, declared once: the demo shows
 * them with their snippet, and the tests render each one in both languages
 * and run axe on it.
 */
export const medicalDisclaimerExamples: WidgetExample[] = [
  {
    id: 'disclaimer-general',
    title: 'General health information (default)',
    html: '<pv-medical-disclaimer></pv-medical-disclaimer>',
  },
  {
    id: 'disclaimer-general-org',
    title: 'General, with the organization named',
    html: '<pv-medical-disclaimer variant="general" org="Canadian Breast Cancer Network" org-fr="Réseau canadien du cancer du sein"></pv-medical-disclaimer>',
  },
  {
    id: 'disclaimer-story',
    title: 'Personal story, with a heading',
    html: '<pv-medical-disclaimer variant="story" org="Canadian Breast Cancer Network" org-fr="Réseau canadien du cancer du sein" heading-level="2"></pv-medical-disclaimer>',
  },
  {
    id: 'disclaimer-reviewed',
    title: 'Medically reviewed',
    html: '<pv-medical-disclaimer variant="reviewed" reviewed-by="Dr. Sam Example, medical oncologist" reviewed-by-fr="Dre Sam Example, oncologue médicale" reviewed-on="2026-03-31"></pv-medical-disclaimer>',
  },
  {
    id: 'disclaimer-compact',
    title: 'Compact, with extra text in the slot',
    html: '<pv-medical-disclaimer variant="story" compact><p>Extra text from the site goes here.</p></pv-medical-disclaimer>',
  },
];
