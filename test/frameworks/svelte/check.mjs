// Svelte 5 + Vite: svelte-check on the app (no error, no warning), and on
// mistakes/ (each of its four mistakes reported), a production build, then
// the built app in Chromium.
import {join} from 'node:path';

export default async function check({dir, run, bin, inBrowser, shadowText, check, log}) {
  run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], {cwd: dir});
  const out = run(bin('svelte-check'), ['--tsconfig', './tsconfig.mistakes.json', '--output', 'machine'], {cwd: dir, expectFail: true});
  const errors = out.split('\n').filter((l) => /\bERROR\b/.test(l));
  for (const line of [5, 6, 7, 8]) {
    check(errors.some((e) => e.includes('Mistakes.svelte') && e.includes(` ${line}:`)), `svelte-check accepted line ${line} of mistakes/Mistakes.svelte:\n${out}`);
  }
  log('svelte-check passes (and reports the wrong attribute and event types)');
  run(bin('vite'), ['build', '--logLevel', 'warn'], {cwd: dir});
  await inBrowser({root: join(dir, 'dist'), path: '/index.html'}, async (page) => {
    const fr = await shadowText(page, '#fr');
    check(fr.includes('À propos des témoignages'), `the French disclaimer is not in French: ${fr.slice(0, 120)}`);
    const referral = await shadowText(page, '#referral');
    check(referral.includes('Demander à votre médecin de famille'), `the French referral cards are not in French: ${referral.slice(0, 200)}`);
    check(await page.evaluate(() => !!document.querySelector('#en').shadowRoot.querySelector('h3')), 'heading-level="3" gave no h3');
    await page.evaluate(() => document.querySelector('#en').shadowRoot.querySelector('[part~="toggle"]').click());
    await page.waitForFunction(() => document.querySelector('main').dataset.toggles === '1', {timeout: 5000});
    check(await page.evaluate(() => document.querySelector('pv-consent-banner').policyUrl === '/privacy'), 'the banner has no policyUrl');
    await page.evaluate(() => [...document.querySelector('pv-consent-banner').shadowRoot.querySelectorAll('button')].find((b) => b.dataset.pvAction === 'accept-all').click());
    await page.waitForFunction(() => document.querySelector('main').dataset.consent === 'accept-all:true', {timeout: 5000});
  });
  log('in Chromium: French in French, events, attributes; a clean console');
}
