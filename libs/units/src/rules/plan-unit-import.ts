import { parseUnitKind, type UnitKind } from '../unit-kind';
import { findCycles, parentsFirst } from './unit-tree';

/** A unit as stored. */
export interface ExistingUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  kind: UnitKind;
  memberCount: number;
}

/** One data row of an imported sheet, as read (row 1 is the header, so data starts at 2). */
export interface UnitImportRow {
  row: number;
  code: string;
  name: string;
  parentCode: string;
  kind: string;
  memberCount: string | number | null;
}

export interface UnitImportError {
  row: number;
  field?: string;
  message: string;
}

export interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  kind: UnitKind;
  memberCount: number;
}

export interface UnitImportPlan {
  errors: UnitImportError[];
  /** New units, parents before children. */
  creates: PlannedUnit[];
  /** Existing units whose name, parent, kind or member count change. */
  updates: PlannedUnit[];
  unchanged: number;
}

export const MAX_CODE_LENGTH = 50;
export const MAX_NAME_LENGTH = 255;
export const MAX_MEMBER_COUNT = 10_000_000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const key = (code: string) => code.trim().toLowerCase();

/** "1.234", "1,234", "1 234" and 1234 are the same count; null when not a whole number ≥ 0. */
export function parseMemberCount(raw: string | number): number | null {
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    const text = raw.trim().replace(/[\s\u00a0]/g, '');
    if (/^\d+$/.test(text)) value = Number(text);
    else if (/^\d{1,3}([.,]\d{3})+$/.test(text)) value = Number(text.replace(/[.,]/g, ''));
    else return null;
  }
  return Number.isInteger(value) && value >= 0 && value <= MAX_MEMBER_COUNT ? value : null;
}

/** Problems of a code as typed; null when it is acceptable. */
export function checkUnitCode(code: string): string | null {
  if (code === '') return 'Thiếu mã đơn vị';
  if (code.length > MAX_CODE_LENGTH) return `Mã đơn vị dài quá ${MAX_CODE_LENGTH} ký tự`;
  if (CONTROL.test(code)) return 'Mã đơn vị chứa ký tự không hợp lệ';
  return null;
}

export function checkUnitName(name: string): string | null {
  if (name === '') return 'Thiếu tên đơn vị';
  if (name.length > MAX_NAME_LENGTH) return `Tên đơn vị dài quá ${MAX_NAME_LENGTH} ký tự`;
  return null;
}

const KIND_HINT =
  'dùng province_federation, district_federation, sector_union, grassroots hoặc "LĐLĐ tỉnh", "LĐLĐ huyện", "Công đoàn ngành", "Công đoàn cơ sở"';

/**
 * Decides what an import does, all or nothing: every row is checked (code, name, kind, member
 * count, duplicates within the file, the parent exists in the file or the database, no loop in
 * the resulting tree) and every problem is reported with its row. Codes match
 * case-insensitively; a code already stored updates that unit, and the file is authoritative
 * for the units it lists (an empty parent makes the unit a root; an empty member count keeps
 * the stored one, or 0 for a new unit). Units not in the file are left alone.
 */
export function planUnitImport(
  existing: readonly ExistingUnit[],
  rows: readonly UnitImportRow[],
  newId: () => string,
): UnitImportPlan {
  const errors: UnitImportError[] = [];
  const stored = new Map(existing.map((u) => [key(u.code), u]));
  const firstRowOf = new Map<string, number>();
  const accepted: Array<{
    row: number;
    unit: PlannedUnit;
    parentCode: string;
    old?: ExistingUnit;
  }> = [];

  for (const r of rows) {
    const fail = (field: string, message: string) => errors.push({ row: r.row, field, message });
    const code = r.code.trim();
    const name = r.name.trim();
    const parentCode = r.parentCode.trim();
    let ok = true;

    const codeProblem = checkUnitCode(code);
    if (codeProblem) {
      fail('code', codeProblem);
      ok = false;
    } else if (firstRowOf.has(key(code))) {
      fail('code', `Mã đơn vị "${code}" đã có ở dòng ${firstRowOf.get(key(code))}`);
      ok = false;
    } else {
      firstRowOf.set(key(code), r.row);
    }
    const nameProblem = checkUnitName(name);
    if (nameProblem) {
      fail('name', nameProblem);
      ok = false;
    }
    const kind = r.kind.trim() === '' ? null : parseUnitKind(r.kind);
    if (kind === null) {
      fail(
        'kind',
        r.kind.trim() === ''
          ? `Thiếu loại đơn vị (${KIND_HINT})`
          : `Loại đơn vị "${r.kind.trim()}" không hợp lệ (${KIND_HINT})`,
      );
      ok = false;
    }
    const old = codeProblem ? undefined : stored.get(key(code));
    let memberCount = old?.memberCount ?? 0;
    const rawCount = r.memberCount;
    if (rawCount !== null && !(typeof rawCount === 'string' && rawCount.trim() === '')) {
      const parsed = parseMemberCount(rawCount);
      if (parsed === null) {
        fail('memberCount', 'Số đoàn viên phải là số nguyên không âm');
        ok = false;
      } else {
        memberCount = parsed;
      }
    }
    if (parentCode !== '' && !codeProblem && key(parentCode) === key(code)) {
      fail('parentCode', 'Đơn vị không thể là cấp trên của chính nó');
      ok = false;
    }
    if (ok && kind) {
      accepted.push({
        row: r.row,
        parentCode,
        old,
        unit: {
          id: old?.id ?? newId(),
          code: old?.code ?? code,
          name,
          parentId: null,
          kind,
          memberCount,
        },
      });
    }
  }

  // Parents: from the file first (a row may name a parent listed further down), then stored.
  const fileIdByCode = new Map(accepted.map((a) => [key(a.unit.code), a.unit.id]));
  const resolvable = new Set(rows.map((r) => key(r.code)));
  for (const a of accepted) {
    if (a.parentCode === '') continue;
    const parentId = fileIdByCode.get(key(a.parentCode)) ?? stored.get(key(a.parentCode))?.id;
    if (parentId) {
      a.unit.parentId = parentId;
    } else if (!resolvable.has(key(a.parentCode))) {
      errors.push({
        row: a.row,
        field: 'parentCode',
        message: `Không tìm thấy đơn vị cấp trên có mã "${a.parentCode}"`,
      });
    }
    // else: the parent's own row is invalid and already reported.
  }

  // Loops in the tree the import would produce (stored units keep their parents).
  const finalTree = new Map(existing.map((u) => [u.id, { id: u.id, parentId: u.parentId }]));
  for (const a of accepted) finalTree.set(a.unit.id, { id: a.unit.id, parentId: a.unit.parentId });
  const rowOfId = new Map(accepted.map((a) => [a.unit.id, a.row]));
  const codeOfId = new Map([
    ...existing.map((u) => [u.id, u.code] as const),
    ...accepted.map((a) => [a.unit.id, a.unit.code] as const),
  ]);
  for (const cycle of findCycles([...finalTree.values()])) {
    const path = [...cycle, cycle[0]].map((id) => codeOfId.get(id)).join(' → ');
    for (const id of cycle) {
      const row = rowOfId.get(id);
      if (row !== undefined) {
        errors.push({
          row,
          field: 'parentCode',
          message: `Quan hệ cấp trên tạo vòng lặp: ${path}`,
        });
      }
    }
  }

  errors.sort((a, b) => a.row - b.row);
  if (errors.length) return { errors, creates: [], updates: [], unchanged: 0 };

  const creates: PlannedUnit[] = [];
  const updates: PlannedUnit[] = [];
  let unchanged = 0;
  for (const { unit, old } of accepted) {
    if (!old) creates.push(unit);
    else if (
      old.name !== unit.name ||
      old.parentId !== unit.parentId ||
      old.kind !== unit.kind ||
      old.memberCount !== unit.memberCount
    )
      updates.push(unit);
    else unchanged++;
  }
  return { errors, creates: parentsFirst(creates), updates, unchanged };
}
