import type {WidgetExample} from '../../widget-example.js';

/**
 * Every example of <pv-referral-options>, declared once: the demo shows them
 * with their snippet, and the tests render each one in both languages and run
 * axe on it.
 */
export const referralOptionsExamples: WidgetExample[] = [
  {
    id: 'referral-list',
    title: 'All routes, with a province picker (default)',
    html: '<pv-referral-options></pv-referral-options>',
  },
  {
    id: 'referral-guide',
    title: 'Guide: a few questions put the routes in order',
    html: '<pv-referral-options mode="guide"></pv-referral-options>',
  },
  {
    id: 'referral-province',
    title: 'For one province (Ontario)',
    html: '<pv-referral-options province="ON" heading-level="3"></pv-referral-options>',
  },
  {
    id: 'referral-compact',
    title: 'Compact, two routes in a chosen order',
    html: '<pv-referral-options compact routes="walk-in family-doctor" province="NS"></pv-referral-options>',
  },
  {
    id: 'referral-partner',
    title: 'With a partner\u2019s own resource added (JSON child)',
    html: `<pv-referral-options province="MB">
  <script type="application/json">
    {"provinces": {"MB": {"addFamilyDoctor": [
      {"name": {"en": "Example Patient Navigation", "fr": "Navigation Exemple"},
       "phones": [{"number": "555-0100"}],
       "url": "https://example.org/navigation",
       "checked": "2026-11-01"}
    ]}}}
  </script>
</pv-referral-options>`,
  },
];
