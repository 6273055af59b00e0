import {html, nothing, isServer, type TemplateResult} from 'lit';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {watchJsonConfig} from '../../internal/json-config.js';
import type {TableData} from './consent-services-view.js';

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
  private _data?: TableData;
  private _stopJson?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Everything but the element itself (reading, warnings, rendering) loads apart from the banner's first layer.
    this._loading ??= import('./consent-services-view.js').then(
      (view) => {
        this._view = view;
        view.adoptViewStyles(this.renderRoot, PvConsentTable.elementStyles);
        this._read();
      },
      // Not loaded (the network failed): nothing shown; connecting again tries again.
      () => void (this._loading = undefined)
    );
    this._stopJson = watchJsonConfig(this, () => this._read());
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this._read(), {once: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopJson?.();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this._loading;
    return super.getUpdateComplete();
  }

  /** Reads the configuration again: its own JSON child, else the page's banner's. */
  private _read(): void {
    if (!this._view) return;
    this._data = this._view.readTable(this, (key, text) => this.warnOnce(key, text));
    this.requestUpdate();
  }

  protected override render(): TemplateResult | typeof nothing {
    return this._view && this._data ? html`<div>${this._view.servicesTable(this._data)}</div>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-consent-table': PvConsentTable;
  }
}
