/**
 * Built-in consent categories of <pv-consent-banner>, with their purpose and
 * the data they collect, in English and French (through `msg()`).
 *
 * Source of the data lists: the data-processing notice of the site this
 * project grew from (content/FACTS.md §5): location; operating system type
 * and version; browser type and version; device type and screen resolution;
 * where the visitor came from (site or advertisement); language of the
 * operating system and browser; pages opened and buttons pressed; IP address —
 * for site functioning, retargeting, and statistical surveys and reviews.
 * Checked 2026-11-24; the data lists were reworded in short sentences
 * (one kind of data each) on 2026-12-01, with the same data.
 */
import {msg} from '@lit/localize';

/** The texts a category shows in the preferences dialog. */
export interface CategoryText {
  /** The switch's label, e.g. "Statistics". */
  label: string;
  /** What the category is for, one sentence. */
  purpose: string;
  /** The data it collects, one sentence. */
  data: string;
}

/** The optional categories the library knows. `necessary` is always on and not a choice. */
export const BUILT_IN_CATEGORIES = ['functional', 'analytics', 'marketing'] as const;
export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];

/** The categories offered when the `categories` attribute is absent. */
export const DEFAULT_CATEGORIES: readonly string[] = ['analytics', 'marketing'];

/**
 * The always-on category's texts. Call during a render or inside
 * `withLocale()`. `site`: the site's own purpose and data (each in both
 * languages, from the JSON configuration), in place of the built-in ones.
 */
export function necessaryText(site?: {purpose?: {en: string; fr: string}; data?: {en: string; fr: string}}, lang: 'en' | 'fr' = 'en'): CategoryText {
  return {
    label: msg('Strictly necessary'),
    purpose: site?.purpose?.[lang] ?? msg('Makes the site work and remembers the choices you make here. It cannot be turned off.'),
    data: site?.data?.[lang] ?? msg('Your consent choices, kept in a cookie on this site or in your browser.'),
  };
}

/** A built-in category's texts, in the locale `msg()` answers in now. */
export function builtInText(id: BuiltInCategory): CategoryText {
  switch (id) {
    case 'functional':
      return {
        label: msg('Functional'),
        purpose: msg('Helps the site work better for you, for example by remembering your settings.'),
        data: msg('The language of your system and browser. Your type of device and its screen size.'),
      };
    case 'analytics':
      return {
        label: msg('Statistics'),
        purpose: msg('Helps us understand how the site is used, through statistics, surveys and reviews.'),
        data: msg(
          'The pages you open and the buttons you press. Your operating system and browser, and their versions. Your type of device and its screen size. The site or ad you came from. Your approximate location and IP address.'
        ),
      };
    default:
      return {
        label: msg('Marketing'),
        // The risk said plainly: on a health site, an ad partner learns what a person reads about.
        purpose: msg('Lets us and our advertising partners show you our ads on other sites (retargeting). These partners can learn that you read pages about a health topic, such as breast cancer.'),
        data: msg('The pages you visit here. The site or ad you came from. Your IP address and approximate location.'),
      };
  }
}
