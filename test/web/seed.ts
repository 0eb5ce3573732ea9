import request from 'supertest';
import { correctOptions } from '../helpers/contest-fixtures';
import type { TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

/**
 * A small real-looking bank (the README screenshots come from these tests): single-choice
 * questions with the text of the right option, so the browser can answer by reading the screen.
 */
export const UNION_QUESTIONS: Array<{ prompt: string; options: string[]; correct: string }> = [
  {
    prompt: 'Công đoàn Việt Nam được thành lập vào ngày, tháng, năm nào?',
    options: ['28/7/1929', '1/5/1929', '3/2/1930', '19/5/1930'],
    correct: '28/7/1929',
  },
  {
    prompt: 'Tổ chức tiền thân của Công đoàn Việt Nam là tổ chức nào?',
    options: [
      'Tổng Công hội đỏ Bắc Kỳ',
      'Hội Việt Nam Cách mạng Thanh niên',
      'Mặt trận Việt Minh',
      'Hội Phản đế Đồng minh',
    ],
    correct: 'Tổng Công hội đỏ Bắc Kỳ',
  },
  {
    prompt: 'Bộ luật Lao động năm 2019 có hiệu lực thi hành từ ngày nào?',
    options: ['01/01/2020', '01/01/2021', '01/07/2021', '01/01/2022'],
    correct: '01/01/2021',
  },
  {
    prompt:
      'Theo Bộ luật Lao động năm 2019, thời giờ làm việc bình thường không quá bao nhiêu giờ trong 01 ngày?',
    options: ['06 giờ', '08 giờ', '10 giờ', '12 giờ'],
    correct: '08 giờ',
  },
  {
    prompt: 'Ngày Quốc tế Lao động là ngày nào?',
    options: ['1/5', '28/7', '2/9', '30/4'],
    correct: '1/5',
  },
  {
    prompt:
      '“Tháng Công nhân” do Tổng Liên đoàn Lao động Việt Nam phát động được tổ chức vào tháng nào hằng năm?',
    options: ['Tháng 3', 'Tháng 5', 'Tháng 7', 'Tháng 10'],
    correct: 'Tháng 5',
  },
];

export async function seedUnionBank(t: TestApp, organizer: TestUser): Promise<string> {
  const bank = await request(t.baseUrl)
    .post('/api/banks')
    .set(organizer.auth)
    .send({ title: 'Lịch sử Công đoàn và pháp luật lao động', theme: 'lich-su-cong-doan' })
    .expect(201);
  for (const q of UNION_QUESTIONS) {
    await request(t.baseUrl)
      .post(`/api/banks/${bank.body.id}/questions`)
      .set(organizer.auth)
      .send({
        type: 'single',
        prompt: q.prompt,
        options: q.options.map((text) => ({ text, correct: text === q.correct })),
        difficulty: 1,
      })
      .expect(201);
  }
  return bank.body.id as string;
}

export interface UnitTree {
  province: string;
  district: string;
  grassroots: string;
}

/** A small piece of the union tree: province → district → grassroots union. */
export async function seedUnits(t: TestApp): Promise<UnitTree> {
  const admin = await createUser(t, { roles: ['admin'] });
  const unit = async (body: Record<string, unknown>): Promise<string> =>
    (await request(t.baseUrl).post('/api/units').set(admin.auth).send(body).expect(201)).body.id;
  const province = await unit({
    code: 'TV',
    name: 'Liên đoàn Lao động tỉnh Trà Vinh',
    kind: 'province_federation',
    memberCount: 50000,
  });
  const district = await unit({
    code: 'TV-CL',
    name: 'Liên đoàn Lao động huyện Càng Long',
    kind: 'district_federation',
    parentId: province,
    memberCount: 4000,
  });
  const grassroots = await unit({
    code: 'TV-CL-04',
    name: 'Công đoàn cơ sở Công ty TNHH May mặc Càng Long',
    kind: 'grassroots',
    parentId: district,
    memberCount: 800,
  });
  await unit({
    code: 'TV-CL-05',
    name: 'Công đoàn cơ sở Trường THPT Càng Long',
    kind: 'grassroots',
    parentId: district,
    memberCount: 60,
  });
  return { province, district, grassroots };
}

/** A participant who starts an attempt, answers (all right, or `wrong` of them wrong) and submits. */
export async function submitThroughApi(
  t: TestApp,
  roundId: string,
  options: { fullName: string; wrong?: number; prediction?: number; unitId?: string },
): Promise<{ user: TestUser; attemptId: string }> {
  const user = await createUser(t, { fullName: options.fullName, unitId: options.unitId });
  const started = await request(t.baseUrl)
    .post(`/api/rounds/${roundId}/attempts`)
    .set(user.auth)
    .set(user.device)
    .expect(201);
  const attemptId: string = started.body.id;
  const keys = await correctOptions(t, attemptId);
  let wrong = options.wrong ?? 0;
  for (const q of started.body.questions as Array<{ id: string; options: Array<{ id: string }> }>) {
    const right = keys.get(q.id) ?? [];
    const optionIds = wrong-- > 0 ? [q.options.find((o) => !right.includes(o.id))!.id] : right;
    await request(t.baseUrl)
      .put(`/api/attempts/${attemptId}/answers/${q.id}`)
      .set(user.auth)
      .set(user.device)
      .send({ optionIds })
      .expect(200);
  }
  await request(t.baseUrl)
    .post(`/api/attempts/${attemptId}/submit`)
    .set(user.auth)
    .set(user.device)
    .send({ prediction: options.prediction ?? 1 })
    .expect(200);
  return { user, attemptId };
}
