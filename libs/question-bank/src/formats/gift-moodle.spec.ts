import { parseGift } from './gift';
import type { ParsedItem } from './types';

/** GIFT as Moodle defines it (issue 17): every case of the format, with its line. */

const FILE = String.raw`// Comments are dropped everywhere
$CATEGORY: $course$/top/Công đoàn/Lịch sử

::Tên\: có dấu hai chấm::[html]<p>Ngày <b>28/7</b> là ngày gì?</p>{
  // a comment between answers is not an option
  =[html]<i>Thành lập</i> Công đoàn Việt Nam # đúng
  ~Quốc khánh // trailing comment
  ~Giải phóng miền Nam
}

::Escapes:: Ký hiệu \{ \} \= \~ \# \: đọc là gì? {~sai\=1 =đúng\~2 ~ba\#3}

::Markdown::[markdown]Chọn **hai** thành phố trực thuộc trung ương {
  ~%50%Hà Nội
  ~%50%Đà Nẵng
  ~%-100%Nha Trang
}

::Mũi tên:: Kí hiệu nào là mũi tên? {=A -> B ~B -> A ~C \= D}

::TF1:: Trái đất quay quanh Mặt trời. {TRUE}

::TF2:: Mặt trời quay quanh Trái đất. {F#Ngược lại}

::SA1:: Thủ đô của Việt Nam? {Hà Nội}

::SA2:: Hai cộng hai? {=bốn =4}

::N1:: Năm thành lập Công đoàn? {#1929}

::N2:: Số pi xấp xỉ? {#3.14:0.01}

::N3:: Một số từ 1 đến 5? {#1..5}

::N4:: Năm Bác Hồ sinh? {#
  =1890:0
  =%50%1891:1
  =%0%5:0
}

::Matching:: Nối thủ đô với nước {
  =Việt Nam -> Hà Nội
  =Lào -> Viêng Chăn
}

::Broken:: Dấu { không được thoát trong câu này

::After:: Câu sau câu hỏng vẫn được đọc {=có ~không // chú thích}

::Cloze:: Thủ đô {1:MULTICHOICE:=Hà Nội~Huế} và sông {1:SHORTANSWER:=Hồng}

Đây là một đoạn mô tả (description), không có đáp án.

::Multi line::
Câu hỏi viết
trên nhiều dòng
{
  =đúng
  ~sai
}
`;

function line(items: ParsedItem[], title: string): ParsedItem {
  const item = items.find((i) => i.reasons[0].includes(`(${title})`));
  if (!item) throw new Error(`no item titled ${title}`);
  return item;
}

describe('parseGift: Moodle GIFT', () => {
  const { items, errors } = parseGift(FILE);

  it('reads the category as a tag and turns [html] in the question and in answers into text', () => {
    const q = line(items, 'Tên: có dấu hai chấm');
    expect(q.question).toMatchObject({
      type: 'single',
      prompt: 'Ngày 28/7 là ngày gì?',
      options: [
        { text: 'Thành lập Công đoàn Việt Nam', correct: true },
        { text: 'Quốc khánh', correct: false },
        { text: 'Giải phóng miền Nam', correct: false },
      ],
      tags: ['Lịch sử'],
    });
    expect(q.source).toEqual({ line: 4 });
  });

  it('undoes every escape, in the stem and in options', () => {
    expect(line(items, 'Escapes').question).toMatchObject({
      prompt: 'Ký hiệu { } = ~ # : đọc là gì?',
      options: [
        { text: 'sai=1', correct: false },
        { text: 'đúng~2', correct: true },
        { text: 'ba#3', correct: false },
      ],
    });
  });

  it('strips [markdown] and reads weights as a multiple-answer question', () => {
    const q = line(items, 'Markdown').question;
    expect(q.type).toBe('multiple');
    expect(q.prompt).toBe('Chọn **hai** thành phố trực thuộc trung ương');
    expect(q.options?.map((o) => o.correct)).toEqual([true, true, false]);
  });

  it('keeps "->" in a multiple-choice option as text (not matching)', () => {
    expect(line(items, 'Mũi tên').question.options).toEqual([
      { text: 'A -> B', correct: true },
      { text: 'B -> A', correct: false },
      { text: 'C = D', correct: false },
    ]);
  });

  it('reads {TRUE} and {F#…}', () => {
    expect(line(items, 'TF1').question.options?.[0]).toEqual({ text: 'Đúng', correct: true });
    expect(line(items, 'TF2').question.options?.[1]).toEqual({ text: 'Sai', correct: true });
  });

  it('reads short answers {Hà Nội} and {=bốn =4}', () => {
    expect(line(items, 'SA1').question).toMatchObject({
      type: 'short_text',
      acceptedAnswers: ['Hà Nội'],
    });
    expect(line(items, 'SA2').question.acceptedAnswers).toEqual(['bốn', '4']);
  });

  it('reads numerical answers, and names tolerances, ranges and partial credit it cannot keep', () => {
    expect(line(items, 'N1').question.acceptedAnswers).toEqual(['1929']);
    expect(line(items, 'N1').warnings).toEqual([]);
    expect(line(items, 'N2').question.acceptedAnswers).toEqual(['3.14']);
    expect(line(items, 'N2').warnings.join(' ')).toMatch(/±0.01/);
    expect(line(items, 'N3').question.acceptedAnswers).toEqual([]);
    expect(line(items, 'N3').warnings.join(' ')).toMatch(/1\.\.5/);
    const n4 = line(items, 'N4');
    expect(n4.question.acceptedAnswers).toEqual(['1890']);
    expect(n4.warnings.join(' ')).toMatch(/1891.*50%/);
    expect(n4.warnings.join(' ')).not.toMatch(/\b5\b.*0%/);
  });

  it('names matching, an unclosed {, Cloze and a description with their lines, and reads on', () => {
    const byLine = new Map(errors.map((e) => [e.row, e.message]));
    expect(byLine.get(41)).toMatch(/ghép cặp chưa được hỗ trợ/);
    expect(byLine.get(46)).toMatch(/dấu \{ .*không có dấu \}/);
    expect(byLine.get(50)).toMatch(/Cloze/);
    expect(byLine.get(52)).toMatch(/không phải câu hỏi/);
    expect(errors).toHaveLength(4);
    expect(line(items, 'After').question.options?.map((o) => o.text)).toEqual(['có', 'không']);
  });

  it('reads a question written on several lines', () => {
    expect(line(items, 'Multi line').question).toMatchObject({
      prompt: 'Câu hỏi viết\ntrên nhiều dòng',
      options: [
        { text: 'đúng', correct: true },
        { text: 'sai', correct: false },
      ],
    });
  });

  it('never takes a comment for option text', () => {
    for (const item of items) {
      for (const o of item.question.options ?? []) expect(o.text).not.toMatch(/comment|\/\//);
    }
  });
});
