import {html, nothing, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {heading, type HeadingLevel} from '../../internal/heading.js';
import {emit, type ConsentMethod} from '../../internal/events.js';
import {currentLocale} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';
import {readJsonConfig, isRecord} from '../../internal/json-config.js';
import {BUILT_IN_CATEGORIES, DEFAULT_CATEGORIES, builtInText, necessaryText, type BuiltInCategory, type CategoryText} from '../../content/consent-categories.js';
import {
  DEFAULT_EXPIRES_DAYS,
  MAX_EXPIRES_DAYS,
  clearConsent,
  createRecord,
  deleteCookies,
  readConsent,
  readConsentAsync,
  staleReason,
  writeConsent,
  type ConsentChoices,
  type ConsentRecord,
  type ReadResult,
  type StorageKind,
} from './consent-store.js';
import {applyGate, watchGate, type GateHooks, type GateProblem} from './script-gate.js';
import {attach, detach, notify, type ConsentController} from './consent-api.js';
import {consentStyles} from './consent-banner.styles.js';

export {consent, type ConsentApi} from './consent-api.js';

export const CONSENT_MODES = ['opt-in', 'notice'] as const;
export const CONSENT_POSITIONS = ['bottom', 'center'] as const;
export const CONSENT_STORAGES = ['cookie', 'local'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];
export type ConsentPosition = (typeof CONSENT_POSITIONS)[number];

/** A category defined or completed by the JSON configuration. */
interface CustomCategory {
  en?: Partial<CategoryText>;
  fr?: Partial<CategoryText>;
  cookies: string[];
}

type GtagWindow = Window & {gtag?: (...args: unknown[]) => void; dataLayer?: unknown[]};

/** The element with focus, looking inside shadow roots. */
function deepActive(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

function pickText(value: unknown): Partial<CategoryText> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<CategoryText> = {};
  for (const key of ['label', 'purpose', 'data'] as const) if (typeof value[key] === 'string') out[key] = value[key];
  return out;
}

/**
 * A consent manager for health sites: opt-in by default (Quebec's Law 25,
 * PIPEDA), three equal buttons, a preferences dialog, a remembered choice that
 * is asked again on expiry or a new policy revision, gating of the site's
 * trackers, Global Privacy Control and Google Consent Mode v2.
 *
 * Put it first in `<body>`, once per page. Gate the site's trackers with
 * `data-pv-consent` (see the README); read or change the choice with
 * `window.patientVoice.consent` or the `consent` export.
 *
 * Stable hooks for consent automation (browser extensions that answer for
 * the person): every button has `data-pv-action` (`accept-all`,
 * `reject-all`, `choose`, `save`, `close`) and the matching part; the page's
 * banner has `data-pv-state="undecided"` while it asks and
 * `data-pv-state="decided"` once the person has chosen.
 *
 * @tagname pv-consent-banner
 * @summary Cookie and data-processing consent for Law 25 and PIPEDA.
 *
 * @attr {'undecided' | 'decided'} data-pv-state - Written by the banner, read by consent automation (stable API): `undecided` while the page's banner asks, `decided` once the person has chosen; absent on a waiting banner or a preview. Its buttons carry `data-pv-action` (`accept-all`, `reject-all`, `choose`, `save`, `close`), matching the `button-*` parts.
 *
 * @csspart banner - The first layer: a fixed bar (region) or a modal dialog.
 * @csspart title - The first layer's title.
 * @csspart actions - The first layer's buttons.
 * @csspart button - Every button.
 * @csspart button-accept-all - "Accept all", in the first layer and in the dialog (`data-pv-action="accept-all"`).
 * @csspart button-reject-all - "Reject all", in the first layer and in the dialog (`data-pv-action="reject-all"`).
 * @csspart button-choose - "Choose" (notice mode: "Manage choices"), which opens the dialog (`data-pv-action="choose"`).
 * @csspart button-save - The dialog's "Save choices" (`data-pv-action="save"`).
 * @csspart button-close - Notice mode's "OK", which closes the notice and keeps the choices in force (`data-pv-action="close"`).
 * @csspart preferences - The preferences dialog.
 * @csspart category - One category in the preferences dialog.
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-surface - Background of the bar and dialogs.
 * @cssproperty --pv-color-border - Borders.
 * @cssproperty --pv-color-accent - Links, buttons and switches.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 * @cssproperty --pv-consent-z-index - Stacking order of the bar (default 2147483000).
 *
 * @fires pv-consent-change - The choice changed. `detail: {choices, revoked, method, revision, timestamp}`.
 * @fires pv-consent-withdraw - Categories were withdrawn and their cookies deleted; a reload may be needed. `detail: {categories, cookies, reloadSuggested}`.
 */
export class PvConsentBanner extends PvElement {
  static override styles = [baseStyles, consentStyles];
  /** Lit's reactive properties (declared here rather than with decorators: smaller bundles). */
  static override properties: PropertyDeclarations = {
    mode: {reflect: true},
    position: {reflect: true},
    categories: {},
    revision: {},
    expiresDays: {attribute: 'expires-days'},
    storage: {},
    policyUrl: {attribute: 'policy-url'},
    receiptEndpoint: {attribute: 'receipt-endpoint'},
    headingLevel: {attribute: 'heading-level'},
    preview: {type: Boolean, reflect: true},
    open: {type: Boolean, reflect: true},
    _prefs: {state: true, attribute: false},
    _draft: {state: true, attribute: false},
    _record: {state: true, attribute: false},
    _unremembered: {state: true, attribute: false},
    _status: {state: true, attribute: false},
  };


  /** `opt-in` (default): nothing optional runs until allowed. `notice`: an informational notice; optional categories count as granted until refused. */
  mode = 'opt-in';

  /** `bottom` (default): a fixed, non-modal bar. `center`: a modal dialog. */
  position = 'bottom';

  /** The optional categories offered, separated by spaces: built-in `functional`, `analytics`, `marketing`, or ones defined in the JSON child. */
  categories: string = DEFAULT_CATEGORIES.join(' ');

  /** The privacy policy's revision. Changing it asks everyone again. */
  revision = '1';

  /** How long a choice is kept, in days (1–395, default 182). */
  expiresDays: string | number = DEFAULT_EXPIRES_DAYS;

  /** `cookie` (default): a first-party cookie `pv_consent`. `local`: localStorage. */
  storage = 'cookie';

  /** The site's privacy policy (http(s) or relative URL). */
  policyUrl = '';

  /** Where to send the consent receipt (no personal data) with `navigator.sendBeacon`. */
  receiptEndpoint = '';

  /** Heading level of the titles, `1`–`6` or `none`. */
  headingLevel = '2';

  /** Shows the first layer in the page's flow and leaves storage and the page alone (documentation, previews). */
  preview = false;

  /** Whether the first layer is shown (the person has not decided yet). */
  open = false;

  private _prefs = false;
  private _draft: ConsentChoices = {};
  private _record: ConsentRecord | null = null;
  private _unremembered = false;
  private _status = '';

  private _main = false;
  private _duplicate = false;
  private _custom: Record<string, CustomCategory> = {};
  private _cats: string[] = [];
  private _opener: HTMLElement | null = null;
  private _stopGate?: () => void;
  private _resize?: ResizeObserver;
  private _padding?: string;
  /** The stored choice being read without blocking (see `_start`); settled once it is known. */
  private _reading?: Promise<void>;

  private readonly _controller: ConsentController = {
    start: () => this._activate(),
    choices: () => (this._known(), this._record ? {...this._record.choices} : null),
    set: (choices) => (this._known(), this._decide(Object.fromEntries(this._cats.map((c) => [c, choices[c] === true])), 'api')),
    show: () => (this._known(), this._openPrefs()),
    reset: () => (this._known(), this._reset()),
  };

  private readonly _hooks: GateHooks = {
    granted: (c) => this._granted(c),
    allow: (c) => this._decide({...this._effective(), ...Object.fromEntries(c.map((id) => [id, true]))}, 'custom'),
    label: (c) => this._labels(c),
    offered: () => this._cats,
    warn: (p) => this._gateWarning(p),
  };

  /** One warning for an author mistake the gate found (the gate reports each element once). */
  private _gateWarning(p: GateProblem): void {
    const e = p.element;
    const text = this.inLocale(() => {
      switch (p.kind) {
        case 'type':
          return msg(str`${e} runs before consent: add type="text/plain".`);
        case 'live': {
          const a = p.attribute;
          const wanted = `data-pv-${a}`;
          return msg(str`${e} loads before consent: rename ${a} to ${wanted}.`);
        }
        case 'category': {
          const {category, offered} = p;
          return msg(str`${e}: "${category}" is not one of this banner's categories (${offered}). It stays blocked.`);
        }
        case 'url': {
          const {attribute, value} = p;
          return msg(str`${e}: ${attribute}="${value}" is not an http(s) or relative URL. It is not loaded.`);
        }
        case 'ungated':
          return msg(str`${e} never loads: add data-pv-consent to it or around it.`);
      }
    });
    console.warn(`<${this.localName}>: ${text}`);
  }

  private get _mode(): ConsentMode {
    return this._pick('mode', this.mode, CONSENT_MODES);
  }

  private get _position(): ConsentPosition {
    return this._pick('position', this.position, CONSENT_POSITIONS);
  }

  private get _storage(): StorageKind {
    return this._pick('storage', this.storage, CONSENT_STORAGES);
  }

  private get _days(): number {
    const raw = String(this.expiresDays ?? '').trim();
    const n = Number(raw);
    if (raw && Number.isInteger(n) && n >= 1 && n <= MAX_EXPIRES_DAYS) return n;
    this.warnInvalid('expires-days', raw, [`1–${MAX_EXPIRES_DAYS}`], String(DEFAULT_EXPIRES_DAYS));
    return DEFAULT_EXPIRES_DAYS;
  }

  private get _gpc(): boolean {
    return !isServer && (navigator as {globalPrivacyControl?: boolean}).globalPrivacyControl === true;
  }

  private _pick<T extends string>(attr: string, value: string, accepted: readonly T[]): T {
    const v = (value ?? '').trim().toLowerCase() as T;
    if (accepted.includes(v)) return v;
    this.warnInvalid(attr, value, accepted, accepted[0]);
    return accepted[0];
  }

  /** Reads the JSON child and the `categories` attribute. */
  private _configure(): void {
    this._custom = {};
    const json = isServer ? undefined : readJsonConfig(this);
    if (json && !json.ok) {
      const error = json.error;
      this.warnOnce('json', () => msg(str`The JSON configuration is not valid JSON (${error}). The built-in categories are used.`));
    } else if (json) {
      const cats = isRecord(json.value) ? json.value.categories : undefined;
      if (!isRecord(cats)) {
        this.warnOnce('json', () => msg('The JSON configuration needs a "categories" object. It is ignored.'));
      } else {
        for (const [id, def] of Object.entries(cats)) {
          if (!/^[a-z][a-z0-9_-]{0,31}$/.test(id) || id === 'necessary' || !isRecord(def)) continue;
          const cookies = Array.isArray(def.cookies) ? def.cookies.filter((c): c is string => typeof c === 'string' && !!c) : [];
          this._custom[id] = {en: pickText(def.en), fr: pickText(def.fr), cookies};
        }
      }
    }
    const known = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(this._custom)])];
    const wanted = [...new Set((this.categories ?? '').trim().toLowerCase().split(/\s+/).filter((c) => c && c !== 'necessary'))];
    const list = known.join(', ');
    this._cats = wanted.filter((c) => {
      if (known.includes(c)) return true;
      this.warnOnce(`categories=${c}`, () => msg(str`categories: "${c}" is not a known category (known: ${list}). It is left out.`));
      return false;
    });
    if (!this._cats.length) this._cats = [...DEFAULT_CATEGORIES];
    // Check the other attributes now, so that each bad value warns at once.
    void [this._mode, this._position, this._storage, this._days];
  }

  /** A category's texts in the locale `msg()` answers in now. */
  private _text(id: string): CategoryText {
    const custom = this._custom[id];
    const base: CategoryText = (BUILT_IN_CATEGORIES as readonly string[]).includes(id)
      ? builtInText(id as BuiltInCategory)
      : {label: id, purpose: '', data: ''};
    return {...base, ...custom?.en, ...(currentLocale() === 'fr' ? custom?.fr : undefined)};
  }

  private _labels(ids: string[]): string {
    return ids.map((id) => this._text(id).label).join(', ');
  }

  /** What is in force now: the stored choice, else the mode's default. */
  private _effective(): ConsentChoices {
    if (this._record) return {...this._record.choices};
    const implied = this._mode === 'notice';
    return Object.fromEntries(this._cats.map((c) => [c, implied && !(c === 'marketing' && this._gpc)]));
  }

  private _granted(categories: string[]): boolean {
    const now = this._effective();
    return categories.every((c) => c === 'necessary' || now[c] === true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._configure();
    if (this.preview) {
      this.open = true;
      return;
    }
    const state = this.getAttribute('data-pv-state');
    if (state !== null) {
      // Written by the banner alone: a value from the page would mislead consent automation.
      this.removeAttribute('data-pv-state');
      this.warnOnce('data-pv-state', () => msg(str`data-pv-state is written by the banner, not the page: "${state}" is removed.`));
    }
    // The API makes the first banner connected the page's (it calls
    // `_activate`); a later one waits, and takes over when that one leaves.
    if (!attach(this._controller)) {
      this._duplicate = true;
      this.requestUpdate();
      this.warnOnce('duplicate', () => msg('Another consent banner is already on this page. This one waits, and takes over if the other is removed.'));
    }
  }

  /** This banner becomes the page's: it reads the stored choice, gates the page and asks if needed. */
  private _activate(): void {
    this._main = true;
    this._duplicate = false;
    this.requestUpdate();
    // Sites using Google Consent Mode need its default now, before their tags
    // run: read the stored choice at once. Otherwise read it without blocking
    // the page (the banner shows a moment later, when the choice is known);
    // anything that asks before then (the consent API) reads it at once.
    const w = window as GtagWindow;
    const soon = typeof w.gtag === 'function' || Array.isArray(w.dataLayer) ? undefined : readConsentAsync(this._storage);
    if (!soon) return this._start(readConsent(this._storage));
    const reading: Promise<void> = (this._reading = soon.then((found) => {
      if (this._reading === reading) this._start(found);
    }));
  }

  /** Settles a pending read of the stored choice at once, for callers that need it now. */
  private _known(): void {
    if (this._reading) this._start(readConsent(this._storage));
  }

  /** The stored choice is known: applies it (Consent Mode default, GPC, gating) and shows the first layer if there is none. */
  private _start(found: ReadResult): void {
    this._reading = undefined;
    let record: ConsentRecord | null = null;
    if (found.status === 'ok') {
      record = staleReason(found.record, this.revision, this._cats) ? null : found.record;
    } else if (found.status === 'invalid') {
      this.warnOnce('stored', () => msg('The stored consent choice could not be read and was discarded. The person is asked again.'));
      clearConsent(this._storage);
    }
    // Storage that throws, or cookies turned off: the choice will hold for this page only.
    this._unremembered = found.status === 'unavailable' || (this._storage === 'cookie' && navigator.cookieEnabled === false);
    this._record = record;
    this._consentMode('default');
    if (record && this._gpc && record.choices.marketing && !record.gpc) {
      this._decide({...record.choices, marketing: false}, 'gpc');
    }
    this.open = !record;
    this._stopGate = watchGate(this._hooks);
  }

  /** Resolves once the stored choice is known and shown (and no update is pending). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._reading;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopGate?.();
    this._stopGate = undefined;
    this._reading = undefined;
    this._main = this._duplicate = false;
    this.removeAttribute('data-pv-state');
    // Last: a waiting banner may take over at once.
    detach(this._controller);
    this._setPadding(false);
  }

  /** Keeps the document's scroll padding equal to the bar's height, so the bar never hides the focused element. */
  private _setPadding(on: boolean): void {
    const root = document.documentElement.style;
    const bar = this.renderRoot.querySelector?.('.bar');
    if (on && bar) {
      this._padding ??= root.scrollPaddingBottom;
      this._resize ??= new ResizeObserver(() => (root.scrollPaddingBottom = `${bar.getBoundingClientRect().height}px`));
      this._resize.observe(bar);
    } else if (this._resize) {
      this._resize.disconnect();
      this._resize = undefined;
      root.scrollPaddingBottom = this._padding ?? '';
      this._padding = undefined;
    }
  }

  private _consentMode(kind: 'default' | 'update'): void {
    const w = window as GtagWindow;
    const c = this._effective();
    const state = (on: boolean | undefined) => (on ? 'granted' : 'denied');
    const signals = {
      ad_storage: state(c.marketing),
      ad_user_data: state(c.marketing),
      ad_personalization: state(c.marketing),
      analytics_storage: state(c.analytics),
    };
    if (typeof w.gtag === 'function') {
      w.gtag('consent', kind, signals);
    } else if (Array.isArray(w.dataLayer)) {
      // Exactly what Google's gtag() snippet pushes: an arguments object.
      const dataLayer = w.dataLayer;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      (function gtag(..._args: unknown[]) {
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments);
      })('consent', kind, signals);
    }
  }

  /** Records a decision, applies it to the page and tells everyone. */
  private _decide(choices: ConsentChoices, method: ConsentMethod): void {
    const full: ConsentChoices = Object.fromEntries(this._cats.map((c) => [c, choices[c] === true]));
    if (this.preview || !this._main) {
      this._prefs = false;
      return;
    }
    const before = this._effective();
    const record = createRecord(full, this.revision, this._days, this._gpc);
    this._record = record;
    this._unremembered = !writeConsent(this._storage, record);
    const revoked = Object.keys(before).filter((c) => before[c] && !full[c]);
    this._withdraw(revoked);
    this._consentMode('update');
    this._sendReceipt(record, method);
    const detail = {choices: {...full}, revoked, method, revision: record.revision, timestamp: record.ts};
    emit(this, 'pv-consent-change', detail);
    notify(detail);
    this.open = false;
    this._prefs = false;
    this._status = this.inLocale(() =>
      this._unremembered
        ? msg('Your choices apply to this visit only: this browser does not let the site remember them.')
        : msg('Your choices have been saved.')
    );
    // Activate what is now allowed (the observer only sees new elements).
    applyGate(document, this._hooks);
  }

  private _withdraw(revoked: string[]): void {
    if (!revoked.length) return;
    const cookies = deleteCookies(revoked.flatMap((c) => this._custom[c]?.cookies ?? []));
    emit(this, 'pv-consent-withdraw', {categories: revoked, cookies, reloadSuggested: true});
  }

  private _sendReceipt(record: ConsentRecord, method: ConsentMethod): void {
    if (!this.receiptEndpoint) return;
    const url = safeUrl(this.receiptEndpoint);
    if (!url) {
      const v = this.receiptEndpoint;
      this.warnOnce(`receipt-endpoint=${v}`, () => msg(str`receipt-endpoint="${v}" is not an http(s) or relative URL. No receipt is sent.`));
      return;
    }
    try {
      navigator.sendBeacon?.(url, JSON.stringify({...record, method}));
    } catch {
      // A receipt that cannot be sent changes nothing for the person.
    }
  }

  private _reset(): void {
    const before = this._effective();
    clearConsent(this._storage);
    this._record = null;
    this._withdraw(Object.keys(before).filter((c) => before[c] && !this._effective()[c]));
    this._consentMode('update');
    this.open = true;
  }

  private _acceptAll(): ConsentChoices {
    // Under Global Privacy Control, marketing stays off unless turned on one by one.
    return Object.fromEntries(this._cats.map((c) => [c, !(c === 'marketing' && this._gpc)]));
  }

  private _openPrefs(): void {
    this._opener = deepActive();
    const current = this._effective();
    this._draft = this._record || this._mode === 'notice' ? current : Object.fromEntries(this._cats.map((c) => [c, false]));
    this._prefs = true;
  }

  private _onPrefsClose(): void {
    this._prefs = false;
    const opener = this._opener;
    this._opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private _onLayerCancel(e: Event): void {
    // Escape on the modal first layer: dismissing counts as refusing.
    e.preventDefault();
    this._decide({}, 'reject-all');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) {
      // Pre-rendered HTML: the same template the browser renders first (a
      // preview shows; a live banner stays hidden until the browser knows the choice).
      this._configure();
      this.open = this.preview;
    } else if (changed.has('categories') && this.hasUpdated) {
      this._configure();
    }
  }

  protected override updated(): void {
    if (isServer) return;
    const layer = this.renderRoot.querySelector<HTMLDialogElement>('dialog.layer');
    if (layer && this.open !== layer.open) {
      if (this.open) layer.showModal();
      else layer.close();
    }
    const prefs = this.renderRoot.querySelector<HTMLDialogElement>('dialog.prefs');
    if (prefs && this._prefs !== prefs.open) {
      if (this._prefs) prefs.showModal();
      else prefs.close();
    }
    this._setPadding(this.open && !this.preview && this._main && this._position === 'bottom');
    // For consent automation: whether the page's banner still asks.
    if (this._main && !this._reading) this.setAttribute('data-pv-state', this._record ? 'decided' : 'undecided');
  }

  private _button(label: string, action: string, onClick: () => void): TemplateResult {
    return html`<button type="button" part="button button-${action}" data-pv-action=${action} @click=${onClick}>${label}</button>`;
  }

  private _layer(level: HeadingLevel): TemplateResult {
    const notice = this._mode === 'notice';
    const policy = this.policyUrl ? safeUrl(this.policyUrl) : undefined;
    if (this.policyUrl && !policy) {
      const v = this.policyUrl;
      this.warnOnce(`policy-url=${v}`, () => msg(str`policy-url="${v}" is not an http(s) or relative URL. The link to the privacy policy is left out.`));
    }
    const labels = this._labels(this._cats);
    return html`
      ${heading(level, 'title', 'title', notice ? msg('How this site uses your data') : msg('Cookies and your privacy'))}
      ${notice
        ? html`<p>${msg('This site and its partners collect data about your visit. If you keep using the site, you agree to this. They collect:')}</p>
          <ul class="data-list">
            <li>${msg('your approximate location and IP address')}</li>
            <li>${msg('your operating system, browser and device, and its screen size')}</li>
            <li>${msg('the site or ad you came from')}</li>
            <li>${msg('the languages of your system and browser')}</li>
            <li>${msg('the pages you open and the buttons you press')}</li>
          </ul>
          <p>${msg('This data is used to make the site work, for statistics, surveys and reviews, and to show you our ads on other sites (retargeting). You can turn these uses off at any time.')}</p>`
        : html`<p>${msg('With your permission, this site uses cookies and similar tools. Nothing optional is turned on unless you allow it, and you can change your mind at any time.')}
            ${msg(str`Optional uses: ${labels}.`)}</p>`}
      ${this._gpc ? html`<p class="note">${msg('Your browser sent a Global Privacy Control signal: marketing stays off unless you turn it on yourself.')}</p>` : nothing}
      ${this._unremembered ? html`<p class="note">${msg('This browser does not let the site remember your choice, so it will apply to this visit only.')}</p>` : nothing}
      ${policy ? html`<p><a href=${policy}>${msg('Read our privacy policy')}</a></p>` : nothing}
      <div class="actions" part="actions">
        ${(notice
          ? [this._button(msg('OK'), 'close', () => this._decide(this._effective(), 'notice')), this._button(msg('Manage choices'), 'choose', () => this._openPrefs())]
          : [
              this._button(msg('Accept all'), 'accept-all', () => this._decide(this._acceptAll(), 'accept-all')),
              this._button(msg('Reject all'), 'reject-all', () => this._decide({}, 'reject-all')),
              this._button(msg('Choose'), 'choose', () => this._openPrefs()),
            ])}
      </div>
    `;
  }

  private _category(id: string, text: CategoryText, on: boolean, fixed = false): TemplateResult {
    const data = text.data;
    return html`<li class="category" part="category">
      <div class="switch">
        <input type="checkbox" role="switch" id="c-${id}" aria-describedby="d-${id}" .checked=${on} ?disabled=${fixed}
          @change=${(e: Event) => (this._draft = {...this._draft, [id]: (e.target as HTMLInputElement).checked})} />
        <label for="c-${id}">${text.label}</label>
      </div>
      <div id="d-${id}">
        ${text.purpose ? html`<p>${text.purpose}</p>` : nothing}
        ${data ? html`<p>${msg(str`Data collected: ${data}`)}</p>` : nothing}
      </div>
    </li>`;
  }

  protected override render(): TemplateResult {
    if (this._duplicate) return html``;
    const level = this.headingLevelOf(this.headingLevel, 2);
    const modal = this._position === 'center' && !this.preview;
    const layer = this._layer(level);
    const prefs = this._prefs ? this._prefsContent(level) : nothing;
    // One template per position, the first layer's container inside it: each
    // template costs its preparation before the banner can show.
    return modal
      ? html`<dialog class="layer" part="banner" aria-labelledby="title" @cancel=${this._onLayerCancel}>${layer}</dialog>
          <dialog class="prefs" part="preferences" aria-labelledby="prefs-title" @close=${this._onPrefsClose}>${prefs}</dialog>
          <div class="visually-hidden" role="status">${this._status}</div>`
      : html`<section class="bar ${this.preview ? 'inline' : ''}" part="banner" aria-labelledby="title" ?hidden=${!this.open}>
            <div class="inner">${layer}</div>
          </section>
          <dialog class="prefs" part="preferences" aria-labelledby="prefs-title" @close=${this._onPrefsClose}>${prefs}</dialog>
          <div class="visually-hidden" role="status">${this._status}</div>`;
  }

  /** The preferences dialog's content, rendered only while it is open: less work before the first layer shows. */
  private _prefsContent(level: HeadingLevel): TemplateResult {
    return html`
        ${heading(level, 'prefs-title', 'preferences-title', msg('Your privacy choices'))}
        <p>${msg('Choose which optional uses to allow. You can change your choices at any time.')}</p>
        <ul class="categories" role="list">
          ${this._category('necessary', necessaryText(), true, true)}
          ${this._cats.map((id) => this._category(id, this._text(id), this._draft[id] === true))}
        </ul>
        <div class="actions">
          ${this._button(msg('Save choices'), 'save', () => this._decide(this._draft, 'custom'))}
          ${this._button(msg('Accept all'), 'accept-all', () => this._decide(this._acceptAll(), 'accept-all'))}
          ${this._button(msg('Reject all'), 'reject-all', () => this._decide({}, 'reject-all'))}
        </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-consent-banner': PvConsentBanner;
  }
}
