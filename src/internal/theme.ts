import {isServer} from 'lit-html/is-server.js';
import type {ReactiveController, ReactiveElement} from 'lit';

/** Values of the `theme` attribute every widget takes. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One `:host { color-scheme: light dark }` sheet per window (a sheet can only be adopted in its own document). */
const sheets = new WeakMap<Window, CSSStyleSheet>();
function followPreference(win: Window & typeof globalThis): CSSStyleSheet {
  let sheet = sheets.get(win);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(':host(:not([theme="light" i]):not([theme="dark" i])) { color-scheme: light dark; }');
    sheets.set(win, sheet);
  }
  return sheet;
}

/** The colour scheme the page declares where `el` sits: its inherited `color-scheme`, else `<meta name="color-scheme">`; `''` when none. */
export function pageColorScheme(el: Element): string {
  const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  const inherited = parent ? getComputedStyle(parent).colorScheme : 'normal';
  if (inherited && inherited !== 'normal') return inherited;
  const meta = el.ownerDocument.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content.trim();
  return meta && meta !== 'normal' ? meta : '';
}

/**
 * `theme="auto"` (the default): the widget inherits the page's
 * `color-scheme` when the page declares one (so a light-only site keeps
 * light widgets), else it follows the reader's preference
 * (`prefers-color-scheme`). `light` and `dark` are plain CSS on the host
 * (styles.ts). The page is read when the widget connects.
 */
export class ThemeController implements ReactiveController {
  private seen: string | undefined;

  /** `check` resolves the attribute's value (it warns once about a bad one). */
  constructor(
    private readonly host: ReactiveElement & {theme?: string},
    private readonly check: (value: string | undefined) => Theme
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const value = this.host.theme;
    if (value === this.seen) return;
    this.seen = value;
    if (value !== undefined) this.check(value);
  }

  hostConnected(): void {
    if (isServer) return;
    // After the first render the shadow root exists and holds Lit's sheets.
    void this.host.updateComplete.then(() => this.apply());
  }

  apply(): void {
    followsPreference(this.host);
  }
}

/** Adopts or drops, in `host`'s shadow root, the "follow the reader's preference" sheet (the page declares no colour scheme). */
export function followsPreference(host: Element): void {
  const root = host.shadowRoot;
  const win = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!root || !win || !('adoptedStyleSheets' in root)) return;
  const sheet = followPreference(win);
  const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
  root.adoptedStyleSheets = pageColorScheme(host) ? others : [...others, sheet];
}
