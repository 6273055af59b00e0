import {expect, fixture} from '@open-wc/testing';
import './define.js';
import {consent, type PvConsentBanner} from './consent-banner.js';
import {useTestPage} from '../../test-support/helpers.js';
import {until} from '../../test-support/frames.js';
import {clearStorage, renderBanner} from './consent.test-support.js';
import type {Banner} from './site.test-support.js';

/**
 * Consent automation: DuckDuckGo's autoconsent engine (the real one, from
 * npm, as its Puppeteer guide runs it: its content-script bundle in the page,
 * and this test answering its messages as the browser would) opts out of
 * the CDN banner with the rule we ship, in English and in French; and the
 * Consent-O-Matic rule, whose engine is not on npm, is checked against its
 * documented format and against the real banner.
 */
const ENGINE = '/node_modules/@duckduckgo/autoconsent/dist/autoconsent.playwright.js';
const BUNDLED_RULES = '/node_modules/@duckduckgo/autoconsent/rules/rules.json';
const AUTOCONSENT_RULE = '/integrations/consent-automation/autoconsent-rule.json';
const COM_RULE = '/integrations/consent-automation/consent-o-matic-rule.json';
const PAGES = {en: '/test/fixtures/consent-automation-en.html', fr: '/test/fixtures/consent-automation-fr.html'};

interface Message {
  type: string;
  cmp?: string;
  result?: boolean;
  code?: string;
  id?: string;
  details?: unknown;
}
type Rule = {name: string};
type Page = Window &
  typeof globalThis & {
    autoconsentSendMessage?: (m: Message) => Promise<void>;
    autoconsentReceiveMessage?: (m: unknown) => Promise<void>;
    __gatedRan?: string[];
    patientVoice?: {consent?: {get(): Record<string, boolean> | null}};
  };

const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

/** Windows the tests opened: each test's are closed after it. */
const opened: Page[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.close();
});

/** Opens a page in a window of its own (a top-level page, where autoconsent runs its rules) and waits for its banner. */
async function openPage(url: string): Promise<{win: Page; banner: Banner}> {
  const win = window.open(url, '_blank', 'width=1024,height=768') as Page | null;
  if (!win) throw new Error('the browser refused to open a window');
  opened.push(win);
  await until(() => win.document.readyState === 'complete' && !!win.customElements?.get('pv-consent-banner'), 10000, `${url} to load`);
  const banner = win.document.querySelector('pv-consent-banner') as Banner;
  await banner.updateComplete;
  return {win, banner};
}

/**
 * Runs autoconsent in `win` with `rules` and `autoAction: 'optOut'`, the way
 * its Puppeteer guide does: `autoconsentSendMessage` is the browser's side,
 * the engine's content-script bundle is injected, `init` is answered with the
 * config and the rules, `eval` requests are run in the page. Resolves with
 * every message once the engine says it is done (or failed).
 */
async function runAutoconsent(
  win: Page,
  rules: unknown,
  config: Record<string, unknown> = {},
  done = (m: Message) => m.type === 'autoconsentDone' || (m.type === 'optOutResult' && !m.result)
): Promise<Message[]> {
  const messages: Message[] = [];
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  win.autoconsentSendMessage = async (m) => {
    messages.push(m);
    if (done(m)) finish();
    // Answer after the engine's constructor has returned (it sends `init` from it).
    await null;
    if (m.type === 'init') {
      const answer = {
        enabled: true,
        autoAction: 'optOut',
        disabledCmps: [],
        enablePrehide: true,
        enableCosmeticRules: true,
        enableGeneratedRules: true,
        detectRetries: 20,
        isMainWorld: false,
        prehideTimeout: 2000,
        enableHeuristicDetection: true,
        logs: {lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false, waits: false},
        ...config,
      };
      await win.autoconsentReceiveMessage!({type: 'initResp', config: answer, rules});
    } else if (m.type === 'eval') {
      await win.autoconsentReceiveMessage!({type: 'evalResp', id: m.id, result: win.eval(m.code!)});
    }
  };
  const script = win.document.createElement('script');
  script.src = ENGINE;
  win.document.head.append(script);
  await Promise.race([finished, new Promise((_, reject) => setTimeout(() => reject(new Error(`autoconsent did not finish: ${JSON.stringify(messages.map((m) => m.type))}`)), 20000))]);
  return messages;
}

/** Sends the engine one message and waits for its answer of `type`. */
async function ask(win: Page, messages: Message[], message: unknown, type: string): Promise<Message> {
  const before = messages.length;
  await win.autoconsentReceiveMessage!(message);
  await until(() => messages.slice(before).some((m) => m.type === type), 5000, type);
  return messages.slice(before).find((m) => m.type === type)!;
}

/** After an opt-out: every optional category stored off, nothing gated ran or loaded, the banner decided and gone. */
function expectOptedOut(win: Page, banner: Banner): void {
  expect(win.patientVoice!.consent!.get()).to.deep.equal({functional: false, analytics: false, marketing: false});
  expect(win.__gatedRan).to.equal(undefined);
  const gated = [...win.document.querySelectorAll('[data-pv-consent]:not(script), [data-pv-consent] *')];
  expect(gated.length).to.be.greaterThan(0);
  for (const el of gated) for (const a of ['src', 'srcset', 'href', 'data', 'poster']) expect(el.hasAttribute(a), `${el.localName} ${a}`).to.equal(false);
  expect(win.document.querySelectorAll('[data-pv-activated], script[src*="statistiques"]:not([data-pv-consent])').length).to.equal(0);
  expect(banner.getAttribute('data-pv-state')).to.equal('decided');
  expect(banner.open).to.equal(false);
}

describe('consent automation: DuckDuckGo autoconsent (real engine)', function () {
  this.timeout(60000);
  useTestPage(clearStorage);

  for (const lang of ['en', 'fr'] as const) {
    it(`opts out with our rule (${lang}): every optional category off, nothing gated ran; its self-test passes`, async () => {
      const rule = await json<Rule>(AUTOCONSENT_RULE);
      const {win, banner} = await openPage(PAGES[lang]);
      expect(banner.getAttribute('data-pv-state')).to.equal('undecided');
      const messages = await runAutoconsent(win, {autoconsent: [rule]});
      const by = (type: string) => messages.filter((m) => m.type === type);
      expect(by('cmpDetected').map((m) => m.cmp)).to.deep.equal(['patient-voice-widgets']);
      expect(by('popupFound').map((m) => m.cmp)).to.deep.equal(['patient-voice-widgets']);
      expect(by('optOutResult').map((m) => m.result)).to.deep.equal([true]);
      expect(by('autoconsentDone')).to.have.length(1);
      expect(by('autoconsentError')).to.deep.equal([]);
      await banner.updateComplete;
      expectOptedOut(win, banner);
      expect((await ask(win, messages, {type: 'selfTest'}, 'selfTestResult')).result).to.equal(true);
    });
  }

  it('among the ~800 rules the package ships, with its heuristics on, our rule is the one that detects the banner and opts out', async () => {
    const rule = await json<Rule>(AUTOCONSENT_RULE);
    const bundled = await json<{autoconsent: Rule[]}>(BUNDLED_RULES);
    expect(bundled.autoconsent.length).to.be.greaterThan(500);
    expect(bundled.autoconsent.some((r) => r.name === rule.name), 'a rule of that name is already in the package').to.equal(false);
    const {win, banner} = await openPage(PAGES.en);
    const messages = await runAutoconsent(win, {autoconsent: [...bundled.autoconsent, rule]}, {heuristicMode: 'reject'});
    const by = (type: string) => messages.filter((m) => m.type === type);
    expect(by('cmpDetected').map((m) => m.cmp)).to.deep.equal(['patient-voice-widgets']);
    expect(by('popupFound').map((m) => m.cmp)).to.deep.equal(['patient-voice-widgets']);
    expect(by('optOutResult').map((m) => m.result)).to.deep.equal([true]);
    // No other rule (nor the heuristics) claims the page.
    expect(by('autoconsentError')).to.deep.equal([]);
    await banner.updateComplete;
    expectOptedOut(win, banner);
  });

  it('mode="notice": opts out through "Manage choices" then "Reject all"; opts in with "Accept all"', async () => {
    const rule = await json<Rule>(AUTOCONSENT_RULE);
    for (const [action, expected] of [
      ['optOut', {functional: false, analytics: false, marketing: false}],
      ['optIn', {functional: true, analytics: true, marketing: true}],
    ] as const) {
      clearStorage();
      const {win, banner} = await openPage(PAGES.en);
      if (action === 'optOut') {
        banner.setAttribute('mode', 'notice');
        await banner.updateComplete;
        // (a boolean: chai cannot print another window's elements)
        expect(banner.shadowRoot!.querySelector('[part~="banner"] [data-pv-action="reject-all"]') === null).to.equal(true);
      }
      const result = `${action}Result`;
      const messages = await runAutoconsent(win, {autoconsent: [rule]}, {autoAction: action}, (m) => m.type === result);
      expect(messages.filter((m) => m.type === result).map((m) => m.result), action).to.deep.equal([true]);
      await banner.updateComplete;
      expect(win.patientVoice!.consent!.get(), action).to.deep.equal(expected);
      expect(banner.getAttribute('data-pv-state')).to.equal('decided');
      win.close();
    }
  });

  it('leaves a person who has decided alone: the banner is found, no popup, nothing clicked', async () => {
    const rule = await json<Rule>(AUTOCONSENT_RULE);
    const first = await openPage(PAGES.en);
    first.banner.shadowRoot!.querySelector<HTMLButtonElement>('[data-pv-action="accept-all"]')!.click();
    first.win.close();
    const {win, banner} = await openPage(PAGES.en);
    expect(banner.getAttribute('data-pv-state')).to.equal('decided');
    const messages = await runAutoconsent(win, {autoconsent: [rule]}, {}, (m) => m.type === 'cmpDetected');
    // The engine looks for the popup for 5 s (10 tries, 500 ms apart).
    await new Promise((r) => setTimeout(r, 6000));
    expect(messages.filter((m) => m.type === 'cmpDetected').map((m) => m.cmp)).to.deep.equal(['patient-voice-widgets']);
    expect(messages.filter((m) => ['popupFound', 'optOutResult', 'autoconsentDone'].includes(m.type))).to.deep.equal([]);
    expect(win.patientVoice!.consent!.get()).to.deep.equal({functional: true, analytics: true, marketing: true});
  });
});

/*
 * Consent-O-Matic publishes no engine on npm (`npm view consent-o-matic`
 * finds nothing), so its rule is checked two ways: its shape against the
 * rule format its README documents, and its selectors against the real
 * banner, read the way that README says the extension reads them (a
 * `parent` is looked up in the page, the `target` inside the parent's shadow
 * root; `displayFilter: true` keeps what has a height).
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rule's problems against the documented format (empty: it conforms). */
function comProblems(rules: unknown): string[] {
  const problems: string[] = [];
  const keys = (v: Json, where: string, allowed: string[], required: string[] = []) => {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) problems.push(`${where}: unknown field "${k}"`);
    for (const k of required) if (!(k in v)) problems.push(`${where}: missing "${k}"`);
  };
  const selection = (v: unknown, where: string) => {
    if (!isObject(v)) return void problems.push(`${where}: not an object`);
    keys(v, where, ['selector', 'textFilter', 'styleFilter', 'displayFilter', 'iframeFilter', 'childFilter'], ['selector']);
    if (typeof v.selector !== 'string') problems.push(`${where}.selector: not a string`);
    else {
      try {
        document.createDocumentFragment().querySelector(v.selector);
      } catch {
        problems.push(`${where}.selector: not a CSS selector`);
      }
    }
    for (const k of ['displayFilter', 'iframeFilter']) if (k in v && typeof v[k] !== 'boolean') problems.push(`${where}.${k}: not a boolean`);
  };
  const targeted = (v: Json, where: string) => {
    selection(v.target, `${where}.target`);
    if ('parent' in v) selection(v.parent, `${where}.parent`);
  };
  const matcher = (v: unknown, where: string) => {
    if (!isObject(v)) return void problems.push(`${where}: not an object`);
    keys(v, where, ['type', 'target', 'parent'], ['type', 'target']);
    if (v.type !== 'css' && v.type !== 'checkbox') problems.push(`${where}.type: "${String(v.type)}" is not css or checkbox`);
    targeted(v, where);
  };
  const matchers = (v: unknown, where: string) => (Array.isArray(v) ? v.forEach((m, i) => matcher(m, `${where}[${i}]`)) : matcher(v, where));
  const ACTIONS: Record<string, [string[], string[]]> = {
    click: [['target', 'parent', 'openInTab'], ['target']],
    list: [['actions'], ['actions']],
    consent: [['consents'], ['consents']],
    slide: [['target', 'parent', 'dragTarget', 'axis'], ['target', 'dragTarget', 'axis']],
    ifcss: [['target', 'parent', 'trueAction', 'falseAction'], ['target']],
    waitcss: [['target', 'parent', 'retries', 'waitTime', 'negated'], ['target']],
    foreach: [['target', 'parent', 'action'], ['target', 'action']],
    wait: [['waitTime'], ['waitTime']],
    hide: [['target', 'parent'], ['target']],
    close: [[], []],
  };
  const action = (v: unknown, where: string): void => {
    if (!isObject(v)) return void problems.push(`${where}: not an object`);
    const spec = ACTIONS[String(v.type)];
    if (!spec) return void problems.push(`${where}.type: "${String(v.type)}" is not a documented action`);
    keys(v, where, ['type', ...spec[0]], spec[1]);
    if ('target' in v) targeted(v, where);
    if (v.type === 'list') (Array.isArray(v.actions) ? v.actions : []).forEach((a, i) => action(a, `${where}.actions[${i}]`));
    if (v.type === 'wait' && !(Number.isInteger(v.waitTime) && (v.waitTime as number) >= 0)) problems.push(`${where}.waitTime: not a whole number of ms`);
    for (const k of ['trueAction', 'falseAction', 'action']) if (k in v) action(v[k], `${where}.${k}`);
    if (v.type === 'consent') {
      (Array.isArray(v.consents) ? v.consents : []).forEach((c, i) => {
        const at = `${where}.consents[${i}]`;
        if (!isObject(c)) return void problems.push(`${at}: not an object`);
        keys(c, at, ['type', 'toggleAction', 'matcher', 'trueAction', 'falseAction'], ['type']);
        if (!['D', 'A', 'B', 'E', 'F', 'X'].includes(String(c.type))) problems.push(`${at}.type: "${String(c.type)}" is not a consent category`);
        if (!(('toggleAction' in c && 'matcher' in c) || 'trueAction' in c || 'falseAction' in c)) problems.push(`${at}: needs toggleAction and matcher, or trueAction/falseAction`);
        if ('matcher' in c) matcher(c.matcher, `${at}.matcher`);
        for (const k of ['toggleAction', 'trueAction', 'falseAction']) if (k in c) action(c[k], `${at}.${k}`);
      });
    }
  };
  if (!isObject(rules) || !Object.keys(rules).length) return ['not an object of named rules'];
  for (const [name, cmp] of Object.entries(rules)) {
    if (name === '$schema') continue;
    if (!isObject(cmp)) {
      problems.push(`${name}: not an object`);
      continue;
    }
    keys(cmp, name, ['detectors', 'methods'], ['detectors', 'methods']);
    (Array.isArray(cmp.detectors) ? cmp.detectors : []).forEach((d, i) => {
      const at = `${name}.detectors[${i}]`;
      if (!isObject(d)) return void problems.push(`${at}: not an object`);
      keys(d, at, ['presentMatcher', 'showingMatcher'], ['presentMatcher', 'showingMatcher']);
      matchers(d.presentMatcher, `${at}.presentMatcher`);
      matchers(d.showingMatcher, `${at}.showingMatcher`);
    });
    (Array.isArray(cmp.methods) ? cmp.methods : []).forEach((m, i) => {
      const at = `${name}.methods[${i}]`;
      if (!isObject(m)) return void problems.push(`${at}: not an object`);
      keys(m, at, ['name', 'action'], ['name', 'action']);
      if (!['OPEN_OPTIONS', 'DO_CONSENT', 'SAVE_CONSENT', 'HIDE_CMP'].includes(String(m.name))) problems.push(`${at}.name: "${String(m.name)}" is not a documented method`);
      action(m.action, `${at}.action`);
    });
  }
  return problems;
}

/** The documented DOM selection, in `doc`: the targets found (parent in the page, target in its shadow root). */
function select(doc: Document, v: Json): Element[] {
  const one = (s: Json, root: ParentNode): Element[] =>
    [...root.querySelectorAll(s.selector as string)].filter((el) => s.displayFilter === undefined || ((el as HTMLElement).offsetHeight !== 0) === s.displayFilter);
  const parent = v.parent ? one(v.parent as Json, doc)[0] : undefined;
  if (v.parent && !parent) return [];
  return one(v.target as Json, parent ? (parent.shadowRoot ?? parent) : doc);
}
const matches = (doc: Document, list: unknown) => (Array.isArray(list) ? list : [list]).every((m: Json) => (m.type === 'checkbox' ? (select(doc, m)[0] as HTMLInputElement | undefined)?.checked === true : select(doc, m).length > 0));

/** Runs the rule's methods in the documented order for a person who allows only `allowed` (Consent-O-Matic's categories). */
async function applyCom(doc: Document, cmp: Json, allowed: string[]): Promise<void> {
  const run = async (a: Json): Promise<void> => {
    if (a.type === 'click') (select(doc, a)[0] as HTMLElement | undefined)?.click();
    else if (a.type === 'wait') await new Promise((r) => setTimeout(r, a.waitTime as number));
    else if (a.type === 'list') for (const x of a.actions as Json[]) await run(x);
    else if (a.type === 'consent') {
      for (const c of a.consents as Json[]) if (matches(doc, c.matcher) !== allowed.includes(c.type as string)) await run(c.toggleAction as Json);
    } else throw new Error(`the rule uses ${String(a.type)}, which this check does not run`);
  };
  for (const name of ['OPEN_OPTIONS', 'DO_CONSENT', 'SAVE_CONSENT']) for (const m of (cmp.methods as Json[]).filter((x) => x.name === name)) await run(m.action as Json);
}

describe('consent automation: Consent-O-Matic rule', function () {
  this.timeout(30000);
  useTestPage(clearStorage);

  it('follows the documented rule format', async () => {
    const rules = await json<Json>(COM_RULE);
    expect(Object.keys(rules)).to.deep.equal(['patient-voice-widgets']);
    expect(comProblems(rules)).to.deep.equal([]);
    // The check itself catches what the format forbids.
    expect(comProblems({x: {detectors: [{presentMatcher: {type: 'xpath', target: {}}}], methods: [{name: 'ACCEPT', action: {type: 'tap'}}]}})).to.deep.equal([
      'x.detectors[0]: missing "showingMatcher"',
      'x.detectors[0].presentMatcher.type: "xpath" is not css or checkbox',
      'x.detectors[0].presentMatcher.target: missing "selector"',
      'x.detectors[0].presentMatcher.target.selector: not a string',
      'x.detectors[0].showingMatcher: not an object',
      'x.methods[0].name: "ACCEPT" is not a documented method',
      'x.methods[0].action.type: "tap" is not a documented action',
    ]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`finds the banner and applies a person's choices through the real banner's parts (${lang})`, async () => {
      const cmp = (await json<Json>(COM_RULE))['patient-voice-widgets'] as Json;
      const detector = (cmp.detectors as Json[])[0];
      for (const [allowed, expected] of [
        [[], {functional: false, analytics: false, marketing: false}],
        [['B'], {functional: false, analytics: true, marketing: false}],
        [['A', 'F'], {functional: true, analytics: false, marketing: true}],
      ] as const) {
        clearStorage();
        const {win, banner} = await openPage(PAGES[lang]);
          expect(matches(win.document, detector.presentMatcher)).to.equal(true);
        expect(matches(win.document, detector.showingMatcher)).to.equal(true);
        await applyCom(win.document, cmp, [...allowed]);
        await banner.updateComplete;
        expect(win.patientVoice!.consent!.get()).to.deep.equal(expected);
        expect(matches(win.document, detector.showingMatcher)).to.equal(false);
        expect(matches(win.document, detector.presentMatcher)).to.equal(true);
        if (!allowed.length) expect(win.__gatedRan).to.equal(undefined);
        win.close();
      }
    });
  }
});

describe('consent automation: the stable hooks (data-pv-action, parts, data-pv-state)', () => {
  const warnings = useTestPage(clearStorage);
  const ACTIONS = ['accept-all', 'reject-all', 'choose', 'save', 'close', 'close-dialog'];
  /** Every button's [action, part, text] in a part of the banner's shadow root. */
  const buttons = (el: Element, scope: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${scope} button`)].map((b) => [b.dataset.pvAction, b.getAttribute('part'), b.textContent!.trim()]);
  const open = async (el: PvConsentBanner) => {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="banner"] [data-pv-action="choose"]')!.click();
    await el.updateComplete;
  };

  for (const [lang, texts] of [
    ['en', {accept: 'Accept all', reject: 'Reject all', choose: 'Choose', save: 'Save choices', ok: 'Got it', manage: 'Manage choices'}],
    ['fr', {accept: 'Tout accepter', reject: 'Tout refuser', choose: 'Choisir', save: 'Enregistrer mes choix', ok: "J'ai compris", manage: 'Gérer mes choix'}],
  ] as const) {
    for (const position of ['bottom', 'center']) {
      it(`every first-layer and dialog button has its data-pv-action and part (${lang}, ${position})`, async () => {
        const el = await renderBanner(`<pv-consent-banner policy-url="/privacy" position="${position}"></pv-consent-banner>`, lang);
        expect(buttons(el, '[part~="banner"]')).to.deep.equal([
          ['accept-all', 'button button-accept-all', texts.accept],
          ['reject-all', 'button button-reject-all', texts.reject],
          ['choose', 'button button-choose', texts.choose],
        ]);
        await open(el);
        expect(buttons(el, '[part~="preferences"]')).to.deep.equal([
          ['close-dialog', 'button button-close-dialog', '×'],
          ['save', 'button button-save', texts.save],
          ['accept-all', 'button button-accept-all', texts.accept],
          ['reject-all', 'button button-reject-all', texts.reject],
        ]);
        for (const [action] of [...buttons(el, '[part~="banner"]'), ...buttons(el, '[part~="preferences"]')]) expect(ACTIONS).to.include(action);
      });
    }
    it(`notice mode: "Got it" is close, "Manage choices" is choose (${lang})`, async () => {
      const el = await renderBanner('<pv-consent-banner policy-url="/privacy" mode="notice"></pv-consent-banner>', lang);
      expect(buttons(el, '[part~="banner"]')).to.deep.equal([
        ['close', 'button button-close', texts.ok],
        ['choose', 'button button-choose', texts.manage],
      ]);
    });
  }

  it('each action does what its name says', async () => {
    const run = async (markup: string, steps: string[]) => {
      clearStorage();
      const el = await renderBanner(markup);
      for (const step of steps) {
        const [scope, action] = step.split(' ');
        el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${scope}"] [data-pv-action="${action}"]`)!.click();
        await el.updateComplete;
      }
      const result = [consent.get(), el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prefs')!.open];
      el.parentElement!.remove();
      return result;
    };
    expect(await run('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', ['banner accept-all'])).to.deep.equal([{analytics: true, marketing: true}, false]);
    expect(await run('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', ['banner reject-all'])).to.deep.equal([{analytics: false, marketing: false}, false]);
    expect(await run('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', ['banner choose'])).to.deep.equal([null, true]);
    expect(await run('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', ['banner choose', 'preferences save'])).to.deep.equal([{analytics: false, marketing: false}, false]);
    expect(await run('<pv-consent-banner policy-url="/privacy"></pv-consent-banner>', ['banner choose', 'preferences accept-all'])).to.deep.equal([{analytics: true, marketing: true}, false]);
    expect(await run('<pv-consent-banner policy-url="/privacy" mode="notice"></pv-consent-banner>', ['banner close'])).to.deep.equal([{analytics: true, marketing: true}, false]);
  });

  it('the parts can be styled from the page, the old "button" part included', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <style>pv-consent-banner::part(button-reject-all) { outline: 3px solid rgb(1, 2, 3); } pv-consent-banner::part(button) { letter-spacing: 2px; }</style>
      <pv-consent-banner policy-url="/privacy"></pv-consent-banner></div>`);
    const el = page.querySelector('pv-consent-banner')!;
    await el.updateComplete;
    const style = (action: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part~="banner"] [data-pv-action="${action}"]`)!);
    expect(style('reject-all').outlineColor).to.equal('rgb(1, 2, 3)');
    expect(style('accept-all').outlineColor).not.to.equal('rgb(1, 2, 3)');
    expect(style('accept-all').letterSpacing).to.equal('2px');
  });

  it('data-pv-state: undecided while asking, decided after, undecided again after reset; none on a preview or a waiting banner', async () => {
    const page = await fixture<HTMLDivElement>(
      '<div><pv-consent-banner policy-url="/privacy" id="main"></pv-consent-banner><pv-consent-banner policy-url="/privacy" id="waiting"></pv-consent-banner><pv-consent-banner id="preview" preview></pv-consent-banner></div>'
    );
    const [main, waiting, preview] = [...page.querySelectorAll('pv-consent-banner')];
    await Promise.all([main, waiting, preview].map((b) => b.updateComplete));
    expect([main, waiting, preview].map((b) => b.getAttribute('data-pv-state'))).to.deep.equal(['undecided', null, null]);
    main.shadowRoot!.querySelector<HTMLButtonElement>('[data-pv-action="reject-all"]')!.click();
    await main.updateComplete;
    expect(main.getAttribute('data-pv-state')).to.equal('decided');
    consent.reset();
    await main.updateComplete;
    expect(main.getAttribute('data-pv-state')).to.equal('undecided');
    main.remove();
    expect(main.hasAttribute('data-pv-state')).to.equal(false);
    await waiting.updateComplete;
    expect(waiting.getAttribute('data-pv-state')).to.equal('undecided');
  });

  it('a data-pv-state written in the page is removed, with one warning naming it (the banner sets its own)', async () => {
    const el = await renderBanner('<pv-consent-banner policy-url="/privacy" data-pv-state="decided"></pv-consent-banner>');
    expect(el.getAttribute('data-pv-state')).to.equal('undecided');
    expect(warnings.messages).to.deep.equal([
      '<pv-consent-banner>: data-pv-state is written by the banner, not the page: "decided" is removed.',
    ]);
    await renderBanner('<pv-consent-banner policy-url="/privacy" data-pv-state="oui"></pv-consent-banner>', 'fr');
    expect(warnings.messages[1]).to.equal('<pv-consent-banner>: data-pv-state est écrit par le bandeau, pas par la page\u00a0: «\u00a0oui\u00a0» est retiré.');
  });
});
