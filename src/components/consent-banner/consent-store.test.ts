import {expect} from '@open-wc/testing';
import {
  STORE_KEY,
  clearConsent,
  createRecord,
  decodeRecord,
  deleteCookies,
  encodeRecord,
  readConsent,
  readConsentAsync,
  staleReason,
  writeConsent,
} from './consent-store.js';
import {clearStorage, rawCookie, stub} from './consent.test-support.js';

describe('consent-store', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('creates a versioned record with a random receipt id and an expiry', () => {
    const a = createRecord({analytics: true, marketing: false}, '3', 10, true, 1_000);
    const b = createRecord({}, '3', 10, false, 1_000);
    expect(a).to.deep.include({v: 1, choices: {analytics: true, marketing: false}, revision: '3', ts: 1_000, exp: 1_000 + 10 * 86_400_000, gpc: true});
    expect(a.id).to.match(/^[0-9a-f]{24}$/);
    expect(a.id).not.to.equal(b.id);
  });

  it('round-trips through encode/decode and refuses edited or malformed values', () => {
    const r = createRecord({analytics: false}, '1', 182, false);
    expect(decodeRecord(encodeRecord(r))).to.deep.equal(r);
    const edited = JSON.parse(encodeRecord(r)) as Record<string, unknown>;
    edited.choices = {analytics: true};
    expect(decodeRecord(JSON.stringify(edited))).to.equal(undefined);
    for (const bad of ['', 'garbage', '[]', 'null', '{"v":1}', '{"v":2,"choices":{}}', JSON.stringify({...r, v: 2})]) {
      expect(decodeRecord(bad), bad).to.equal(undefined);
    }
  });

  it('writes the pv_consent cookie and reads it back', () => {
    expect(readConsent('cookie')).to.deep.equal({status: 'none'});
    const r = createRecord({analytics: true}, '1', 182, false);
    expect(writeConsent('cookie', r)).to.equal(true);
    expect(JSON.parse(rawCookie()!)).to.deep.include({choices: {analytics: true}, revision: '1'});
    expect(readConsent('cookie')).to.deep.equal({status: 'ok', record: r});
    expect(localStorage.getItem(STORE_KEY)).to.equal(null);
    clearConsent('cookie');
    expect(rawCookie()).to.equal(undefined);
  });

  it('sets Path=/, SameSite=Lax and Max-Age from the expiry on the cookie', () => {
    let written = '';
    const restore = stub(document, 'cookie', {get: () => written.split(';')[0], set: (v: string) => (written = v)});
    try {
      const r = createRecord({}, '1', 30, false);
      expect(writeConsent('cookie', r)).to.equal(true);
      expect(written).to.match(/^pv_consent=[^;]+; Path=\/; Max-Age=(2592000|2591999); SameSite=Lax$/);
    } finally {
      restore();
    }
  });

  it('uses localStorage with storage "local"', () => {
    const r = createRecord({marketing: true}, '2', 182, false);
    expect(writeConsent('local', r)).to.equal(true);
    expect(rawCookie()).to.equal(undefined);
    expect(readConsent('local')).to.deep.equal({status: 'ok', record: r});
    clearConsent('local');
    expect(readConsent('local')).to.deep.equal({status: 'none'});
  });

  it('reports a tampered or garbage value as invalid', () => {
    document.cookie = `${STORE_KEY}=${encodeURIComponent('{"v":1,"choices":{"analytics":true}}')}; Path=/`;
    expect(readConsent('cookie')).to.deep.equal({status: 'invalid'});
    document.cookie = `${STORE_KEY}=%E0%A4%A; Path=/`;
    expect(readConsent('cookie')).to.deep.equal({status: 'invalid'});
    localStorage.setItem(STORE_KEY, '{not json');
    expect(readConsent('local')).to.deep.equal({status: 'invalid'});
  });

  it('reads the cookie asynchronously with the same results, where the Cookie Store API exists', async function () {
    expect(readConsentAsync('local')).to.equal(undefined);
    if (!('cookieStore' in window)) {
      expect(readConsentAsync('cookie')).to.equal(undefined);
      this.skip();
    }
    expect(await readConsentAsync('cookie')).to.deep.equal({status: 'none'});
    const r = createRecord({analytics: true, marketing: false}, '2', 182, true);
    writeConsent('cookie', r);
    expect(await readConsentAsync('cookie')).to.deep.equal({status: 'ok', record: r});
    document.cookie = `${STORE_KEY}=${encodeURIComponent('{"v":1,"choices":{"analytics":true}}')}; Path=/`;
    expect(await readConsentAsync('cookie')).to.deep.equal({status: 'invalid'});
    document.cookie = `${STORE_KEY}=%E0%A4%A; Path=/`;
    expect(await readConsentAsync('cookie')).to.deep.equal({status: 'invalid'});
  });

  it('survives storage that throws', () => {
    const boom = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const restoreCookie = stub(document, 'cookie', {get: boom, set: boom});
    const restoreLocal = stub(window, 'localStorage', {get: boom});
    try {
      const r = createRecord({}, '1', 182, false);
      expect(readConsent('cookie')).to.deep.equal({status: 'unavailable'});
      expect(readConsent('local')).to.deep.equal({status: 'unavailable'});
      expect(writeConsent('cookie', r)).to.equal(false);
      expect(writeConsent('local', r)).to.equal(false);
      expect(() => clearConsent('cookie')).not.to.throw();
      expect(deleteCookies(['_ga'])).to.deep.equal([]);
    } finally {
      restoreCookie();
      restoreLocal();
    }
  });

  it('reports a cookie the browser silently refused as not kept', () => {
    const restore = stub(document, 'cookie', {get: () => '', set: () => undefined});
    try {
      expect(writeConsent('cookie', createRecord({}, '1', 182, false))).to.equal(false);
    } finally {
      restore();
    }
  });

  it('knows when to ask again: expiry, revision, new category', () => {
    const r = createRecord({analytics: true}, '1', 10, false, 0);
    expect(staleReason(r, '1', ['analytics'], 1000)).to.equal(undefined);
    expect(staleReason(r, '1', ['analytics'], 10 * 86_400_000)).to.equal('expired');
    expect(staleReason(r, '2', ['analytics'], 1000)).to.equal('revision');
    expect(staleReason(r, '1', ['analytics', 'marketing'], 1000)).to.equal('category');
  });

  it('deletes listed cookies, exact names and prefixes, never its own', () => {
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_ABC=2; Path=/';
    document.cookie = 'keep=3; Path=/';
    writeConsent('cookie', createRecord({}, '1', 182, false));
    expect(deleteCookies(['_ga_*', '_ga', 'pv_consent', 'absent'])).to.have.members(['_ga', '_ga_ABC']);
    expect(document.cookie).not.to.match(/_ga/);
    expect(document.cookie).to.contain('keep=3');
    expect(rawCookie()).not.to.equal(undefined);
  });
});
