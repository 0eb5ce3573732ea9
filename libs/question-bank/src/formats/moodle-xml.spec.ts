import { QuestionFileError } from './question-file-error';
import { parseMoodleXml } from './moodle-xml';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/An toàn điện</text></category>
  </question>
  <question type="multichoice">
    <name><text>Điện áp</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Điện áp lưới điện sinh hoạt là <strong>bao nhiêu</strong>?</p><script>alert(1)</script><p>&lt;b&gt; không phải thẻ &amp; cũng không chạy</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>220V, tần số 50Hz.</p>]]></text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <single>true</single>
    <answer fraction="0" format="html"><text>110V</text><feedback><text>Sai</text></feedback></answer>
    <answer fraction="100" format="html"><text><![CDATA[<p>220V</p>]]></text></answer>
    <answer fraction="0" format="html"><text>380V</text></answer>
    <tags><tag><text>An toàn điện</text></tag><tag><text>Cơ bản</text></tag></tags>
  </question>
  <question type="multichoice">
    <name><text>Tiết kiệm</text></name>
    <questiontext format="html"><text>Chọn các cách tiết kiệm điện &amp; nước</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>Tắt đèn khi ra ngoài</text></answer>
    <answer fraction="50"><text>Dùng đèn LED</text></answer>
    <answer fraction="-100"><text>Mở tủ lạnh lâu</text></answer>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="moodle_auto_format"><text>Được dùng tay kéo người bị điện giật.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <name><text>Thủ đô</text></name>
    <questiontext format="plain_text"><text>Trụ sở Tổng Liên đoàn ở thành phố nào?</text></questiontext>
    <answer fraction="100"><text>Hà Nội</text></answer>
    <answer fraction="100"><text>Ha Noi</text></answer>
    <answer fraction="50"><text>HN</text></answer>
  </question>
  <question type="essay">
    <name><text>Tự luận</text></name>
    <questiontext format="html"><text><![CDATA[<p>Nêu vai trò của công đoàn cơ sở.</p><img src="@@PLUGINFILE@@/a.png" alt="Sơ đồ">]]></text></questiontext>
  </question>
  <question type="matching">
    <name><text>Ghép</text></name>
    <questiontext><text>Ghép cặp</text></questiontext>
  </question>
</quiz>`;

describe('parseMoodleXml', () => {
  const result = parseMoodleXml(XML);

  it('reads a single-answer multichoice with CDATA HTML as safe plain text', () => {
    expect(result.items[0].question).toEqual({
      type: 'single',
      prompt: 'Điện áp lưới điện sinh hoạt là bao nhiêu?\n<b> không phải thẻ & cũng không chạy',
      options: [
        { text: '110V', correct: false },
        { text: '220V', correct: true },
        { text: '380V', correct: false },
      ],
      explanation: '220V, tần số 50Hz.',
      tags: ['An toàn điện', 'Cơ bản'],
      points: 2,
    });
    expect(result.items[0].source).toEqual({ line: 6 });
  });

  it('reads <single>false</single> as a multiple-answer question with fraction > 0 correct', () => {
    expect(result.items[1].question.type).toBe('multiple');
    expect(result.items[1].question.prompt).toBe('Chọn các cách tiết kiệm điện & nước');
    expect(result.items[1].question.options?.map((o) => o.correct)).toEqual([true, true, false]);
    expect(result.items[1].warnings).toEqual([]);
  });

  it('reads true/false and short-answer questions', () => {
    expect(result.items[2].question.type).toBe('true_false');
    expect(result.items[2].question.options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
    expect(result.items[3].question).toMatchObject({
      type: 'short_text',
      acceptedAnswers: ['Hà Nội', 'Ha Noi'],
    });
    expect(result.items[3].warnings).toContain('Câu trả lời được điểm một phần không được nhập');
  });

  it('keeps an essay and warns about its image', () => {
    expect(result.items[4].question).toEqual({
      type: 'essay',
      prompt: 'Nêu vai trò của công đoàn cơ sở.\n[Hình ảnh: Sơ đồ]',
    });
    expect(result.items[4].warnings).toContain(
      'Câu hỏi có hình ảnh; ảnh không được nhập, cần kiểm tra lại',
    );
  });

  it('skips categories and reports unsupported types', () => {
    expect(result.items).toHaveLength(5);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(/"matching" chưa được hỗ trợ/);
  });

  it('refuses entity declarations and broken XML', () => {
    expect(() => parseMoodleXml('<!DOCTYPE quiz [<!ENTITY a "x">]><quiz/>')).toThrow(
      QuestionFileError,
    );
  });
});
