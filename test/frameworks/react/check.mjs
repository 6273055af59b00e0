// React 19 + Vite: the wrappers (patient-voice-widgets/react) and the JSX
// types (patient-voice-widgets/jsx). tsc strict (the app's @ts-expect-error
// lines make it fail if a wrong attribute type were accepted), a production
// build, then the built app in Chromium: French in French, the wrappers'
// event props and properties, a plain tag's `onpv-…` listener. Prints what
// a page with one wrapper bundles.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export default async function check({dir, run, bin, inBrowser, shadowText, gzipSize, kb, check, log}) {
  run(bin('tsc'), ['-p', 'tsconfig.json'], {cwd: dir});
  run(bin('tsc'), ['-p', 'tsconfig.entry.json'], {cwd: dir});
  log('tsc --strict passes (and rejects the wrong attribute types); one widget\'s entry alone brings the typed events');
  run(bin('vite'), ['build', '--logLevel', 'warn'], {cwd: dir});

  // This app does not install the optional @lit-labs/ssr: server rendering
  // says what to install, from the library and from the command.
  const missing = 'needs the optional peer dependency @lit-labs/ssr';
  const fromApi = run(process.execPath, ['--input-type=module', '-e', "import('patient-voice-widgets/ssr').then((m) => m.render('<pv-medical-disclaimer>')).catch((e) => console.log(e.message))"], {cwd: dir});
  check(fromApi.includes(missing), `patient-voice-widgets/ssr without @lit-labs/ssr: ${fromApi}`);
  const fromCli = run(process.execPath, ['node_modules/patient-voice-widgets/bin/pv-render.mjs', '<pv-medical-disclaimer>'], {cwd: dir, expectFail: true});
  check(fromCli.includes(missing), `pv-render without @lit-labs/ssr: ${fromCli}`);
  log('without @lit-labs/ssr, the ssr entry and pv-render say what to install');

  // What a page loads: its own chunk and the ones it imports.
  const scriptsOf = (page) => [...readFileSync(join(dir, 'dist', page), 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => join(dir, 'dist', m[1]));
  const scripts = scriptsOf('one.html');
  const code = scripts.map((f) => readFileSync(f, 'utf8')).join('\n');
  check(code.includes('pv-medical-disclaimer'), 'the one-widget page has no disclaimer');
  for (const other of ['pv-consent-banner', 'pv-referral-options', 'pv-rights-explainer']) {
    check(!code.includes(`"${other}"`) && !code.includes(`'${other}'`) && !code.includes(`\`${other}\``), `the one-widget page bundles <${other}> too: the wrappers are not tree-shaken`);
  }
  const one = gzipSize(scripts);
  const base = gzipSize(scriptsOf('base.html'));
  log(`one wrapper (PvMedicalDisclaimer), Vite production build: ${kb(one)} gzip, of which React ${kb(base)}: the widget with Lit and @lit/react ${kb(one - base)}`);

  await inBrowser({root: join(dir, 'dist'), path: '/index.html'}, async (page) => {
    const fr = await shadowText(page, '#fr');
    check(fr.includes('À propos des témoignages'), `the French disclaimer is not in French: ${fr.slice(0, 120)}`);
    const referral = await shadowText(page, '#referral');
    check(referral.includes('Demander à votre médecin de famille'), `the French referral cards are not in French: ${referral.slice(0, 200)}`);
    // A wrapper's event prop.
    await page.evaluate(() => document.querySelector('#en').shadowRoot.querySelector('[part~="toggle"]').click());
    await page.waitForFunction(() => document.querySelector('main').dataset.toggles === '1', {timeout: 5000});
    // Properties set as properties: policyUrl (the banner links to it, resolved against the document, not <base>).
    const banner = await page.evaluate(() => {
      const el = document.querySelector('pv-consent-banner');
      return {policyUrl: el.policyUrl, open: el.open, link: [...el.shadowRoot.querySelectorAll('a')].some((a) => a.href === new URL('/privacy', location.href).href)};
    });
    check(banner.policyUrl === '/privacy' && banner.open && banner.link, `the banner's properties: ${JSON.stringify(banner).slice(0, 200)}`);
    await page.evaluate(() => [...document.querySelector('pv-consent-banner').shadowRoot.querySelectorAll('button')].find((b) => b.dataset.pvAction === 'accept-all').click());
    await page.waitForFunction(() => document.querySelector('main').dataset.consent === 'accept-all:true', {timeout: 5000});
    // A plain tag with React 19's `onpv-…` listener and a kebab-case attribute.
    await page.evaluate(() => document.querySelector('#rights').shadowRoot.querySelector('[part~="toggle"]').click());
    await page.waitForFunction(() => document.querySelector('main').dataset.rights === 'true', {timeout: 5000});
    const h3 = await page.evaluate(() => !!document.querySelector('#rights').shadowRoot.querySelector('h3'));
    check(h3, 'heading-level="3" on the plain tag gave no h3');
  });
  log('in Chromium: French in French, wrapper events and properties, plain tag events; a clean console');
}
