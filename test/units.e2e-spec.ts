import { DEMO_UNITS } from '@app/demo';
import { UnitsService } from '@app/units';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(60_000);

interface Unit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  kind: string;
  memberCount: number;
}

describe('union units (e2e)', () => {
  let t: TestApp;
  let admin: TestUser;
  let participant: TestUser;

  const listUnits = async (): Promise<Unit[]> =>
    (await request(t.baseUrl).get('/api/units').expect(200)).body;
  const byCode = async (code: string) => (await listUnits()).find((u) => u.code === code);
  const upload = (content: Buffer, filename: string, query = '') =>
    request(t.baseUrl)
      .post(`/api/units/import${query}`)
      .set(admin.auth)
      .attach('file', content, filename);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createUser(t, { roles: ['admin'] });
    participant = await createUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists units publicly, as a flat list', async () => {
    const res = await request(t.baseUrl).get('/api/units').expect(200);
    expect(res.body).toEqual([]);
  });

  it('lets only administrators create units', async () => {
    const body = {
      code: 'TV',
      name: 'Liên đoàn Lao động tỉnh Trà Vinh',
      kind: 'province_federation',
      memberCount: 46970,
    };
    expect((await request(t.baseUrl).post('/api/units').send(body)).status).toBe(401);
    expect(
      (await request(t.baseUrl).post('/api/units').set(participant.auth).send(body)).status,
    ).toBe(403);
    const res = await request(t.baseUrl).post('/api/units').set(admin.auth).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), ...body, parentId: null });
    const child = await request(t.baseUrl).post('/api/units').set(admin.auth).send({
      code: 'TV-CL',
      name: 'Liên đoàn Lao động huyện Càng Long',
      kind: 'district_federation',
      parentId: res.body.id,
    });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ parentId: res.body.id, memberCount: 0 });
    expect((await listUnits()).map((u) => u.code)).toEqual(['TV', 'TV-CL']);
  });

  it('refuses a taken code (any case), an unknown parent and bad fields', async () => {
    const dup = await request(t.baseUrl)
      .post('/api/units')
      .set(admin.auth)
      .send({ code: 'tv', name: 'Trùng mã', kind: 'grassroots' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('CONFLICT');
    const orphan = await request(t.baseUrl).post('/api/units').set(admin.auth).send({
      code: 'X1',
      name: 'Mồ côi',
      kind: 'grassroots',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.details).toEqual([expect.objectContaining({ field: 'parentId' })]);
    const bad = await request(t.baseUrl)
      .post('/api/units')
      .set(admin.auth)
      .send({ code: '', name: 'Sai', kind: 'club', memberCount: -1, extra: 1 });
    expect(bad.status).toBe(400);
    expect(new Set(bad.body.details.map((d: { field: string }) => d.field))).toEqual(
      new Set(['code', 'kind', 'memberCount', 'extra']),
    );
  });

  it('changes a unit, and refuses to put it under one of its own units', async () => {
    const tv = (await byCode('TV'))!;
    const cl = (await byCode('TV-CL'))!;
    const renamed = await request(t.baseUrl)
      .patch(`/api/units/${cl.id}`)
      .set(admin.auth)
      .send({ name: 'LĐLĐ huyện Càng Long', memberCount: 4310 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'LĐLĐ huyện Càng Long',
      memberCount: 4310,
      parentId: tv.id,
    });

    const loop = await request(t.baseUrl)
      .patch(`/api/units/${tv.id}`)
      .set(admin.auth)
      .send({ parentId: cl.id });
    expect(loop.status).toBe(400);
    expect(loop.body.details).toEqual([expect.objectContaining({ field: 'parentId' })]);
    const self = await request(t.baseUrl)
      .patch(`/api/units/${tv.id}`)
      .set(admin.auth)
      .send({ parentId: tv.id });
    expect(self.status).toBe(400);

    const root = await request(t.baseUrl)
      .patch(`/api/units/${cl.id}`)
      .set(admin.auth)
      .send({ parentId: null });
    expect(root.body.parentId).toBeNull();
    await request(t.baseUrl)
      .patch(`/api/units/${cl.id}`)
      .set(admin.auth)
      .send({ parentId: tv.id })
      .expect(200);

    expect(
      (
        await request(t.baseUrl)
          .patch(`/api/units/${cl.id}`)
          .set(participant.auth)
          .send({ name: 'x' })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(t.baseUrl)
          .patch('/api/units/00000000-0000-4000-8000-000000000000')
          .set(admin.auth)
          .send({ name: 'x' })
      ).status,
    ).toBe(404);
    expect(
      (await request(t.baseUrl).patch('/api/units/not-a-uuid').set(admin.auth).send({ name: 'x' }))
        .status,
    ).toBe(404);
  });

  it('imports a CSV with BOM, semicolons, Vietnamese headers and parents listed later', async () => {
    const file = Buffer.from(
      '\ufeffMã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại;Số đoàn viên\r\n' +
        'TV-CK-01;Công đoàn cơ sở Trung tâm Y tế huyện Cầu Kè;TV-CK;Công đoàn cơ sở;151\r\n' +
        'TV-CK-02;"Công đoàn cơ sở Hợp tác xã Dừa sáp; Cầu Kè";TV-CK;CĐCS;35\r\n' +
        'TV-CK;Liên đoàn Lao động huyện Cầu Kè;TV;LĐLĐ huyện;1.430\r\n' +
        'TV-GD;Công đoàn ngành Giáo dục tỉnh Trà Vinh;TV;Công đoàn ngành;12.870\r\n' +
        'TV-CL;LĐLĐ huyện Càng Long;TV;district_federation;4310\r\n',
      'utf8',
    );
    const res = await upload(file, 'don-vi.csv');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 4, updated: 0, unchanged: 1, errors: [] });
    const units = await listUnits();
    const ck = units.find((u) => u.code === 'TV-CK')!;
    expect(ck).toMatchObject({
      kind: 'district_federation',
      memberCount: 1430,
      parentId: units.find((u) => u.code === 'TV')!.id,
    });
    expect(units.find((u) => u.code === 'TV-CK-02')).toMatchObject({
      name: 'Công đoàn cơ sở Hợp tác xã Dừa sáp; Cầu Kè',
      kind: 'grassroots',
      parentId: ck.id,
    });
    expect(units.find((u) => u.code === 'TV-GD')).toMatchObject({
      kind: 'sector_union',
      memberCount: 12870,
    });

    const again = await upload(file, 'don-vi.csv');
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 5, errors: [] });
  });

  it('imports an XLSX file and updates units matched by code', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Units');
    sheet.addRow(['code', 'name', 'parentCode', 'kind', 'memberCount']);
    sheet.addRow(['tv-ck-01', 'CĐCS Trung tâm Y tế Cầu Kè', 'TV-CK', 'grassroots', 160]);
    sheet.addRow([
      'TV-CL-04',
      'Công đoàn cơ sở Công ty TNHH May mặc Càng Long',
      'TV-CL',
      'grassroots',
      864,
    ]);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'don-vi.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 1, updated: 1, unchanged: 0, errors: [] });
    expect(await byCode('TV-CK-01')).toMatchObject({
      name: 'CĐCS Trung tâm Y tế Cầu Kè',
      memberCount: 160,
    });
    expect(await byCode('TV-CL-04')).toMatchObject({
      memberCount: 864,
      parentId: (await byCode('TV-CL'))!.id,
    });
  });

  it('writes nothing from a file with bad rows, and reports every one of them', async () => {
    const before = await listUnits();
    const file = Buffer.from(
      'code,name,parentCode,kind,memberCount\n' +
        'NEW-1,Đơn vị mới hợp lệ,TV,grassroots,10\n' +
        'NEW-2,,TV,grassroots,10\n' +
        'NEW-3,Loại sai,TV,câu lạc bộ,10\n' +
        'NEW-4,Số âm,TV,grassroots,-4\n' +
        'NEW-5,Cấp trên không có,KHONG-CO,grassroots,1\n' +
        'NEW-1,Trùng mã,TV,grassroots,1\n' +
        'LOOP-A,Vòng A,LOOP-B,grassroots,1\n' +
        'LOOP-B,Vòng B,LOOP-A,grassroots,1\n' +
        'TV,LĐLĐ tỉnh Trà Vinh,TV-CK-01,province_federation,46970\n',
      'utf8',
    );
    const res = await upload(file, 'loi.csv');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_FAILED');
    expect(res.body.message).toMatch(/chưa có gì được ghi/);
    const rows = [...new Set(res.body.details.map((d: { row: number }) => d.row))];
    expect(rows).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    for (const detail of res.body.details) expect(detail.message).toEqual(expect.any(String));
    expect(await listUnits()).toEqual(before);

    const dry = await upload(file, 'loi.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ created: 0, updated: 0, wouldCreate: 0 });
    expect(dry.body.errors).toEqual(res.body.details);
  });

  it('reports a dry run of a good file without writing it', async () => {
    const before = await listUnits();
    const file = Buffer.from(
      'code,name,parentCode,kind\nDRY-1,Thử,TV,grassroots\nTV-CL,LĐLĐ Càng Long,TV,district_federation\n',
    );
    const dry = await upload(file, 'thu.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      wouldCreate: 1,
      wouldUpdate: 1,
      errors: [],
    });
    expect(await listUnits()).toEqual(before);
  });

  it('refuses what is not a spreadsheet, a missing file, a missing column and a huge file', async () => {
    const png = await upload(
      Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'),
      'anh.png',
    );
    expect(png.status).toBe(400);
    expect(png.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'file', message: expect.any(String) }],
    });
    const none = await request(t.baseUrl).post('/api/units/import').set(admin.auth).send({});
    expect(none.status).toBe(400);
    expect(none.body.details).toEqual([expect.objectContaining({ field: 'file' })]);
    const columns = await upload(Buffer.from('Mã đơn vị,Tên đơn vị\nA,B\n'), 'thieu.csv');
    expect(columns.status).toBe(400);
    expect(columns.body).toMatchObject({ code: 'IMPORT_FAILED', details: [{ row: 1 }] });
    expect(columns.body.details[0].message).toMatch(/Loại/);
    const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'lon.csv');
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const wrongField = await request(t.baseUrl)
      .post('/api/units/import')
      .set(admin.auth)
      .attach('tep', Buffer.from('code,name,kind\n'), 'x.csv');
    expect(wrongField.status).toBe(400);
    expect(
      (
        await request(t.baseUrl)
          .post('/api/units/import')
          .set(participant.auth)
          .attach('file', Buffer.from('x'), 'x.csv')
      ).status,
    ).toBe(403);
  });

  it('finds the subtree of a unit for boards and eligibility', async () => {
    const units = await listUnits();
    const id = (code: string) => units.find((u) => u.code === code)!.id;
    const service = t.app.get(UnitsService);
    expect((await service.findSubtreeIds(id('TV-CK'))).sort()).toEqual(
      [id('TV-CK'), id('TV-CK-01'), id('TV-CK-02')].sort(),
    );
    expect(await service.findSubtreeIds(id('TV'))).toHaveLength(units.length);
    expect(await service.findSubtreeIds('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('upserts the demo tree idempotently', async () => {
    const service = t.app.get(UnitsService);
    const first = await service.upsertTree(DEMO_UNITS);
    expect(first.created + first.updated).toBeGreaterThan(0);
    const second = await service.upsertTree(DEMO_UNITS);
    expect(second).toEqual({ created: 0, updated: 0 });
    const units = await listUnits();
    for (const demo of DEMO_UNITS) {
      const unit = units.find((u) => u.code.toLowerCase() === demo.code.toLowerCase());
      expect(unit).toMatchObject({
        name: demo.name,
        kind: demo.kind,
        memberCount: demo.memberCount,
      });
    }
  });

  it('lets people register into a unit and shows it on their profile', async () => {
    const unit = (await byCode('TV-CK-02'))!;
    const res = await request(t.baseUrl)
      .post('/api/auth/register')
      .send({
        fullName: 'Thạch Thị Sa Rết',
        email: `sa.ret.${Date.now()}@example.vn`,
        password: 'Mat-khau-2026',
        unitId: unit.id,
      });
    expect(res.status).toBe(201);
    expect(res.body.user.unit).toEqual({ id: unit.id, code: unit.code, name: unit.name });
  });
});
