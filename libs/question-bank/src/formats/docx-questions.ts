import type { OptionInput } from '../question-input';
import { detectLegacyFont } from './core-text';
import {
  answerKeyFromTable,
  formattingSignals,
  lettersOf,
  questionTableColumns,
  quote,
  resolveAnswer,
  sameSet,
  type OptionDraft,
  type Signal,
} from './docx-answers';
import {
  findOptionLabels,
  hasMultipleAnswerHint,
  isAnswerKeyHeading,
  isSectionHeading,
  matchAnswerLine,
  matchExplanation,
  matchQuestionStart,
  parseAnswerLetters,
  parseKeyLine,
  type KeyPair,
  type OptionLabel,
  type QuestionStart,
} from './docx-patterns';
import type { DocBlock, DocLine, DocTable } from './docx-reader';
import { IMPORT_LIMITS } from './limits';
import { tooManyQuestions } from './question-file-error';
import { collapseSpaces, stripListPunctuation } from './plain-text';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  letterOf,
  parseTruthValue,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import type { TemplateColumns } from './template-columns';
import type { ParsedItem, ParseError } from './types';

interface AnswerNote {
  value: string;
  /** How the reason names it: "Dòng 'Đáp án: B'". */
  reason: string;
}

interface QuestionDraft {
  number: number | null;
  label: string;
  auto: boolean;
  paragraph: number;
  tableRow?: number;
  stem: string[];
  multiHint: boolean;
  sectionMulti: boolean;
  options: OptionDraft[];
  answer?: AnswerNote;
  explanation: string[];
  legacyFonts: Set<string>;
}

interface KeyEntry extends KeyPair {
  where: string;
  /** Number of questions read before this entry. */
  position: number;
}

/**
 * Turns the lines and tables of a Word document into questions: numbering, options, answer
 * lines, answer tables and formatting marks, with the reason for every proposal.
 */
export class DocxQuestionReader {
  private readonly drafts: QuestionDraft[] = [];
  private readonly keys: KeyEntry[] = [];
  private readonly errors: ParseError[] = [];
  private current: QuestionDraft | null = null;
  private pending: DocLine[] = [];
  private keyMode = false;
  private keysBeforeKeyMode = 0;
  private sectionMulti = false;

  read(blocks: DocBlock[]): { items: ParsedItem[]; errors: ParseError[] } {
    for (const block of blocks) {
      if (block.kind === 'line') this.line(block.line);
      else this.table(block.table);
    }
    this.closeCurrent();
    return { items: this.buildItems(), errors: this.errors };
  }

  private line(line: DocLine): void {
    const text = line.text;
    const t = text.trim();
    if (!t) return;

    if (this.keyMode) {
      const pairs = parseKeyLine(t, 1);
      if (pairs) {
        this.addKeys(pairs, `dòng ${line.paragraph}`);
        return;
      }
      // "Đáp án:" on its own line, the letter on the next: the answer of the last question.
      const last = this.drafts[this.drafts.length - 1];
      if (this.keys.length === this.keysBeforeKeyMode && last && !last.answer) {
        const letters = parseAnswerLetters(t);
        if (letters) {
          last.answer = { value: t, reason: `Dòng 'Đáp án: ${quote(t)}'` };
          this.keyMode = false;
          return;
        }
      }
      if (!matchQuestionStart(text) && !findOptionLabels(text).length) return;
      this.keyMode = false;
    }
    if (isAnswerKeyHeading(t)) {
      this.closeCurrent();
      this.keyMode = true;
      this.keysBeforeKeyMode = this.keys.length;
      return;
    }
    const answer = matchAnswerLine(t);
    if (answer !== null) {
      const pairs = parseKeyLine(answer, 2);
      if (pairs) {
        this.closeCurrent();
        this.addKeys(pairs, `dòng ${line.paragraph}`);
      } else if (this.current && !this.current.answer) {
        this.current.answer = { value: answer, reason: `Dòng '${quote(t)}'` };
        this.track(line);
      }
      return;
    }
    const start = matchQuestionStart(text);
    const keyPairs = parseKeyLine(t, start ? 1 : 2);
    if (
      keyPairs &&
      (!start || (this.drafts.length > 0 && parseAnswerLetters(text.slice(start.stemStart))))
    ) {
      this.closeCurrent();
      this.addKeys(keyPairs, `dòng ${line.paragraph}`);
      return;
    }
    const explanation = matchExplanation(t);
    if (explanation !== null && this.current) {
      this.current.explanation.push(explanation);
      return;
    }
    if (start) {
      this.startQuestion(line, start);
      return;
    }
    const labels = findOptionLabels(text);
    if (labels.length > 0 && this.acceptOptions(labels[0].letter, line)) {
      this.addOptions(line, labels, 0);
      return;
    }
    const cur = this.current;
    if (
      line.bullet &&
      cur &&
      !cur.answer &&
      (cur.options.length === 0 ? cur.stem.length > 0 : cur.options[cur.options.length - 1].bullet)
    ) {
      const lead = text.length - text.trimStart().length;
      cur.options.push({
        letter: letterOf(cur.options.length),
        text: stripListPunctuation(collapseSpaces(t)),
        line,
        start: lead,
        end: text.trimEnd().length,
        star: false,
        bullet: true,
      });
      this.track(line);
      return;
    }
    if (cur && cur.options.length === 0 && !cur.answer) {
      cur.stem.push(t);
      cur.multiHint ||= hasMultipleAnswerHint(t);
      this.track(line);
      return;
    }
    this.pending.push(line);
    if (hasMultipleAnswerHint(t)) this.sectionMulti = true;
    else if (isSectionHeading(t)) this.sectionMulti = false;
  }

  private table(table: DocTable): void {
    const cells = table.rows.map((r) =>
      r.map((c) =>
        c
          .map((l) => l.text)
          .join('\n')
          .trim(),
      ),
    );
    const key = answerKeyFromTable(cells);
    if (key.length >= 2 || (key.length > 0 && this.keyMode)) {
      this.closeCurrent();
      for (const k of key) this.addKeys([k], `hàng ${k.row} của bảng`);
      this.keyMode = false;
      return;
    }
    const columns = questionTableColumns(cells);
    if (columns) {
      this.closeCurrent();
      this.pending = [];
      table.rows.slice(1).forEach((row, i) => this.questionFromTableRow(row, columns, i + 2));
      return;
    }
    for (const row of table.rows) {
      for (const cell of row) {
        for (const line of cell) this.line(line);
      }
    }
  }

  private questionFromTableRow(
    row: DocLine[][],
    columns: TemplateColumns,
    rowNumber: number,
  ): void {
    const cellLines = (col: number | undefined): DocLine[] =>
      col === undefined ? [] : (row[col] ?? []);
    const cellText = (col: number | undefined): string =>
      cellLines(col)
        .map((l) => l.text.trim())
        .filter(Boolean)
        .join('\n');
    let prompt = cellText(columns.prompt);
    if (!prompt) return;
    const start = matchQuestionStart(prompt);
    if (start) prompt = prompt.slice(start.stemStart);
    const first = cellLines(columns.prompt)[0];
    const draft: QuestionDraft = {
      number: start?.number ?? null,
      label: '',
      auto: false,
      paragraph: first?.paragraph ?? 0,
      tableRow: rowNumber,
      stem: prompt.split('\n').map((l) => l.trim()),
      multiHint: hasMultipleAnswerHint(prompt),
      sectionMulti: this.sectionMulti,
      options: [],
      explanation: [],
      legacyFonts: new Set(),
    };
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
      if (line.legacyFont) draft.legacyFonts.add(line.legacyFont);
    }
    const correct = cellText(columns.correct);
    if (correct) {
      draft.answer = { value: correct, reason: `Cột đáp án của bảng câu hỏi, hàng ${rowNumber}` };
    }
    const explanation = cellText(columns.explanation);
    if (explanation) draft.explanation.push(explanation);
    if (first?.legacyFont) draft.legacyFonts.add(first.legacyFont);
    this.pushDraft(draft);
  }

  private pushDraft(draft: QuestionDraft): void {
    if (this.drafts.length >= IMPORT_LIMITS.maxItems)
      throw tooManyQuestions(IMPORT_LIMITS.maxItems);
    this.drafts.push(draft);
  }

  private track(line: DocLine): void {
    if (line.legacyFont) this.current?.legacyFonts.add(line.legacyFont);
  }

  private addKeys(pairs: KeyPair[], where: string): void {
    for (const p of pairs) this.keys.push({ ...p, where, position: this.drafts.length });
  }

  /** Whether an option label continues the current question or opens an unnumbered one. */
  private acceptOptions(letter: string, line: DocLine): boolean {
    const first = letter === 'A' || letter === 'a';
    const cur = this.current;
    if (!cur) {
      if (!first) return false;
      this.startUnnumbered(line);
      return true;
    }
    if (cur.options.length === 0 && !cur.answer) return first;
    if (first && (cur.options.length >= 2 || cur.answer)) {
      this.startUnnumbered(line);
      return true;
    }
    return true;
  }

  private startUnnumbered(line: DocLine): void {
    const last = this.pending[this.pending.length - 1];
    const stemLines = last ? this.pending.filter((l) => l.paragraph === last.paragraph) : [];
    this.pending = [];
    this.closeCurrent();
    this.current = {
      number: null,
      label: '',
      auto: false,
      paragraph: stemLines[0]?.paragraph ?? line.paragraph,
      stem: stemLines.map((l) => l.text.trim()),
      multiHint: stemLines.some((l) => hasMultipleAnswerHint(l.text)),
      sectionMulti: this.sectionMulti,
      options: [],
      explanation: [],
      legacyFonts: new Set(),
    };
    for (const l of stemLines) this.track(l);
  }

  private startQuestion(line: DocLine, start: QuestionStart): void {
    this.closeCurrent();
    const rest = line.text.slice(start.stemStart);
    const inline = findOptionLabels(rest, false);
    const stem = (inline.length > 0 ? rest.slice(0, inline[0].start) : rest).trim();
    this.current = {
      number: start.number,
      label: start.label,
      auto: line.autoLabelLength > 0 && start.stemStart <= line.autoLabelLength + 1,
      paragraph: line.paragraph,
      stem: stem ? [stem] : [],
      multiHint: hasMultipleAnswerHint(stem),
      sectionMulti: this.sectionMulti,
      options: [],
      explanation: [],
      legacyFonts: new Set(),
    };
    this.track(line);
    if (inline.length > 0) this.addOptions(line, inline, start.stemStart);
  }

  private addOptions(line: DocLine, labels: OptionLabel[], offset: number): void {
    const cur = this.current;
    if (!cur) return;
    labels.forEach((label, i) => {
      const from = offset + label.textStart;
      const to = i + 1 < labels.length ? offset + labels[i + 1].start : line.text.length;
      const raw = line.text.slice(from, to);
      const text = stripListPunctuation(collapseSpaces(raw));
      const end = from + raw.trimEnd().replace(/[;,]$/, '').length;
      cur.options.push({
        letter: label.letter.toUpperCase(),
        text,
        line,
        start: from,
        end,
        labelStart: offset + label.start,
        star: label.star,
        bullet: false,
      });
    });
    this.track(line);
  }

  private closeCurrent(): void {
    const cur = this.current;
    if (cur && cur.options.length > 0) {
      // A line after the options that starts in lower case continues the last option.
      for (const l of this.pending) {
        const t = l.text.trim();
        if (/^\p{Ll}/u.test(t)) {
          const last = cur.options[cur.options.length - 1];
          last.text = `${last.text} ${stripListPunctuation(collapseSpaces(t))}`;
        }
      }
    }
    this.pending = [];
    if (cur) this.pushDraft(cur);
    this.current = null;
  }

  private buildItems(): ParsedItem[] {
    const keyFor = new Map<number, KeyEntry>();
    for (const k of this.keys) {
      let target = -1;
      for (let i = Math.min(k.position, this.drafts.length) - 1; i >= 0; i--) {
        if ((this.drafts[i].number ?? i + 1) === k.number) {
          target = i;
          break;
        }
      }
      if (target < 0) {
        this.errors.push({
          message: `Bảng đáp án (${k.where}) ghi câu ${k.number} nhưng không tìm thấy câu hỏi số ${k.number}.`,
        });
      } else keyFor.set(target, k);
    }
    const withOptions = this.drafts.filter((d) => d.options.length > 0).length;
    const mostlyChoice = withOptions * 2 > this.drafts.length;
    const items: ParsedItem[] = [];
    this.drafts.forEach((d, i) => {
      const item = this.buildItem(d, keyFor.get(i), items.length, mostlyChoice);
      if (item) items.push(item);
    });
    return items;
  }

  private recognitionReason(d: QuestionDraft): string {
    if (d.tableRow !== undefined)
      return `Hàng ${d.tableRow} của bảng câu hỏi (đoạn ${d.paragraph})`;
    if (d.auto) return `Đánh số tự động của Word: "${d.label}" (đoạn ${d.paragraph})`;
    if (d.label) return `Nhận diện câu hỏi từ "${d.label}" (đoạn ${d.paragraph})`;
    return `Đoạn ${d.paragraph} có các phương án A, B… ngay sau nên được coi là câu hỏi`;
  }

  private buildItem(
    d: QuestionDraft,
    key: KeyEntry | undefined,
    index: number,
    mostlyChoice: boolean,
  ): ParsedItem | null {
    const prompt = d.stem.map(collapseSpaces).filter(Boolean).join('\n');
    const reasons = [this.recognitionReason(d)];
    const warnings: string[] = [];
    for (const font of d.legacyFonts) {
      const enc = detectLegacyFont(font) === 'vni' ? 'VNI' : 'TCVN3';
      reasons.push(`Đã chuyển phông ${font} (${enc}) sang Unicode`);
    }
    const explanation = d.explanation.join('\n').trim();
    const common = { prompt, ...(explanation ? { explanation } : {}) };
    const keyWhere = (k: KeyEntry): string =>
      `Bảng đáp án${k.position >= this.drafts.length ? ' cuối tài liệu' : ''}, ${k.where}`;
    let built: BuiltQuestion;

    if (d.options.length === 0) {
      if (d.answer) {
        const truth = parseTruthValue(d.answer.value);
        if (truth !== null) {
          built = buildChoiceQuestion({
            ...common,
            options: trueFalseOptions(truth),
            declaredType: 'true_false',
          });
          reasons.push(d.answer.reason, 'Không có phương án, đáp án Đúng/Sai: câu hỏi đúng/sai');
        } else {
          const answers = d.answer.value.split(/\s*[|;]\s*/).filter(Boolean);
          built = buildShortTextQuestion({ ...common, acceptedAnswers: answers });
          reasons.push(d.answer.reason, 'Không có phương án: câu điền từ với đáp án trên');
        }
      } else if (!mostlyChoice || key) {
        built = buildEssayQuestion(common);
        warnings.push('Không có phương án và đáp án: đề xuất câu tự luận');
        if (key)
          warnings.push(
            `${keyWhere(key)} ghi ${key.letters.join(', ')} nhưng câu hỏi không có phương án`,
          );
      } else {
        this.errors.push({
          row: d.paragraph,
          message: `Đoạn ${d.paragraph}: "${quote(`${d.label} ${prompt}`)}" không có phương án nên được coi là tiêu đề, không nhập.`,
        });
        return null;
      }
      return toItem(index, built, { reasons, warnings, source: { paragraph: d.paragraph } });
    }

    const options = d.options;
    const sources: Signal[] = [];
    if (d.answer) {
      const set = resolveAnswer(d.answer.value, options);
      if (set) sources.push({ set, reason: d.answer.reason, name: 'dòng đáp án', explicit: true });
      else warnings.push(`${d.answer.reason} không khớp phương án nào`);
    }
    if (key) {
      const set = new Set<number>();
      const missing: string[] = [];
      for (const l of key.letters) {
        const at = options.findIndex((o) => o.letter === l);
        if (at >= 0) set.add(at);
        else missing.push(l);
      }
      if (missing.length > 0) {
        warnings.push(
          `${keyWhere(key)} ghi ${missing.join(', ')} nhưng câu hỏi không có phương án này`,
        );
      } else sources.push({ set, reason: keyWhere(key), name: 'bảng đáp án', explicit: true });
    }
    const starred = new Set(options.flatMap((o, i) => (o.star ? [i] : [])));
    if (starred.size > 0) {
      sources.push({
        set: starred,
        reason: `Dấu * đánh dấu phương án ${lettersOf(starred)}`,
        name: 'dấu *',
        explicit: false,
      });
    }
    sources.push(...formattingSignals(options));

    const chosen = sources[0];
    if (chosen) {
      reasons.push(chosen.reason);
      const seen = new Set<string>();
      for (const other of sources.slice(1)) {
        if (sameSet(other.set, chosen.set) || seen.has(other.name)) continue;
        seen.add(other.name);
        warnings.push(
          `Đánh dấu khác nhau: ${other.name} chỉ phương án ${lettersOf(other.set)}, đã chọn ${lettersOf(chosen.set)} theo ${chosen.name}`,
        );
      }
    }
    const opts: OptionInput[] = options.map((o, i) => ({
      text: o.text,
      correct: !!chosen?.set.has(i),
    }));
    options.forEach((o, i) => {
      if (o.letter !== letterOf(i) && !o.bullet) {
        warnings.push(`Nhãn phương án ${o.letter} không theo thứ tự (mong đợi ${letterOf(i)})`);
      }
    });
    // An answer line or table naming several letters states a multiple-answer question;
    // several formatting marks only suggest one (and get a warning).
    const stated = !!chosen && chosen.explicit && chosen.set.size > 1;
    built = buildChoiceQuestion({
      ...common,
      options: opts,
      declaredMultiple: d.multiHint || d.sectionMulti || stated,
    });
    if (stated) reasons.push(`Đáp án ghi ${chosen.set.size} phương án: câu nhiều đáp án`);
    return toItem(index, built, { reasons, warnings, source: { paragraph: d.paragraph } });
  }
}
