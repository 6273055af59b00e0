/**
 * The banner's first layer and the frame around it, as plain lit-html
 * templates: rendered by the element (consent-banner.ts) and, before Lit's
 * element layer has loaded, by the script tag's first step
 * (first.ts). Both render the same templates into the same shadow
 * root, so when the element takes over, lit-html updates the first layer in
 * place: the same nodes, the same focus, no second announcement.
 */
import {html, nothing, type TemplateResult} from 'lit-html';
import {msg, str} from '@lit/localize';
import {heading, type HeadingLevel} from '../../internal/heading.js';

/** What a first-layer button does (its `data-pv-action`). */
export type LayerAction = 'accept-all' | 'reject-all' | 'choose' | 'close';

/** What the first layer shows. */
export interface LayerState {
  notice: boolean;
  level: HeadingLevel;
  /** The privacy policy's URL, already checked. */
  policy?: string;
  /** The `settings-hint` attribute, if any. */
  hint?: string;
  /** The organisation that asks, in the rendering language (`''`: none). */
  org: string;
  gpc: boolean;
  unremembered: boolean;
}

/** What the first step hands to the element that takes over: the button pressed meanwhile, and where focus was before. */
export interface Handover {
  action?: LayerAction;
  before: HTMLElement | null;
}

/** Banners whose first layer the first step rendered, until their element takes over. */
export const handovers = new WeakMap<Element, Handover>();

/** A button of the banner; `run` gets its action. */
export function button(label: string, action: string, run: () => void): TemplateResult {
  // Focused when pressed, in every browser (Safari does not focus a clicked button): a decision then knows it was made here.
  return html`<button type="button" part="button button-${action}" data-pv-action=${action} @click=${(e: Event) => ((e.currentTarget as HTMLElement).focus(), run())}>${label}</button>`;
}

/** The first layer's text and buttons. */
export function firstLayer(s: LayerState, act: (action: LayerAction) => void): TemplateResult {
  const {notice, org} = s;
  // Where to change the choice later (the site says where its button is), then the policy.
  const end = html`<span part="settings-hint">${s.hint?.trim() || msg('To change your mind: Cookie settings, at the bottom of the page.')}</span>${s.policy
    ? html` <a href=${s.policy}>${msg('Privacy policy')}</a>`
    : nothing}`;
  const run = (action: LayerAction) => () => act(action);
  // The text scrolls inside the bar if it must (large text, a landscape phone); the buttons never do.
  return html`<div class="text">
      ${heading(s.level, 'title', 'title', notice ? msg('How this site uses your data') : msg('Cookies and your privacy'))}
      ${notice
        ? html`<p>${org
              ? msg(str`${org} and its partners collect data about your visit. If you keep using the site, you agree to this. They collect:`)
              : msg('This site and its partners collect data about your visit. If you keep using the site, you agree to this. They collect:')}</p>
          <ul class="data-list">
            <li>${msg('your approximate location and IP address')}</li>
            <li>${msg('your operating system, browser and device, and its screen size')}</li>
            <li>${msg('the site or ad you came from')}</li>
            <li>${msg('the languages of your system and browser')}</li>
            <li>${msg('the pages you open and the buttons you press')}</li>
          </ul>
          <p>${msg('This data is used to make the site work, for statistics, surveys and reviews, and to show you our ads on other sites (retargeting). You can turn these uses off at any time.')}</p>
          <p>${end}</p>`
        : // Short enough for a phone: the categories and what they collect are one tap away, in the dialog.
          html`<p>${org ? msg(str`${org} keeps optional cookies off unless you allow them.`) : msg('Optional cookies stay off unless you allow them.')} ${end}</p>`}
      ${s.gpc ? html`<p class="note">${msg('Your browser sent a Global Privacy Control signal: marketing stays off unless you turn it on yourself.')}</p>` : nothing}
      ${s.unremembered ? html`<p class="note">${msg('This browser does not let the site remember your choice, so it will apply to this visit only.')}</p>` : nothing}
      </div>
      <div class="actions" part="actions">
        ${(notice
          ? [button(msg('Got it'), 'close', run('close')), button(msg('Manage choices'), 'choose', run('choose'))]
          : [button(msg('Accept all'), 'accept-all', run('accept-all')), button(msg('Reject all'), 'reject-all', run('reject-all')), button(msg('Choose'), 'choose', run('choose'))])}
      </div>
    `;
}

/** A polite live region, always there (so that it is announced); `text` shows in it for a few seconds after a choice. */
export function statusRegion(text: string): TemplateResult {
  return html`<div class="status-region" role="status">${text ? html`<p class="status" part="status">${text}</p>` : nothing}</div>`;
}

/** The frame: the first layer as a modal dialog (`modal`) or a bar, the preferences dialog, the live region. */
export function frame(
  modal: boolean,
  inline: boolean,
  open: boolean,
  layer: TemplateResult,
  prefs: unknown,
  status: TemplateResult,
  on: {cancel: (e: Event) => void; close: () => void}
): TemplateResult {
  // One template per position, the first layer's container inside it: each
  // template costs its preparation before the banner can show.
  return modal
    ? html`<dialog class="layer" part="banner" aria-labelledby="title" @cancel=${on.cancel}>${layer}</dialog>
        <dialog class="prefs" part="preferences" aria-labelledby="prefs-title" @close=${on.close}>${prefs}</dialog>
        ${status}`
    : html`<section class="bar ${inline ? 'inline' : ''}" part="banner" aria-labelledby="title" ?hidden=${!open}>
          <div class="inner">${layer}</div>
        </section>
        <dialog class="prefs" part="preferences" aria-labelledby="prefs-title" @close=${on.close}>${prefs}</dialog>
        ${status}`;
}
