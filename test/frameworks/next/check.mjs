// Next.js App Router: `next build` (with its type check), `next start`, then
// Chromium: the page hydrates with no console warning, the wrappers' event
// props and properties work (policyUrl), a plain tag's `onpv-…` listener
// fires after hydration, French cards are in French, and a page on the Edge
// runtime (no DOM) imports the entries and renders; then `next dev` once,
// for React's development-only hydration warnings.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export default async function check({dir, run, bin, startServer, freePort, inBrowser, shadowText, check, log}) {
  const env = {NEXT_TELEMETRY_DISABLED: '1'};
  run(bin('next'), ['build'], {cwd: dir, env});
  const {version} = JSON.parse(readFileSync(join(dir, 'node_modules/next/package.json'), 'utf8'));
  log(`next ${version} build (type check included) passes`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {cwd: dir, env, url});
  try {
    const served = await (await fetch(url)).text();
    check(/<pv-medical-disclaimer id="fr" lang="fr" variant="story" heading-level="2">/.test(served), 'the server did not write the plain tag with its attributes');

    await inBrowser({url}, async (page, messages) => {
      await page.waitForFunction(() => document.body.dataset.hydrated === 'true', {timeout: 15_000});
      const fr = await shadowText(page, '#fr');
      check(fr.includes('À propos des témoignages'), `the French disclaimer is not in French: ${fr.slice(0, 120)}`);
      await page.waitForFunction(() => document.querySelector('#referral').shadowRoot?.textContent.includes('Demander à votre médecin de famille'), {timeout: 5000}).catch(() => {
        throw new Error('the French referral cards (wrapper, lang="fr") are not in French');
      });
      await page.evaluate(() => document.querySelector('#en').shadowRoot.querySelector('[part~="toggle"]').click());
      await page.waitForFunction(() => document.querySelector('#widgets').dataset.toggles === '1', {timeout: 5000});
      // The banner opens once it has read the stored choice (none here).
      await page.waitForFunction(() => document.querySelector('pv-consent-banner').open, {timeout: 10_000}).catch(() => undefined);
      const banner = await page.evaluate(() => {
        const el = document.querySelector('pv-consent-banner');
        return {policyUrl: el.policyUrl, open: el.open, link: [...el.shadowRoot.querySelectorAll('a')].some((a) => a.href === new URL('/privacy', location.href).href)};
      });
      check(banner.policyUrl === '/privacy' && banner.open && banner.link, `the banner's policyUrl: ${JSON.stringify(banner)} (console: ${messages.join(' | ')})`);
      await page.evaluate(() => [...document.querySelector('pv-consent-banner').shadowRoot.querySelectorAll('button')].find((b) => b.dataset.pvAction === 'accept-all').click());
      await page.waitForFunction(() => document.querySelector('#widgets').dataset.consent === 'accept-all:true', {timeout: 5000});
      await page.evaluate(() => document.querySelector('#rights').shadowRoot.querySelector('[part~="toggle"]').click());
      await page.waitForFunction(() => document.querySelector('#widgets').dataset.rights === 'true', {timeout: 5000}).catch(() => {
        throw new Error("the plain tag's onpv-rights-toggle did not fire after hydration");
      });
    });
    log('in Chromium: hydrated with no warning, wrapper events, policyUrl, onpv-… on a plain tag, French in French');

    const edge = await fetch(`${url}/edge`);
    const edgeHtml = await edge.text();
    check(edge.status === 200 && /data-version="\d/.test(edgeHtml), `the Edge runtime page: ${edge.status} ${edgeHtml.slice(0, 300)}`);
    await inBrowser({url, path: '/edge'}, async (page) => {
      const edgeText = await shadowText(page, '#edge');
      check(edgeText.includes('À propos de ces renseignements'), `the Edge page's French disclaimer: ${edgeText.slice(0, 120)}`);
    });
    log('Edge runtime: the entries import and the page renders, with a clean console');
  } finally {
    server.stop();
  }

  // React reports attribute mismatches only in development: `next dev` once,
  // where an element that wrote its defaults on itself (variant="general")
  // before hydration logs "A tree hydrated but some attributes … didn't match".
  const devPort = await freePort();
  const devUrl = `http://127.0.0.1:${devPort}`;
  const dev = await startServer(bin('next'), ['dev', '-p', String(devPort), '-H', '127.0.0.1'], {cwd: dir, env, url: devUrl, timeout: 120_000});
  try {
    // Lit says once that it runs its development build, as it should here.
    await inBrowser({url: devUrl, timeout: 120_000, allow: /Lit is in dev mode/}, async (page) => {
      await page.waitForFunction(() => document.body.dataset.hydrated === 'true', {timeout: 120_000});
      await page.waitForFunction(() => document.querySelector('#plain').shadowRoot?.textContent.includes('Next Org'), {timeout: 10_000});
      await new Promise((r) => setTimeout(r, 1000));
    });
    log('next dev: hydrated with no hydration warning');
  } finally {
    dev.stop();
  }
}
