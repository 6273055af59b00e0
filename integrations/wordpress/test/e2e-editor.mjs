// Editor journeys of the WordPress end-to-end test (imported and called by
// e2e.mjs, which gives its helpers as `t`): an Author and a Contributor
// write a post in the block editor itself, through its UI as a person would
// (the inserter, the block's sidebar, Save draft, Preview, Publish or Submit
// for Review), with the plugin's block, a shortcode in a Shortcode block and
// a placeholder in a Custom HTML block; then the front end shows the widgets.
//
// The two WordPress versions tested (6.1 and 7.1) differ in the editor's
// markup: every control is found by its role and accessible name (puppeteer's
// `aria/` selectors), with the 6.1 and 7.1 names where they differ; the
// editor's canvas is an iframe in 7.1 and not in 6.1, so each lookup tries
// the page and then the canvas.
/* global window, document -- the functions given to page.evaluate() run in the browser. */

/** Accessible names that differ between WordPress 6.1 and 7.1. */
const NAMES = {
  inserter: ['Toggle block inserter', 'Block Inserter'],
  search: ['Search for blocks and patterns', 'Search'],
  preview: ['Preview', 'View'],
  blockTab: ['Block', 'Block (selected)'],
};

/**
 * The journeys. `t`: e2e.mjs's helpers and state (browser, newPage, check,
 * assert, equal, sleep, SITE, users, rest, logIn, waitRendered, widgetTexts,
 * VERSION).
 */
export async function editorJourneys(t) {
  const {check, assert, equal, sleep, SITE, users} = t;

  /** The editor's canvas: the `editor-canvas` iframe (7.1), else the page (6.1). */
  const canvas = (page) => page.frames().find((f) => f.name() === 'editor-canvas') ?? page.mainFrame();

  /**
   * The first visible element with this role and one of these names, in the
   * scopes given (page, canvas, an element). The accessible name is matched
   * exactly or in capitals (the sidebar's labels are styled in capitals,
   * which Chromium's accessible name follows), else by its label or text
   * with white space trimmed (the inserter's search results highlight the
   * match, which adds a space to the name).
   */
  async function byRole(scopes, role, names, {timeout = 15000} = {}) {
    const deadline = Date.now() + timeout;
    const label = (h) => h.evaluate((el) => (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim());
    for (;;) {
      for (const scope of typeof scopes === 'function' ? scopes() : scopes) {
        for (const name of [...new Set(names.flatMap((n) => [n, n.toUpperCase()]))]) {
          for (const h of await scope.$$(`aria/${name}[role="${role}"]`).catch(() => [])) {
            if (await h.isVisible().catch(() => false)) return h;
          }
        }
        for (const h of await scope.$$(`aria/[role="${role}"]`).catch(() => [])) {
          if (names.includes(await label(h).catch(() => '')) && (await h.isVisible().catch(() => false))) return h;
        }
      }
      if (Date.now() > deadline) throw new Error(`no visible ${role} named ${names.map((n) => `"${n}"`).join(' or ')}`);
      await sleep(200);
    }
  }
  /**
   * Clicks the element found by role and name; found again when the editor
   * re-renders it under the pointer (the inserter's results change as its
   * pattern search finishes). Returns the element clicked.
   */
  async function clickRole(scopes, role, names, options) {
    for (let attempt = 1; ; attempt++) {
      const h = await byRole(scopes, role, names, options);
      try {
        await h.click();
        return h;
      } catch (e) {
        if (attempt === 3 || !/detached|not clickable|not an Element/.test(String(e?.message))) throw e;
        await sleep(300);
      }
    }
  }
  const pressed = (h) => h.evaluate((el) => el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-expanded') === 'true');

  /** Closes whatever modal the editor opened (welcome guide, "Choose a pattern"…), by its Close button or Escape. */
  async function dismissModals(page) {
    for (let i = 0; i < 5; i++) {
      const modal = await page.$('.components-modal__frame[role="dialog"]');
      if (!modal) return;
      const close = await modal.$('aria/Close[role="button"]');
      if (close) await close.click();
      else await page.keyboard.press('Escape');
      await sleep(300);
    }
  }

  /** Logs `user` in and opens a new post in the block editor, ready to type. */
  async function openEditor(user) {
    const ctx = await t.browser.createBrowserContext();
    const page = await t.newPage(ctx, {front: false});
    await page.setViewport({width: 1280, height: 900});
    await t.logIn(page, user, `${SITE}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks?.getBlockType('patient-voice/widget'), {timeout: 60000});
    await sleep(500);
    await dismissModals(page);
    return {ctx, page};
  }

  /** Opens the inserter, searches, clicks the block's entry; the new block is selected. */
  async function insertBlock(page, search, title) {
    const toggle = await byRole([page], 'button', NAMES.inserter);
    if (!(await pressed(toggle))) await toggle.click();
    const box = await byRole([page], 'searchbox', NAMES.search);
    await box.click({count: 3});
    await box.type(search);
    const before = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlockCount());
    await sleep(300); // the results settle
    await clickRole([page], 'option', [title]);
    await page.waitForFunction((n) => window.wp.data.select('core/block-editor').getBlockCount() > n, {timeout: 10000}, before);
    const again = await byRole([page], 'button', NAMES.inserter);
    if (await pressed(again)) await again.click();
    await sleep(300);
  }

  /** The settings sidebar's region, open on the Block tab. */
  async function blockSidebar(page) {
    const toggle = await byRole([page], 'button', ['Settings']);
    if (!(await pressed(toggle))) await toggle.click();
    const region = await byRole([page], 'region', ['Editor settings']);
    if (!(await region.$('aria/Widget[role="combobox"]'))) {
      const tab = await byRole([region], 'tab', NAMES.blockTab, {timeout: 1500}).catch(() => byRole([region], 'button', NAMES.blockTab));
      await tab.click();
    }
    await byRole([region], 'combobox', ['Widget']);
    return region;
  }

  /** Chooses `value` in the select labelled `label` of the sidebar. */
  async function choose(region, label, value) {
    const select = await byRole([region], 'combobox', [label]);
    await select.select(value);
    await sleep(150);
  }

  /**
   * Types `text` into the field found by role and name. The editor may
   * re-render the field under the pointer (7.1's "Edit HTML" dialog as it
   * opens): then it is found again, emptied and typed into again.
   */
  async function typeInto(scopes, names, text) {
    for (let attempt = 1; ; attempt++) {
      const field = await byRole(scopes, 'textbox', names);
      try {
        await field.click();
        await field.evaluate((el) => el.focus());
        await field.type(text);
        const value = await field.evaluate((el) => ('value' in el ? el.value : el.textContent));
        assert(value === text, `the field "${names[0]}" holds ${JSON.stringify(value)} after typing ${JSON.stringify(text)}`);
        return;
      } catch (e) {
        if (attempt === 3 || !/detached|not clickable|not an Element|holds/.test(String(e?.message))) throw e;
        const again = await byRole(scopes, 'textbox', names);
        await again.click();
        await again.evaluate((el) => {
          el.focus();
          document.execCommand('selectAll');
        });
        await again.press('Backspace');
        await sleep(300);
      }
    }
  }

  /** The block editor's record of the post (what the UI saved). */
  const postState = (page) =>
    page.evaluate(() => {
      const e = window.wp.data.select('core/editor');
      return {id: e.getCurrentPostId(), status: e.getCurrentPost().status, saving: e.isSavingPost(), dirty: e.isEditedPostDirty(), ok: e.didPostSaveRequestSucceed()};
    });
  const waitSaved = (page, status) =>
    page.waitForFunction(
      (s) => {
        const e = window.wp.data.select('core/editor');
        return !e.isSavingPost() && !e.isAutosavingPost() && e.getCurrentPost().status === s && !e.isEditedPostDirty();
      },
      {timeout: 30000},
      status
    );

  /** The text under the plugin's block in the canvas (its summary). */
  const blockSummary = (page) =>
    canvas(page).evaluate(() => [...document.querySelectorAll('.wp-block-patient-voice-widget .components-placeholder__instructions')].map((e) => e.textContent.trim()));

  /**
   * One journey: `role` writes a post with the plugin's block (set in the
   * sidebar), a Shortcode block and a Custom HTML block with a placeholder,
   * saves a draft, previews it, then publishes (Author) or submits it for
   * review (Contributor).
   */
  async function journey(role, plan) {
    const user = users[role];
    const {ctx, page} = await openEditor(user);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const scopes = () => [page.mainFrame(), canvas(page)];
    let step = 'open the editor';
    try {
      step = 'type the title';
      await typeInto(scopes, ['Add title'], plan.title);

      step = 'insert the plugin\'s block from the inserter and set it in the sidebar';
      await insertBlock(page, 'Patient Voice', 'Patient Voice widget');
      const region = await blockSidebar(page);
      await choose(region, 'Widget', plan.block.widget);
      for (const [label, value] of plan.block.selects) await choose(region, label, value);
      for (const [label, value] of plan.block.texts ?? []) await typeInto([region], [label], value);
      const summary = await blockSummary(page);
      assert(summary.length === 1 && summary[0].startsWith(plan.block.summary), `the block's summary: expected "${plan.block.summary} — …", got ${JSON.stringify(summary)}`);

      step = 'write a shortcode in a Shortcode block';
      await insertBlock(page, 'Shortcode', 'Shortcode');
      await typeInto(scopes, ['Shortcode text'], plan.shortcode);

      step = 'write a placeholder in a Custom HTML block (7.1: in its "Edit HTML" dialog)';
      await insertBlock(page, 'Custom HTML', 'Custom HTML');
      const edit = await clickRole(scopes, 'button', ['Edit HTML'], {timeout: 2000}).catch(() => null);
      await sleep(500); // 7.1's dialog settles (it opens with an animation)
      await typeInto(scopes, ['HTML'], plan.placeholder);
      if (edit) await clickRole([page], 'button', ['Update']);

      step = 'Save draft';
      await clickRole([page], 'button', ['Save draft']);
      await waitSaved(page, 'draft');
      const {id} = await postState(page);
      const saved = await t.rest(user, 'GET', `/wp/v2/posts/${id}&context=edit`);
      equal(saved.status, 'draft', 'status after "Save draft"');
      const raw = saved.content.raw;
      const block = /<!-- wp:patient-voice\/widget (\{.*?\}) \/-->/.exec(raw);
      assert(block, `the block is not in the saved post: ${raw}`);
      equal(JSON.parse(block[1]), plan.block.saved, 'the block\'s attributes as saved');
      assert(raw.includes(plan.shortcode), `the shortcode is not in the saved post: ${raw}`);
      // WordPress's HTML filter (kses) runs on this role's content: the placeholder survives it.
      assert(raw.includes(plan.placeholder), `the placeholder did not survive kses: ${raw}`);

      step = 'Preview in new tab (the widgets render there)';
      await clickRole([page], 'button', NAMES.preview);
      const opened = t.browser.waitForTarget((target) => target.opener() === page.target(), {timeout: 20000});
      await clickRole([page], 'menuitem', ['Preview in new tab']);
      const preview = await (await opened).page();
      await preview.waitForFunction(() => /[?&]preview=true/.test(window.location.search) && document.readyState === 'complete', {timeout: 30000});
      await t.waitRendered(preview, plan.check.tag, 1);
      await plan.check.verify(preview, 'preview');
      await preview.close();

      // Publish, or Submit for Review: the header's button opens the pre-publish panel, whose button does it.
      step = role === 'contributor' ? 'Submit for Review' : 'Publish';
      const finalLabel = role === 'contributor' ? 'Submit for Review' : 'Publish';
      const finalStatus = role === 'contributor' ? 'pending' : 'publish';
      // (6.1's header button says "Publish" to a Contributor too; its panel's button says "Submit for Review".)
      const toggle = await clickRole([page], 'button', [finalLabel, 'Publish']);
      // The panel's own button of the same name (the header's is still in the page, behind the panel).
      const confirm = await page.waitForFunction(
        async (label, other) => {
          const e = window.wp.data.select('core/editor');
          if (e.isSavingPost()) return null;
          return [...document.querySelectorAll('button')].find((b) => b !== other && b.textContent.trim() === label && b.offsetParent && !b.closest('[aria-hidden="true"]')) ?? null;
        },
        {timeout: 15000},
        finalLabel,
        toggle
      );
      if ((await postState(page)).status !== finalStatus) await confirm.asElement().click();
      await waitSaved(page, finalStatus);
      const after = await t.rest(users.editor, 'GET', `/wp/v2/posts/${id}&context=edit`);
      equal(after.status, finalStatus, `status after "${finalLabel}"`);
      equal(after.content.raw, raw, 'content unchanged by publishing');
      equal(errors, [], 'script errors in the editor');
      return id;
    } catch (e) {
      if (process.env.PV_WP_DEBUG) await page.screenshot({path: `${process.env.PV_WP_DEBUG}/${role}.png`});
      throw new Error(`at "${step}": ${e?.message ?? e}`);
    } finally {
      await ctx.close();
    }
  }

  const REFERRAL_FR = {
    tag: 'pv-referral-options',
    async verify(p, where) {
      const texts = await t.widgetTexts(p, 'pv-referral-options');
      const card = texts.find((w) => w.attrs.province === 'QC');
      assert(card, `${where}: no pv-referral-options for QC: ${JSON.stringify(texts.map((w) => w.attrs))}`);
      equal([card.attrs.lang, card.attrs.mode], ['fr', 'guide'], `${where}: the block's language and mode`);
      assert(card.text.includes('Comment obtenir un deuxième avis médical') && card.text.includes('Québec'), `${where}: French card: ${card.text.slice(0, 200)}`);
    },
  };
  const DISCLAIMER_REVIEWED = {
    tag: 'pv-medical-disclaimer',
    async verify(p, where) {
      const texts = await t.widgetTexts(p, 'pv-medical-disclaimer');
      const reviewed = texts.find((w) => w.attrs.variant === 'reviewed');
      assert(reviewed, `${where}: no reviewed disclaimer: ${JSON.stringify(texts.map((w) => w.attrs))}`);
      equal(reviewed.attrs['reviewed-by'], 'Dr. Jane Doe & associates', `${where}: reviewed-by`);
      assert(reviewed.text.includes('Dr. Jane Doe & associates'), `${where}: reviewer in the text: ${reviewed.text.slice(0, 200)}`);
    },
  };
  const PLANS = {
    author: {
      title: 'Second opinion, written in the editor',
      block: {
        widget: 'referral-options',
        selects: [
          ['Language', 'fr'],
          ['Province or territory', 'QC'],
          ['Mode', 'guide'],
        ],
        summary: 'Quebec · Questions, then the routes in order · Français',
        saved: {lang: 'fr', province: 'QC', mode: 'guide'},
      },
      shortcode: '[pvw_medical_disclaimer variant="story"]',
      placeholder: '<div data-pv-widget="rights-explainer" data-compact="">Everyone may ask for a second opinion.</div>',
      check: REFERRAL_FR,
      front: {tags: {'pv-referral-options': 1, 'pv-medical-disclaimer': 1, 'pv-rights-explainer': 1}},
    },
    contributor: {
      title: 'A reviewed page, submitted for review',
      block: {
        widget: 'medical-disclaimer',
        selects: [
          ['Language', 'en'],
          ['Variant', 'reviewed'],
        ],
        texts: [['Reviewed by', 'Dr. Jane Doe & associates']],
        summary: 'Reviewed by a professional · English',
        // WordPress's HTML filter writes the block's attribute values with entities for roles without unfiltered_html.
        saved: {widget: 'medical-disclaimer', lang: 'en', variant: 'reviewed', reviewedBy: 'Dr. Jane Doe &amp; associates'},
      },
      shortcode: '[pvw_referral_options province="NS" lang="fr"]',
      placeholder: '<div data-pv-widget="referral-options" data-province="MB">To get a second opinion, talk to your family doctor.</div>',
      check: DISCLAIMER_REVIEWED,
      front: {tags: {'pv-medical-disclaimer': 1, 'pv-referral-options': 2}},
    },
  };

  const ids = {};
  for (const role of ['author', 'contributor']) {
    const plan = PLANS[role];
    const steps =
      role === 'author'
        ? 'inserts the block from the inserter, sets language, province and mode in the sidebar (its summary shows labels), adds a Shortcode block and a Custom HTML placeholder, saves a draft, previews it (the widget renders) and publishes'
        : 'inserts the block, sets language, variant and reviewer in the sidebar, adds a Shortcode block and a Custom HTML placeholder, saves a draft, previews it (the widget renders) and submits it for review';
    await check(`block editor UI, as ${role === 'author' ? 'an Author' : 'a Contributor'} (WordPress ${t.VERSION}): ${steps}`, async () => {
      ids[role] = await journey(role, plan);
    });
  }

  await check('the posts written in the editor show their widgets on the front end (the Contributor\'s once an Editor publishes it)', async () => {
    assert(ids.author && ids.contributor, 'a journey above failed');
    await t.rest(users.editor, 'POST', `/wp/v2/posts/${ids.contributor}`, {status: 'publish'});
    const ctx = await t.browser.createBrowserContext();
    const p = await t.newPage(ctx);
    try {
      for (const role of ['author', 'contributor']) {
        const plan = PLANS[role];
        await p.goto(`${SITE}/?p=${ids[role]}`, {waitUntil: 'networkidle0'});
        for (const [tag, n] of Object.entries(plan.front.tags)) await t.waitRendered(p, tag, n);
        await plan.check.verify(p, `${role}'s post`);
        equal(await p.$$eval('[data-pv-widget]', (els) => els.length), 0, `${role}'s post: placeholders left`);
      }
    } finally {
      await ctx.close();
    }
  });
}
