import {html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import {PvElement, nonBlank} from '../../internal/pv-element.js';
import {baseStyles} from '../../internal/styles.js';
import {heading, label, type HeadingLevel} from '../../internal/heading.js';
import {emit} from '../../internal/events.js';
import {CopyStatus} from '../../internal/copy-status.js';
import {pick} from '../../internal/bilingual.js';
import {formatDate, parseIsoDate, quote} from '../../internal/format.js';
import {readJsonConfig, watchJsonConfig} from '../../internal/json-config.js';
import {safeUrl} from '../../internal/safe-url.js';
import {AFTER_TIPS, BEFORE_TIPS, DRUG_COVERAGE, ROUTE_IDS, isRouteId, routeById, type RouteId} from '../../content/routes.js';
import {
  NATIONAL_HELP,
  PROVINCES,
  PROVINCE_CODES,
  isProvinceCode,
  shownResources,
  type ProvinceCode,
  type ProvinceNote,
  type Resource,
} from '../../content/provinces.js';
import {provinceCodeOf} from '../../content/province-codes.js';
import {CITATIONS, QUOTATIONS, citationUrl, quotationText} from '../../content/citations.js';
import {isComplete, orderRoutes, type GuideAnswers, type ReasonKey, type SuggestedRoute} from './guide.js';
import {readPartnerData, type PartnerData, type PartnerProblem} from './partner-data.js';
import {referralStyles} from './referral-options.styles.js';

export const REFERRAL_MODES = ['list', 'guide'] as const;
export type ReferralMode = (typeof REFERRAL_MODES)[number];
export type {GuideAnswers, RouteId, ProvinceCode};

/** Why the guide suggests a route, by reason key (in the language of the element rendering). */
const REASONS: Record<ReasonKey, () => string> = {
  'fd-first': () => msg('Asking your family doctor is the usual first step.'),
  'fd-own-opinion': () => msg('It is still the usual first step. The opinion is theirs, so be open about your reasons.'),
  'fd-later': () => msg('You have no family doctor now. If you find one later, you can ask them.'),
  'specialist-theirs': () => msg('The opinion is a specialist’s. You can ask them to refer you to another specialist.'),
  'specialist-if-seen': () => msg('If you have seen a specialist, you can ask them too.'),
  'walk-in-no-fd': () => msg('You have no family doctor. A doctor at a walk-in clinic or urgent care centre can refer you to a specialist.'),
  'walk-in-backup': () => msg('If you cannot get a referral, a clinic doctor can help.'),
  'insurance-yes': () => msg('You have an insurance plan. Check if it includes a review of your records by a specialist.'),
  'insurance-not-sure': () => msg('Check if you have a plan through work or your own. Some include a review of your records by a specialist.'),
  'insurance-no': () => msg('You said you have no private plan, so this route may not apply to you.'),
};

/**
 * The routes to a second opinion in Canada, each with what to say and what to
 * bring; a short guide that puts them in order for the person; and the health
 * line and family-doctor program of their province or territory.
 *
 * Nothing the person chooses is stored or sent anywhere.
 *
 * @summary Routes to a second opinion, a guide that orders them, and provincial resources.
 * @tagname pv-referral-options
 *
 * @csspart base - The widget's box.
 * @csspart title - The main title (a heading when `heading-level` is 1–6).
 * @csspart section-title - The title of each section.
 * @csspart guide - The guide's questions (guide mode).
 * @csspart question - Each question's fieldset (guide mode).
 * @csspart start-over - The "Start over" button (guide mode).
 * @csspart routes - The list of route cards.
 * @csspart route - One route card.
 * @csspart route-title - A card's title.
 * @csspart route-toggle - The button that opens or closes a card (compact form).
 * @csspart route-body - A card's content.
 * @csspart route-line - The one line under a card's title: when the route fits, in short.
 * @csspart route-details - The `<details>` holding when it fits, how to ask and what to bring (not in the compact form, where the whole card opens).
 * @csspart route-summary - That disclosure's `<summary>`.
 * @csspart reason - Why the guide suggests a route (guide mode, once answered).
 * @csspart copy - A "Copy" button next to a suggested sentence.
 * @csspart prepare - The "before and after" section.
 * @csspart drugs - The drug coverage note.
 * @csspart provinces - The provincial resources section.
 * @csspart province-picker - The province or territory picker (`<select>`).
 * @csspart province - The resources of the chosen province or territory.
 * @csspart province-note - A sourced note on referrals or records in that province (Ontario, Quebec).
 * @csspart help - The "Who can help" section (national helpline, and the province's cancer navigation).
 * @csspart status - The live region announcing copies and re-ordering (visually hidden).
 *
 * @cssproperty --pv-color-text - Body text colour.
 * @cssproperty --pv-color-surface - Background of the cards.
 * @cssproperty --pv-color-border - Borders of the cards and fields.
 * @cssproperty --pv-color-accent - Links, buttons and the cards' edge.
 * @cssproperty --pv-color-accent-text - Text on an accent background.
 * @cssproperty --pv-color-focus - Focus ring.
 * @cssproperty --pv-radius - Corner radius.
 * @cssproperty --pv-space - Base spacing unit.
 *
 * @fires pv-route-toggle - A card (compact form) or a card's details were opened or closed. `detail: {route, open}`.
 * @fires pv-guide-complete - Every question is answered (again after each change). `detail: {answers, routes}`.
 * @fires pv-province-change - The person chose a province or territory in the picker. `detail: {province}` (`''` for none).
 */
export class PvReferralOptions extends PvElement {
  static override styles = [baseStyles, referralStyles];
  /** Lit's reactive properties (declared here rather than with decorators: smaller bundles). */
  static override properties: PropertyDeclarations = {
    mode: {reflect: true, useDefault: true},
    province: {},
    routes: {},
    headingLevel: {attribute: 'heading-level'},
    compact: {type: Boolean, reflect: true},
    _answers: {state: true, attribute: false},
    _open: {state: true, attribute: false},
    _picked: {state: true, attribute: false},
    _partner: {state: true, attribute: false},
  };


  /** `list` (default): every route. `guide`: a few questions, then the routes in order for the person. */
  mode: 'list' | 'guide' = 'list';

  /** Two-letter code of a province or territory (case-insensitive). Without it, a picker is shown. */
  province = '';

  /** Which routes to show, in order, separated by spaces: `family-doctor specialist walk-in insurance`. Empty: all. */
  routes = '';

  /** Level of the main title, `1`–`6` (default `2`) or `none`. Sections and cards use the next levels. */
  headingLevel: '1' | '2' | '3' | '4' | '5' | '6' | 'none' = '2';

  /** Show only each route's title; each opens on demand. */
  compact = false;

  private _answers: GuideAnswers = {};
  private _open = new Set<RouteId>();
  private _picked: ProvinceCode | '' = '';
  /** Null-prototype, like what readPartnerData() returns: a polluted Object.prototype names no province. */
  private _partner: PartnerData = Object.create(null) as PartnerData;
  /** The live region: copies, and the guide's re-ordering and clearing. */
  private readonly _status = new CopyStatus<'order' | 'cleared'>(this);

  // Resolved from the attributes in willUpdate(); render() only reads them.
  private _mode: ReferralMode = 'list';
  private _level: HeadingLevel = 2;
  private _routes: RouteId[] = [...ROUTE_IDS];
  private _province: ProvinceCode | undefined;

  /** The guide's answers so far (a copy). */
  get answers(): GuideAnswers {
    return {...this._answers};
  }

  /** The province or territory shown now (from the attribute or the picker), or `''`. */
  get selectedProvince(): ProvinceCode | '' {
    return provinceCodeOf(this.province) ?? this._picked;
  }

  /** Stops watching the JSON child. */
  private _stopJson?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readConfig();
    // A JSON child streamed in (or changed) after the element upgraded: read it again, with the same checks.
    this._stopJson = watchJsonConfig(this, () => this._readConfig());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopJson?.();
  }

  /** Reads the JSON child again (call it after changing that child). */
  refreshConfig(): void {
    this._readConfig();
  }

  private _readConfig(): void {
    const config = readJsonConfig(this);
    this._partner = Object.create(null) as PartnerData;
    if (!config) return;
    if (!config.ok) {
      this.warnOnce('json', () => msg('The JSON configuration is not valid JSON. The built-in data is used.'));
      return;
    }
    this._partner = readPartnerData(config.value, (p) => this._partnerWarning(p)) ?? this._partner;
  }

  private _partnerWarning(p: PartnerProblem): void {
    switch (p.kind) {
      case 'shape':
        this.warnOnce('json-shape', () =>
          msg('Part of the JSON configuration is not in the expected form. That part is ignored and the built-in data is used.')
        );
        break;
      case 'unknown-province': {
        const code = p.code;
        this.warnOnce(`json-code=${code}`, () => msg(str`The JSON configuration names an unknown province or territory: "${code}". It is ignored.`));
        break;
      }
      case 'no-name': {
        const code = p.code;
        this.warnOnce(`json-name=${code}`, () => msg(str`A resource for ${code} in the JSON configuration has no name. It is left out.`));
        break;
      }
      case 'bad-url': {
        const url = p.url;
        this.warnOnce(`json-url=${url}`, () =>
          msg(str`The link "${url}" in the JSON configuration is not allowed (only http, https, tel or relative links). It is left out.`)
        );
        break;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const all = !this.hasUpdated;
    if (all || changed.has('mode')) this._mode = this.enumOf('mode', nonBlank(this.mode), REFERRAL_MODES, 'list');
    if (all || changed.has('headingLevel')) this._level = this.headingLevelOf(this.headingLevel, 2);
    if (all || changed.has('routes')) this._routes = this._routesOf(this.routes);
    if (all || changed.has('province')) {
      const raw = (this.province ?? '').trim();
      this._province = provinceCodeOf(raw);
      if (raw && !this._province) {
        const list = PROVINCE_CODES.join(', ');
        this.warnOnce(`province=${raw}`, () =>
          msg(str`province="${raw}" is not valid. Accepted values: ${list}. The province picker is shown instead.`)
        );
      }
    }
  }

  /** The routes named in `routes`, in order, warning once about unknown names; all of them when none is known. */
  private _routesOf(value: string | null | undefined): RouteId[] {
    const raw = (value ?? '').trim();
    if (!raw) return [...ROUTE_IDS];
    const good: RouteId[] = [];
    const bad: string[] = [];
    for (const name of raw.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
      if (isRouteId(name)) {
        if (!good.includes(name)) good.push(name);
      } else if (!bad.includes(name)) bad.push(name);
    }
    if (bad.length) {
      const names = bad.join(', ');
      const list = ROUTE_IDS.join(', ');
      this.warnOnce(`routes=${raw}`, () => msg(str`routes="${raw}" has unknown route names: ${names}. Accepted values: ${list}. They are ignored.`));
    }
    return good.length ? good : [...ROUTE_IDS];
  }

  // ---- events -------------------------------------------------------------

  private _toggle(route: RouteId): void {
    const open = new Set(this._open);
    const now = !open.has(route);
    if (now) open.add(route);
    else open.delete(route);
    this._open = open;
    emit(this, 'pv-route-toggle', {route, open: now});
  }

  /** A card's disclosure opened or closed (by the person, the browser's find in page, or a script). */
  private _detailsToggled(route: RouteId, e: Event): void {
    emit(this, 'pv-route-toggle', {route, open: (e.currentTarget as HTMLDetailsElement).open});
  }

  private _answer(question: keyof GuideAnswers, value: string): void {
    this._answers = {...this._answers, [question]: value} as GuideAnswers;
    const order = orderRoutes(this._answers, this._routes);
    if (!order) return;
    const answers: GuideAnswers = {familyDoctor: this._answers.familyDoctor, insurance: this._answers.insurance};
    if (this._answers.familyDoctor === 'yes') answers.opinion = this._answers.opinion;
    emit(this, 'pv-guide-complete', {answers, routes: order.map((s) => s.route)});
    void this._status.announce('order');
  }

  private async _startOver(): Promise<void> {
    this._answers = {};
    await this._status.announce('cleared');
    this.shadowRoot?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }

  private _pick(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this._picked = isProvinceCode(value) ? value : '';
    emit(this, 'pv-province-change', {province: this._picked});
  }

  // ---- text ---------------------------------------------------------------

  private _statusText(order: SuggestedRoute[] | undefined): string {
    switch (this._status.status) {
      case 'copied':
        return msg('Copied. You can paste it in a message or a note.');
      case 'copy-failed':
        return msg('Sorry, it could not be copied. Select the sentence and copy it yourself.');
      case 'cleared':
        return msg('Your answers were cleared.');
      case 'order': {
        if (!order?.length) return '';
        const first = routeById(order[0].route).title();
        return msg(str`Your routes were updated. First: ${first}.`);
      }
      default:
        return '';
    }
  }

  /** A resource's `checked` date in the reader's language. */
  private _date(iso: string): string {
    const date = parseIsoDate(iso);
    return date ? formatDate(date, this.resolvedLocale) : iso;
  }

  // ---- rendering ----------------------------------------------------------

  private _card(route: RouteId, level: HeadingLevel, reason: ReasonKey | undefined): TemplateResult {
    const r = routeById(route);
    const open = !this.compact || this._open.has(route);
    const bodyId = `route-${route}-body`;
    const titleId = `route-${route}-title`;
    const title = this.compact
      ? html`<button
          type="button"
          class="route-toggle"
          part="route-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${bodyId}
          @click=${() => this._toggle(route)}
        ><span class="route-name">${r.title()}</span></button>`
      : r.title();
    const why = reason ? html`<p class="reason" part="reason"><strong>${msg('Why we suggest it:')}</strong> ${REASONS[reason]()}</p>` : nothing;
    const details = html`
      ${label(level, msg('When it fits'))}
      <p>${r.when()}</p>
      ${label(level, msg('How to ask'))}
      <ul class="ask">
        ${r.ask().map(
          (sentence, i) => html`<li>
            <q id="say-${route}-${i}" class="say">${sentence}</q>
            <button type="button" class="copy" part="copy" aria-describedby="say-${route}-${i}" @click=${() => this._status.copy(sentence, `${route}-${i}`)}
              >${this._status.label(msg('Copy'), `${route}-${i}`)}</button
            >
          </li>`
        )}
      </ul>
      ${label(level, msg('What to bring'))}
      <ul>
        ${r.bring().map((item) => html`<li>${item}</li>`)}
      </ul>
    `;
    // The compact form opens the whole card from its title. Otherwise the
    // card shows its title, one line and the guide's reason; when it fits,
    // what to say and what to bring are one native disclosure away (a phone
    // screen holds every route's first view; print opens them all).
    return html`
      <li class="card" part="route" data-route=${route}>
        ${heading(level, titleId, 'route-title', title)}
        <div class="route-body" id=${bodyId} part="route-body" ?hidden=${!open}>
          <p class="line" part="route-line">${r.line()}</p>
          ${why}
          ${this.compact
            ? details
            : html`<details class="more" part="route-details" @toggle=${(e: Event) => this._detailsToggled(route, e)}>
                <summary part="route-summary" aria-describedby=${titleId}>${msg('When, what to say, what to bring')}</summary>
                <div class="more-body">${details}</div>
              </details>`}
        </div>
      </li>
    `;
  }

  private _radio(question: keyof GuideAnswers, value: string, label: string): TemplateResult {
    const id = `q-${question}-${value}`;
    return html`<div class="choice">
      <input
        type="radio"
        id=${id}
        name=${question}
        value=${value}
        .checked=${this._answers[question] === value}
        @change=${() => this._answer(question, value)}
      /><label for=${id}>${label}</label>
    </div>`;
  }

  private _guide(level: HeadingLevel): TemplateResult {
    const a = this._answers;
    return html`
      <div class="guide" part="guide">
        ${heading(level, 'guide-title', 'section-title', msg('Find the route that fits you'))}
        <p>${msg('Answer a few questions. Your answers stay on this page. Nothing is saved or sent.')}</p>
        <fieldset part="question">
          <legend>${msg('Do you have a family doctor?')}</legend>
          ${this._radio('familyDoctor', 'yes', msg('Yes'))} ${this._radio('familyDoctor', 'no', msg('No'))}
        </fieldset>
        ${a.familyDoctor === 'yes'
          ? html`<fieldset part="question">
              <legend>${msg('Whose opinion do you want checked?')}</legend>
              ${this._radio('opinion', 'family-doctor', msg('My family doctor’s'))}
              ${this._radio('opinion', 'specialist', msg('A specialist’s'))}
              ${this._radio('opinion', 'other', msg('Another doctor’s, or I am not sure'))}
            </fieldset>`
          : nothing}
        <fieldset part="question">
          <legend>${msg('Do you have insurance through work or your own plan?')}</legend>
          ${this._radio('insurance', 'yes', msg('Yes'))} ${this._radio('insurance', 'no', msg('No'))}
          ${this._radio('insurance', 'not-sure', msg('I am not sure'))}
        </fieldset>
        <button type="button" class="start-over" part="start-over" @click=${this._startOver}>${msg('Start over')}</button>
      </div>
    `;
  }

  private _phones(resource: Resource): TemplateResult | typeof nothing {
    if (!resource.phones.length) return nothing;
    return html`<ul class="phones">
      ${resource.phones.map((p) => {
        const href = safeUrl(p.href, ['tel', 'http']);
        return html`<li>
          ${href ? html`<a href=${href}>${p.display}</a>` : p.display}${p.note ? html` (${pick(p.note, this.resolvedLocale)})` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /** "(in English)" after a link to a page only confirmed in English, on a French page. */
  private _inEnglish(lang: string | undefined): TemplateResult | typeof nothing {
    return lang === 'en' && this.resolvedLocale === 'fr' ? html` ${msg('(in English)')}` : nothing;
  }

  private _checked(iso: string): TemplateResult | typeof nothing {
    const checked = iso ? this._date(iso) : '';
    return checked ? html`<p class="checked">${msg(str`Information checked on ${checked}.`)}</p>` : nothing;
  }

  private _resource(resource: Resource): TemplateResult {
    const url = safeUrl(resource.url, ['http', 'tel']);
    return html`<div class="resource">
      <p class="resource-name">${pick(resource.name, this.resolvedLocale)}</p>
      ${resource.about ? html`<p>${pick(resource.about, this.resolvedLocale)}</p>` : nothing}
      ${this._phones(resource)}
      ${url
        ? html`<p><a href=${url} hreflang=${resource.urlLang ?? nothing}>${resource.urlLabel ?? url}</a>${this._inEnglish(resource.urlLang)}</p>`
        : nothing}
      ${this._checked(resource.checked)}
    </div>`;
  }

  /** A province's note, with the official text it rests on (quoted exactly; our French marked as a free translation). */
  private _note(note: ProvinceNote): TemplateResult {
    const locale = this.resolvedLocale;
    const q = note.quote ? QUOTATIONS[note.quote] : undefined;
    let official: TemplateResult | typeof nothing = nothing;
    if (q) {
      const c = CITATIONS[q.citation];
      // Without a text in this language, the English original is shown, in English marks.
      const inLocale = quotationText(q, locale);
      const shown = inLocale ?? {text: q.en, translated: false};
      const quoteLang = inLocale ? locale : 'en';
      const link = citationUrl(c, locale);
      official = html`<figure class="official">
        <blockquote lang=${quoteLang} cite=${citationUrl(c, 'en')?.href ?? nothing}>
          <p>${quote(shown.text, quoteLang)}</p>
        </blockquote>
        <figcaption>
          — <cite>${pick(c.title, locale)}</cite>${c.reference ? `, ${pick(c.reference, locale)}` : nothing}.${shown.translated ? html` ${msg('Free translation.')}` : nothing}
          ${link ? html`<a href=${link.href} hreflang=${link.inEnglish ? 'en' : locale}>${msg('Official text')}</a>${this._inEnglish(link.inEnglish ? 'en' : undefined)}` : nothing}
        </figcaption>
      </figure>`;
    }
    return html`<div class="note" part="province-note" data-note=${note.id}>
      <p>${pick(note.text, locale)}</p>
      ${official} ${this._checked(note.checked)}
    </div>`;
  }

  /**
   * The chosen province's resources. Its name is a heading one level below
   * the section's (`level`), and its labels ("Health information line"…) one
   * level below that, so heading navigation reaches each; bold paragraphs
   * past h6 or with `heading-level="none"`.
   */
  private _provinceBlock(code: ProvinceCode, level: HeadingLevel): TemplateResult {
    const inner = (level === 0 ? 0 : Math.min(level + 1, 6)) as HeadingLevel;
    const base = PROVINCES[code];
    const shown = shownResources(base);
    const override = this._partner[code];
    let line = shown.healthLine;
    let programs = shown.familyDoctor;
    if (override) {
      if (override.healthLine !== undefined) line = override.healthLine ?? undefined;
      if (override.familyDoctor) programs = override.familyDoctor;
      if (override.addFamilyDoctor) programs = [...programs, ...override.addFamilyDoctor];
    }
    return html`<div class="province" part="province" data-province=${code}>
      ${label(level, pick(base.name, this.resolvedLocale))}
      ${label(inner, msg('Health information line'))}
      ${line ? this._resource(line) : html`<p class="none">${msg('We have no confirmed health line number for this area.')}</p>`}
      ${label(inner, msg('Finding a family doctor'))}
      ${programs.length
        ? programs.map((p) => this._resource(p))
        : html`<p class="none">${msg('We have no confirmed program for finding a family doctor in this area.')}</p>`}
      ${shown.withoutDoctor.length
        ? html`${label(inner, msg('If you have no family doctor'))}
            ${shown.withoutDoctor.map((r) => this._resource(r))}`
        : nothing}
      ${shown.notes.length
        ? html`${label(inner, msg('Referrals and records'))}
            ${shown.notes.map((n) => this._note(n))}`
        : nothing}
    </div>`;
  }

  private _provinces(level: HeadingLevel): TemplateResult {
    const fixed = this._province;
    const code = fixed ?? this._picked;
    const locale = this.resolvedLocale;
    const name = (c: ProvinceCode) => pick(PROVINCES[c].name, locale);
    const sorted = [...PROVINCE_CODES].sort((x, y) => name(x).localeCompare(name(y), locale));
    return html`<div class="section" part="provinces">
      ${heading(level, 'provinces-title', 'section-title', msg('Help in your province or territory'))}
      ${fixed
        ? nothing
        : html`<p class="picker">
            <label for="province-picker">${msg('Your province or territory')}</label>
            <select id="province-picker" part="province-picker" @change=${this._pick}>
              <option value="" ?selected=${!this._picked}>${msg('Choose one')}</option>
              ${sorted.map((c) => html`<option value=${c} ?selected=${this._picked === c}>${name(c)}</option>`)}
            </select>
          </p>`}
      ${code ? this._provinceBlock(code, level) : nothing}
    </div>`;
  }

  /** "Who can help": the national helpline, then the chosen province's cancer navigation; a partner may hide or replace either. */
  private _help(level: HeadingLevel): TemplateResult | typeof nothing {
    const code = this._province ?? this._picked;
    const national = this._partner.help ?? NATIONAL_HELP;
    const navigators = code ? (this._partner[code]?.navigators ?? shownResources(PROVINCES[code]).navigators) : [];
    if (!national.length && !navigators.length) return nothing;
    const where = code ? pick(PROVINCES[code].name, this.resolvedLocale) : '';
    return html`<div class="section" part="help">
      ${heading(level, 'help-title', 'section-title', msg('Who can help'))}
      ${national.map((r) => this._resource(r))}
      ${navigators.length && code
        ? html`${label(level, msg(str`Cancer patient navigation in ${where}`))}
            ${navigators.map((r) => this._resource(r))}`
        : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const mode = this._mode;
    const level = this._level;
    const sub = (level === 0 ? 0 : Math.min(level + 1, 6)) as HeadingLevel;
    const cardLevel = (sub === 0 ? 0 : Math.min(sub + 1, 6)) as HeadingLevel;
    const list = this._routes;
    const order = mode === 'guide' ? orderRoutes(this._answers, list) : undefined;
    const items: SuggestedRoute[] | Array<{route: RouteId; reason?: undefined}> = order ?? list.map((route) => ({route}));
    const ordered = !!order;
    const cards = repeat(
      items as Array<{route: RouteId; reason?: ReasonKey}>,
      (s) => s.route,
      (s) => this._card(s.route, cardLevel, s.reason)
    );
    const [source0, source1] = DRUG_COVERAGE.sources;
    const locale = this.resolvedLocale;
    return html`
      <div class="base" part="base" lang=${locale}>
        ${heading(level, 'title', 'title', msg('How to get a second opinion'))}
        <p>${msg('In Canada, you usually need a referral to see a specialist. It comes from a doctor or, in some provinces, a nurse practitioner. Here are the ways to ask for one.')}</p>
        ${mode === 'guide' ? this._guide(sub) : nothing}
        <div class="section" part="routes">
          ${heading(sub, 'routes-title', 'section-title', ordered ? msg('Your routes, in order') : msg('Ways to get a referral'))}
          ${mode === 'guide' && !isComplete(this._answers)
            ? html`<p>${msg('Answer the questions above to put these routes in order for you.')}</p>`
            : nothing}
          ${ordered ? html`<ol class="cards">${cards}</ol>` : html`<ul class="cards">${cards}</ul>`}
        </div>
        <div class="section" part="prepare">
          ${heading(sub, 'prepare-title', 'section-title', msg('Before and after the appointment'))}
          ${label(sub, msg('Before'))}
          <ul>
            ${BEFORE_TIPS.map((t) => html`<li>${t.text()}</li>`)}
          </ul>
          ${label(sub, msg('At and after the appointment'))}
          <ul>
            ${AFTER_TIPS.map((t) => html`<li>${t.text()}</li>`)}
          </ul>
        </div>
        <div class="section" part="drugs">
          ${heading(sub, 'drugs-title', 'section-title', msg('Drug costs'))}
          <p>${msg('Not all breast cancer drugs are paid for by public plans. Coverage depends on your province or territory.')}</p>
          <p class="label sources-label" id="drug-sources">${msg('Sources:')}</p>
          <ul class="sources" aria-labelledby="drug-sources">
            <li><a href=${safeUrl(source0.url) ?? nothing}>${pick(source0.name, locale)}</a>${locale === 'fr' ? html` ${msg('(in English)')}` : nothing}</li>
            <li>${pick(source1.name, locale)}</li>
          </ul>
        </div>
        ${this._provinces(sub)} ${this._help(sub)}
        <p class="visually-hidden" part="status" role="status">${this._statusText(order)}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pv-referral-options': PvReferralOptions;
  }
}
