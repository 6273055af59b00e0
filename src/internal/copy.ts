/**
 * Copies plain text to the clipboard. Uses the async Clipboard API, and falls
 * back to a hidden textarea + `execCommand('copy')` where that API is missing
 * or refused (older browsers, some embedded webviews). Resolves to whether it
 * worked; never throws. Widgets announce the result themselves, through a
 * `role="status"` element in their shadow root.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
