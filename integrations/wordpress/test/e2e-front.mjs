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

/**
 * Content without JavaScript: shortcodes and the block print the widget
 * pre-rendered (declarative shadow DOM), so readers without JavaScript see
 * it, feeds carry its text as plain HTML and REST's `content.rendered` has
 * it; free text (a reviewer's name) is escaped; and the page does not move
 * when the script takes over (layout shifts measured and printed).
 */
export async function contentWithoutJavaScript(t) {
  const {check, assert, equal, sleep, SITE, users} = t;
  // Quotes, an ampersand and markup in the reviewer's name: shown as text, never as markup.
  const REVIEWER = 'Dr. <b>Ana</b> "Lee" & co';
  const CONTENT = [
    '<!-- wp:patient-voice/widget {"widget":"medical-disclaimer","variant":"reviewed","reviewedBy":"Dr. \\u003cb\\u003eAna\\u003c/b\\u003e \\u0022Lee\\u0022 \\u0026 co"} /-->',
    '<!-- wp:shortcode -->\n[pvw_referral_options province="QC" lang="fr" heading-level="3"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[pvw_rights_explainer compact]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[pvw_medical_disclaimer variant="general" org="Fondation Rose" org-fr="Fondation Rose du Québec" lang="fr"]\n<!-- /wp:shortcode -->',
  ].join('\n\n');
  let id;
  let rendered = '';

  await check('content without JavaScript: the block and the shortcodes show their widget pre-rendered (heading level, French, organisation and an escaped reviewer\'s name included)', async () => {
    const post = await t.rest(users.author, 'POST', '/wp/v2/posts', {title: 'Pre-rendered widgets', content: CONTENT, status: 'publish'});
    id = post.id;
    const ctx = await t.browser.createBrowserContext();
    const p = await t.newPage(ctx);
    try {
      await p.setJavaScriptEnabled(false);
      await p.goto(`${SITE}/?p=${id}`, {waitUntil: 'networkidle0'});
      const widgets = await p.$$eval('pv-medical-disclaimer, pv-referral-options, pv-rights-explainer', (els) =>
        els.map((el) => ({
          tag: el.localName,
          prerendered: el.hasAttribute('data-pv-prerendered'),
          lang: el.getAttribute('lang'),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          h3: el.shadowRoot?.querySelector('h3')?.textContent.trim() ?? null,
          markup: el.shadowRoot?.querySelectorAll('b').length ?? -1,
          height: el.getBoundingClientRect().height,
        }))
      );
      equal(widgets.map((w) => [w.tag, w.prerendered, w.lang]), [
        ['pv-medical-disclaimer', true, 'en'],
        ['pv-referral-options', true, 'fr'],
        ['pv-rights-explainer', true, 'en'],
        ['pv-medical-disclaimer', true, 'fr'],
      ], 'widgets pre-rendered (tag, data-pv-prerendered, lang)');
      const [reviewed, referral, rights, org] = widgets;
      assert(reviewed.text.includes(`This information was reviewed by ${REVIEWER}.`) && reviewed.markup === 0, `the reviewed disclaimer: ${reviewed.text.slice(0, 200)} (<b> elements: ${reviewed.markup})`);
      equal(referral.h3, 'Comment obtenir un deuxième avis médical', 'the French referral options\' title, at heading level 3');
      assert(referral.text.includes('Québec'), `referral options for Quebec: ${referral.text.slice(0, 200)}`);
      assert(rights.text.includes('second opinion'), `rights explainer: ${rights.text.slice(0, 200)}`);
      assert(org.text.includes('Fondation Rose du Québec vous offre ces renseignements généraux'), `French disclaimer with the French organisation name: ${org.text.slice(0, 200)}`);
      for (const w of widgets) assert(w.height > 40, `${w.tag} is ${w.height} px high without JavaScript`);
    } finally {
      await ctx.close();
    }
  });

  await check('REST API: content.rendered carries the widgets\' text (the disclaimer included)', async () => {
    assert(id, 'no post (the check above failed)');
    const res = await fetch(`${SITE}/?rest_route=/wp/v2/posts/${id}`);
    equal(res.status, 200, 'HTTP status');
    rendered = (await res.json()).content.rendered;
    assert(rendered.includes('This information was reviewed by Dr. &lt;b&gt;Ana&lt;/b&gt; &quot;Lee&quot; &amp; co.'), `the reviewed disclaimer's text: ${rendered.slice(0, 400)}`);
    assert(rendered.includes('Fondation Rose du Québec vous offre ces renseignements généraux'), 'the French disclaimer\'s text');
    assert(/<pv-medical-disclaimer[^>]* data-pv-prerendered><template shadowrootmode="open"|<template shadowroot="open" shadowrootmode="open">/.test(rendered), 'no declarative shadow root');
  });

  await check('RSS feed: the widgets\' text as plain HTML (the disclaimer included; no template, no script-only markup)', async () => {
    const res = await fetch(`${SITE}/?feed=rss2`);
    equal(res.status, 200, 'HTTP status');
    const xml = await res.text();
    const item = xml.split('<item>').find((i) => i.includes('<title>Pre-rendered widgets</title>')) ?? '';
    assert(item, 'the post is not in the feed');
    const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? '';
    for (const text of [
      'This information was reviewed by Dr. &lt;b&gt;Ana&lt;/b&gt; &quot;Lee&quot; &amp; co.',
      'Comment obtenir un deuxième avis médical',
      'Fondation Rose du Québec vous offre ces renseignements généraux',
      'It does not replace advice, diagnosis or treatment from your healthcare team.',
    ]) {
      assert(content.includes(text), `"${text}" is not in the feed's content: ${content.slice(0, 400)}`);
    }
    assert(!/<template|<pv-|<!--lit|<button|<slot/.test(content), `markup for browsers with JavaScript in the feed: ${/<template|<pv-|<!--lit|<button|<slot/.exec(content)?.[0]}`);
  });

  await check('no layout shift when the script takes over: cumulative layout shift on the pre-rendered post (block and shortcodes) ≤ 0.01, and the hydrated widgets work (a compact explainer opens)', async () => {
    assert(id, 'no post');
    const shifts = {};
    for (const [name, url] of [
      ['pre-rendered (block and shortcodes)', `${SITE}/?p=${id}`],
      ['placeholders (not pre-rendered; for comparison)', `${SITE}/?p=${t.posts.placeholders}`],
    ]) {
      const ctx = await t.browser.createBrowserContext();
      const p = await t.newPage(ctx);
      try {
        await p.evaluateOnNewDocument(() => {
          window.pvShift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.pvShift += e.value;
          }).observe({type: 'layout-shift', buffered: true});
        });
        await p.goto(url, {waitUntil: 'networkidle0'});
        await p.waitForFunction(() => [...document.querySelectorAll('pv-medical-disclaimer, pv-referral-options, pv-rights-explainer')].every((el) => el.matches(':defined') && el.hasUpdated), {timeout: 15000});
        await sleep(1000);
        shifts[name] = await p.evaluate(() => window.pvShift);
        if (url.endsWith(`=${id}`)) {
          // Hydrated, not just shown: the compact rights explainer's button opens it.
          const toggle = await p.waitForFunction(() => document.querySelector('pv-rights-explainer')?.shadowRoot?.querySelector('button[aria-expanded]'));
          equal(await toggle.evaluate((b) => b.getAttribute('aria-expanded')), 'false', 'the compact rights explainer before its button');
          await toggle.asElement().click();
          await p.waitForFunction((b) => b.getAttribute('aria-expanded') === 'true', {timeout: 5000}, toggle);
        }
      } finally {
        await ctx.close();
      }
    }
    console.log(`        (cumulative layout shift: ${Object.entries(shifts).map(([k, v]) => `${k} ${v.toFixed(4)}`).join('; ')})`);
    assert(shifts['pre-rendered (block and shortcodes)'] <= 0.01, `layout shift ${shifts['pre-rendered (block and shortcodes)']}`);
  });
}
