import {html, nothing, isServer, render, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {PvElement} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {heading, type HeadingLevel, type HeadingLevelAttribute} from '../../internal/heading.js';
import {emit, type ConsentMethod} from '../../internal/events.js';
import {currentLocale} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';
import {absoluteUrl} from './consent-peek.js';
import {VERSION} from '../../internal/version.js';
import {own, readJsonConfig, watchJsonConfig} from '../../internal/json-config.js';
import {BUILT_IN_CATEGORIES, DEFAULT_CATEGORIES, builtInText, necessaryText, type BuiltInCategory, type CategoryText} from '../../content/consent-categories.js';
import {
  DEFAULT_EXPIRES_DAYS,
  MAX_EXPIRES_DAYS,
  clearConsent,
  clearKeys,
  createRecord,
  deleteCookies,
  readConsent,
  readConsentAsync,
  receiptId,
  staleReason,
  writeConsent,
  type ConsentChoices,
  type ConsentRecord,
  type ReadResult,
  type StorageKind,
} from './consent-store.js';
import {applyGate, loaderNonce, watchGate, type GateHooks, type GateProblem} from './script-gate.js';
import {attach, detach, notify, type ConsentController} from './consent-api.js';
import {consentStyles} from './consent-banner.styles.js';
import {button, firstLayer, frame, handovers, statusRegion, type LayerAction, type LayerState} from './consent-layer.js';
import {localText, readConsentConfig, readOrigins, readServices, readSite, type ConfigProblem, type ConsentService, type ConsentSite, type CustomCategory} from './consent-config.js';
import {configWarning} from './consent-warnings.js';
import {grant, servicesFrom, servicesIn, splitChoices, turnedOff, type ServiceChoices} from './consent-services.js';
import {lastReceiptId, retryReceipts, sendReceipt, type ReceiptEvent} from './consent-receipt.js';
import {
  BUILT_IN_CONSENT_MODE,
  CONSENT_TYPES,
  GRANTABLE_TYPES,
  consentState,
  gpcEnabled,
  grantedTypes,
  readDataLayer,
  sendConsent,
  usesGoogleTag,
  type ConsentState,
  type ConsentType,
} from './consent-signals.js';

export {consent, type ConsentApi} from './consent-api.js';
export {PvConsentSettings} from './consent-settings.js';
export {PvConsentTable} from './consent-table.js';
export type {ConsentService, ConsentSite, LocalText, ServiceCookie, SiteController} from './consent-config.js';
export type {ConsentChoices, ConsentRecord} from './consent-store.js';

export const CONSENT_MODES = ['opt-in', 'notice'] as const;
export const CONSENT_POSITIONS = ['bottom', 'center'] as const;
export const CONSENT_STORAGES = ['cookie', 'local'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];
export type ConsentPosition = (typeof CONSENT_POSITIONS)[number];

/** The properties `_resolve` reads: a change to one resolves them again. */
const ATTRIBUTES = ['mode', 'position', 'categories', 'expiresDays', 'storage', 'policyUrl', 'receiptEndpoint', 'cookieDomain', 'allowedOrigins', 'headingLevel'] as const;

/** How long the confirmation of a choice stays on screen, in ms. */
const STATUS_MS = 6000;

/** What the live region says, as a key: translated when rendered, so it follows `lang`. */
type Status = '' | 'saved' | 'unremembered';

/** The element with focus, looking inside shadow roots. */
function deepActive(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/**
 * A consent manager for health sites: opt-in by default (Quebec's Law 25,
 * PIPEDA), three equal buttons, a preferences dialog, a remembered choice that
 * is asked again on expiry or a new policy revision, gating of the site's
 * trackers, withdrawal, receipts, Global Privacy Control and Google Consent
 * Mode v2 (its default sent earlier by consent-defaults.js in `<head>`).
 *
 * Put it first in `<body>`, once per page. Its JSON child may declare the
 * services inside each category (each with its own switch) and the site's
 * identity. Gate the site's trackers with `data-pv-consent` (a category or
 * a service; see the README); read or change the choice with
 * `window.patientVoice.consent` or the `consent` export.
 *
 * Stable hooks for consent automation (browser extensions that answer for
 * the person): every button has `data-pv-action` (`accept-all`,
 * `reject-all`, `choose`, `save`, `close`, `close-dialog`) and the matching part; the page's
 * banner has `data-pv-state="undecided"` while it asks and
 * `data-pv-state="decided"` once the person has chosen.
 *
 * @tagname pv-consent-banner
 * @summary Cookie and data-processing consent for Law 25 and PIPEDA.
 *
 * @attr {'undecided' | 'decided'} data-pv-state - Written by the banner, read by consent automation (stable API): `undecided` while the page's banner asks, `decided` once the person has chosen; absent on a waiting banner or a preview. Its buttons carry `data-pv-action` (`accept-all`, `reject-all`, `choose`, `save`, `close`, `close-dialog`), matching the `button-*` parts.
 *
 * @attr {string} nonce - The page's CSP nonce, when the banner's script is not a `<script src>` of this package: gated scripts, and scripts in gated templates, run only with it (read when the banner starts gating; without it, the nonce of the script that loaded the banner).
 *
 * @csspart banner - The first layer: a fixed bar (region) or a modal dialog.
 * @csspart title - The first layer's title.
 * @csspart actions - The first layer's buttons.
 * @csspart button - Every button.
 * @csspart button-accept-all - "Accept all", in the first layer and in the dialog (`data-pv-action="accept-all"`).
 * @csspart button-reject-all - "Reject all", in the first layer and in the dialog (`data-pv-action="reject-all"`).
 * @csspart button-choose - "Choose" (notice mode: "Manage choices"), which opens the dialog (`data-pv-action="choose"`).
 * @csspart button-save - The dialog's "Save choices" (`data-pv-action="save"`).
 * @csspart button-close - Notice mode's "Got it", which closes the notice and keeps the choices in force (`data-pv-action="close"`).
 * @csspart button-close-dialog - The preferences dialog's close button (×, named "Close"), which closes it without a change, like Escape (`data-pv-action="close-dialog"`).
 * @csspart settings-hint - The first layer's sentence on where to change the choice later (`settings-hint`).
 * @csspart status - The confirmation shown for a few seconds after a choice (in a `role="status"` region).
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
 * @fires pv-consent-change - The choice changed. `detail: {choices, services, revoked, revokedServices, method, revision, timestamp}` (`services`: each service of the JSON configuration, on or off).
 * @fires pv-consent-withdraw - Categories or services were withdrawn and their cookies and storage keys deleted; a reload may be needed. `detail: {categories, services, cookies, localStorage, sessionStorage, reloadSuggested}`.
 */
export class PvConsentBanner extends PvElement {
  static override styles = [baseStyles, consentStyles];
  /** Lit's reactive properties (declared here rather than with decorators: smaller bundles). */
  static override properties: PropertyDeclarations = {
    mode: {reflect: true, useDefault: true},
    position: {reflect: true, useDefault: true},
    categories: {},
    revision: {},
    expiresDays: {attribute: 'expires-days'},
    storage: {},
    policyUrl: {attribute: 'policy-url'},
    receiptEndpoint: {attribute: 'receipt-endpoint'},
    cookieDomain: {attribute: 'cookie-domain'},
    allowedOrigins: {attribute: 'allowed-origins'},
    headingLevel: {attribute: 'heading-level'},
    settingsHint: {attribute: 'settings-hint'},
    preview: {type: Boolean, reflect: true},
    open: {type: Boolean, reflect: true},
    _prefs: {state: true, attribute: false},
    _draft: {state: true, attribute: false},
    _record: {state: true, attribute: false},
    _unremembered: {state: true, attribute: false},
    _status: {state: true, attribute: false},
  };


  /** `opt-in` (default): nothing optional runs until allowed. `notice`: an informational notice; optional categories count as granted until refused. */
  mode: ConsentMode = 'opt-in';

  /** `bottom` (default): a fixed, non-modal bar. `center`: a modal dialog. */
  position: ConsentPosition = 'bottom';

  /** The optional categories offered, separated by spaces: built-in `functional`, `analytics`, `marketing`, or ones defined in the JSON child. */
  categories: string = DEFAULT_CATEGORIES.join(' ');

  /** The privacy policy's revision. Changing it asks everyone again. */
  revision = '1';

  /** How long a choice is kept, in days (1–395, default 182). */
  expiresDays: string | number = DEFAULT_EXPIRES_DAYS;

  /** `cookie` (default): a first-party cookie `pv_consent`. `local`: localStorage. */
  storage: StorageKind = 'cookie';

  /** The site's privacy policy (http(s) or relative URL). */
  policyUrl = '';

  /** Where to POST a consent receipt after each choice and reset (no cookies, no referrer; see the README). */
  receiptEndpoint = '';

  /** A parent domain of this host (e.g. `example.org`) to keep the `pv_consent` cookie on, so that its subdomains share one choice. */
  cookieDomain = '';

  /** Origins besides the page's own that gated scripts, embeds and objects may load from, separated by spaces (`https://stats.example.org`). */
  allowedOrigins = '';

  /** Heading level of the titles, `1`–`6` or `none`. */
  headingLevel: HeadingLevelAttribute = '2';

  /** One sentence in the first layer that says where to change the choice later (default: "Cookie settings", at the bottom of the page). */
  settingsHint = '';

  /** Shows the first layer in the page's flow and leaves storage and the page alone (documentation, previews). */
  preview = false;

  /** Whether the first layer is shown (the person has not decided yet). */
  open = false;

  private _prefs = false;
  private _draft: ConsentChoices = {};
  private _record: ConsentRecord | null = null;
  /** The last stored record, in force or not (expired, another revision): what a withdrawal compares against. */
  private _last: ConsentRecord | null = null;
  private _unremembered = false;
  private _status: Status = '';

  private _main = false;
  private _duplicate = false;
  /** The author's warnings are waiting for the page to be loaded and idle. */
  private _warnLater = false;
  // Attributes resolved once (connect, then each change) in `_resolve`; render only reads them.
  private _custom: Record<string, CustomCategory> = {};
  private _cats: string[] = [];
  /** Every service of the JSON configuration, by id. */
  private _services: Record<string, ConsentService> = {};
  /** The services offered: those of the offered categories. */
  private _offered: ConsentService[] = [];
  /** What `data-pv-consent` may name: the offered categories and services. */
  private _gateIds: string[] = [];
  /** The site's identity and disclosure (the controller's name among them), from the JSON configuration. */
  private _site: ConsentSite = {};
  /** The dialog's services, disclosure and site texts: loaded when the dialog first opens, so that the bar does not wait for them. */
  private _view?: typeof import('./consent-services-view.js');
  private _viewing?: Promise<void>;
  private _mode: ConsentMode = 'opt-in';
  private _position: ConsentPosition = 'bottom';
  private _storage: StorageKind = 'cookie';
  private _days = DEFAULT_EXPIRES_DAYS;
  private _level: HeadingLevel = 2;
  private _policy?: string;
  private _endpoint?: string;
  private _domain?: string;
  private _origins: string[] = [];
  /** The page's CSP nonce, read when the banner starts gating (see `loaderNonce`). */
  private _nonce = '';
  private _stopJson?: () => void;
  /** Whether the browser sends Global Privacy Control (read once). */
  private _gpc = false;
  private _opener: HTMLElement | null = null;
  private _stopGate?: () => void;
  /** What the page's padding follows (the bar, then the confirmation), and how to stop following it. */
  private _padded: Element | null = null;
  private _unpad?: () => void;
  /** The page's own inline `scroll-padding-bottom` and `padding-bottom`, put back when nothing is padded. */
  private _padding?: [string, string];
  /** The last element outside the banner that had focus: where focus goes back after a decision. */
  private _before: HTMLElement | null = null;
  private _tracking = false;
  /** Set by a decision made in the banner (focus was in it): `updated` moves focus out. */
  private _refocus = false;
  private _statusTimer?: ReturnType<typeof setTimeout>;
  /** The stored choice being read without blocking (see `_start`); settled once it is known. */
  private _reading?: Promise<void>;

  private readonly _controller: ConsentController = {
    start: () => this._activate(),
    choices: () => (this._known(), this._record ? this._flat() : null),
    set: (choices) => (this._known(), this._decide(choices, 'api')),
    show: () => (this._known(), this._openPrefs()),
    reset: () => (this._known(), this._reset()),
  };

  private readonly _hooks: GateHooks = {
    granted: (c) => this._granted(c),
    allow: (c) => this._decide(grant(this._flat(), c, this._offered), 'custom'),
    label: (c) => this._labels(c),
    scope: (c) => this._labels([...new Set(c.flatMap((id) => own(this._services, id)?.category ?? []))]),
    offered: () => this._gateIds,
    warn: (p) => this._gateWarning(p),
    nonce: () => this._nonce,
    origins: () => this._origins,
  };

  /** One warning for an author mistake the gate found (the gate reports each element once). */
  private _gateWarning(p: GateProblem): void {
    const e = 'element' in p ? p.element : '';
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
        case 'necessary':
          return msg(str`${e}: "necessary" is always on, so it is not gated. Remove data-pv-consent, or name an optional category. It is not started.`);
        case 'nonce':
          return msg(str`${e} does not carry this page's nonce. It is not started.`);
        case 'origin': {
          const url = p.url;
          return msg(str`${e}: ${url} is not from this site or an origin listed in allowed-origins. It is not started.`);
        }
        case 'failed': {
          const error = p.error;
          return msg(str`${e} could not be started (${error}). The others go on.`);
        }
        case 'policy': {
          const directive = 'trusted-types … pv-consent';
          return msg(str`Trusted Types: this page's CSP does not allow the pv-consent policy, so gated scripts stay inert. Add it: ${directive}.`);
        }
        case 'shadow':
          return msg(str`${e} is inside a shadow root, where gating is not supported. It is not started.`);
      }
    });
    console.warn(`<${this.localName}>: ${text}`);
  }

  /**
   * Resolves every attribute and the JSON child into plain fields, warning
   * once per bad value. Called when the banner connects (it needs them to read
   * the stored choice) and from `willUpdate` when one of them changes.
   */
  private _resolve(): void {
    this._mode = this.enumOf('mode', this.mode, CONSENT_MODES, 'opt-in');
    this._position = this.enumOf('position', this.position, CONSENT_POSITIONS, 'bottom');
    this._storage = this.enumOf('storage', this.storage, CONSENT_STORAGES, 'cookie');
    this._days = this.integerOf('expires-days', this.expiresDays, 1, MAX_EXPIRES_DAYS, DEFAULT_EXPIRES_DAYS);
    this._level = this.headingLevelOf(this.headingLevel, 2);
    const policy = this.policyUrl;
    // Against the document's URL: an injected <base href> does not move them.
    this._policy = policy ? this._url(policy) : undefined;
    if (policy && !this._policy) {
      this.warnOnce(`policy-url=${policy}`, () => msg(str`policy-url="${policy}" is not an http(s) or relative URL. The link to the privacy policy is left out.`));
    }
    const endpoint = this.receiptEndpoint;
    this._endpoint = endpoint ? this._url(endpoint) : undefined;
    if (endpoint && !this._endpoint) {
      this.warnOnce(`receipt-endpoint=${endpoint}`, () => msg(str`receipt-endpoint="${endpoint}" is not an http(s) or relative URL. No receipt is sent.`));
    }
    const domain = this.cookieDomain;
    const host = isServer ? '' : location.hostname;
    const parent = (domain ?? '').trim().toLowerCase().replace(/^\./, '');
    this._domain = parent && (host === parent || host.endsWith(`.${parent}`)) ? parent : undefined;
    if (domain && !this._domain) {
      // The attribute's name is code, not text to translate.
      const attribute = 'cookie-domain';
      this.warnOnce(`${attribute}=${domain}`, () =>
        msg(str`${attribute}="${domain}" is not ${host} or one of its parent domains. The choice is kept for ${host} only.`)
      );
    }
    this._gpc = gpcEnabled();
    this._configure();
  }

  /**
   * For the site's author, not for previews in documentation. Checked once
   * the page has loaded and is idle, not at connect: frameworks set
   * properties such as `policyUrl` after the element is in the page (React
   * in an effect; Next.js when it hydrates server HTML, after the library has
   * upgraded the tag).
   */
  private _authorWarnings(): void {
    if (this._warnLater || this.preview) return;
    this._warnLater = true;
    const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, {timeout: 2000}) : setTimeout(fn, 50));
    const check = () =>
      idle(() => {
        this._warnLater = false;
        if (this.isConnected) this._warnAuthor();
      });
    if (document.readyState === 'complete') check();
    else addEventListener('load', check, {once: true});
  }

  private _warnAuthor(): void {
    if (this.preview) return;
    // (A policy-url that is not a URL had its own warning.)
    if (!this._policy && !this.policyUrl) {
      this.warnOnce('no-policy-url', () => msg('No policy-url: add the link to your privacy policy.'));
    }
    const implied = this._cats.filter((c) => c !== 'functional').join(', ');
    if (this._mode === 'notice' && implied) {
      this.warnOnce('notice', () =>
        msg(str`mode="notice" with ${implied} is not valid consent for health information (Law 25, PIPEDA). Use mode="opt-in".`)
      );
    }
  }

  /** An http(s) or relative URL made absolute against the document's URL (on the server: as written). */
  private _url(value: string): string | undefined {
    const safe = safeUrl(value);
    return safe && !isServer ? absoluteUrl(safe) : safe;
  }

  /** The origins of `allowed-origins` and of the JSON child's `allowedOrigins`. */
  private _allowOrigins(json: unknown): void {
    const warn = (p: ConfigProblem) => this._configWarning(p);
    this._origins = [...readOrigins((this.allowedOrigins ?? '').trim().split(/\s+/).filter(Boolean), 'allowed-origins', warn), ...readOrigins(own(json as Record<string, unknown>, 'allowedOrigins'), 'allowedOrigins', warn)];
  }

  /** Reads the JSON child and the `categories` attribute. */
  private _configure(): void {
    const json = isServer ? undefined : readJsonConfig(this);
    if (json && !json.ok) {
      const error = json.error;
      this.warnOnce('json', () => msg(str`The JSON configuration is not valid JSON (${error}). The built-in categories are used.`));
    }
    const value = json?.ok ? json.value : undefined;
    const warn = (p: ConfigProblem) => this._configWarning(p);
    this._custom = value === undefined ? {} : readConsentConfig(value, warn);
    this._allowOrigins(value);
    const known = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(this._custom)])];
    this._services = readServices(value, known, warn);
    this._site = readSite(value, warn);
    const wanted = [...new Set((this.categories ?? '').trim().toLowerCase().split(/\s+/).filter((c) => c && c !== 'necessary'))];
    const list = known.join(', ');
    this._cats = wanted.filter((c) => {
      if (known.includes(c)) return true;
      this.warnOnce(`categories=${c}`, () => msg(str`categories: "${c}" is not a known category (known: ${list}). It is left out.`));
      return false;
    });
    if (!this._cats.length) this._cats = [...DEFAULT_CATEGORIES];
    this._offered = Object.values(this._services).filter((s) => this._cats.includes(s.category));
    this._gateIds = [...this._cats, ...this._offered.map((s) => s.id)];
  }

  private _configWarning(p: ConfigProblem): void {
    const [key, text] = configWarning(p);
    this.warnOnce(key, text);
  }

  /** A category's texts in the locale `msg()` answers in now. */
  private _text(id: string): CategoryText {
    const custom = own(this._custom, id);
    const base: CategoryText = (BUILT_IN_CATEGORIES as readonly string[]).includes(id)
      ? builtInText(id as BuiltInCategory)
      : {label: id, purpose: '', data: ''};
    return {...base, ...custom?.en, ...(currentLocale() === 'fr' ? custom?.fr : undefined)};
  }

  /** The names of categories or services, in the locale `msg()` answers in now. */
  private _labels(ids: string[]): string {
    const svc = (id: string) => own(this._services, id);
    return ids.map((id) => (svc(id) ? localText(svc(id)!.name, currentLocale()) : this._text(id).label)).join(', ');
  }

  /** The services in force now: the stored choice's, else each its category's. */
  private _effectiveServices(): ServiceChoices {
    return servicesFrom(this._effective(), this._record?.services, this._offered);
  }

  /** Categories and services in force, in one map (as `consent.get()` gives them). */
  private _flat(): ConsentChoices {
    return {...this._effective(), ...this._effectiveServices()};
  }

  /** What is in force now: the stored choice, else the mode's default. */
  private _effective(): ConsentChoices {
    if (this._record) return {...this._record.choices};
    const implied = this._mode === 'notice';
    return Object.fromEntries(this._cats.map((c) => [c, implied && !(c === 'marketing' && this._gpc)]));
  }

  private _granted(categories: string[]): boolean {
    const now = this._flat();
    // Own properties only: a polluted Object.prototype grants nothing. A service is granted with its category, or alone.
    return categories.every((c) => c === 'necessary' || own(now, c) === true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resolve();
    // A JSON child streamed in (or changed) after the banner upgraded: read it again.
    this._stopJson = watchJsonConfig(this, () => this._reconfigure());
    if (this.preview) {
      this.open = true;
      return;
    }
    const state = this.getAttribute('data-pv-state');
    // The first step (first.ts) showed the first layer: it stays shown while the stored choice is read.
    const handover = handovers.get(this);
    if (handover) {
      this.open = true;
      if (handover.before?.isConnected) this._before = handover.before;
    } else if (state !== null) {
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
    // The site's nonce: on the banner, else on the script that loaded it.
    this._nonce = this.nonce || loaderNonce();
    this._duplicate = false;
    this.requestUpdate();
    // Sites using Google Consent Mode need its default now, before their tags
    // run: read the stored choice at once. Otherwise read it without blocking
    // the page (the banner shows a moment later, when the choice is known);
    // anything that asks before then (the consent API) reads it at once.
    const soon = usesGoogleTag() ? undefined : readConsentAsync(this._storage);
    if (!soon) return this._start(readConsent(this._storage));
    const reading: Promise<void> = (this._reading = soon.then((found) => {
      if (this._reading === reading) this._start(found);
    }));
  }

  /** The JSON child changed: the same reading and checks as at start; a choice that no longer holds is asked again. */
  private _reconfigure(): void {
    this._configure();
    if (this._main && this._record && staleReason(this._record, this.revision, this._cats)) {
      this._record = null;
      this.open = true;
    }
    this.requestUpdate();
    if (this._stopGate) applyGate(document, this._hooks);
  }

  /** Settles a pending read of the stored choice at once, for callers that need it now. */
  private _known(): void {
    if (this._reading) this._start(readConsent(this._storage));
  }

  /** The stored choice is known: applies it (Consent Mode default, GPC, gating) and shows the first layer if there is none. */
  private _start(found: ReadResult): void {
    this._reading = undefined;
    let record: ConsentRecord | null = null;
    this._last = null;
    if (found.status === 'ok') {
      this._last = found.record;
      record = staleReason(found.record, this.revision, this._cats) ? null : found.record;
    } else if (found.status === 'invalid') {
      this.warnOnce('stored', () => msg('The stored consent choice could not be read and was discarded. The person is asked again.'));
      clearConsent(this._storage, this._domain);
    } else if (found.status === 'conflict') {
      // Another path or domain set a pv_consent too: keep the most restrictive, ask again.
      this.warnOnce('conflict', () => msg('More than one stored consent choice is visible (one set for another path or domain). The most restrictive is kept and the person is asked again.'));
      clearConsent(this._storage, this._domain, true);
      this._last = found.record ?? null;
      record = found.record && !staleReason(found.record, this.revision, this._cats) ? found.record : null;
    }
    // Storage that throws, or cookies turned off: the choice will hold for this page only.
    this._unremembered = found.status === 'unavailable' || (this._storage === 'cookie' && navigator.cookieEnabled === false);
    this._record = record;
    this._startConsentMode();
    // Marketing given before the signal, the whole category or one of its services: turned off.
    const marketing = servicesIn(this._offered, 'marketing');
    if (record && this._gpc && !record.gpc && (own(record.choices, 'marketing') || marketing.some((s) => own(record.services, s.id)))) {
      this._decide({...this._flat(), marketing: false, ...Object.fromEntries(marketing.map((s) => [s.id, false]))}, 'gpc');
    }
    this.open = !record || found.status === 'conflict';
    this._stopGate = watchGate(this._hooks);
    if (this._endpoint) retryReceipts(this._endpoint);
    // A button pressed in the first step's layer, before this element took over.
    const handover = handovers.get(this);
    handovers.delete(this);
    if (handover?.action && this.open) this._act(handover.action);
  }

  /**
   * The first step rendered the first layer into the shadow root itself:
   * render there too (not before its first node, as Lit does with content
   * it did not make), so that lit-html updates that layer in place.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (handovers.has(this)) this.renderOptions.renderBefore = null;
    return root;
  }

  /** Resolves once the stored choice is known and shown (and no update is pending). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._reading;
    // The dialog's services, once asked for, are part of what it shows.
    if (this._prefs) await this._viewing;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopJson?.();
    this._stopGate?.();
    this._stopGate = undefined;
    this._reading = undefined;
    this._main = this._duplicate = false;
    this.removeAttribute('data-pv-state');
    // Last: a waiting banner may take over at once.
    detach(this._controller);
    this._setPadding(null);
    clearTimeout(this._statusTimer);
    if (this._tracking) document.removeEventListener('focusin', this._onFocusIn, true);
    this._tracking = false;
  }

  /**
   * While `box` (the bar, then the confirmation) covers the bottom of the
   * window, the page gets a bottom padding and a `scroll-padding-bottom` of
   * its height, kept equal as it resizes: the browser then never scrolls the
   * focused element under it, even at the end of a long page (WCAG 2.4.11).
   * `null` puts the page's own values back.
   */
  private _setPadding(box: Element | null): void {
    if (box === this._padded) return;
    const root = document.documentElement.style;
    this._unpad?.();
    this._unpad = undefined;
    this._padded = box;
    if (!box) {
      if (this._padding) [root.scrollPaddingBottom, root.paddingBottom] = this._padding;
      this._padding = undefined;
      return;
    }
    this._padding ??= [root.scrollPaddingBottom, root.paddingBottom];
    const fit = () => (root.scrollPaddingBottom = root.paddingBottom = `${box.getBoundingClientRect().height}px`);
    fit();
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(fit);
      observer.observe(box);
      this._unpad = () => observer.disconnect();
    } else {
      // Older browsers: the bar changes height when the window does (rotation, zoom).
      addEventListener('resize', fit);
      this._unpad = () => removeEventListener('resize', fit);
    }
  }

  /**
   * Remembers the last element outside the banner that got focus (inner
   * elements of open shadow roots included), and scrolls it out from under
   * the bar where the browser's own scrolling left part of it there (Firefox,
   * inside shadow roots).
   */
  private readonly _onFocusIn = (e: FocusEvent): void => {
    const [el] = e.composedPath();
    if (!(el instanceof HTMLElement) || e.composedPath().includes(this)) return;
    this._before = el;
    const r = el.getBoundingClientRect();
    const under = this._padded ? r.bottom - this._padded.getBoundingClientRect().top : 0;
    if (under > 0) scrollBy(0, Math.min(under, r.top));
  };

  /**
   * After a decision made in the banner, focus goes back to the element that
   * had it before, else to the page's `<pv-consent-settings>`, else to its
   * `<main>` (made focusable by script if it is not), never lost on `<body>`.
   */
  private _focusOut(): void {
    const main = document.querySelector('main');
    const candidates = [this._before, document.querySelector('pv-consent-settings')?.shadowRoot?.querySelector('button'), main];
    for (const el of candidates) {
      if (!el?.isConnected) continue;
      if (el === main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
      // <main> is large: focus it where the person is reading, without jumping to its top.
      el.focus({preventScroll: el === main});
      if (deepActive() === el) return;
    }
  }

  /** A category's Google Consent Mode types: its `consentMode` in the JSON configuration, else the built-in ones. */
  private _types(category: string): readonly ConsentType[] | undefined {
    return own(this._custom, category)?.consentMode ?? own(BUILT_IN_CONSENT_MODE, category);
  }

  /** The Consent Mode types granted: by the categories' mapping, and each granted service's own types. */
  private _granting(choices: ConsentChoices, services: ServiceChoices): ConsentType[] {
    const byCategory = grantedTypes(choices, (c) => this._types(c));
    return GRANTABLE_TYPES.filter((t) => byCategory.includes(t) || this._offered.some((s) => services[s.id] && s.consentMode.includes(t)));
  }

  /** The Consent Mode state of what is in force now. */
  private _state(): ConsentState {
    return consentState(this._granting(this._effective(), this._effectiveServices()), this._gpc, this._record);
  }

  /**
   * At start: the default when the page has none yet (consent-defaults.js
   * missing), else an update only if the default it found differs. Warns once
   * when Google's tag was set up before any default.
   */
  private _startConsentMode(): void {
    if (!usesGoogleTag()) return;
    const found = readDataLayer();
    if (found.tagFirst) {
      this.warnOnce('gtag-order', () =>
        msg("Google's tag was set up before any consent default. Load consent-defaults.js in <head>, before Google's snippet.")
      );
    }
    const now = this._state();
    if (!found.state) sendConsent('default', now);
    else if (CONSENT_TYPES.some((t) => found.state![t] !== now[t])) sendConsent('update', now);
  }

  /** Records a decision, applies it to the page and tells everyone. */
  private _decide(choices: Readonly<Record<string, unknown>>, method: ConsentMethod): void {
    // Categories and services apart: a category with services is all of them.
    const {choices: full, services} = splitChoices(choices, this._cats, this._offered);
    if (this.preview || !this._main) {
      this._prefs = false;
      return;
    }
    const before = this._allowed();
    const beforeServices = this._allowedServices();
    const given = !this._record;
    const prev = this._prev();
    // The types it grants go into the record when they differ from the built-in
    // mapping, for consent-defaults.js on the next page.
    const cm = this._granting(full, services);
    const custom = cm.join() !== grantedTypes(full, (c) => own(BUILT_IN_CONSENT_MODE, c)).join();
    const record = createRecord(full, this.revision, this._days, this._gpc, undefined, custom ? cm : undefined, this._offered.length ? services : undefined);
    this._record = this._last = record;
    this._unremembered = !writeConsent(this._storage, record, this._domain);
    const [revoked, revokedServices] = this._withdraw(before, full, beforeServices, services);
    sendConsent('update', this._state());
    this._receipt(revoked.length || revokedServices.length ? 'withdrawn' : given ? 'given' : 'updated', method, record.id, prev, record.ts);
    const detail = {choices: {...full}, services: {...services}, revoked, revokedServices, method, revision: record.revision, timestamp: record.ts};
    emit(this, 'pv-consent-change', detail);
    notify(detail);
    this.open = false;
    this._prefs = false;
    // Made in the banner (focus is in its shadow root): focus leaves it with the bar (see `_focusOut`).
    if (document.activeElement === this) {
      this._refocus = true;
      this._opener = null;
    }
    this._status = this._unremembered ? 'unremembered' : 'saved';
    clearTimeout(this._statusTimer);
    // Shown, announced, then gone by itself.
    this._statusTimer = setTimeout(() => (this._status = ''), STATUS_MS);
    // Activate what is now allowed (the observer only sees new elements).
    applyGate(document, this._hooks);
  }

  /**
   * What was allowed before a change: what is in force now, and what the last
   * stored choice allowed even where it no longer holds (it expired, or the
   * revision changed): its cookies may still be there.
   */
  private _allowed(): ConsentChoices {
    const now = this._effective();
    const last = this._last?.choices ?? {};
    return Object.fromEntries([...new Set([...Object.keys(now), ...Object.keys(last)])].map((c) => [c, !!(own(now, c) || own(last, c))]));
  }

  /** The same for services: what is in force now, and what the last stored choice allowed. */
  private _allowedServices(): ServiceChoices {
    const now = this._effectiveServices();
    const last = this._last ? servicesFrom(this._last.choices, this._last.services, this._offered) : {};
    return Object.fromEntries(Object.keys(now).map((id) => [id, now[id] || own(last, id) === true]));
  }

  /**
   * The categories and services allowed `before` and not `after`: deletes
   * their cookies and storage keys, and fires `pv-consent-withdraw` with what
   * is really gone.
   */
  private _withdraw(before: ConsentChoices, after: ConsentChoices, beforeServices: ServiceChoices, afterServices: ServiceChoices): [string[], string[]] {
    const revoked = turnedOff(before, after);
    const services = turnedOff(beforeServices, afterServices);
    if (!revoked.length && !services.length) return [revoked, services];
    const gone = services.map((id) => this._services[id]);
    const listed = (key: 'cookies' | 'localStorage' | 'sessionStorage') => [
      ...revoked.flatMap((c) => own(this._custom, c)?.[key] ?? []),
      ...gone.flatMap((s) => (key === 'cookies' ? s.cookies.map((c) => c.name) : s[key])),
    ];
    emit(this, 'pv-consent-withdraw', {
      categories: [...revoked],
      services: [...services],
      cookies: deleteCookies(listed('cookies')),
      localStorage: clearKeys('localStorage', listed('localStorage')),
      sessionStorage: clearKeys('sessionStorage', listed('sessionStorage')),
      reloadSuggested: true,
    });
    return [revoked, services];
  }

  /** The id of this browser's last receipt: the last stored record's, else the one kept after a reset. */
  private _prev(): string | null {
    return this._last?.id ?? (this._endpoint ? lastReceiptId() : null);
  }

  /**
   * What the person is shown, in the banner's language: the first layer's
   * text, a newline, the preferences dialog's text, each with its runs of
   * white space made one space. The receipt carries its SHA-256.
   */
  private _seenText(): string {
    const text = (t: TemplateResult) => {
      const box = document.createElement('div');
      render(t, box);
      return box.textContent!.replace(/\s+/g, ' ').trim();
    };
    return this.inLocale(() => `${text(this._layer())}\n${text(this._prefsContent(this._level))}`);
  }

  /** Sends a receipt to `receipt-endpoint`, if there is one. A receipt that cannot be sent changes nothing for the person. */
  private _receipt(event: ReceiptEvent, method: ConsentMethod, id: string, prev: string | null, ts: number): void {
    const url = this._endpoint;
    if (!url) return;
    const policy = this._policy ?? null;
    const services = this._offered.length ? {services: this._effectiveServices()} : {};
    const receipt = {v: 1, id, prev, event, method, choices: this._effective(), ...services, revision: this.revision, lang: this.resolvedLocale, version: VERSION, gpc: this._gpc, ts, policy} as const;
    // The text hashed is the whole dialog, with its services and site texts: their module first.
    sendReceipt(url, receipt, this._view ? this._seenText() : this._loadView().then(() => this._seenText()));
  }


  private _reset(): void {
    const before = this._allowed();
    const prev = this._prev();
    const beforeServices = this._allowedServices();
    clearConsent(this._storage, this._domain);
    this._record = this._last = null;
    this._withdraw(before, this._effective(), beforeServices, this._effectiveServices());
    sendConsent('update', this._state());
    this._receipt('reset', 'api', receiptId(), prev, Date.now());
    this.open = true;
  }

  private _acceptAll(): ConsentChoices {
    // Under Global Privacy Control, marketing stays off unless turned on one by one.
    return Object.fromEntries(this._cats.map((c) => [c, !(c === 'marketing' && this._gpc)]));
  }

  private _openPrefs(): void {
    this._opener = deepActive();
    if (this._opener && !this.renderRoot.contains(this._opener)) this._before = this._opener;
    const current = this._flat();
    this._draft = this._record || this._mode === 'notice' ? current : Object.fromEntries(this._gateIds.map((c) => [c, false]));
    this._prefs = true;
    void this._loadView();
  }

  /** Loads the dialog's services and site texts (once), and adopts their styles. */
  private _loadView(): Promise<void> {
    return (this._viewing ??= import('./consent-services-view.js').then(
      (view) => {
        this._view = view;
        view.adoptViewStyles(this.renderRoot, PvConsentBanner.elementStyles);
        this.requestUpdate();
      },
      // Not loaded (the network failed): the dialog works without its services list; the next opening tries again.
      () => void (this._viewing = undefined)
    ));
  }

  /** Turns a category (with all its services) or one service on or off in the dialog's draft. */
  private _toggle(id: string, on: boolean): void {
    const draft = {...this._draft, [id]: on};
    for (const s of servicesIn(this._offered, id)) draft[s.id] = on;
    const service = own(this._services, id);
    if (service) draft[service.category] = servicesIn(this._offered, service.category).every((s) => draft[s.id]);
    this._draft = draft;
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
      this._resolve();
      this.open = this.preview;
    } else if (ATTRIBUTES.some((a) => changed.has(a))) {
      this._resolve();
    }
  }

  protected override updated(): void {
    if (isServer) return;
    this._authorWarnings();
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
    if (this._main && !this._tracking) {
      this._tracking = true;
      const active = deepActive();
      if (active && active !== document.body && !this.renderRoot.contains(active)) this._before = active;
      document.addEventListener('focusin', this._onFocusIn, true);
    }
    if (this._refocus) {
      this._refocus = false;
      this._focusOut();
    }
    const live = !this.preview && this._main;
    const bar = live && this.open && this._position === 'bottom' ? this.renderRoot.querySelector('.bar') : null;
    this._setPadding(bar ?? (live ? this.renderRoot.querySelector('.status') : null));
    // For consent automation: whether the page's banner still asks.
    if (this._main && !this._reading) this.setAttribute('data-pv-state', this._record && !this.open ? 'decided' : 'undecided');
  }

  /** What the first layer shows now. */
  private _layerState(): LayerState {
    return {
      notice: this._mode === 'notice',
      level: this._level,
      policy: this._policy,
      hint: this.settingsHint,
      // The organisation that asks (the JSON child's `controller`), named in the first sentence.
      org: localText(this._site.controller?.name, currentLocale()),
      gpc: this._gpc,
      unremembered: this._unremembered,
    };
  }

  /** A first-layer button pressed (here, or in the first step's layer before the element took over). */
  private readonly _act = (action: LayerAction): void => {
    this._known();
    if (action === 'choose') this._openPrefs();
    else this._decide(action === 'accept-all' ? this._acceptAll() : action === 'close' ? this._effective() : {}, action === 'close' ? 'notice' : action);
  };

  private _layer(): TemplateResult {
    return firstLayer(this._layerState(), this._act);
  }

  private _category(id: string, text: CategoryText, fixed = false): TemplateResult {
    const data = text.data;
    const services = fixed ? Object.values(this._services).filter((s) => s.category === id) : servicesIn(this._offered, id);
    const draft = this._draft;
    // With services, the category's box is all of them: checked, unchecked or mixed (a checkbox, since a switch has no mixed state).
    const some = services.some((s) => own(draft, s.id) === true);
    const on = fixed || (services.length ? services.every((s) => own(draft, s.id) === true) : own(draft, id) === true);
    return html`<li class="category" part="category">
      <div class="switch">
        <input type="checkbox" role=${services.length ? nothing : 'switch'} id="c-${id}" aria-describedby="d-${id}" .checked=${on}
          .indeterminate=${some && !on} ?disabled=${fixed}
          @change=${(e: Event) => this._toggle(id, (e.target as HTMLInputElement).checked)} />
        <label for="c-${id}">${text.label}</label>
      </div>
      <div id="d-${id}">
        ${text.purpose ? html`<p>${text.purpose}</p>` : nothing}
        ${data ? html`<p>${msg(str`Data collected: ${data}`)}</p>` : nothing}
      </div>
      ${services.length && this._view ? this._view.servicesList(services, draft, fixed, this._site, currentLocale(), (sid, v) => this._toggle(sid, v)) : nothing}
    </li>`;
  }

  protected override render(): TemplateResult {
    if (this._duplicate) return html``;
    const prefs = this._prefs ? this._prefsContent(this._level) : nothing;
    return frame(this._position === 'center' && !this.preview, this.preview, this.open, this._layer(), prefs, statusRegion(this._statusText()), this._frameEvents);
  }

  private readonly _frameEvents = {cancel: (e: Event) => this._onLayerCancel(e), close: () => this._onPrefsClose()};

  private _statusText(): string {
    return this._status === 'saved'
      ? msg('Your choices are saved. Change them any time with Cookie settings.')
      : this._status === 'unremembered'
        ? msg('Your choices apply to this visit only: this browser does not let the site remember them.')
        : '';
  }

  /** The dialog's close button: like Escape, it leaves the choices as they were. */
  private _closeButton(): TemplateResult {
    return html`<button type="button" class="close" part="button button-close-dialog" data-pv-action="close-dialog" aria-label=${msg('Close')} @click=${() => (this._prefs = false)}>
      <span aria-hidden="true">×</span>
    </button>`;
  }

  /** The preferences dialog's content, rendered only while it is open: less work before the first layer shows. */
  private _prefsContent(level: HeadingLevel): TemplateResult {
    return html`
        ${this._closeButton()}
        ${heading(level, 'prefs-title', 'preferences-title', msg('Your privacy choices'))}
        <p>${msg('Choose which optional uses to allow. You can change your choices at any time.')}</p>
        <ul class="categories" role="list">
          ${this._category('necessary', necessaryText(this._site.necessary, currentLocale()), true)}
          ${this._cats.map((id) => this._category(id, this._text(id)))}
        </ul>
        ${this._view ? this._view.siteInfo(this._site, this._days, currentLocale()) : nothing}
        <div class="actions">
          ${button(msg('Save choices'), 'save', () => this._decide(this._draft, 'custom'))}
          ${button(msg('Accept all'), 'accept-all', () => this._act('accept-all'))}
          ${button(msg('Reject all'), 'reject-all', () => this._act('reject-all'))}
        </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-consent-banner': PvConsentBanner;
  }
}
