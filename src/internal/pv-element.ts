import {LitElement, isServer, type PropertyDeclaration, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {normalizeLocale, resolveLocale, setServerLocale, withLocale, type PvLocale} from './locale.js';
import {parseHeadingLevel, type HeadingLevel} from './heading.js';
import {VERSION} from './version.js';
import {HASH_ATTR, domHash} from './prerender.js';
import {adoptStylesIn} from './styles.js';
import {ThemeController, THEMES, type Theme} from './theme.js';

/** Connected widgets, so one observer can tell each when its language changes. */
const live = new Set<PvElement>();
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();
const LANG_OBSERVE: MutationObserverInit = {attributes: true, attributeFilter: ['lang'], subtree: true};

function observeLangAbove(el: PvElement): void {
  observer ??= new MutationObserver(() => {
    for (const widget of live) widget.refreshLocale();
  });
  // The document, plus every shadow root between it and the widget: a
  // MutationObserver on the document does not see inside shadow roots.
  // (By node type, not instanceof: the widget may be in another window's document.)
  let root: Node = el.getRootNode();
  for (;;) {
    const shadow = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : undefined;
    const target = shadow ?? el.ownerDocument.documentElement;
    if (!observed.has(target)) {
      observed.add(target);
      observer.observe(target, LANG_OBSERVE);
    }
    if (!shadow) break;
    root = shadow.host.getRootNode();
  }
}

/**
 * `value`, or `undefined` when it is missing or blank: for an attribute whose
 * empty value (`variant=""`) means its default, silently. Pass the result to
 * `enumOf()`.
 */
export function nonBlank(value: string | null | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

/**
 * Base class of every patient-voice widget.
 *
 * - Renders in its own language: its `lang`, else the nearest `[lang]`
 *   ancestor (across shadow roots), else `<html lang>`, else English; any
 *   `fr-*` is French. It re-renders when any of those change.
 * - Warns once, in its own language, about each bad attribute value.
 */
export class PvElement extends LitElement {
  static override properties: PropertyDeclarations = {_locale: {state: true, attribute: false}, theme: {reflect: true}};
  /** The library version that defined this element (used by `define()`). */
  static readonly pvVersion = VERSION;

  /**
   * Colour scheme: `auto` (default) follows the page's `color-scheme` when
   * it declares one, else the reader's preference; `light` or `dark` fixes it.
   */
  theme?: Theme;

  private _locale: PvLocale = 'en';
  private _warned = new Set<string>();
  /** The document whose style sheets the shadow root has adopted. */
  private _styledFor?: Document;

  constructor() {
    super();
    new ThemeController(this, (value) => this.enumOf('theme', nonBlank(value), THEMES, 'auto'));
    if (isServer) {
      // Server rendering (@lit-labs/ssr) calls willUpdate() and render()
      // directly, not performUpdate(), and there is no tree to inherit from:
      // the element's own `lang` decides (the render command always writes
      // one, so the browser resolves the same language when it hydrates).
      const inOwnLang = <T>(fn: () => T): T => {
        this._locale = normalizeLocale(this.getAttribute('lang')) ?? 'en';
        return withLocale(this._locale, fn);
      };
      const {willUpdate, render} = this;
      this.willUpdate = (changed) => inOwnLang(() => willUpdate.call(this, changed));
      this.render = () =>
        inOwnLang(() => {
          // Any Lit SSR host (a plain render(), Astro, Next) evaluates parts
          // of the template after render() returns (`repeat` callbacks,
          // nested templates), outside inOwnLang: they answer in the
          // language of the element rendered last, which is this one until
          // the next element renders (no widget renders another inside it).
          setServerLocale(this._locale);
          return render.call(this);
        });
    }
  }

  /**
   * Every attribute of a widget is reflected, but only once its value
   * differs from its default (`useDefault`): the element writes nothing on
   * itself that the page did not set (React and Next.js hydration compare
   * the attributes), and a server renderer that sets properties (Astro's
   * @astrojs/lit) writes them as attributes, so the browser gets the same
   * configuration and need not wait for a framework to pass it again.
   */
  protected static override finalize(): void {
    // Before Lit reads this class's own `properties` (finalize runs once per class; this is idempotent).
    if (Object.prototype.hasOwnProperty.call(this, 'properties')) {
      const props = this.properties as Record<string, PropertyDeclaration>;
      for (const [name, options] of Object.entries(props)) {
        // A property that says how it reflects (real state such as `open`) keeps its own options.
        if (!options.state && options.attribute !== false && options.reflect === undefined) props[name] = {...options, reflect: true, useDefault: true};
      }
    }
    super.finalize();
  }

  /** The language this element renders in now: `en` or `fr`. */
  get resolvedLocale(): PvLocale {
    return this._locale;
  }

  /**
   * A declarative shadow root is hydrated only when it is what `pv-render`
   * made: a widget marked `data-pv-prerendered` (or carrying a hash) whose
   * content matches its `data-pv-hash` (src/internal/prerender.ts). Edited
   * pre-rendered HTML, or one without its hash, is emptied and rendered
   * afresh from the widget's own data, with one warning. A snapshot made in
   * the browser (the embed builder's, marked `data-pv-snapshot`) cannot be
   * hydrated either: it is rendered afresh, silently. Both before the next paint.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    const ctor = this.constructor as typeof LitElement;
    this._styledFor = this.ownerDocument;
    if (!root) {
      if (this.ownerDocument === document) return super.createRenderRoot();
      // In another document (an iframe's): Lit's own sheets belong to ours.
      const fresh = this.attachShadow(ctor.shadowRootOptions);
      adoptStylesIn(fresh, ctor.elementStyles);
      return fresh;
    }
    if (!this.hasAttribute('data-pv-snapshot')) {
      const expected = this.getAttribute(HASH_ATTR);
      if (expected === null && !this.hasAttribute('data-pv-prerendered')) return super.createRenderRoot();
      if (expected !== null && expected === domHash(this, root)) return super.createRenderRoot();
      this.warnOnce('prerender', () => msg('The pre-rendered HTML does not match its data-pv-hash (edited, or made without it). It is rendered again from the widget’s own data.'));
    }
    root.replaceChildren();
    adoptStylesIn(root, ctor.elementStyles);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another document since its styles were adopted (appended or
    // adopted into an iframe): adopt them again, made for that document.
    const root = this.shadowRoot;
    if (root && this._styledFor && this._styledFor !== this.ownerDocument) {
      this._styledFor = this.ownerDocument;
      adoptStylesIn(root, (this.constructor as typeof LitElement).elementStyles);
    }
    this._locale = resolveLocale(this);
    live.add(this);
    observeLangAbove(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** @internal Re-resolves the language; called when a `lang` attribute changes. */
  refreshLocale(): void {
    const next = resolveLocale(this);
    if (next !== this._locale) this._locale = next;
  }

  protected override performUpdate(): void {
    // Every msg() during this element's update (willUpdate, render, updated)
    // answers in the element's own language.
    withLocale(this._locale, () => super.performUpdate());
  }

  /** Runs `fn` (which calls `msg()`) in this element's language: for event handlers and warnings. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this._locale, fn);
  }

  /** Logs `<tag>: message` once per element and `key`, in the element's language. */
  protected warnOnce(key: string, message: () => string): void {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(`<${this.localName}>: ${this.inLocale(message)}`);
  }

  /**
   * One clear warning for a bad attribute value: names the element, the
   * attribute, the bad value, the accepted values and what is used instead.
   */
  protected warnInvalid(attribute: string, value: string, accepted: readonly string[], fallback: string): void {
    const list = accepted.join(', ');
    this.warnOnce(`${attribute}=${value}`, () =>
      msg(str`${attribute}="${value}" is not valid. Accepted values: ${list}. Using "${fallback}".`)
    );
  }

  /**
   * Resolves an enumerated attribute: trimmed and lower-cased, one of
   * `accepted`, else one warning (also for an empty value) and `fallback`.
   * A missing one (null, undefined) is `fallback` without a warning. Call
   * it from `willUpdate`, not `render`.
   */
  protected enumOf<T extends string>(attribute: string, value: string | null | undefined, accepted: readonly T[], fallback: T): T {
    const v = String(value ?? '').trim().toLowerCase();
    if ((accepted as readonly string[]).includes(v)) return v as T;
    if (value != null) this.warnInvalid(attribute, String(value), accepted, fallback);
    return fallback;
  }

  /**
   * Resolves a whole-number attribute within `min`–`max`, else one warning
   * and `fallback` (also for an empty value). A missing one (null,
   * undefined) is `fallback` without a warning.
   */
  protected integerOf(attribute: string, value: string | number | null | undefined, min: number, max: number, fallback: number): number {
    if (value == null) return fallback;
    const raw = String(value).trim();
    const n = Number(raw);
    if (raw && Number.isInteger(n) && n >= min && n <= max) return n;
    this.warnInvalid(attribute, raw, [`${min}–${max}`], String(fallback));
    return fallback;
  }

  /** Reads a `heading-level` value, warning and using `fallback` when it is not 1–6 or none. */
  protected headingLevelOf(value: string | null | undefined, fallback: HeadingLevel): HeadingLevel {
    if (value == null || value === '') return fallback;
    const level = parseHeadingLevel(value);
    if (level !== undefined) return level;
    this.warnInvalid('heading-level', value, ['1', '2', '3', '4', '5', '6', 'none'], fallback === 0 ? 'none' : String(fallback));
    return fallback;
  }
}
