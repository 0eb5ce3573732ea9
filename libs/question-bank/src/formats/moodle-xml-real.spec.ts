import { parseMoodleXml } from './moodle-xml';
import { PARSE_BUDGET, parseQuestionFileInWorker } from './parse-in-worker';

/** Moodle XML as Moodle exports it (issue 17): HTML, attachments, every question type. */

const q = (type: string, name: string, body: string): string =>
  `  <question type="${type}">\n    <name><text>${name}</text></name>\n${body}\n  </question>`;

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
${q(
  'multichoice',
  'Bảng',
  `    <questiontext format="html"><text><![CDATA[<p>Cho bảng:</p><table><tr><th>Năm</th><th>Dân số</th></tr><tr><td>2020</td><td>97,6</td></tr></table><ul><li>Nguồn: GSO</li></ul><ol><li>Đọc bảng</li><li>Chọn đáp án</li></ol>]]></text>
      <file name="bang.png" path="/" encoding="base64">iVBORw0KGgoAAAANSUhEUg==</file>
    </questiontext>
    <single>true</single>
    <answer fraction="100" format="html"><text>2020</text></answer>
    <answer fraction="0" format="html"><text>2021</text></answer>`,
)}
${q(
  'shortanswer',
  'Hoa thường',
  `    <questiontext format="html"><text>Viết tắt của Tổng Liên đoàn?</text></questiontext>
    <usecase>1</usecase>
    <answer fraction="100"><text>TLĐ</text></answer>`,
)}
${q(
  'truefalse',
  'Ảnh cũ',
  `    <questiontext format="moodle_auto_format"><text>Hình bên là cờ Việt Nam.</text></questiontext>
    <image>co.png</image>
    <image_base64>iVBORw0KGgoAAAANSUhEUg==</image_base64>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>`,
)}
${q(
  'numerical',
  'Số',
  `    <questiontext format="html"><text>Số pi xấp xỉ?</text></questiontext>
    <answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>`,
)}
${q('ddwtos', 'Kéo thả', '    <questiontext><text>[[1]] là thủ đô</text></questiontext>')}
${q('gapselect', 'Chọn từ', '    <questiontext><text>[[1]]</text></questiontext>')}
${q('calculated', 'Tính', '    <questiontext><text>{a}+{b}</text></questiontext>')}
${q('ordering', 'Thứ tự', '    <questiontext><text>Sắp xếp</text></questiontext>')}
${q('matching', 'Ghép', '    <questiontext><text>Ghép</text></questiontext>')}
${q('cloze', 'Cloze', '    <questiontext><text>{1:SHORTANSWER:=a}</text></questiontext>')}
${q('description', 'Giới thiệu', '    <questiontext><text>Phần I</text></questiontext>')}
</quiz>`;

describe('parseMoodleXml: what Moodle exports', () => {
  const { items, errors } = parseMoodleXml(XML);

  it('turns HTML tables and lists into readable text and warns about the attached image', () => {
    expect(items[0].question.prompt).toBe(
      'Cho bảng:\nNăm | Dân số\n2020 | 97,6\n- Nguồn: GSO\n1. Đọc bảng\n2. Chọn đáp án',
    );
    expect(items[0].warnings.join(' ')).toMatch(/hình ảnh \(1 tệp đính kèm\)/);
    expect(items[0].question.options?.[0]).toEqual({ text: '2020', correct: true });
  });

  it('names usecase, the old <image> field and numerical tolerances', () => {
    expect(items[1].warnings.join(' ')).toMatch(/usecase/);
    expect(items[2].warnings.join(' ')).toMatch(/hình ảnh/);
    expect(items[2].question.options?.[0]).toEqual({ text: 'Đúng', correct: true });
    expect(items[3].question.acceptedAnswers).toEqual(['3.14']);
    expect(items[3].warnings.join(' ')).toMatch(/±0.01/);
  });

  it('names every unsupported type in Vietnamese with its line, and the description', () => {
    expect(items).toHaveLength(4);
    const messages = errors.map((e) => e.message);
    for (const [type, words] of [
      ['ddwtos', 'kéo thả từ'],
      ['gapselect', 'chọn từ điền'],
      ['calculated', 'tính toán'],
      ['ordering', 'sắp xếp thứ tự'],
      ['matching', 'ghép cặp'],
      ['cloze', 'Cloze'],
    ]) {
      expect(messages.find((m) => m.includes(`"${type}"`))).toContain(words);
    }
    expect(messages.find((m) => m.includes('description'))).toMatch(/mô tả "Giới thiệu"/);
    for (const e of errors) expect(e.message).toMatch(new RegExp(`^Dòng ${e.row}: `));
    expect(errors).toHaveLength(7);
  });
});

describe('parseMoodleXml: an 18 MB export with base64 images', () => {
  it('parses within a quarter of the production memory budget', async () => {
    const image = 'iVBORw0KGgo'.repeat(6_000); // 66 KB of base64 per question
    const blocks: string[] = [];
    for (let i = 1; i <= 290; i++) {
      blocks.push(
        q(
          'multichoice',
          `C${i}`,
          `    <questiontext format="html"><text><![CDATA[<p>Câu ${i}: <img src="@@PLUGINFILE@@/a${i}.png"></p>]]></text>
      <file name="a${i}.png" path="/" encoding="base64">${image}</file>
    </questiontext>
    <single>true</single>
    <answer fraction="100"><text>Đúng ${i}</text></answer>
    <answer fraction="0"><text>Sai ${i}</text></answer>`,
        ),
      );
    }
    const file = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${blocks.join('\n')}\n</quiz>\n`,
    );
    expect(file.length).toBeGreaterThan(18 * 1024 * 1024);
    const result = await parseQuestionFileInWorker(file, 'moodle.xml', {
      ...PARSE_BUDGET,
      maxOldGenerationSizeMb: 192,
    });
    expect(result.items).toHaveLength(290);
    expect(result.items[289].question.options?.[0]).toEqual({ text: 'Đúng 290', correct: true });
    expect(result.items[0].warnings.join(' ')).toMatch(/hình ảnh/);
  });
});
