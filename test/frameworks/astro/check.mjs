// Astro 5 + @astrojs/lit: `astro build` server-renders the widgets (Lit
// SSR, declarative shadow DOM) as islands; the built page in Chromium
// hydrates them (they respond), and French cards stay French; a plain tag
// registered by a <script> renders in the browser.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export default async function check({dir, run, bin, inBrowser, shadowText, check, log}) {
  run(bin('astro'), ['build', '--silent'], {cwd: dir, env: {ASTRO_TELEMETRY_DISABLED: '1'}});
  const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  check(/<template shadowroot(mode)?="open"/.test(html), 'the built page has no declarative shadow DOM: the widgets were not server-rendered');
  check(html.includes('À propos des témoignages'), 'the server-rendered French disclaimer is not in French');
  check(html.includes('Demander à votre médecin de famille'), 'the server-rendered French referral cards are not in French');
  log('astro build: server-rendered, French in French');
  await inBrowser({root: join(dir, 'dist')}, async (page) => {
    await page.waitForFunction(() => [...document.querySelectorAll('pv-medical-disclaimer, pv-referral-options')].every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')), {timeout: 15_000});
    const fr = await shadowText(page, '#fr');
    check(fr.includes('À propos des témoignages'), `after hydration the French disclaimer is not in French: ${fr.slice(0, 120)}`);
    const referral = await shadowText(page, '#referral');
    check(referral.includes('Demander à votre médecin de famille'), `after hydration the French referral cards are not in French: ${referral.slice(0, 200)}`);
    // Alive: the compact disclaimer opens, and it was hydrated, not rendered twice.
    const state = await page.evaluate(async () => {
      const el = document.querySelector('#en');
      el.shadowRoot.querySelector('[part~="toggle"]').click();
      await el.updateComplete;
      return {open: el.open, toggles: el.shadowRoot.querySelectorAll('[part~="toggle"]').length, org: el.shadowRoot.textContent.includes('Astro Org')};
    });
    check(state.open && state.toggles === 1 && state.org, `the hydrated disclaimer: ${JSON.stringify(state)}`);
    const plain = await shadowText(page, '#plain');
    check(plain.includes('À propos de ces renseignements') && plain.includes('Organisme Astro'), `the plain tag registered by a script: ${plain.slice(0, 160)}`);
  });
  log('in Chromium: hydrated (alive, not duplicated), French stays French; a clean console');
}
