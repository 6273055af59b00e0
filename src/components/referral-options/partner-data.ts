/**
 * Reads a partner's provinces override (the widget's JSON child) into typed
 * resources. Pure: problems are reported through `warn`, never thrown.
 */
import {isRecord} from '../../internal/json-config.js';
import {safeUrl} from '../../internal/safe-url.js';
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
}

export type PartnerData = Partial<Record<ProvinceCode, ProvinceOverride>>;

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
  return {
    name,
    phones,
    ...(url ? {url, urlLabel} : {}),
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

/**
 * Reads `{"provinces": {"ON": {"healthLine": {…} | null, "familyDoctor": […], "addFamilyDoctor": […]}}}`.
 * Returns `undefined` when the whole value is not in that form.
 */
export function readPartnerData(value: unknown, warn: (p: PartnerProblem) => void): PartnerData | undefined {
  if (!isRecord(value) || !isRecord(value.provinces)) {
    warn({kind: 'shape'});
    return undefined;
  }
  const data: PartnerData = {};
  for (const [rawCode, entry] of Object.entries(value.provinces)) {
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
    data[code] = override;
  }
  return data;
}
