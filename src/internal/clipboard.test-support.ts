/** A stand-in clipboard for the browser tests (headless browsers refuse the real one). Not shipped. */
export function stubClipboard(ok: boolean): {written: string[]; restore: () => void} {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {writeText: async (t: string) => (ok ? void written.push(t) : Promise.reject(new Error('denied')))},
  });
  // When the clipboard refuses, the fallback (execCommand) must fail too.
  const original = document.execCommand;
  if (!ok) document.execCommand = () => false;
  return {
    written,
    restore: () => {
      delete (navigator as {clipboard?: unknown}).clipboard;
      document.execCommand = original;
    },
  };
}
