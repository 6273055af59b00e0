/**
 * Reads a partner's overrides (the widget's JSON child) into typed
 * resources: the provinces' lines and programs, and "Who can help".
 * Pure: problems are reported through `warn`, never thrown.
 */
import {isRecord} from '../../internal/json-config.js';
import {safeUrl} from '../../internal/safe-url.js';
import {ownData} from '../../internal/own.js';
import {parseIsoDate} from '../../internal/format.js';
import type {Bilingual} from '../../internal/bilingual.js';
import {isProvinceCode, type Phone, type ProvinceCode, type Resource} from '../../content/provinces.js';

/** What a partner may change for one province or territory. */
export interface ProvinceOverride {
  /** Replaces the built-in health line; `null` hides it. */
  healthLine?: Resource | null;
  /** Replaces the built-in family-doctor programs (an empty list hides them). */
  familyDoctor?: Resource[];
  /** Added after the family-doctor programs (built-in or replaced). */
  addFamilyDoctor?: Resource[];
  /** Replaces the built-in cancer navigation of "Who can help" for this province (an empty list or `null` hides it). */
  navigators?: Resource[];
}

/** A partner's overrides: by province or territory, and `help` for the national part of "Who can help". */
export type PartnerData = Partial<Record<ProvinceCode, ProvinceOverride>> & {
  /** Replaces the national "Who can help" entries (an empty list or `null` hides them). */
  help?: Resource[];
};

/** The problems the reader can report, each turned into one warning by the widget. */
export type PartnerProblem =
  | {kind: 'shape'}
  | {kind: 'unknown-province'; code: string}
  | {kind: 'no-name'; code: string}
  | {kind: 'bad-url'; code: string; url: string};

const PARTNER_SOURCE = 'Partner configuration (JSON child)';

function bilingual(value: unknown): Bilingual | undefined {
  if (typeof value === 'string' && value.trim()) return {en: value.trim(), fr: value.trim()};
  if (isRecord(value) && typeof value.en === 'string' && value.en.trim()) {
    const en = value.en.trim();
    const fr = typeof value.fr === 'string' && value.fr.trim() ? value.fr.trim() : en;
    return {en, fr};
  }
  return undefined;
}

function resource(value: unknown, code: string, warn: (p: PartnerProblem) => void): Resource | undefined {
  const name = isRecord(value) ? bilingual(value.name) : undefined;
  if (!isRecord(value) || !name) {
    warn({kind: 'no-name', code});
    return undefined;
  }
  const phones: Phone[] = [];
  for (const p of Array.isArray(value.phones) ? value.phones : []) {
    const entry = typeof p === 'string' ? {number: p} : p;
    if (!isRecord(entry) || typeof entry.number !== 'string' || !entry.number.trim()) continue;
    const display = entry.number.trim();
    let href: string | undefined = `tel:${display.replace(/[^\d+]/g, '')}`;
    if (typeof entry.href === 'string') {
      href = safeUrl(entry.href, ['http', 'tel']);
      if (!href) warn({kind: 'bad-url', code, url: entry.href});
    }
    const note = bilingual(entry.note);
    phones.push({display, ...(href ? {href} : {}), ...(note ? {note} : {})});
  }
  let url: string | undefined;
  if (typeof value.url === 'string') {
    url = safeUrl(value.url, ['http', 'tel']);
    if (!url) warn({kind: 'bad-url', code, url: value.url});
  }
  const urlLabel = typeof value.urlLabel === 'string' && value.urlLabel.trim() ? value.urlLabel.trim() : url;
  const about = bilingual(value.about);
  return {
    name,
    phones,
    ...(url ? {url, urlLabel} : {}),
    ...(about ? {about} : {}),
    confidence: 'confirmed',
    source: typeof value.source === 'string' && value.source.trim() ? value.source.trim() : PARTNER_SOURCE,
    checked: typeof value.checked === 'string' && parseIsoDate(value.checked) ? value.checked : '',
  };
}

function resources(value: unknown, code: string, warn: (p: PartnerProblem) => void): Resource[] {
  if (!Array.isArray(value)) {
    warn({kind: 'shape'});
    return [];
  }
  return value.map((v) => resource(v, code, warn)).filter((r): r is Resource => !!r);
}

/** `null` or a list of resources: `null` hides (an empty list). */
function resourcesOrNone(value: unknown, code: string, warn: (p: PartnerProblem) => void): Resource[] {
  return value === null ? [] : resources(value, code, warn);
}

/**
 * Reads `{"help": […] | null, "provinces": {"ON": {"healthLine": {…} | null,
 * "familyDoctor": […], "addFamilyDoctor": […], "navigators": […] | null}}}`
 * (either key may be left out). Returns `undefined` when the whole value is
 * not in that form.
 */
export function readPartnerData(json: unknown, warn: (p: PartnerProblem) => void): PartnerData | undefined {
  // Own properties only, in what is read and in what is returned: a polluted
  // Object.prototype supplies no field (#24).
  const value = ownData(json);
  const hasHelp = isRecord(value) && 'help' in value;
  if (!isRecord(value) || (!isRecord(value.provinces) && !(hasHelp && value.provinces === undefined))) {
    warn({kind: 'shape'});
    return undefined;
  }
  const data: PartnerData = {};
  if (hasHelp) data.help = resourcesOrNone(value.help, 'help', warn);
  for (const [rawCode, entry] of Object.entries(isRecord(value.provinces) ? value.provinces : {})) {
    const code = rawCode.trim().toUpperCase();
    if (!isProvinceCode(code)) {
      warn({kind: 'unknown-province', code: rawCode});
      continue;
    }
    if (!isRecord(entry)) {
      warn({kind: 'shape'});
      continue;
    }
    const override: ProvinceOverride = {};
    if ('healthLine' in entry) {
      override.healthLine = entry.healthLine === null ? null : (resource(entry.healthLine, code, warn) ?? undefined);
      if (override.healthLine === undefined) delete override.healthLine;
    }
    if ('familyDoctor' in entry) override.familyDoctor = resources(entry.familyDoctor, code, warn);
    if ('addFamilyDoctor' in entry) override.addFamilyDoctor = resources(entry.addFamilyDoctor, code, warn);
    if ('navigators' in entry) override.navigators = resourcesOrNone(entry.navigators, code, warn);
    data[code] = override;
  }
  return ownData(data);
}
