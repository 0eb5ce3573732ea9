import { foldText } from './rules/fold-text';

export const UNIT_KINDS = [
  'province_federation',
  'district_federation',
  'sector_union',
  'grassroots',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** How each kind is written on screen and in spreadsheets. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province_federation: 'Liên đoàn Lao động tỉnh, thành phố',
  district_federation: 'Liên đoàn Lao động huyện, quận, thị xã, thành phố',
  sector_union: 'Công đoàn ngành',
  grassroots: 'Công đoàn cơ sở',
};

/** Vietnamese spellings (folded: lower case, without tones) accepted in imported files. */
const ALIASES: Array<[RegExp, UnitKind]> = [
  [/^(ldld|lien doan lao dong) (tinh|thanh pho truc thuoc trung uong)\b/, 'province_federation'],
  [/^(ldld|lien doan lao dong) (huyen|quan|thi xa|thanh pho|tp)\b/, 'district_federation'],
  [/^(cd|cong doan) (co so)\b/, 'grassroots'],
  [/^cdcs\b/, 'grassroots'],
  [/^(cd|cong doan) (nganh|khu cong nghiep|kcn|tong cong ty|vien chuc)\b/, 'sector_union'],
  [/^cap (tinh)$/, 'province_federation'],
  [/^cap (huyen)$/, 'district_federation'],
  [/^cap (nganh)$/, 'sector_union'],
  [/^(co so)$/, 'grassroots'],
];

/**
 * Reads a unit kind as written in an imported file: the code (`grassroots`) or a Vietnamese
 * name ("Công đoàn cơ sở", "CĐCS", "LĐLĐ huyện", "Công đoàn ngành", …). Null when unknown.
 */
export function parseUnitKind(raw: string): UnitKind | null {
  const text = raw.trim();
  if ((UNIT_KINDS as readonly string[]).includes(text)) return text as UnitKind;
  const folded = foldText(text).replace(/[-_]/g, ' ');
  if ((UNIT_KINDS as readonly string[]).includes(folded.replace(/ /g, '_'))) {
    return folded.replace(/ /g, '_') as UnitKind;
  }
  for (const [pattern, kind] of ALIASES) if (pattern.test(folded)) return kind;
  for (const kind of UNIT_KINDS) if (foldText(UNIT_KIND_LABELS[kind]) === folded) return kind;
  return null;
}
