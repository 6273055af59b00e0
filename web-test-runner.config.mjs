// Browser tests: every src/**/*.test.ts runs in headless Chromium (Debian's
// `chromium`, or Chrome via CHROME_PATH), TypeScript compiled by esbuild.
import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean)
  .find((p) => existsSync(p));
if (!chromePath) {
  throw new Error('No Chromium or Chrome found. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROME_PATH).');
}

const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

// Firefox ESR runs too when it is installed (Debian: apt-get install firefox-esr),
// driven by the same puppeteer-core over WebDriver BiDi. PV_BROWSERS=chromium
// (or firefox) limits the run to one browser.
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));
const wanted = (process.env.PV_BROWSERS ?? 'chromium firefox').split(/[\s,]+/);

/** Counts what every browser ran and prints one closing line: `tests: N passed, N failed`. */
function summaryLine() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    if (!suite) return;
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) count(s);
  };
  return {
    onTestRunFinished({sessions}) {
      passed = failed = skipped = 0;
      for (const session of sessions) {
        count(session.testResults);
        // A file that failed to load, or threw outside any test, counts as one failure.
        if (session.errors.length) failed++;
      }
    },
    stop() {
      // Printed at exit so that it is the very last line, after the default
      // reporter's own output.
      process.once('exit', () => {
        process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per browser: with pages in parallel, tests that need
  // keyboard focus or animation frames stalled (seen in Chromium and Firefox).
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [
    wanted.includes('chromium') && chromeLauncher({launchOptions: {executablePath: chromePath, headless: true, args: chromeArgs}}),
    wanted.includes('firefox') &&
      firefoxPath &&
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
      }),
  ].filter(Boolean),
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryLine()],
};
