import ExcelJS from 'exceljs';
import type { QuestionInput } from '../question-input';
import { letterOf } from './question-builder';
import { neutralizeCell } from './sheet-cells';
import {
  TEMPLATE_HEADERS,
  TEMPLATE_MAX_QUESTIONS,
  TEMPLATE_OPTION_LETTERS,
  TEMPLATE_TYPE_LABELS,
} from './template-columns';

/** Example rows of the downloadable template: one of each type, about the themed banks. */
export const TEMPLATE_EXAMPLES: QuestionInput[] = [
  {
    type: 'single',
    prompt: 'Công đoàn Việt Nam được thành lập vào ngày, tháng, năm nào?',
    options: [
      { text: '28/7/1929', correct: true },
      { text: '3/2/1930', correct: false },
      { text: '1/5/1886', correct: false },
      { text: '19/8/1945', correct: false },
    ],
    explanation: 'Tổng Công hội Đỏ Bắc Kỳ được thành lập ngày 28/7/1929.',
    tags: ['Lịch sử Công đoàn'],
    difficulty: 1,
    points: 1,
  },
  {
    type: 'multiple',
    prompt: 'Những việc nào giúp tiết kiệm điện trong gia đình?',
    options: [
      { text: 'Tắt thiết bị khi không sử dụng', correct: true },
      { text: 'Dùng bóng đèn LED', correct: true },
      { text: 'Để tủ lạnh mở cửa lâu', correct: false },
    ],
    tags: ['Tiết kiệm điện'],
    difficulty: 2,
  },
  {
    type: 'true_false',
    prompt: 'Khi thấy người bị điện giật, phải ngắt nguồn điện trước khi cứu người.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    tags: ['An toàn điện'],
    difficulty: 1,
  },
  {
    type: 'short_text',
    prompt: 'Điện áp định mức của lưới điện sinh hoạt ở Việt Nam là bao nhiêu vôn?',
    acceptedAnswers: ['220', '220V', '220 V'],
    tags: ['An toàn điện'],
    difficulty: 2,
  },
];

const INSTRUCTIONS: string[] = [
  'HƯỚNG DẪN NHẬP CÂU HỎI',
  '',
  'Mỗi dòng của trang "Câu hỏi" là một câu hỏi. Giữ nguyên dòng tiêu đề (dòng 1); có thể xóa các dòng ví dụ.',
  `Mỗi lần nhập tối đa ${TEMPLATE_MAX_QUESTIONS} câu hỏi. Tệp CSV phải lưu bằng bảng mã UTF-8 (Excel: "CSV UTF-8").`,
  '',
  'Loại câu hỏi:',
  '  • Một đáp án: có từ 2 đến 8 phương án, đúng 1 đáp án đúng (ví dụ: B).',
  '  • Nhiều đáp án: có từ 2 đến 8 phương án, một hoặc nhiều đáp án đúng, cách nhau bởi dấu phẩy (ví dụ: A,C). Người thi phải chọn đủ và đúng tất cả.',
  '  • Đúng/Sai: phương án A là "Đúng", B là "Sai" (có thể để trống); đáp án đúng ghi A, B, Đúng hoặc Sai.',
  '  • Điền từ: không có phương án; ghi các câu trả lời được chấp nhận ở cột "Đáp án đúng", cách nhau bởi dấu | (ví dụ: 220|220V).',
  '  • Tự luận: không có phương án và đáp án; giám khảo chấm điểm.',
  '',
  'Các cột khác:',
  '  • Giải thích: hiển thị cho người thi khi công bố đáp án (không bắt buộc).',
  '  • Chủ đề: các thẻ để lọc và rút câu hỏi, cách nhau bởi dấu phẩy (không bắt buộc).',
  '  • Mức độ: 1 (Dễ), 2 (Trung bình) hoặc 3 (Khó) (không bắt buộc).',
  '  • Điểm: số điểm của câu hỏi, lớn hơn 0 (không bắt buộc).',
  '',
  'Tên cột có thể viết bằng tiếng Anh: type, prompt, option_a … option_f, correct, explanation, tags, difficulty, points.',
  "Nội dung bắt đầu bằng dấu = + - @ được lưu kèm dấu nháy đơn (') phía trước để Excel không hiểu là công thức; khi nhập, dấu nháy này được bỏ đi.",
];

interface TemplateRow {
  header: string[];
  rows: (string | number | null)[][];
}

function optionColumnCount(questions: QuestionInput[]): number {
  const most = Math.max(0, ...questions.map((q) => q.options?.length ?? 0));
  return Math.min(TEMPLATE_OPTION_LETTERS.length, Math.max(6, most));
}

/** The template layout as plain cells; text cells neutralised against formula injection. */
export function templateTable(questions: QuestionInput[]): TemplateRow {
  const optionCount = optionColumnCount(questions);
  const letters = TEMPLATE_OPTION_LETTERS.slice(0, optionCount);
  const header = [
    TEMPLATE_HEADERS.type,
    TEMPLATE_HEADERS.prompt,
    ...letters.map((l) => TEMPLATE_HEADERS.option(l)),
    TEMPLATE_HEADERS.correct,
    TEMPLATE_HEADERS.explanation,
    TEMPLATE_HEADERS.tags,
    TEMPLATE_HEADERS.difficulty,
    TEMPLATE_HEADERS.points,
  ];
  const rows = questions.map((q) => {
    const options = q.options ?? [];
    const correct =
      q.type === 'short_text'
        ? (q.acceptedAnswers ?? []).join(' | ')
        : q.type === 'essay'
          ? ''
          : options.flatMap((o, i) => (o.correct ? [letterOf(i)] : [])).join(',');
    const text = (s: string): string => neutralizeCell(s);
    return [
      TEMPLATE_TYPE_LABELS[q.type],
      text(q.prompt),
      ...letters.map((_, i) => (options[i] ? text(options[i].text) : '')),
      text(correct),
      text(q.explanation ?? ''),
      text((q.tags ?? []).join(', ')),
      q.difficulty ?? null,
      q.points ?? null,
    ];
  });
  return { header, rows };
}

/** Questions in HoiThi's XLSX template layout (sheet "Câu hỏi") plus the instructions sheet. */
export async function writeTemplateXlsx(questions: QuestionInput[]): Promise<Buffer> {
  const { header, rows } = templateTable(questions);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'HoiThi';
  const sheet = workbook.addWorksheet('Câu hỏi', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((col, i) => {
    col.width = i === 1 ? 60 : i === 0 ? 16 : 24;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  const help = workbook.addWorksheet('Hướng dẫn');
  for (const line of INSTRUCTIONS) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  help.getColumn(1).width = 120;
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out);
}

/** The downloadable, empty template: header, example rows, instructions. */
export async function writeImportTemplateXlsx(): Promise<Buffer> {
  return writeTemplateXlsx(TEMPLATE_EXAMPLES);
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Questions in the template layout as CSV: UTF-8 with BOM, comma separated, CRLF rows. */
export function writeTemplateCsv(questions: QuestionInput[]): Buffer {
  const { header, rows } = templateTable(questions);
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf-8');
}
