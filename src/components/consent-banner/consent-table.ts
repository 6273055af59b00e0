import {html, nothing, isServer, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {currentLocale} from '../../internal/locale.js';
import {isRecord, own, readJsonConfig, watchJsonConfig} from '../../internal/json-config.js';
import {BUILT_IN_CATEGORIES, builtInText, necessaryText, type BuiltInCategory} from '../../content/consent-categories.js';
import {readConsentConfig, readServices, readSite, type ConfigProblem, type ConsentService, type ConsentSite, type CustomCategory} from './consent-config.js';
import {configWarning} from './consent-warnings.js';

/**
 * The full table of the site's services and their cookies, for its privacy
 * policy page, in the page's language: one table per category (strictly
 * necessary first), each service with its provider, what it does, its
 * cookies and how long they last, where its data goes and a link to its
 * privacy policy.
 *
 * It reads the same JSON configuration as the banner: its own
 * `<script type="application/json">` child when it has one, else the one of
 * the page's `<pv-consent-banner>`. Its rendering loads when it connects,
 * apart from the banner's first layer.
 *
 * @tagname pv-consent-table
 * @summary The services-and-cookies table for a privacy policy page.
 *
 * @csspart table - Each category's table.
 *
 * @cssproperty --pv-color-text - Text colour.
 * @cssproperty --pv-color-border - Table borders.
 * @cssproperty --pv-color-accent - Links.
 * @cssproperty --pv-space - Base spacing unit.
 */
export class PvConsentTable extends PvElement {
  static override styles = [baseStyles];

  private _view?: typeof import('./consent-services-view.js');
  private _loading?: Promise<void>;
  private _custom: Record<string, CustomCategory> = {};
  private _services: ConsentService[] = [];
  private _site: ConsentSite = {};
  private _stopJson?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this._read();
    this._stopJson = watchJsonConfig(this, () => (this._read(), this.requestUpdate()));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => (this._read(), this.requestUpdate()), {once: true});
    this._loading ??= import('./consent-services-view.js').then((view) => {
      this._view = view;
      view.adoptViewStyles(this.renderRoot, PvConsentTable.elementStyles);
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopJson?.();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this._loading;
    return super.getUpdateComplete();
  }

  /** Reads the configuration: its own JSON child, else the page's banner's (whose problems the banner reports). */
  private _read(): void {
    if (isServer) return;
    const mine = readJsonConfig(this);
    const banner = mine ? undefined : document.querySelector('pv-consent-banner');
    const json = mine ?? (banner ? readJsonConfig(banner) : undefined);
    const warn = mine ? (p: ConfigProblem) => this.warnOnce(...configWarning(p)) : () => undefined;
    if (mine && !mine.ok) {
      const error = mine.error;
      this.warnOnce('json', () => msg(str`The JSON configuration is not valid JSON (${error}). No services are shown.`));
    }
    const value = json?.ok ? json.value : undefined;
    this._custom = isRecord(own(isRecord(value) ? value : undefined, 'categories')) ? readConsentConfig(value, warn) : {};
    const known = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(this._custom)])];
    this._services = Object.values(readServices(value, known, warn));
    this._site = readSite(value, warn);
    if (!this._services.length && (!mine || mine.ok)) {
      this.warnOnce('no-services', () => msg('No services to show: give this table a JSON child with "services", or put a consent banner with them on the page.'));
    }
  }

  /** A category's name, in the locale `msg()` answers in now. */
  private _label(id: string): string {
    if (id === 'necessary') return necessaryText().label;
    const custom = own(this._custom, id);
    const lang = currentLocale();
    const base = (BUILT_IN_CATEGORIES as readonly string[]).includes(id) ? builtInText(id as BuiltInCategory).label : id;
    return (lang === 'fr' ? custom?.fr?.label : undefined) ?? custom?.en?.label ?? base;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this._view) return nothing;
    const ids = [...new Set(['necessary', ...this._services.map((s) => s.category)])];
    const groups = ids.map((id) => ({id, label: this._label(id), services: this._services.filter((s) => s.category === id)}));
    return html`<div>${this._view.servicesTable(groups, this._site, currentLocale())}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-consent-table': PvConsentTable;
  }
}
