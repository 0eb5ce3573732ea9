import type { OptionDraft } from './docx-answers';
import { absorbLine, newDraft, type QuestionDraft } from './docx-draft';
import { findOptionLabels, hasMultipleAnswerHint, matchQuestionStart } from './docx-patterns';
import type { DocLine } from './docx-reader';
import { collapseSpaces, stripListPunctuation } from './plain-text';
import { letterOf } from './question-builder';
import { headerKeys } from './sheet-cells';
import { matchTemplateHeader, type TemplateColumns } from './template-columns';

/** The columns of a question table: the template's, or one column holding every option. */
export type QuestionTableColumns = TemplateColumns & { allOptions?: number };

/** Header cells of a column that holds all the options of a row ("Phương án", "Lựa chọn"). */
const ALL_OPTIONS_HEADERS = new Set([
  'phuong an',
  'cac phuong an',
  'phuong an tra loi',
  'phuong an lua chon',
  'lua chon',
  'cac lua chon',
  'options',
  'choices',
]);

/**
 * A table whose first row is a question-table header: `Câu hỏi | A | B | C | D | Đáp án`, or
 * `STT | Nội dung (câu hỏi) | Phương án | Đáp án` with the options in one cell.
 */
export function questionTableColumns(cells: string[][]): QuestionTableColumns | null {
  const header = cells[0];
  if (!header) return null;
  const columns: QuestionTableColumns | null = matchTemplateHeader(header);
  if (!columns) return null;
  const options = Object.keys(columns).filter((k) => k.startsWith('option')).length;
  if (options >= 2) return columns;
  const all = header.findIndex((c) => headerKeys(c).some((k) => ALL_OPTIONS_HEADERS.has(k)));
  if (all < 0 || all === columns.prompt) return null;
  return { ...columns, allOptions: all };
}

/**
 * The options of a cell that holds them all: "A. …" paragraphs (several labels per paragraph
 * too, continuation lines joined), or one option per paragraph without labels.
 */
export function optionsFromCell(lines: DocLine[]): OptionDraft[] {
  const options: OptionDraft[] = [];
  const filled = lines.filter((l) => l.text.trim());
  const labelled = filled.some((l) => findOptionLabels(l.text).length > 0);
  for (const line of filled) {
    const labels = labelled ? findOptionLabels(line.text) : [];
    if (labels.length === 0) {
      const last = options[options.length - 1];
      if (labelled && last) {
        last.text = `${last.text} ${stripListPunctuation(collapseSpaces(line.text))}`;
        continue;
      }
      const lead = line.text.length - line.text.trimStart().length;
      options.push({
        letter: letterOf(options.length),
        text: stripListPunctuation(collapseSpaces(line.text)),
        line,
        start: lead,
        end: line.text.trimEnd().length,
        star: false,
        bullet: true,
      });
      continue;
    }
    labels.forEach((label, i) => {
      const to = i + 1 < labels.length ? labels[i + 1].start : line.text.length;
      const raw = line.text.slice(label.textStart, to);
      options.push({
        letter: label.letter.toUpperCase(),
        lowerLabel: label.letter !== label.letter.toUpperCase(),
        text: stripListPunctuation(collapseSpaces(raw)),
        line,
        start: label.textStart,
        end: label.textStart + raw.trimEnd().replace(/[;,]$/, '').length,
        labelStart: label.start,
        star: label.star,
        bullet: false,
      });
    });
  }
  return options;
}

/** One row of a question table → a question draft (null for an empty row). */
export function draftFromTableRow(
  row: DocLine[][],
  columns: QuestionTableColumns,
  rowNumber: number,
  sectionMulti: boolean,
): QuestionDraft | null {
  const cellLines = (col: number | undefined): DocLine[] =>
    col === undefined ? [] : (row[col] ?? []);
  const cellText = (col: number | undefined): string =>
    cellLines(col)
      .map((l) => l.text.trim())
      .filter(Boolean)
      .join('\n');
  let prompt = cellText(columns.prompt);
  if (!prompt) return null;
  const start = matchQuestionStart(prompt);
  if (start) prompt = prompt.slice(start.stemStart);
  const first = cellLines(columns.prompt)[0];
  const draft = newDraft({
    number: start?.number ?? null,
    label: '',
    auto: false,
    paragraph: first?.paragraph ?? 0,
    tableRow: rowNumber,
    stem: prompt.split('\n').map((l) => l.trim()),
    multiHint: hasMultipleAnswerHint(prompt),
    sectionMulti,
  });
  for (const line of cellLines(columns.prompt)) absorbLine(draft, line);
  if (columns.allOptions !== undefined) {
    draft.options = optionsFromCell(cellLines(columns.allOptions));
    for (const line of cellLines(columns.allOptions)) absorbLine(draft, line);
  }
  for (const letter of 'ABCDEFGH') {
    const lines = cellLines(columns[`option${letter}`]);
    const at = lines.findIndex((l) => l.text.trim());
    if (at < 0) continue;
    const line = lines[at];
    const label = findOptionLabels(line.text)[0];
    const from = label ? label.textStart : line.text.length - line.text.trimStart().length;
    const joined = lines
      .slice(at)
      .map((l) => l.text)
      .join(' ');
    draft.options.push({
      letter: letterOf(draft.options.length),
      text: stripListPunctuation(collapseSpaces(joined.slice(from))),
      line,
      start: from,
      end: line.text.trimEnd().length,
      ...(label ? { labelStart: label.start } : {}),
      star: label?.star ?? false,
      bullet: false,
    });
    for (const l of lines) absorbLine(draft, l);
  }
  const correct = cellText(columns.correct);
  if (correct) {
    draft.answer = { value: correct, reason: `Cột đáp án của bảng câu hỏi, hàng ${rowNumber}` };
  }
  const explanation = cellText(columns.explanation);
  if (explanation) draft.explanation.push(explanation);
  return draft;
}
