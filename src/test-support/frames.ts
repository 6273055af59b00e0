/** Loads `html` as a full page in an iframe and resolves once it has loaded. */
export async function loadFrame(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** An inline script that records a page's errors in `window.__errors` and console warnings in `window.__warnings`. */
export const ERROR_TRAP =
  '<script>window.__errors=[];window.__warnings=[];addEventListener("error",e=>__errors.push(String(e.message)));addEventListener("unhandledrejection",e=>__errors.push(String(e.reason)));const w=console.warn;console.warn=(...a)=>{__warnings.push(a.map(String).join(" "));w.apply(console,a)}</script>';

/** Waits until `check()` is true (polling each animation frame), or fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
