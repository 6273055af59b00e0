/**
 * Withdrawal on a site's real layout of domains: the page
 * test/consent-hosts/cancer-du-sein/traitements.html (consent-defaults.js in
 * <head>, the CDN banner with cookie-domain="patient.test") served as
 * www.patient.test and dons.patient.test, both mapped to 127.0.0.1 (see
 * TEST_HOSTS in web-test-runner.config.mjs). Each visit is a new top-level
 * tab of the same browser, so cookies are first-party, as on the site.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

const PAGE = '/test/consent-hosts/cancer-du-sein/traitements.html';
const SUB_PATH = '/test/consent-hosts/cancer-du-sein';

/** Opens `path` on `host`, waits for the banner to know the stored choice, runs `body` (which may `return`). */
function visit<T>(host: string, path: string, body: string): Promise<T> {
  const script = `(async () => {
    await customElements.whenDefined('pv-consent-banner');
    const el = document.querySelector('pv-consent-banner');
    await el.updateComplete;
    const click = async (label) => {
      [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
      await el.updateComplete;
    };
    const names = () => document.cookie.split('; ').map((c) => c.split('=')[0]).filter(Boolean).sort();
    ${body}
  })()`;
  return executeServerCommand<T, {url: string; script: string}>('pv-visit', {url: `http://${host}:${location.port}${path}`, script});
}

/** Expires every cookie the page sees, in every scope these tests use. */
const CLEAN = `for (const n of names()) for (const d of ['', '; Domain=patient.test', '; Domain=sante.qc.ca']) for (const p of ['/', '/test', '${SUB_PATH}']) document.cookie = n + '=; Max-Age=0; Path=' + p + d;
  localStorage.clear();
  return names();`;

describe('withdrawal across host names and paths (www.patient.test, dons.patient.test → 127.0.0.1)', () => {
  before(async () => {
    expect(await visit('www.patient.test', PAGE, CLEAN)).to.deep.equal([]);
    expect(await visit('dons.patient.test', PAGE, CLEAN)).to.deep.equal([]);
  });
  after(async () => {
    await visit('www.patient.test', PAGE, CLEAN);
    await visit('dons.patient.test', PAGE, CLEAN);
  });

  it('cookie-domain shares the choice; a re-prompt then Reject all deletes _ga on the parent domain and on a sub-path', async () => {
    // www: the person accepts; the site's tags then set their cookies where real tags do.
    const accepted = await visit<{open: boolean; names: string[]}>(
      'www.patient.test',
      `${PAGE}?revision=1`,
      `const open = el.open;
      await click('Tout accepter');
      document.cookie = '_ga=GA1.1.1; Domain=patient.test; Path=/';
      document.cookie = '_ga_XYZ=GS1.1; Path=${SUB_PATH}';
      document.cookie = '_fbp=fb.1; Domain=.patient.test; Path=/test';
      document.cookie = 'site_pref=large-text; Path=/';
      localStorage.setItem('_ga_store_1', 'x');
      localStorage.setItem('site_setting', 'keep');
      return {open, names: names()};`
    );
    expect(accepted).to.deep.equal({open: true, names: ['_fbp', '_ga', '_ga_XYZ', 'pv_consent', 'site_pref']});

    // dons: the same choice, read from the parent domain (by consent-defaults.js too); the parent-domain _ga is visible.
    const shared = await visit<{open: boolean; choices: unknown; names: string[]; first: unknown}>(
      'dons.patient.test',
      `${PAGE}?revision=1`,
      `return {open: el.open, choices: patientVoice.consent.get(), names: names(), first: Array.from(dataLayer[0])};`
    );
    expect(shared.open).to.equal(false);
    expect(shared.choices).to.deep.equal({analytics: true, marketing: true});
    expect(shared.names).to.deep.equal(['_fbp', '_ga', 'pv_consent']);
    expect(shared.first).to.deep.include.members(['consent', 'default']);
    expect((shared.first as unknown[])[2]).to.include({analytics_storage: 'granted', ad_storage: 'granted'});

    // www, new revision: asked again; Reject all withdraws what the old choice allowed.
    const rejected = await visit<{open: boolean; withdrawn: Array<Record<string, string[]>>; revoked: string[][]; names: string[]; local: string[]; session: string[]}>(
      'www.patient.test',
      `${PAGE}?revision=2`,
      `const open = el.open;
      sessionStorage.setItem('ga_session', '1');
      const withdrawn = [];
      const revoked = [];
      document.addEventListener('pv-consent-withdraw', (e) => withdrawn.push(e.detail));
      document.addEventListener('pv-consent-change', (e) => revoked.push(e.detail.revoked));
      await click('Tout refuser');
      return {open, withdrawn, revoked, names: names(), local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage)};`
    );
    expect(rejected.open).to.equal(true);
    expect(rejected.revoked).to.deep.equal([['analytics', 'marketing']]);
    expect(rejected.withdrawn).to.have.length(1);
    expect(rejected.withdrawn[0].categories).to.deep.equal(['analytics', 'marketing']);
    expect(rejected.withdrawn[0].cookies).to.have.members(['_ga', '_ga_XYZ', '_fbp']);
    expect(rejected.withdrawn[0].localStorage).to.deep.equal(['_ga_store_1']);
    expect(rejected.withdrawn[0].sessionStorage).to.deep.equal(['ga_session']);
    expect(rejected.names).to.deep.equal(['pv_consent', 'site_pref']);
    expect(rejected.local).to.deep.equal(['site_setting']);
    expect(rejected.session).to.deep.equal([]);

    // dons: _ga is gone from the parent domain too, and the new choice is shared.
    const after = await visit<{open: boolean; choices: unknown; names: string[]}>(
      'dons.patient.test',
      `${PAGE}?revision=2`,
      `return {open: el.open, choices: patientVoice.consent.get(), names: names()};`
    );
    expect(after).to.deep.equal({open: false, choices: {analytics: false, marketing: false}, names: ['pv_consent']});
  });

  it('the browser itself refuses cookies for public suffixes, which is why trying every parent domain is safe', async () => {
    const set = `document.cookie = 'on_suffix=1; Domain=qc.ca; Path=/';
      document.cookie = 'on_tld=1; Domain=ca; Path=/';
      document.cookie = 'on_site=1; Domain=sante.qc.ca; Path=/';
      return names();`;
    expect(await visit('www.sante.qc.ca', PAGE, set)).to.deep.equal(['on_site']);
    expect(await visit('www.sante.qc.ca', PAGE, CLEAN)).to.deep.equal([]);
    expect(await visit('www.patient.test', PAGE, `document.cookie = 'on_tld=1; Domain=test; Path=/'; return names().includes('on_tld');`)).to.equal(false);
  });
});
