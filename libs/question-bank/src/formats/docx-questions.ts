import { answerKeyFromTable, quote } from './docx-answers';
import { buildDraftItems, type KeyEntry } from './docx-build';
import { absorbLine, newDraft, type QuestionDraft } from './docx-draft';
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
import { draftFromTableRow, questionTableColumns } from './docx-table-rows';
import { hasTrueFalseHint } from './docx-true-false';
import { IMPORT_LIMITS } from './limits';
import { tooManyQuestions } from './question-file-error';
import { collapseSpaces, stripListPunctuation } from './plain-text';
import { letterOf } from './question-builder';
import type { ParsedItem, ParseError } from './types';

/** An answer-key heading read while a question had no options yet: maybe part of its stem. */
interface TentativeKey {
  heading: DocLine;
  draft: QuestionDraft;
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
  /** Index in `pending` after the last empty paragraph: an unnumbered stem starts there. */
  private pendingBreak = 0;
  private keyMode = false;
  private keysBeforeKeyMode = 0;
  private tentativeKey: TentativeKey | null = null;
  private sectionMulti = false;
  private sectionTrueFalse = false;

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
    if (!t) {
      if (!line.media) this.pendingBreak = this.pending.length;
      return;
    }

    if (this.keyMode) {
      const pairs = parseKeyLine(t, 1);
      if (pairs) {
        this.tentativeKey = null;
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
          this.tentativeKey = null;
          return;
        }
      }
      this.keyMode = false;
      const tentative = this.tentativeKey;
      this.tentativeKey = null;
      const startsQuestion = matchQuestionStart(text) !== null;
      if (
        tentative &&
        !startsQuestion &&
        this.keys.length === this.keysBeforeKeyMode &&
        last === tentative.draft
      ) {
        // "Đáp án" was a line of the stem (a heading inside the question), not an answer key.
        this.drafts.pop();
        this.current = tentative.draft;
        tentative.draft.stem.push(tentative.heading.text.trim());
      } else if (!startsQuestion && !findOptionLabels(text).length) {
        this.keyMode = true;
        return;
      }
    }
    if (isAnswerKeyHeading(t)) {
      const cur = this.current;
      this.closeCurrent();
      this.keyMode = true;
      this.keysBeforeKeyMode = this.keys.length;
      this.tentativeKey =
        cur && cur.options.length === 0 && !cur.answer ? { heading: line, draft: cur } : null;
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
      cur.trueFalseHint ||= hasTrueFalseHint(t);
      this.track(line);
      return;
    }
    this.pending.push(line);
    if (hasTrueFalseHint(t)) {
      this.sectionTrueFalse = true;
      this.sectionMulti = false;
    } else if (hasMultipleAnswerHint(t)) this.sectionMulti = true;
    else if (isSectionHeading(t)) {
      this.sectionMulti = false;
      this.sectionTrueFalse = false;
    }
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
      this.tentativeKey = null;
      return;
    }
    const columns = questionTableColumns(cells);
    if (columns) {
      this.closeCurrent();
      this.pending = [];
      this.pendingBreak = 0;
      this.keyMode = false;
      table.rows.slice(1).forEach((row, i) => {
        const draft = draftFromTableRow(row, columns, i + 2, this.sectionMulti);
        if (draft) this.pushDraft(draft);
      });
      return;
    }
    const cur = this.current;
    const holdsOptions = table.rows.some((row) =>
      row.some((c) => {
        const first = c.find((l) => l.text.trim());
        return !!first && findOptionLabels(first.text).length > 0;
      }),
    );
    if (cur && cur.options.length === 0 && !cur.answer && !holdsOptions && !this.keyMode) {
      // A table inside the stem (data for the question): one line per row, cells kept apart.
      table.rows.forEach((row, r) => {
        const text = cells[r].map((c) => collapseSpaces(c)).join(' | ');
        if (text.replace(/[\s|]/g, '')) cur.stem.push(text);
        for (const c of row) for (const l of c) this.track(l);
      });
      return;
    }
    for (const row of table.rows) {
      for (const cell of row) {
        for (const line of cell) this.line(line);
      }
    }
  }

  private pushDraft(draft: QuestionDraft): void {
    if (this.drafts.length >= IMPORT_LIMITS.maxItems)
      throw tooManyQuestions(IMPORT_LIMITS.maxItems);
    this.drafts.push(draft);
  }

  private track(line: DocLine): void {
    if (this.current) absorbLine(this.current, line);
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

  /**
   * Options with no "Câu N" before them: the stem is the paragraphs since the last empty
   * paragraph or heading (a stem of several paragraphs is kept whole). Lines in lower case
   * right after the previous question's options continue its last option.
   */
  private startUnnumbered(line: DocLine): void {
    const pending = this.pending;
    let from = Math.min(this.pendingBreak, pending.length);
    if (this.current && this.current.options.length > 0) {
      let c = 0;
      while (c < pending.length && /^\p{Ll}/u.test(pending[c].text.trim())) c++;
      from = Math.max(from, c);
    }
    for (let i = from; i < pending.length; i++) {
      const t = pending[i].text.trim();
      if (isSectionHeading(t) || hasTrueFalseHint(t)) from = i + 1;
    }
    const stemLines = pending.slice(from);
    this.pending = pending.slice(0, from);
    this.closeCurrent();
    this.current = newDraft({
      number: null,
      label: '',
      auto: false,
      paragraph: stemLines[0]?.paragraph ?? line.paragraph,
      stem: stemLines.map((l) => l.text.trim()),
      multiHint: stemLines.some((l) => hasMultipleAnswerHint(l.text)),
      sectionMulti: this.sectionMulti,
      trueFalseHint: this.sectionTrueFalse || stemLines.some((l) => hasTrueFalseHint(l.text)),
    });
    for (const l of stemLines) this.track(l);
  }

  private startQuestion(line: DocLine, start: QuestionStart): void {
    this.closeCurrent();
    const rest = line.text.slice(start.stemStart);
    // Options right after the number ("Câu 2: A. 1⇥B. 2⇥C. 3⇥D. 4") or after the stem.
    const atStart = findOptionLabels(rest);
    const inline =
      atStart.length >= 2 && /^a$/i.test(atStart[0].letter)
        ? atStart
        : findOptionLabels(rest, false);
    const stem = (inline.length > 0 ? rest.slice(0, inline[0].start) : rest).trim();
    this.current = newDraft({
      number: start.number,
      label: start.label,
      auto: line.autoLabelLength > 0 && start.stemStart <= line.autoLabelLength + 1,
      paragraph: line.paragraph,
      stem: stem ? [stem] : [],
      multiHint: hasMultipleAnswerHint(stem),
      sectionMulti: this.sectionMulti,
      trueFalseHint: this.sectionTrueFalse || hasTrueFalseHint(stem),
    });
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
        lowerLabel: label.letter !== label.letter.toUpperCase(),
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
    this.pendingBreak = 0;
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
    const ctx = {
      draftCount: this.drafts.length,
      mostlyChoice: withOptions * 2 > this.drafts.length,
      errors: this.errors,
    };
    const items: ParsedItem[] = [];
    this.drafts.forEach((d, i) => {
      items.push(...buildDraftItems(d, keyFor.get(i), items.length, ctx));
    });
    return items;
  }
}
