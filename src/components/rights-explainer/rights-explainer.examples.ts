import type {WidgetExample} from '../../widget-example.js';

/**
 * Every example of <pv-rights-explainer>, declared once: the demo shows them
 * with their snippet, and the tests render each one in both languages and run
 * axe on it.
 */
export const rightsExplainerExamples: WidgetExample[] = [
  {
    id: 'rights-full',
    title: 'Full, with numbered footnotes (default)',
    html: '<pv-rights-explainer></pv-rights-explainer>',
  },
  {
    id: 'rights-full-inline',
    title: 'Full, with the source named after each quote',
    html: '<pv-rights-explainer citations="inline" heading-level="3"></pv-rights-explainer>',
  },
  {
    id: 'rights-compact',
    title: 'Compact callout with a button that reveals the rest',
    html: '<pv-rights-explainer compact></pv-rights-explainer>',
  },
  {
    id: 'rights-compact-inline',
    title: 'Compact, inline sources, no headings',
    html: '<pv-rights-explainer compact citations="inline" heading-level="none"></pv-rights-explainer>',
  },
  {
    id: 'rights-quebec',
    title: 'For Quebec (province="QC"): section 98 of the Code of ethics of physicians',
    html: '<pv-rights-explainer province="QC"></pv-rights-explainer>',
  },
];
