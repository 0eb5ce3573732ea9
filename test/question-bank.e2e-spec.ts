import { QuestionBanksService, QuestionPoolService, validateQuestion } from '@app/question-bank';
import request from 'supertest';
import { DEMO_BANKS } from '@app/demo';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

const choice = (texts: string[], correct: number[]) =>
  texts.map((text, i) => ({ text, correct: correct.includes(i) }));

// Real files through the real app on a shared 2-core machine: generous per-test budget.
jest.setTimeout(30_000);

describe('question banks: authoring (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let admin: TestUser;
  let participant: TestUser;
  let bankId: string;

  const api = () => request(t.baseUrl);
  const post = (path: string, body: object, user = organizer) =>
    api().post(path).set(user.auth).send(body);
  const addQuestion = (body: object, user = organizer) =>
    post(`/api/banks/${bankId}/questions`, body, user);

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await createUser(t, { roles: ['organizer'] });
    admin = await createUser(t, { roles: ['admin'] });
    participant = await createUser(t, { roles: ['participant'] });
    const res = await post('/api/banks', {
      title: 'Lịch sử Công đoàn Việt Nam',
      theme: 'Lịch sử',
      description: 'Ngân hàng thử',
    }).expect(201);
    bankId = res.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('banks', () => {
    it('creates a bank and returns it with its question count', async () => {
      const res = await post(
        '/api/banks',
        { title: '  Sử dụng điện an toàn  ', theme: 'Điện' },
        admin,
      ).expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        title: 'Sử dụng điện an toàn',
        theme: 'Điện',
        description: '',
        toneInsensitive: true,
        questionCount: 0,
        createdById: admin.id,
        archivedAt: null,
      });
      const got = await api().get(`/api/banks/${res.body.id}`).set(admin.auth).expect(200);
      expect(got.body.title).toBe('Sử dụng điện an toàn');
      // Not the organizer's: not on its access list (docs/security.md).
      await api().get(`/api/banks/${res.body.id}`).set(organizer.auth).expect(404);
    });

    it('rejects a bank without a title, and unknown fields', async () => {
      const res = await post('/api/banks', { title: ' ', theme: 'x' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(
        expect.arrayContaining([{ field: 'title', message: 'Tên ngân hàng không được để trống' }]),
      );
      await post('/api/banks', { title: 'a', theme: 'b', owner: 'x' }).expect(400);
    });

    it('lists banks paginated, searches titles and hides archived banks', async () => {
      const b = await post('/api/banks', { title: 'Bộ luật Lao động 2019', theme: 'Pháp luật' });
      const list = await api().get('/api/banks?pageSize=2').set(organizer.auth).expect(200);
      expect(list.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
      expect(list.body.items.length).toBeLessThanOrEqual(2);
      // The organizer's own two banks; the administrator's bank is not on their list.
      expect(list.body.total).toBe(2);
      for (const item of list.body.items)
        expect(Object.keys(item)).toEqual(
          expect.arrayContaining(['id', 'title', 'theme', 'description', 'questionCount']),
        );

      const found = await api().get('/api/banks?q=luật%20lao').set(organizer.auth).expect(200);
      expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([b.body.id]);

      await api()
        .patch(`/api/banks/${b.body.id}`)
        .set(organizer.auth)
        .send({ archived: true, description: 'Đã cũ' })
        .expect(200)
        .expect((r) => expect(r.body.archivedAt).not.toBeNull());
      const after = await api().get('/api/banks?pageSize=500').set(organizer.auth).expect(200);
      expect(after.body.items.map((x: { id: string }) => x.id)).not.toContain(b.body.id);
      const all = await api()
        .get('/api/banks?pageSize=500&includeArchived=true')
        .set(organizer.auth)
        .expect(200);
      expect(all.body.items.map((x: { id: string }) => x.id)).toContain(b.body.id);
    });

    it('answers 404 for an unknown or malformed bank id', async () => {
      await api()
        .get('/api/banks/00000000-0000-4000-8000-000000000000')
        .set(organizer.auth)
        .expect(404);
      await api().get('/api/banks/not-a-uuid').set(organizer.auth).expect(404);
    });
  });

  describe('questions of every type', () => {
    it('creates a single-choice question with server-side option ids and defaults', async () => {
      const res = await addQuestion({
        type: 'single',
        prompt: 'Công đoàn Việt Nam được thành lập ngày nào?',
        options: choice(['28/7/1929', '1/5/1930', '3/2/1930', '19/5/1941'], [0]),
        explanation: 'Ngày 28/7/1929, Tổng Công hội Đỏ Bắc Kỳ được thành lập.',
        tags: ['Lịch sử', ' thành lập '],
      }).expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        bankId,
        status: 'active',
        version: 1,
        versions: 1,
        versionId: expect.any(String),
        type: 'single',
        difficulty: 2,
        points: 1,
        tags: ['lịch sử', 'thành lập'],
        acceptedAnswers: null,
      });
      expect(res.body.options).toHaveLength(4);
      expect(new Set(res.body.options.map((o: { id: string }) => o.id)).size).toBe(4);
      for (const o of res.body.options)
        expect(o.id).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      expect(res.body.options[0]).toMatchObject({ text: '28/7/1929', correct: true });
    });

    it('creates multiple, true_false, short_text and essay questions', async () => {
      const multiple = await addQuestion({
        type: 'multiple',
        prompt: 'Những việc nào giúp tiết kiệm điện?',
        options: choice(['Tắt đèn khi ra khỏi phòng', 'Để tủ lạnh mở', 'Dùng đèn LED'], [0, 2]),
        difficulty: 1,
        points: 2.5,
      }).expect(201);
      expect(multiple.body).toMatchObject({ type: 'multiple', difficulty: 1, points: 2.5 });

      const tf = await addQuestion({
        type: 'true_false',
        prompt: 'Có thể dùng tay ướt để rút phích cắm điện.',
        options: choice(['Đúng', 'Sai'], [1]),
      }).expect(201);
      expect(tf.body.options.map((o: { correct: boolean }) => o.correct)).toEqual([false, true]);

      const short = await addQuestion({
        type: 'short_text',
        prompt: 'Điện áp lưới điện sinh hoạt ở Việt Nam là bao nhiêu vôn?',
        acceptedAnswers: ['220', '220V', '220 vôn'],
        difficulty: 3,
      }).expect(201);
      expect(short.body).toMatchObject({
        options: [],
        acceptedAnswers: ['220', '220V', '220 vôn'],
      });

      const essay = await addQuestion({
        type: 'essay',
        prompt: 'Trình bày vai trò của công đoàn cơ sở trong doanh nghiệp.',
        points: 10,
      }).expect(201);
      expect(essay.body).toMatchObject({ type: 'essay', options: [], acceptedAnswers: null });
    });

    it.each([
      [
        'single with two correct options',
        { type: 'single', prompt: 'P', options: choice(['A', 'B'], [0, 1]) },
        ['options'],
      ],
      [
        'multiple without a correct option',
        { type: 'multiple', prompt: 'P', options: choice(['A', 'B', 'C'], []) },
        ['options'],
      ],
      [
        'true_false with three options',
        { type: 'true_false', prompt: 'P', options: choice(['Đúng', 'Sai', 'Không rõ'], [0]) },
        ['options'],
      ],
      [
        'single with one option',
        { type: 'single', prompt: 'P', options: choice(['A'], [0]) },
        ['options'],
      ],
      [
        'duplicate and empty option texts',
        { type: 'single', prompt: 'P', options: choice(['Hà Nội', ' ', 'HÀ NỘI'], [0]) },
        ['options.1.text', 'options.2.text'],
      ],
      [
        'short_text without accepted answers',
        { type: 'short_text', prompt: 'P' },
        ['acceptedAnswers'],
      ],
      [
        'essay with options',
        { type: 'essay', prompt: 'P', options: choice(['A', 'B'], [0]) },
        ['options'],
      ],
      [
        'empty prompt, difficulty 5, points 0',
        { type: 'essay', prompt: '', difficulty: 5, points: 0 },
        ['prompt', 'difficulty', 'points'],
      ],
    ])('rejects %s with 400 and the fields at fault', async (_name, body, fields) => {
      const res = await addQuestion(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(fields);
      for (const d of res.body.details) expect(typeof d.message).toBe('string');
    });

    it('rejects wrong shapes and unknown fields before the rules', async () => {
      const res = await addQuestion({
        type: 'matching',
        prompt: 'P',
        options: [{ text: 'A', correct: 'yes' }],
        secret: 1,
      }).expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['type', 'options.0.correct', 'secret']));
    });

    it('answers 404 when the bank does not exist', async () => {
      await post('/api/banks/00000000-0000-4000-8000-000000000000/questions', {
        type: 'essay',
        prompt: 'P',
      }).expect(404);
    });
  });

  describe('text safety', () => {
    it('stores markup as plain text and returns it unchanged as a JSON string', async () => {
      const prompt = '<img src=x onerror=alert(1)> <script>alert("x")</script> & é';
      const created = await addQuestion({
        type: 'single',
        prompt,
        options: choice(['<b>A</b>', '=1+1'], [0]),
      }).expect(201);
      expect(created.headers['content-type']).toMatch(/^application\/json/);
      const res = await api().get(`/api/questions/${created.body.id}`).set(organizer.auth);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.body.prompt).toBe(prompt);
      expect(res.body.options.map((o: { text: string }) => o.text)).toEqual(['<b>A</b>', '=1+1']);
      expect(res.text).toContain(JSON.stringify(prompt).slice(1, -1));
    });
  });

  describe('versions', () => {
    let questionId: string;
    let v1: { versionId: string; options: Array<{ id: string; text: string; correct: boolean }> };

    beforeAll(async () => {
      const res = await addQuestion({
        type: 'single',
        prompt: 'Luật Công đoàn hiện hành được Quốc hội thông qua năm nào?',
        options: choice(['2012', '2024', '1990'], [0]),
        tags: ['luật'],
      }).expect(201);
      questionId = res.body.id;
      v1 = res.body;
    });

    it('creates version 2 on an edit and keeps version 1 unchanged', async () => {
      const res = await api()
        .patch(`/api/questions/${questionId}`)
        .set(organizer.auth)
        .send({ options: choice(['2012', '2024', '1990'], [1]), difficulty: 3 })
        .expect(200);
      expect(res.body).toMatchObject({ version: 2, versions: 2, difficulty: 3, tags: ['luật'] });
      expect(res.body.versionId).not.toBe(v1.versionId);
      // Only the key changed: option ids stay, so answers can be regraded.
      expect(res.body.options.map((o: { id: string }) => o.id)).toEqual(
        v1.options.map((o) => o.id),
      );
      expect(res.body.options.map((o: { correct: boolean }) => o.correct)).toEqual([
        false,
        true,
        false,
      ]);

      const versions = await api()
        .get(`/api/questions/${questionId}/versions`)
        .set(organizer.auth)
        .expect(200);
      expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(versions.body[1]).toMatchObject({
        id: v1.versionId,
        difficulty: 2,
        options: v1.options,
      });
      const [row] = await t.dataSource.query(
        'SELECT options FROM question_versions WHERE id = $1',
        [v1.versionId],
      );
      expect(row.options).toEqual(v1.options);
    });

    it('gives a reworded option a new id', async () => {
      const res = await api()
        .patch(`/api/questions/${questionId}`)
        .set(organizer.auth)
        .send({ options: choice(['Năm 2012', '2024', '1990'], [1]) })
        .expect(200);
      expect(res.body.version).toBe(3);
      expect(res.body.options[0].id).not.toBe(v1.options[0].id);
      expect(res.body.options.slice(1).map((o: { id: string }) => o.id)).toEqual(
        v1.options.slice(1).map((o) => o.id),
      );
    });

    it('creates no version for an edit that changes nothing', async () => {
      const res = await api()
        .patch(`/api/questions/${questionId}`)
        .set(organizer.auth)
        .send({ tags: ['LUẬT'] })
        .expect(200);
      expect(res.body.version).toBe(3);
    });

    it('validates the edited question as a whole', async () => {
      const res = await api()
        .patch(`/api/questions/${questionId}`)
        .set(organizer.auth)
        .send({ type: 'multiple', options: choice(['A', 'B'], []) })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'options', message: expect.any(String) }]);
      const still = await api().get(`/api/questions/${questionId}`).set(organizer.auth);
      expect(still.body.version).toBe(3);
    });

    it('changes the type when the edit says so', async () => {
      const res = await api()
        .patch(`/api/questions/${questionId}`)
        .set(admin.auth)
        .send({ type: 'short_text', acceptedAnswers: ['2024'] })
        .expect(200);
      expect(res.body).toMatchObject({ type: 'short_text', options: [], version: 4 });
      const versions = await api().get(`/api/questions/${questionId}/versions`).set(admin.auth);
      expect(versions.body[0].createdById).toBe(admin.id);
      expect(versions.body[3].createdById).toBe(organizer.id);
    });

    it('keeps concurrent edits as distinct versions', async () => {
      const results = await Promise.all(
        [1, 2, 3].map((d) =>
          api()
            .patch(`/api/questions/${questionId}`)
            .set(organizer.auth)
            .send({ difficulty: d, prompt: `Câu hỏi sửa lần ${d}` }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const versions = await api().get(`/api/questions/${questionId}/versions`).set(organizer.auth);
      expect(versions.body.map((v: { version: number }) => v.version).slice(0, 3)).toEqual([
        7, 6, 5,
      ]);
    });
  });

  describe('archiving', () => {
    it('archives: hidden from the default list, kept, not editable', async () => {
      const q = await addQuestion({
        type: 'essay',
        prompt: 'Câu hỏi sẽ lưu trữ',
      }).expect(201);
      await api().delete(`/api/questions/${q.body.id}`).set(organizer.auth).expect(204);
      await api().delete(`/api/questions/${q.body.id}`).set(organizer.auth).expect(204);

      const got = await api().get(`/api/questions/${q.body.id}`).set(organizer.auth).expect(200);
      expect(got.body.status).toBe('archived');
      const active = await api()
        .get(`/api/banks/${bankId}/questions?pageSize=500`)
        .set(organizer.auth);
      expect(active.body.items.map((x: { id: string }) => x.id)).not.toContain(q.body.id);
      const archived = await api()
        .get(`/api/banks/${bankId}/questions?status=archived`)
        .set(organizer.auth);
      expect(archived.body.items.map((x: { id: string }) => x.id)).toContain(q.body.id);

      const res = await api()
        .patch(`/api/questions/${q.body.id}`)
        .set(organizer.auth)
        .send({ prompt: 'x' })
        .expect(409);
      expect(res.body.code).toBe('CONFLICT');
      await api()
        .delete('/api/questions/00000000-0000-4000-8000-000000000000')
        .set(organizer.auth)
        .expect(404);
    });
  });

  describe('search and filters', () => {
    let searchBank: string;
    beforeAll(async () => {
      const bank = await post('/api/banks', { title: 'Ngân hàng tìm kiếm', theme: 'Thử' });
      searchBank = bank.body.id;
      const qs = [
        { prompt: 'Điện áp an toàn là bao nhiêu?', tags: ['điện', 'an toàn'], difficulty: 1 },
        { prompt: 'Khi bị điện giật cần làm gì?', tags: ['điện', 'sơ cứu'], difficulty: 2 },
        { prompt: 'Đại hội Công đoàn lần thứ nhất', tags: ['lịch sử'], difficulty: 3 },
        { prompt: 'Tỷ lệ 50%_ là gì?', tags: ['khác'], difficulty: 2 },
      ];
      for (const q of qs)
        await post(`/api/banks/${searchBank}/questions`, {
          type: 'single',
          options: choice(['Có', 'Không'], [0]),
          ...q,
        }).expect(201);
      await post(`/api/banks/${searchBank}/questions`, {
        type: 'short_text',
        prompt: 'Tên tổ chức tiền thân?',
        acceptedAnswers: ['Tổng Công hội Đỏ'],
      }).expect(201);
    });

    const list = (query: string) =>
      api()
        .get(`/api/banks/${searchBank}/questions?${query}`)
        .set(organizer.auth)
        .expect(200)
        .then((r) => r.body);
    const prompts = (body: { items: Array<{ prompt: string }> }) => body.items.map((i) => i.prompt);

    it('filters by tag (all given tags), difficulty and type', async () => {
      expect(prompts(await list(`tag=${encodeURIComponent('Điện')}`))).toHaveLength(2);
      expect(prompts(await list(`tag=${encodeURIComponent('điện,sơ cứu')}`))).toEqual([
        'Khi bị điện giật cần làm gì?',
      ]);
      expect(prompts(await list('difficulty=3'))).toEqual(['Đại hội Công đoàn lần thứ nhất']);
      expect(prompts(await list('type=short_text'))).toEqual(['Tên tổ chức tiền thân?']);
      await api()
        .get(`/api/banks/${searchBank}/questions?difficulty=7`)
        .set(organizer.auth)
        .expect(400);
    });

    it('searches text without case or tones, in options and accepted answers too', async () => {
      expect(prompts(await list('q=DIEN%20giat'))).toEqual(['Khi bị điện giật cần làm gì?']);
      expect(prompts(await list(`q=${encodeURIComponent('đại hội')}`))).toEqual([
        'Đại hội Công đoàn lần thứ nhất',
      ]);
      expect(prompts(await list('q=tong%20cong%20hoi'))).toEqual(['Tên tổ chức tiền thân?']);
      expect(prompts(await list(`q=${encodeURIComponent('50%_')}`))).toEqual(['Tỷ lệ 50%_ là gì?']);
      expect(prompts(await list(`q=${encodeURIComponent('%')}`))).toEqual(['Tỷ lệ 50%_ là gì?']);
    });

    it('paginates in bank order', async () => {
      const page1 = await list('page=1&pageSize=2');
      const page3 = await list('page=3&pageSize=2');
      expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
      expect(prompts(page1)).toEqual([
        'Điện áp an toàn là bao nhiêu?',
        'Khi bị điện giật cần làm gì?',
      ]);
      expect(prompts(page3)).toEqual(['Tên tổ chức tiền thân?']);
      await api()
        .get(`/api/banks/${searchBank}/questions?pageSize=501`)
        .set(organizer.auth)
        .expect(400);
    });

    it('counts active questions on the bank', async () => {
      const bank = await api().get(`/api/banks/${searchBank}`).set(organizer.auth).expect(200);
      expect(bank.body.questionCount).toBe(5);
    });
  });

  describe('what attempts rely on (QuestionPoolService)', () => {
    it('draws active questions in their current version; old versions stay readable', async () => {
      const bank = await post('/api/banks', { title: 'Ngân hàng rút đề', theme: 'Thử' });
      const pool = t.app.get(QuestionPoolService);
      const make = (prompt: string) =>
        post(`/api/banks/${bank.body.id}/questions`, {
          type: 'single',
          prompt,
          options: choice(['Đúng là A', 'Sai là B'], [0]),
          tags: ['rút'],
          difficulty: 1,
        }).expect(201);
      const kept = await make('Câu giữ lại');
      const archived = await make('Câu lưu trữ');
      await api().delete(`/api/questions/${archived.body.id}`).set(organizer.auth).expect(204);

      const before = await pool.listCandidates([bank.body.id]);
      expect(before).toEqual([
        {
          questionId: kept.body.id,
          versionId: kept.body.versionId,
          bankId: bank.body.id,
          type: 'single',
          tags: ['rút'],
          difficulty: 1,
        },
      ]);

      const edited = await api()
        .patch(`/api/questions/${kept.body.id}`)
        .set(organizer.auth)
        .send({ prompt: 'Câu đã sửa', options: choice(['Đúng là A', 'Sai là B'], [1]) })
        .expect(200);
      const after = await pool.listCandidates([bank.body.id]);
      expect(after.map((c) => c.versionId)).toEqual([edited.body.versionId]);

      // An attempt that drew version 1 still shows and scores version 1.
      const versions = await pool.getVersions([kept.body.versionId, edited.body.versionId]);
      expect(versions.get(kept.body.versionId)).toMatchObject({
        prompt: 'Câu giữ lại',
        version: 1,
        options: kept.body.options,
      });
      expect(versions.get(edited.body.versionId)?.options.map((o) => o.id)).toEqual(
        kept.body.options.map((o: { id: string }) => o.id),
      );
      const current = await pool.getCurrentVersionIds([kept.body.id, archived.body.id]);
      expect(current.get(kept.body.id)).toBe(edited.body.versionId);
      expect(current.get(archived.body.id)).toBe(archived.body.versionId);

      await api()
        .patch(`/api/banks/${bank.body.id}`)
        .set(organizer.auth)
        .send({ toneInsensitive: false })
        .expect(200);
      const settings = await pool.getBankSettings([bank.body.id, bankId]);
      expect(settings.get(bank.body.id)).toEqual({ bankId: bank.body.id, toneInsensitive: false });
      expect(settings.get(bankId)?.toneInsensitive).toBe(true);
    });
  });

  describe('demo banks', () => {
    it('pass validation: at least 60 questions each, several types and difficulties', () => {
      expect(DEMO_BANKS).toHaveLength(2);
      for (const bank of DEMO_BANKS) {
        expect(bank.questions.length).toBeGreaterThanOrEqual(60);
        bank.questions.forEach((q, i) =>
          expect([bank.title, i, validateQuestion(q)]).toEqual([bank.title, i, []]),
        );
        expect(new Set(bank.questions.map((q) => q.type)).size).toBeGreaterThan(1);
        expect(new Set(bank.questions.map((q) => q.difficulty ?? 2)).size).toBe(3);
      }
    });

    it('seeds a bank once, whoever calls and however often', async () => {
      const banks = t.app.get(QuestionBanksService);
      const demo = { ...DEMO_BANKS[0], title: `${DEMO_BANKS[0].title} (thử nạp)` };
      const results = await Promise.all([banks.seedBank(demo), banks.seedBank(demo)]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(results[0].bankId).toBe(results[1].bankId);
      expect((await banks.seedBank(demo)).created).toBe(false);
      const bank = await api().get(`/api/banks/${results[0].bankId}`).set(admin.auth);
      expect(bank.body).toMatchObject({ title: demo.title, questionCount: demo.questions.length });
    });

    it('refuses to seed invalid questions, writing nothing', async () => {
      const banks = t.app.get(QuestionBanksService);
      await expect(
        banks.seedBank({
          title: 'Ngân hàng lỗi',
          theme: 'x',
          questions: [{ type: 'single', prompt: 'P', options: choice(['A', 'B'], []) }],
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'questions.0.options', message: expect.any(String) }],
      });
      const rows = await t.dataSource.query('SELECT 1 FROM question_banks WHERE title = $1', [
        'Ngân hàng lỗi',
      ]);
      expect(rows).toHaveLength(0);
    });
  });

  it('documents every question-bank route in the OpenAPI document', async () => {
    const res = await api().get('/api/docs-json').expect(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    const expected: Array<[string, string[]]> = [
      ['/api/banks', ['get', 'post']],
      ['/api/banks/{bankId}', ['get', 'patch']],
      ['/api/banks/{bankId}/questions', ['get', 'post']],
      ['/api/banks/{bankId}/import', ['post']],
      ['/api/banks/{bankId}/export', ['get']],
      ['/api/banks/import-template.xlsx', ['get']],
      ['/api/questions/{id}', ['get', 'patch', 'delete']],
      ['/api/questions/{id}/versions', ['get']],
    ];
    for (const [path, methods] of expected)
      expect([path, Object.keys(paths[path] ?? {}).sort()]).toEqual([path, methods.sort()]);
  });

  describe('access', () => {
    it('refuses participants (403) and anonymous callers (401) everywhere', async () => {
      const q = await addQuestion({
        type: 'single',
        prompt: 'Câu hỏi bí mật',
        options: choice(['A', 'B'], [1]),
      }).expect(201);
      const id = q.body.id;
      const calls: Array<[string, string]> = [
        ['get', '/api/banks'],
        ['post', '/api/banks'],
        ['get', `/api/banks/${bankId}`],
        ['patch', `/api/banks/${bankId}`],
        ['get', `/api/banks/${bankId}/questions`],
        ['post', `/api/banks/${bankId}/questions`],
        ['get', `/api/questions/${id}`],
        ['get', `/api/questions/${id}/versions`],
        ['patch', `/api/questions/${id}`],
        ['delete', `/api/questions/${id}`],
      ];
      for (const [method, path] of calls) {
        const asParticipant = await api()[method as 'get'](path).set(participant.auth).send({});
        expect([method, path, asParticipant.status]).toEqual([method, path, 403]);
        expect(asParticipant.text).not.toContain('"correct"');
        const anonymous = await api()[method as 'get'](path);
        expect([method, path, anonymous.status]).toEqual([method, path, 401]);
      }
      const still = await api().get(`/api/questions/${id}`).set(organizer.auth).expect(200);
      expect(still.body.status).toBe('active');
    });
  });
});
