import { parseQuestionFile } from './parse-any';
import { PARSE_BUDGET, parseQuestionFileInWorker } from './parse-in-worker';
import { QuestionFileError } from './question-file-error';

function giftOf(count: number): Buffer {
  const blocks: string[] = [];
  for (let i = 1; i <= count; i++) {
    blocks.push(`::C${i}:: Câu hỏi số ${i}? {=Đúng ${i} ~Sai ${i} ~Khác ${i}}`);
  }
  return Buffer.from(blocks.join('\n\n'));
}

describe('parseQuestionFileInWorker', () => {
  it('gives what the parser gives in the calling thread', async () => {
    const file = giftOf(20);
    const here = await parseQuestionFile(file, 'bank.gift');
    await expect(parseQuestionFileInWorker(file, 'bank.gift')).resolves.toEqual(here);
  });

  it('hands back a file error as the same QuestionFileError', async () => {
    const error = await parseQuestionFileInWorker(Buffer.alloc(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionFileError);
    expect(error).toMatchObject({ code: 'EMPTY_FILE', message: 'Tệp tải lên rỗng.' });
  });

  it('refuses a file that needs more time than its budget with a Vietnamese sentence', async () => {
    const error = await parseQuestionFileInWorker(giftOf(9000), 'bank.gift', {
      ...PARSE_BUDGET,
      timeoutMs: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionFileError);
    expect(error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('Đọc tệp mất quá'),
    });
  });
});
