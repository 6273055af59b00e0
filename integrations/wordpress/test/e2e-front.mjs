// Front-end checks of the WordPress end-to-end test that are not about the
// editor (imported and called by e2e.mjs, which gives its helpers as `t`).
/* global window, document -- the functions given to page.evaluate() run in the browser. */

/**
 * While the banner is on: consent-defaults.js is the first script of the
 * page, in <head>, ahead of a snippet printed early in <head> the way
 * Google's tag is (the test's mu-plugin prints one on `wp_head` at priority
 * 0), and it gives Google Consent Mode's default from the stored choice.
 */
export async function consentDefaultsInHead(t) {
  const {check, assert, equal, SITE} = t;
  await check('banner on: consent-defaults.js is the first script in <head>, before an early inline snippet, with the banner\'s revision; Consent Mode\'s default follows the stored choice', async () => {
    const ctx = await t.browser.createBrowserContext();
    const p = await t.newPage(ctx);
    try {
      await p.goto(`${SITE}/?p=1`, {waitUntil: 'networkidle0'});
      const first = await p.evaluate(() => {
        const s = document.querySelector('script');
        return {inHead: s?.parentElement === document.head, src: s?.getAttribute('src') ?? '(inline)', revision: s?.dataset.revision ?? null, type: s?.type ?? null};
      });
      assert(first.inHead && /\/plugins\/patient-voice-widgets\/assets\/dev\/consent-defaults\.js\?ver=/.test(first.src), `the first script of the page: ${JSON.stringify(first)}`);
      equal([first.revision, first.type], ['2026-11', ''], 'its data-revision and type (a classic script)');
      equal(await p.evaluate(() => window.pvE2eDefaultFirst), true, 'the early snippet in <head> found Consent Mode\'s default already in dataLayer');
      const defaults = () =>
        p.evaluate(() => (window.dataLayer ?? []).filter((a) => a[0] === 'consent' && a[1] === 'default').map((a) => ({analytics: a[2].analytics_storage, ads: a[2].ad_storage, wait: a[2].wait_for_update ?? null})));
      equal((await defaults())[0], {analytics: 'denied', ads: 'denied', wait: 500}, 'the default before any choice');
      const accept = await p.waitForFunction(
        () => [...(document.querySelector('pv-consent-banner')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === 'Accept all' && b.offsetParent),
        {timeout: 10000}
      );
      await accept.asElement().click();
      await p.waitForFunction(() => !document.querySelector('pv-consent-banner').hasAttribute('open'), {timeout: 10000});
      await p.reload({waitUntil: 'networkidle0'});
      equal((await defaults())[0], {analytics: 'granted', ads: 'denied', wait: null}, 'the default on the next page, after "Accept all" (analytics offered; marketing not)');
    } finally {
      await ctx.close();
    }
  });
}

