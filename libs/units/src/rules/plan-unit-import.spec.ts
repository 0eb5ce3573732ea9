import { parseUnitKind } from '../unit-kind';
import {
  type ExistingUnit,
  parseMemberCount,
  planUnitImport,
  type UnitImportRow,
} from './plan-unit-import';

let n = 0;
const newId = () => `new-${++n}`;
const row = (
  r: number,
  code: string,
  name: string,
  parentCode: string,
  kind: string,
  memberCount: string | number | null = null,
): UnitImportRow => ({
  row: r,
  code,
  name,
  parentCode,
  kind,
  memberCount,
});

const existing: ExistingUnit[] = [
  {
    id: 'tv',
    code: 'TV',
    name: 'LĐLĐ tỉnh Trà Vinh',
    parentId: null,
    kind: 'province_federation',
    memberCount: 46970,
  },
  {
    id: 'cl',
    code: 'TV-CL',
    name: 'LĐLĐ huyện Càng Long',
    parentId: 'tv',
    kind: 'district_federation',
    memberCount: 4310,
  },
];

describe('planUnitImport', () => {
  beforeEach(() => {
    n = 0;
  });

  it('creates new units, parents first, even when a parent is listed after its child', () => {
    const plan = planUnitImport(
      existing,
      [
        row(2, 'TV-CK-01', 'CĐCS Trung tâm Y tế Cầu Kè', 'TV-CK', 'Công đoàn cơ sở', '151'),
        row(3, 'TV-CK', 'LĐLĐ huyện Cầu Kè', 'tv', 'LĐLĐ huyện', '1.430'),
      ],
      newId,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((u) => u.code)).toEqual(['TV-CK', 'TV-CK-01']);
    const [district, grassroots] = plan.creates;
    expect(district).toMatchObject({
      parentId: 'tv',
      kind: 'district_federation',
      memberCount: 1430,
    });
    expect(grassroots).toMatchObject({
      parentId: district.id,
      kind: 'grassroots',
      memberCount: 151,
    });
  });

  it('updates units matched by code (any case), and counts the unchanged ones', () => {
    const plan = planUnitImport(
      existing,
      [
        row(2, 'tv', 'LĐLĐ tỉnh Trà Vinh', '', 'province_federation', 46970),
        row(3, 'TV-CL', 'Liên đoàn Lao động huyện Càng Long', 'TV', 'district_federation', ''),
      ],
      newId,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.creates).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.updates).toEqual([
      {
        id: 'cl',
        code: 'TV-CL',
        name: 'Liên đoàn Lao động huyện Càng Long',
        parentId: 'tv',
        kind: 'district_federation',
        memberCount: 4310,
      },
    ]);
  });

  it('reports every bad row, with its row number, and plans nothing', () => {
    const plan = planUnitImport(
      existing,
      [
        row(2, 'A', '', '', 'grassroots'),
        row(3, 'B', 'Đơn vị B', '', 'hợp tác xã'),
        row(4, 'C', 'Đơn vị C', '', 'grassroots', '-5'),
        row(5, 'D', 'Đơn vị D', 'KHONG-CO', 'grassroots'),
        row(6, 'E', 'Đơn vị E', '', 'grassroots'),
        row(7, 'e', 'Đơn vị E lặp', '', 'grassroots'),
        row(8, 'F', 'Đơn vị F', 'F', 'grassroots'),
        row(9, '', 'Không mã', '', 'grassroots'),
        row(10, 'OK', 'Đơn vị tốt', 'TV', 'grassroots', 12),
      ],
      newId,
    );
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'name'],
      [3, 'kind'],
      [4, 'memberCount'],
      [5, 'parentCode'],
      [7, 'code'],
      [8, 'parentCode'],
      [9, 'code'],
    ]);
    expect(plan.errors.find((e) => e.row === 7)?.message).toContain('dòng 6');
    expect(plan.errors.find((e) => e.row === 5)?.message).toContain('KHONG-CO');
  });

  it('refuses loops, within the file and through stored units', () => {
    const inFile = planUnitImport(
      existing,
      [
        row(2, 'X', 'X', 'Y', 'grassroots'),
        row(3, 'Y', 'Y', 'X', 'grassroots'),
        row(4, 'Z', 'Z', 'TV', 'grassroots'),
      ],
      newId,
    );
    expect(inFile.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(inFile.errors[0].message).toMatch(/vòng lặp/);

    // TV becomes a child of a new unit under TV-CL, which is under TV.
    const throughStored = planUnitImport(
      existing,
      [
        row(2, 'TV', 'LĐLĐ tỉnh Trà Vinh', 'NEW', 'province_federation'),
        row(3, 'NEW', 'Mới', 'TV-CL', 'grassroots'),
      ],
      newId,
    );
    expect(throughStored.errors.map((e) => e.row)).toEqual([2, 3]);
  });
});

describe('parseMemberCount', () => {
  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1,234', 1234],
    ['1 234', 1234],
    ['0', 0],
    [86, 86],
  ])('reads %j as %d', (raw, value) => {
    expect(parseMemberCount(raw)).toBe(value);
  });

  it.each(['-1', '12.5', 'abc', '1.23', -3, 2.5])('refuses %j', (raw) => {
    expect(parseMemberCount(raw)).toBeNull();
  });
});

describe('parseUnitKind', () => {
  it.each([
    ['grassroots', 'grassroots'],
    ['Công đoàn cơ sở', 'grassroots'],
    ['CĐCS', 'grassroots'],
    ['cong doan co so', 'grassroots'],
    ['LĐLĐ huyện', 'district_federation'],
    ['Liên đoàn Lao động thành phố', 'district_federation'],
    ['Liên đoàn Lao động tỉnh', 'province_federation'],
    ['Công đoàn ngành', 'sector_union'],
    ['Công đoàn ngành Giáo dục', 'sector_union'],
    ['Sector Union', 'sector_union'],
  ])('reads %j', (raw, kind) => {
    expect(parseUnitKind(raw)).toBe(kind);
  });

  it('returns null for anything else', () => {
    expect(parseUnitKind('hợp tác xã')).toBeNull();
    expect(parseUnitKind('')).toBeNull();
  });
});
