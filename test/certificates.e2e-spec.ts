import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { takeAttempt } from './helpers/leaderboard-fixtures';
import { pdfPageSize, pdfQrCode, pdfText } from './helpers/pdf-reader';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(90_000);

/** A small red-and-gold logo (PNG). */
function logoPng(): Buffer {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < 64 * 64; i++) {
    const gold = (i % 64) + Math.floor(i / 64) > 64;
    png.data.set(gold ? [201, 162, 39, 255] : [178, 34, 34, 255], i * 4);
  }
  return PNG.sync.write(png);
}

/** Reads a binary response body into a Buffer. */
function binary(
  res: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('certificates: PDF, verification, revocation, zip, template (e2e)', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let winner: TestUser;
  let second: TestUser;
  let participant: TestUser;
  let latecomer: TestUser;
  let contestId: string;
  let roundIds: string[];
  let winnerAttempt: string;
  let participantAttempt: string;
  let unitId: string;
  const api = () => request(t.baseUrl);

  const closeRound = (roundId: string) =>
    t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false', PUBLIC_URL: 'https://hoithi.example.vn' });
    admin = await createUser(t, { roles: ['admin'] });
    organizer = await createUser(t, { roles: ['organizer'] });
    const unit = await api()
      .post('/api/units')
      .set(admin.auth)
      .send({ code: 'CDCS-DL', name: 'Công đoàn cơ sở Điện lực Trà Vinh', kind: 'grassroots' })
      .expect(201);
    unitId = unit.body.id;
    winner = await createUser(t, {
      fullName: 'Nguyễn Thị Ánh Tuyết',
      unitId,
      phone: '+84912345678',
    });
    second = await createUser(t, { fullName: 'Trần Văn Bảo', unitId });
    participant = await createUser(t, { fullName: 'Lê Thị Hồng Nhung', unitId });
    latecomer = await createUser(t, { fullName: 'Phạm Quốc Việt', unitId });
    const bank = await createBank(t, organizer, 6);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu Bộ luật Lao động năm 2019',
      questionCount: 3,
      drawRules: [{ bankId: bank.id, count: 3 }],
      prediction: { enabled: false, prompt: '' },
      prizes: { first: 1, second: 1, third: 0, consolation: 0, maxShareOfParticipants: 0.7 },
    });
    contestId = contest.id;
    roundIds = contest.roundIds;
    await api()
      .put(`/api/contests/${contestId}/report-settings`)
      .set(organizer.auth)
      .send({ organizationName: 'Liên đoàn Lao động tỉnh Trà Vinh' })
      .expect(200);
    winnerAttempt = (await takeAttempt(t, winner, roundIds[0], 3)).attemptId;
    await takeAttempt(t, second, roundIds[0], 2);
    participantAttempt = (await takeAttempt(t, participant, roundIds[0], 1)).attemptId;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets organizers edit the template (title, text, colours, images, participation) and nobody else', async () => {
    await api()
      .put(`/api/contests/${contestId}/certificate-template`)
      .set(winner.auth)
      .send({ title: 'X' })
      .expect(403);
    await api()
      .put(`/api/contests/${contestId}/certificate-template`)
      .set(organizer.auth)
      .send({ primaryColor: 'red' })
      .expect(400);
    const res = await api()
      .put(`/api/contests/${contestId}/certificate-template`)
      .set(organizer.auth)
      .send({
        title: 'GIẤY CHỨNG NHẬN',
        text: 'Đã {ketQua} {tuanThi} cuộc thi “{cuocThi}” do Liên đoàn tổ chức.',
        primaryColor: '#0b5cad',
        signerName: 'Đặng Thị Huỳnh Như',
        signerTitle: 'TM. BAN TỔ CHỨC',
        participationEnabled: true,
      })
      .expect(200);
    expect(res.body).toMatchObject({ participationEnabled: true, primaryColor: '#0b5cad' });
    await api()
      .put(`/api/contests/${contestId}/certificate-template/images/logo`)
      .set(organizer.auth)
      .attach('file', Buffer.from('not an image at all'), 'logo.png')
      .expect(400);
    const logo = await api()
      .put(`/api/contests/${contestId}/certificate-template/images/logo`)
      .set(organizer.auth)
      .attach('file', logoPng(), 'logo.png')
      .expect(200);
    expect(logo.body.hasLogo).toBe(true);
    const preview = await api()
      .get(`/api/contests/${contestId}/certificate-template/preview.pdf`)
      .set(organizer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((await pdfText(preview.body as Buffer)).replace(/\s+/g, ' ')).toContain(
      'Đặng Thị Huỳnh Như',
    );
  });

  it('gives no certificate before the round is over, then a prize certificate after finalization, mailed to the winner', async () => {
    await api().get(`/api/attempts/${winnerAttempt}/certificate`).set(winner.auth).expect(404);
    await closeRound(roundIds[0]);
    await api().post(`/api/rounds/${roundIds[0]}/results/compute`).set(admin.auth).expect(200);
    await api().post(`/api/rounds/${roundIds[0]}/results/finalize`).set(admin.auth).expect(200);

    const res = await api()
      .get(`/api/attempts/${winnerAttempt}/certificate`)
      .set(winner.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="giay-chung-nhan-/);
    const code = res.headers['x-certificate-code'];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const pdf = res.body as Buffer;
    const size = await pdfPageSize(pdf);
    expect(size.width).toBeGreaterThan(size.height);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const piece of [
      'GIẤY CHỨNG NHẬN',
      'Nguyễn Thị Ánh Tuyết',
      'Công đoàn cơ sở Điện lực Trà Vinh',
      'Đã đạt Giải Nhất Tuần 1 cuộc thi “Tìm hiểu Bộ luật Lao động năm 2019”',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH',
      'Đặng Thị Huỳnh Như',
      code,
    ]) {
      expect(text).toContain(piece);
    }
    expect(await pdfQrCode(pdf)).toBe(`https://hoithi.example.vn/chung-nhan/${code}`);

    const [mail] = await t.dataSource.query(
      `SELECT text_body FROM mail_outbox WHERE recipient = $1 AND kind = 'round_winner'`,
      [winner.email],
    );
    expect(mail.text_body).toContain(`https://hoithi.example.vn/api/certificates/${code}/pdf`);
    expect(mail.text_body).toContain(`https://hoithi.example.vn/ket-qua/${roundIds[0]}`);

    const again = await api()
      .get(`/api/attempts/${winnerAttempt}/certificate/link`)
      .set(winner.auth)
      .expect(200);
    expect(again.body).toEqual({
      code,
      kind: 'prize',
      pdfUrl: `/api/certificates/${code}/pdf`,
      verifyUrl: `/chung-nhan/${code}`,
    });
    const plain = await api()
      .get(`/api/certificates/${code}/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((plain.body as Buffer).equals(pdf)).toBe(true);

    const verified = await api().get(`/api/certificates/${code.toLowerCase()}`).expect(200);
    expect(verified.body).toMatchObject({
      code,
      valid: true,
      revoked: false,
      kind: 'prize',
      fullName: 'Nguyễn Thị Ánh Tuyết',
      unitName: 'Công đoàn cơ sở Điện lực Trà Vinh',
      contestTitle: 'Tìm hiểu Bộ luật Lao động năm 2019',
      prize: 'first',
    });
    expect(JSON.stringify(verified.body)).not.toMatch(/@|912345678|email|phone/);
    await api().get('/api/certificates/ZZZZ-ZZZZ-ZZZZ').expect(404);
  });

  it('publishes the finalized round’s winners without a sign-in, personal data masked', async () => {
    const res = await api().get(`/api/rounds/${roundIds[0]}/results/public`).expect(200);
    expect(res.body).toMatchObject({
      roundId: roundIds[0],
      contestTitle: 'Tìm hiểu Bộ luật Lao động năm 2019',
      roundTitle: 'Tuần 1',
      participants: 3,
      predictionEnabled: false,
    });
    expect(res.body.winners[0]).toMatchObject({
      rank: 1,
      prize: 'first',
      displayName: 'Nguyễn Thị Ánh Tuyết',
      unitName: 'Công đoàn cơ sở Điện lực Trà Vinh',
      phone: '09xx xxx 678',
    });
    expect(res.body.winners).toHaveLength(2);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('@');
    expect(text).not.toContain('912345678');
    expect(text).not.toMatch(/birthYear|email/);
    await api().get(`/api/rounds/${roundIds[1]}/results/public`).expect(404);
  });

  it('hides an attempt’s certificate from other people (404) and gives participation certificates when offered', async () => {
    await api().get(`/api/attempts/${winnerAttempt}/certificate`).set(participant.auth).expect(404);
    const res = await api()
      .get(`/api/attempts/${participantAttempt}/certificate`)
      .set(participant.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (await pdfText(res.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain('Lê Thị Hồng Nhung');
    expect(text).toContain('Đã tham gia và đạt');
  });

  it('zips every winner’s certificate for the judges, streamed', async () => {
    await api().get(`/api/rounds/${roundIds[0]}/certificates.zip`).set(winner.auth).expect(403);
    await api().get(`/api/rounds/${roundIds[1]}/certificates.zip`).set(admin.auth).expect(404);
    const res = await api()
      .get(`/api/rounds/${roundIds[0]}/certificates.zip`)
      .set(admin.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^001-giai-first-nguyen-thi-anh-tuyet-[A-Z0-9-]+\.pdf$/);
    expect(names[1]).toMatch(/^002-giai-second-tran-van-bao-/);
    for (const name of names) {
      expect(Buffer.from(files[name].subarray(0, 5)).toString()).toBe('%PDF-');
    }
  });

  it('revokes a certificate when its attempt is disqualified, and the verification says so', async () => {
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = now() - interval '1 minute', closes_at = now() + interval '1 hour' WHERE id = $1`,
      [roundIds[1]],
    );
    const { attemptId } = await takeAttempt(t, latecomer, roundIds[1], 2);
    await closeRound(roundIds[1]);
    const link = await api()
      .get(`/api/attempts/${attemptId}/certificate/link`)
      .set(latecomer.auth)
      .expect(200);
    const code = link.body.code as string;
    await api().get(`/api/certificates/${code}/pdf`).expect(200);
    await api()
      .post(`/api/attempts/${attemptId}/disqualify`)
      .set(admin.auth)
      .send({ reason: 'Thi hộ' })
      .expect(200);
    const verified = await api().get(`/api/certificates/${code}`).expect(200);
    expect(verified.body).toMatchObject({ valid: false, revoked: true, pdfUrl: null });
    await api().get(`/api/certificates/${code}/pdf`).expect(404);
    await api().get(`/api/attempts/${attemptId}/certificate`).set(latecomer.auth).expect(404);
  });
});
