/**
 * The one list of the library's widgets: widget name → its tags.
 *
 * The name is the widget's folder under `src/components/`, and everything
 * else is found by it:
 *
 *   src/components/<name>/define.ts          registers its tags (`patient-voice-widgets/<name>.js`, dist/cdn/<name>.js)
 *   src/components/<name>/<name>.ts          its public module: the classes and types it exports
 *   src/components/<name>/<name>.examples.ts its examples, exported as `<camelCaseName>Examples`
 *   src/generated/locales/fr/<name>.ts       its French (written by scripts/split-locales.mjs)
 *   src/components/<name>/first.ts           optional: dist/cdn/<name>.js starts here and loads the rest when needed
 *
 * The first tag is `pv-<name>`, and a placeholder `<div data-pv-widget>`
 * takes a tag without its `pv-`. `npm run build` writes src/generated/widgets/
 * from this list (the static imports that the autoloader, index.ts,
 * classes.ts and examples.ts need); the French split, the server renderer,
 * the rollup config and the WordPress build read it too.
 *
 * Data only, and no imports: Node scripts load this file as it is
 * (scripts/widgets.mjs).
 */
export const WIDGETS = {
  'medical-disclaimer': ['pv-medical-disclaimer'],
  'rights-explainer': ['pv-rights-explainer'],
  'referral-options': ['pv-referral-options'],
  'consent-banner': ['pv-consent-banner', 'pv-consent-settings', 'pv-consent-table'],
} as const satisfies Readonly<Record<string, readonly `pv-${string}`[]>>;

export type WidgetName = keyof typeof WIDGETS;
export type WidgetTag = (typeof WIDGETS)[WidgetName][number];
