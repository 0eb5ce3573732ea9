import request from 'supertest';
import { createBank, createPublishedContest, contestBody } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

jest.setTimeout(120_000);

const AIKEN = `Công đoàn Việt Nam được thành lập năm nào?
A. 1929
B. 1930
ANSWER: A
`;

/**
 * The bank access list (docs/security.md): the owner, co-editors, the staff of the contests that
 * draw from the bank, administrators. An organizer of another contest sees nothing of it (404),
 * cannot start a counted attempt in a contest whose banks they can read (403), and cannot change
 * a question a running contest draws unless they organize that contest.
 */
describe('question bank access list (e2e)', () => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let participant: TestUser;
  let bank: { id: string; questionIds: string[] };
  let contest: { id: string; roundIds: string[] };
  let previewId: string;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    owner = await createUser(t, { roles: ['organizer'] });
    outsider = await createUser(t, { roles: ['organizer'] });
    admin = await createUser(t, { roles: ['admin'] });
    participant = await createUser(t);
    bank = await createBank(t, owner, 12, 'Ngân hàng riêng');
    contest = await createPublishedContest(t, owner, bank.id);
    // The outsider really is an organizer — of another contest, with another bank.
    const otherBank = await createBank(t, outsider, 12, 'Ngân hàng của người khác');
    await createPublishedContest(t, outsider, otherBank.id);
    const preview = await request(t.baseUrl)
      .post(`/api/banks/${bank.id}/imports`)
      .set(owner.auth)
      .attach('file', Buffer.from(AIKEN), 'aiken.txt')
      .expect(201);
    previewId = preview.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (method: 'get' | 'post' | 'patch' | 'delete', path: string, who: TestUser) =>
    request(t.baseUrl)[method](path).set(who.auth);

  /** Every bank-scoped request, with valid bodies, so that only the access list decides. */
  const bankRequests = () => [
    () => ['GET bank', call('get', `/api/banks/${bank.id}`, outsider)],
    () => ['PATCH bank', call('patch', `/api/banks/${bank.id}`, outsider).send({ title: 'X' })],
    () => ['GET questions', call('get', `/api/banks/${bank.id}/questions`, outsider)],
    () => [
      'POST question',
      call('post', `/api/banks/${bank.id}/questions`, outsider).send({
        type: 'true_false',
        prompt: 'Đúng hay sai?',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      }),
    ],
    () => ['GET question', call('get', `/api/questions/${bank.questionIds[0]}`, outsider)],
    () => ['GET versions', call('get', `/api/questions/${bank.questionIds[0]}/versions`, outsider)],
    () => [
      'PATCH question',
      call('patch', `/api/questions/${bank.questionIds[0]}`, outsider).send({ prompt: 'Đổi' }),
    ],
    () => ['DELETE question', call('delete', `/api/questions/${bank.questionIds[0]}`, outsider)],
    () => ['GET export', call('get', `/api/banks/${bank.id}/export?format=csv`, outsider)],
    () => [
      'POST import',
      call('post', `/api/banks/${bank.id}/import?dryRun=true`, outsider).attach(
        'file',
        Buffer.from('type,prompt\n'),
        'q.csv',
      ),
    ],
    () => [
      'POST imports',
      call('post', `/api/banks/${bank.id}/imports`, outsider).attach(
        'file',
        Buffer.from(AIKEN),
        'aiken.txt',
      ),
    ],
    () => ['GET imports', call('get', `/api/banks/${bank.id}/imports`, outsider)],
    () => ['GET preview', call('get', `/api/banks/${bank.id}/imports/${previewId}`, outsider)],
    () => ['GET editors', call('get', `/api/banks/${bank.id}/editors`, outsider)],
    () => ['GET access', call('get', `/api/banks/${bank.id}/access`, outsider)],
    () => [
      'POST editors',
      call('post', `/api/banks/${bank.id}/editors`, outsider).send({ userId: outsider.id }),
    ],
  ];

  it('hides the bank, its questions, exports and previews from an organizer of another contest (404)', async () => {
    const answers: string[] = [];
    for (const make of bankRequests()) {
      const [what, req] = make() as [string, request.Test];
      const res = await req;
      answers.push(`${what} → ${res.status} ${res.body.code}`);
      expect(JSON.stringify(res.body)).not.toContain('Đáp án 1-B');
    }
    expect(answers.filter((a) => !a.endsWith('404 NOT_FOUND'))).toEqual([]);
    const list = await call('get', '/api/banks', outsider).expect(200);
    expect(list.body.items.map((b: { id: string }) => b.id)).not.toContain(bank.id);
    const adminList = await call('get', '/api/banks', admin).expect(200);
    expect(adminList.body.items.map((b: { id: string }) => b.id)).toContain(bank.id);
  });

  it('lets a co-editor in while listed, keeps previews to their uploader, and lets only the owner manage editors', async () => {
    await call('post', `/api/banks/${bank.id}/editors`, owner)
      .send({ userId: outsider.id })
      .expect(201)
      .expect((r) =>
        expect(r.body.map((e: { userId: string }) => e.userId)).toEqual([outsider.id]),
      );
    await call('get', `/api/banks/${bank.id}/questions`, outsider).expect(200);
    const list = await call('get', '/api/banks', outsider).expect(200);
    expect(list.body.items.map((b: { id: string }) => b.id)).toContain(bank.id);
    // The owner's preview stays the owner's.
    await call('get', `/api/banks/${bank.id}/imports/${previewId}`, outsider).expect(404);
    expect((await call('get', `/api/banks/${bank.id}/imports`, outsider).expect(200)).body).toEqual(
      [],
    );
    const third = await createUser(t, { roles: ['organizer'] });
    const notOwner = await call('post', `/api/banks/${bank.id}/editors`, outsider).send({
      userId: third.id,
    });
    expect([notOwner.status, notOwner.body.code]).toEqual([403, 'FORBIDDEN']);
    const notOrganizer = await call('post', `/api/banks/${bank.id}/editors`, owner).send({
      userId: participant.id,
    });
    expect([notOrganizer.status, notOrganizer.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    await call('delete', `/api/banks/${bank.id}/editors/${outsider.id}`, owner).expect(204);
    await call('get', `/api/banks/${bank.id}/questions`, outsider).expect(404);
  });

  it('shows the access list (owner, co-editors, names only) and adds a co-editor by e-mail', async () => {
    const coEditor = await createUser(t, {
      roles: ['organizer'],
      fullName: 'Trần Văn Đồng',
      phone: '0987654321',
    });
    const byEmail = await call('post', `/api/banks/${bank.id}/editors`, owner)
      .send({ email: coEditor.email.toUpperCase() })
      .expect(201);
    expect(byEmail.body.map((e: { userId: string }) => e.userId)).toEqual([coEditor.id]);
    // A participant's address and an unknown one get the same answer: no way to probe accounts.
    for (const email of [participant.email, 'khong-co-ai@example.vn']) {
      const res = await call('post', `/api/banks/${bank.id}/editors`, owner).send({ email });
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    const bad = await call('post', `/api/banks/${bank.id}/editors`, owner).send({ email: 'x' });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const none = await call('post', `/api/banks/${bank.id}/editors`, owner).send({});
    expect([none.status, none.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const asOwner = await call('get', `/api/banks/${bank.id}/access`, owner).expect(200);
    expect(asOwner.body).toEqual({
      owner: { userId: owner.id, fullName: owner.fullName },
      editors: [{ userId: coEditor.id, fullName: 'Trần Văn Đồng', addedAt: expect.any(String) }],
      canManage: true,
    });
    const asCoEditor = await call('get', `/api/banks/${bank.id}/access`, coEditor).expect(200);
    expect(asCoEditor.body.canManage).toBe(false);
    expect(JSON.stringify(asCoEditor.body)).not.toMatch(/@|0987654321|\+84/);
    expect(
      (await call('get', `/api/banks/${bank.id}/access`, admin).expect(200)).body.canManage,
    ).toBe(true);
    await call('get', `/api/banks/${bank.id}/access`, outsider).expect(404);
    await call('delete', `/api/banks/${bank.id}/editors/${coEditor.id}`, owner).expect(204);
  });

  it('opens the bank to the staff of a contest that draws from it', async () => {
    const staff = await createUser(t, { roles: ['organizer'] });
    await call('get', `/api/banks/${bank.id}`, staff).expect(404);
    await call('post', `/api/contests/${contest.id}/staff`, owner)
      .send({ userId: staff.id, role: 'organizer' })
      .expect(201);
    await call('get', `/api/banks/${bank.id}/questions`, staff).expect(200);
  });

  it('refuses a contest that draws from a bank its author cannot read', async () => {
    const res = await call('post', '/api/contests', outsider).send(contestBody(bank.id));
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.body.details[0].field).toBe('drawRules.0.bankId');
  });

  it('refuses a counted attempt to anyone who can read the contest’s banks (403), not to a participant', async () => {
    const roundId = contest.roundIds[0];
    const editor = await createUser(t, { roles: ['organizer'] });
    await call('post', `/api/banks/${bank.id}/editors`, owner)
      .send({ userId: editor.id })
      .expect(201);
    for (const who of [owner, admin, editor]) {
      const res = await call('post', `/api/rounds/${roundId}/attempts`, who);
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    await call('post', `/api/rounds/${roundId}/attempts`, participant).expect(201);
  });

  it('lets only the running contest’s organizers edit a question it draws, and audits the edit', async () => {
    const editor = await createUser(t, { roles: ['organizer'] });
    await call('post', `/api/banks/${bank.id}/editors`, owner)
      .send({ userId: editor.id })
      .expect(201);
    const questionId = bank.questionIds[1];
    const refused = await call('patch', `/api/questions/${questionId}`, editor).send({
      prompt: 'Câu hỏi đã sửa bởi người ngoài ban tổ chức',
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    await call('patch', `/api/questions/${questionId}`, owner)
      .send({ prompt: 'Câu hỏi đã sửa bởi ban tổ chức' })
      .expect(200);
    const audit = await call('get', `/api/audit?contestId=${contest.id}`, admin).expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'question.edit',
          actorId: owner.id,
          details: expect.objectContaining({ questionId }),
        }),
      ]),
    );
  });
});
