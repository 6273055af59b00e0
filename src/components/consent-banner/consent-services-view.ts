/**
 * What the preferences dialog and `<pv-consent-table>` show about services
 * and the site: each service in a disclosure (closed until opened, so the
 * dialog's first view stays short), the site's identity and disclosure, and
 * the full table for a privacy policy page. Loaded with `import()` when the
 * dialog first opens or a table connects: the bar never waits for it.
 * Renders only; every text comes in both languages from the configuration.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {addFrench, currentLocale, type PvLocale} from '../../internal/locale.js';
import {templates as french} from '../../generated/locales/fr/consent-services-view.js';
import {adoptStylesIn} from '../../internal/styles.js';
import {isRecord, own, readJsonConfig} from '../../internal/json-config.js';
import {BUILT_IN_CATEGORIES, builtInText, necessaryText, type BuiltInCategory} from '../../content/consent-categories.js';
import {readConsentConfig, readServices, readSite, type ConfigProblem, type ConsentService, type ConsentSite, type CustomCategory, type LocalText} from './consent-config.js';
import {configWarning} from './consent-warnings.js';

// Its French comes with it (scripts/split-locales.mjs): the bar's chunk does not carry it.
addFrench(french);

export const viewStyles = css`
  .services {
    margin-block: calc(var(--_space) * 0.5) 0;
  }
  /* A list item, so that it keeps the browser's disclosure triangle; a 44 px target. */
  .services summary {
    display: list-item;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    min-block-size: 44px;
    padding-block: 0.5em;
  }
  .services ul {
    list-style: none;
    margin: 0;
    padding-inline-start: calc(var(--_space) * 1.25);
  }
  .services li {
    border-block-start: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.5);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 calc(var(--_space) * 0.25);
  }
  .site {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block: calc(var(--_space) * 0.5);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_border);
    padding: calc(var(--_space) * 0.375);
    /* Long cookie names wrap, but never a word of the headings. */
    overflow-wrap: break-word;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1em;
  }
`;

/** Adds the view's styles to a banner's or table's shadow root (in its own document, see `adoptStylesIn`). */
export function adoptViewStyles(root: HTMLElement | DocumentFragment, elementStyles: readonly import('lit').CSSResultOrNative[]): void {
  if (root instanceof ShadowRoot) adoptStylesIn(root, [...elementStyles, viewStyles]);
}

const t = (text: LocalText | undefined, lang: PvLocale) => (text ? text[lang] : '');

/** A cookie and how long it lasts: `_ga* (13 months)`. */
function cookie(c: ConsentService['cookies'][number], lang: PvLocale): string {
  const duration = t(c.duration, lang);
  return duration ? `${c.name} (${duration})` : c.name;
}

/** Where a service's data goes: its own `transfer`, else the site's, else nothing said. */
const transferOf = (s: ConsentService, site: ConsentSite, lang: PvLocale) => t(s.transfer ?? site.transfer, lang);

/** The facts of one service, as a description list. */
function facts(s: ConsentService, site: ConsentSite, lang: PvLocale, id: string): TemplateResult {
  const name = t(s.name, lang);
  const transfer = transferOf(s, site, lang);
  return html`<dl id=${id}>
    ${s.provider ? html`<dt>${msg('Provider')}</dt><dd>${t(s.provider, lang)}</dd>` : nothing}
    ${s.purpose ? html`<dt>${msg('What it does')}</dt><dd>${t(s.purpose, lang)}</dd>` : nothing}
    <dt>${msg('Cookies')}</dt>
    <dd>${s.cookies.length ? s.cookies.map((c) => cookie(c, lang)).join(', ') : msg('None')}</dd>
    ${transfer ? html`<dt>${msg('Where your data goes')}</dt><dd>${transfer}</dd>` : nothing}
    ${s.policy ? html`<dt>${msg('Privacy policy')}</dt><dd><a href=${s.policy}>${msg(str`${name}: privacy policy`)}</a></dd>` : nothing}
  </dl>`;
}

/**
 * A category's services in the dialog, in a disclosure: each with its own
 * switch (`fixed`: shown on and disabled, for `necessary`) and its facts.
 */
export function servicesList(
  services: readonly ConsentService[],
  draft: Readonly<Record<string, boolean>>,
  fixed: boolean,
  site: ConsentSite,
  lang: PvLocale,
  toggle: (id: string, on: boolean) => void
): TemplateResult {
  const count = services.length;
  return html`<details class="services">
    <summary>${msg(str`Services (${count})`)}</summary>
    <ul role="list">
      ${services.map(
        (s) => html`<li>
          <div class="switch">
            <input type="checkbox" role="switch" id="s-${s.id}" aria-describedby="sd-${s.id}" .checked=${fixed || own(draft, s.id) === true} ?disabled=${fixed}
              @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
            <label for="s-${s.id}">${t(s.name, lang)}</label>
          </div>
          ${facts(s, site, lang, `sd-${s.id}`)}
        </li>`
      )}
    </ul>
  </details>`;
}

/** The site's identity and the rest of the disclosure, below the categories. `days`: how long the choice is kept. */
export function siteInfo(site: ConsentSite, days: number, lang: PvLocale): TemplateResult {
  const c = site.controller;
  const contact = c?.contact;
  return html`<dl class="site">
    ${c
      ? html`<dt>${msg('Who is responsible for your data')}</dt>
          <dd>${t(c.name, lang)}${contact ? html` · <a href=${contact}>${contact.startsWith('mailto:') ? contact.slice(7) : msg('Contact us')}</a>` : nothing}</dd>`
      : nothing}
    ${site.retention ? html`<dt>${msg('How long your data is kept')}</dt><dd>${t(site.retention, lang)}</dd>` : nothing}
    ${site.transfer ? html`<dt>${msg('Where your data goes')}</dt><dd>${t(site.transfer, lang)}</dd>` : nothing}
    <dt>${msg('If you say no')}</dt>
    <dd>${site.refusal ? t(site.refusal, lang) : msg('The site works the same. Only what you refuse stays off.')}</dd>
    <dt>${msg('How long we keep your choice')}</dt>
    <dd>${msg(str`${days} days. Then we ask you again.`)}</dd>
  </dl>`;
}

/** What `<pv-consent-table>` shows: the categories' own texts, the services and the site. */
export interface TableData {
  custom: Record<string, CustomCategory>;
  services: ConsentService[];
  site: ConsentSite;
}

/**
 * Reads a table's configuration: its own JSON child when it has one (its
 * problems warned through `warn`), else the page's banner's (whose problems
 * the banner reports).
 */
export function readTable(host: Element, warn: (key: string, text: () => string) => void): TableData {
  const mine = readJsonConfig(host);
  const banner = mine ? undefined : document.querySelector('pv-consent-banner');
  const json = mine ?? (banner ? readJsonConfig(banner) : undefined);
  const problem = mine ? (p: ConfigProblem) => warn(...configWarning(p)) : () => undefined;
  if (mine && !mine.ok) {
    const error = mine.error;
    warn('json', () => msg(str`The JSON configuration is not valid JSON (${error}). No services are shown.`));
  }
  const value = json?.ok ? json.value : undefined;
  const custom = isRecord(own(isRecord(value) ? value : undefined, 'categories')) ? readConsentConfig(value, problem) : {};
  const known = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(custom)])];
  const services = Object.values(readServices(value, known, problem));
  if (!services.length && (!mine || mine.ok)) {
    warn('no-services', () => msg('No services to show: give this table a JSON child with "services", or put a consent banner with them on the page.'));
  }
  return {custom, services, site: readSite(value, problem)};
}

/** A category's name, in the locale `msg()` answers in now. */
function categoryLabel(id: string, custom: Record<string, CustomCategory>, lang: PvLocale): string {
  if (id === 'necessary') return necessaryText().label;
  const own_ = own(custom, id);
  const base = (BUILT_IN_CATEGORIES as readonly string[]).includes(id) ? builtInText(id as BuiltInCategory).label : id;
  return (lang === 'fr' ? own_?.fr?.label : undefined) ?? own_?.en?.label ?? base;
}

/** The full table of services and cookies, one table per category (strictly necessary first), in the locale `msg()` answers in now. */
export function servicesTable({custom, services, site}: TableData): TemplateResult {
  const lang = currentLocale();
  if (!services.length) return html`<p>${msg('This site lists no services.')}</p>`;
  const ids = [...new Set(['necessary', ...services.map((s) => s.category)])];
  const groups = ids.map((id) => ({id, label: categoryLabel(id, custom, lang), services: services.filter((s) => s.category === id)}));
  return html`${site.controller ? html`<p>${msg(str`Who is responsible for your data: ${t(site.controller.name, lang)}.`)}</p>` : nothing}
    ${groups
      .filter((g) => g.services.length)
      .map(
        (g) => html`<table part="table">
          <caption>${g.label}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Service')}</th>
              <th scope="col">${msg('Provider')}</th>
              <th scope="col">${msg('What it does')}</th>
              <th scope="col">${msg('Cookies and how long they last')}</th>
              <th scope="col">${msg('Where your data goes')}</th>
            </tr>
          </thead>
          <tbody>
            ${g.services.map(
              (s) => html`<tr>
                <th scope="row">${s.policy ? html`<a href=${s.policy}>${t(s.name, lang)}</a>` : t(s.name, lang)}</th>
                <td>${t(s.provider, lang)}</td>
                <td>${t(s.purpose, lang)}</td>
                <td>${s.cookies.length ? html`<ul>${s.cookies.map((c) => html`<li>${cookie(c, lang)}</li>`)}</ul>` : msg('None')}</td>
                <td>${transferOf(s, site, lang) || msg('Not stated')}</td>
              </tr>`
            )}
          </tbody>
        </table>`
      )}`;
}
