import {css, html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {consent, hasBanner} from './consent-api.js';

/**
 * A button, anywhere on the page (often in the footer), that reopens the
 * consent preferences of the page's `<pv-consent-banner>`, so that consent
 * can be withdrawn as easily as it was given.
 *
 * @tagname pv-consent-settings
 * @summary "Cookie settings" button that reopens the consent preferences.
 *
 * @csspart button - The button.
 *
 * @cssproperty --pv-color-accent - The button's colour.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 */
export class PvConsentSettings extends PvElement {
  static override styles = [baseStyles, css`:host { display: inline-block; }`];

  private _open(): void {
    if (!hasBanner()) {
      this.warnOnce('no-banner', () => msg('There is no consent banner on this page, so this button cannot open the choices.'));
    }
    consent.show();
  }

  protected override render(): TemplateResult {
    return html`<button type="button" part="button" @click=${this._open}>${msg('Cookie settings')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-consent-settings': PvConsentSettings;
  }
}
