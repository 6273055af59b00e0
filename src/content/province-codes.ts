/** The 13 provinces and territories, by their two-letter codes. */
export const PROVINCE_CODES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type ProvinceCode = (typeof PROVINCE_CODES)[number];

/** True for one of the 13 codes (upper case). */
export function isProvinceCode(value: string): value is ProvinceCode {
  return (PROVINCE_CODES as readonly string[]).includes(value);
}

/** The code of a `province` attribute's value (any case, spaces around it allowed), or `undefined`. */
export function provinceCodeOf(value: string | null | undefined): ProvinceCode | undefined {
  const code = (value ?? '').trim().toUpperCase();
  return isProvinceCode(code) ? code : undefined;
}
