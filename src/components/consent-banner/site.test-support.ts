/** Site-like test pages for the consent banner's browser tests (not shipped). */
import {ERROR_TRAP, loadFrame, until} from '../../test-support/frames.js';
import type {ConsentApi} from './consent-api.js';

export type FramePage = Window &
  typeof globalThis & {__warnings: string[]; __errors: string[]; __ran?: number; patientVoice?: {consent?: ConsentApi}};
export type Banner = HTMLElement & {updateComplete: Promise<unknown>; open: boolean};

/** The page's own warnings (not Lit's development-build notice). */
export const warningsOf = (w: FramePage): string[] => w.__warnings.filter((m) => !m.includes('Lit is in dev mode'));

/** What a test page has fetched from the probe (test/probe.mjs), in order. */
export async function requested(id: string): Promise<string[]> {
  return (await (await fetch(`/__probe-log/${id}`, {cache: 'no-store'})).json()) as string[];
}

/** A fresh probe id: `/__probe/<id>/<name>` is what a page fetches, `requested(id)` what it did. */
export const newProbe = (): string => `gate-${Math.random().toString(36).slice(2)}`;

export interface SiteOptions {
  head?: string;
  body?: string;
  lang?: string;
  /** What stands first in `<body>` (default: one banner). */
  banner?: string;
  /** Module code run after the banner's script (as a site's own app would). */
  app?: string;
}

/**
 * Loads a page laid out as sites do (the banner first in `<body>`, header,
 * main, a footer with the settings button, the banner's module script last)
 * in a frame, and waits until the banner's code has run (and the first
 * banner, if any, is ready).
 */
export async function sitePage({head = '', body = '', lang = 'en', banner = '<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', app = ''}: SiteOptions = {}): Promise<{
  frame: HTMLIFrameElement;
  w: FramePage;
}> {
  const frame = await loadFrame(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Clinic</title>
    ${ERROR_TRAP}${head}</head><body>
    ${banner}
    <header><nav><a href="#main">Home</a></nav></header>
    <main id="main"><h1>Getting a second opinion</h1>${body}</main>
    <footer><pv-consent-settings></pv-consent-settings></footer>
    <script type="module" src="/src/components/consent-banner/define.ts"></script>
    ${app ? `<script type="module">${app}</script>` : ''}
    </body></html>`);
  const w = frame.contentWindow as FramePage;
  await until(() => !!w.patientVoice?.consent && !!w.customElements.get('pv-consent-banner'), 5000, 'the banner in the frame');
  await (w.document.querySelector('pv-consent-banner') as Banner | null)?.updateComplete;
  return {frame, w};
}

/** Runs `test` on a site-like page (see `sitePage`), then removes the page, pass or fail. */
export async function onSite(options: SiteOptions, test: (w: FramePage) => Promise<void>): Promise<void> {
  const {frame, w} = await sitePage(options);
  try {
    await test(w);
  } finally {
    frame.remove();
  }
}
