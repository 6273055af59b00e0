/**
 * The first step of `dist/cdn/consent-banner.js`: on a first visit it shows
 * the page's banner's first layer at once, with lit-html alone and the page's
 * language only, and loads the rest (Lit's element layer, the dialog, the
 * JSON configuration's reader, services, the gate, Consent Mode, receipts)
 * when the page is idle (at once on a page with Google's tag), or when a
 * button is pressed. The element
 * then takes the layer over in place (consent-layer.ts) and does what was
 * pressed.
 *
 * Anything else (a choice is stored, a preview, the banner not yet in the
 * page, a browser that keeps no choice) loads the rest at once: the element
 * decides, as it does when it is loaded by other means.
 */
import {render} from 'lit-html';
import {msg} from '@lit/localize';
import {addFrench, resolveLocale, withLocale, type PvLocale} from '../../internal/locale.js';
import {adoptStylesIn, baseStyles} from '../../internal/styles.js';
import {followsPreference} from '../../internal/theme.js';
import {parseHeadingLevel} from '../../internal/heading.js';
import {safeUrl} from '../../internal/safe-url.js';
import {readJsonConfig, isRecord, own} from '../../internal/json-config.js';
import {consentStyles} from './consent-banner.styles.js';
import {absoluteUrl, gpcEnabled, hasStoredChoice, localText, readText, usesGoogleTag} from './consent-peek.js';
import {exposeConsentApi} from './consent-api.js';
import {firstLayer, frame, handovers, statusRegion, type Handover, type LayerAction} from './consent-layer.js';

let loading: Promise<unknown> | undefined;
/**
 * The element, its French and everything else, once. A failure (lazy/ not
 * next to the file, the network) is said once: browsers keep a failed
 * import failed, so only loading the page again retries.
 */
const loadRest = (lang: PvLocale = 'en'): Promise<unknown> =>
  (loading ??= import('./define.js').catch((e: unknown) => {
    console.warn(`<pv-consent-banner>: ${withLocale(lang, () => msg('Could not load lazy/ (next to consent-banner.js): the buttons do nothing until the page is reloaded.'))} (${String(e)})`);
  }));

/** An attribute's value, trimmed and lower-cased. */
const attr = (el: Element, name: string): string => (el.getAttribute(name) ?? '').trim().toLowerCase();

async function first(el: Element): Promise<void> {
  const storage = attr(el, 'storage') === 'local' ? 'local' : 'cookie';
  if (hasStoredChoice(storage) !== false || (storage === 'cookie' && !navigator.cookieEnabled)) return;
  const lang = resolveLocale(el);
  if (lang === 'fr') addFrench((await import('../../generated/locales/fr/consent-banner-first.js')).templates);
  // Defined meanwhile (another copy of the library), or the page changed: the element decides.
  if (customElements.get('pv-consent-banner') || el.shadowRoot || !el.isConnected) return;
  const json = readJsonConfig(el);
  const config = json?.ok && isRecord(json.value) ? json.value : undefined;
  const controller = own(config, 'controller');
  // As the element reads it, without the warnings (the element gives those).
  const org = readText(isRecord(controller) ? own(controller, 'name') : controller, '', () => {});
  const policy = el.getAttribute('policy-url');
  const safe = policy ? safeUrl(policy) : undefined;
  const url = safe && absoluteUrl(safe);
  const modal = attr(el, 'position') === 'center';
  const handover: Handover = {before: document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null};
  const act = (action: LayerAction) => {
    handover.action = action;
    void loadRest(lang);
  };
  const root = el.attachShadow({mode: 'open'});
  adoptStylesIn(root, [baseStyles, consentStyles]);
  followsPreference(el);
  const layer = withLocale(lang, () =>
    firstLayer(
      {
        notice: attr(el, 'mode') === 'notice',
        level: parseHeadingLevel(el.getAttribute('heading-level')) ?? 2,
        policy: url || undefined,
        hint: el.getAttribute('settings-hint') ?? undefined,
        org: localText(org, lang),
        gpc: gpcEnabled(),
        unremembered: false,
      },
      act
    )
  );
  handovers.set(el, handover);
  // Escape on the modal layer counts as refusing, as in the element.
  render(frame(modal, false, true, layer, '', statusRegion(''), {cancel: (e) => (e.preventDefault(), act('reject-all')), close: () => {}}), root, {host: el});
  if (modal) root.querySelector('dialog')?.showModal();
  // For consent automation, as the element writes it.
  el.setAttribute('data-pv-state', 'undecided');
}

exposeConsentApi();
const banner = document.querySelector('pv-consent-banner:not([preview])');
if (!banner || customElements.get('pv-consent-banner')) void loadRest();
else {
  void first(banner).then(
    () => {
      // Google's tag waits for the banner's Consent Mode default if the page sent none: the rest at once.
      if (!handovers.has(banner) || usesGoogleTag()) return void loadRest();
      // The rest once the first layer is on screen and the page is idle.
      const lang = resolveLocale(banner);
      if ('requestIdleCallback' in window) requestIdleCallback(() => void loadRest(lang), {timeout: 1000});
      else setTimeout(() => void loadRest(lang), 50);
    },
    () => void loadRest()
  );
}
