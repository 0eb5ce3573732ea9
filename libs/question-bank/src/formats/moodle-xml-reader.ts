/**
 * Reads a Moodle XML export one `<question>` at a time with the streaming tokenizer, keeping
 * only that question's elements: an 18 MB export full of base64 images never becomes a tree
 * (fast-xml-parser needed about 800 MB for one). The content of `<file>` and `<image_base64>`
 * elements is counted, never kept.
 */
import { QuestionFileError } from './question-file-error';
import { getAttribute, tokenizeXml, XmlSyntaxError } from './xml-tokenizer';

/** An element of one question: its raw attributes, children and direct text. */
export interface MoodleNode {
  name: string;
  attrs: string;
  children: MoodleNode[];
  text: string;
  /** `<file>`/`<image_base64>` elements inside it (at any depth): attachments left out. */
  files: number;
}

/** Elements whose content is an attachment (base64): counted, not read. */
const ATTACHMENTS = new Set(['file', 'image_base64']);

/** Text kept per element; longer text (a pasted data: URI…) is cut here. */
const MAX_ELEMENT_TEXT = 2 * 1024 * 1024;

export function child(node: MoodleNode | undefined, name: string): MoodleNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function childrenNamed(node: MoodleNode | undefined, name: string): MoodleNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The text of `<x><text>…</text></x>` or of `<x>…</x>`. */
export function textOf(node: MoodleNode | undefined): string {
  if (!node) return '';
  const t = child(node, 'text');
  return t ? t.text : node.text;
}

export function attrOf(node: MoodleNode | undefined, name: string): string | undefined {
  return node ? getAttribute(node.attrs, name) : undefined;
}

/** Attachments anywhere under the node. */
export function filesUnder(node: MoodleNode | undefined): number {
  return node ? node.files : 0;
}

/**
 * Calls `onQuestion` for every `<question>` directly under `<quiz>`, with the 1-based line
 * where it starts. Throws CORRUPT_FILE for broken XML or a DOCTYPE (entity declarations).
 */
export function readMoodleQuestions(
  text: string,
  onQuestion: (question: MoodleNode, line: number) => void,
): void {
  // Lines of the <question> tags, in order (one linear pass).
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (;;) {
    const at = text.indexOf('<question', from);
    if (at < 0) break;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    const next = text.charCodeAt(at + 9);
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) {
      lines.push(line);
    }
    from = at + 9;
  }

  const stack: MoodleNode[] = [];
  let depth = 0;
  let quizDepth = 0;
  let skipAt = 0;
  let questionIndex = 0;
  let sawQuiz = false;
  try {
    tokenizeXml(text, {
      open(name, attrs) {
        depth++;
        if (skipAt > 0) return;
        if (stack.length === 0) {
          if (name === 'quiz' && quizDepth === 0) {
            quizDepth = depth;
            sawQuiz = true;
          } else if (name === 'question' && quizDepth > 0 && depth === quizDepth + 1) {
            stack.push({ name, attrs, children: [], text: '', files: 0 });
          }
          return;
        }
        if (ATTACHMENTS.has(name)) {
          for (const n of stack) n.files++;
          skipAt = depth;
          return;
        }
        const node: MoodleNode = { name, attrs, children: [], text: '', files: 0 };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
      },
      close() {
        if (skipAt > 0) {
          if (depth === skipAt) skipAt = 0;
          depth--;
          return;
        }
        depth--;
        if (stack.length === 0) {
          if (depth < quizDepth) quizDepth = 0;
          return;
        }
        const node = stack.pop();
        if (stack.length === 0 && node) {
          onQuestion(node, lines[questionIndex] ?? 0);
          questionIndex++;
        }
      },
      text(t) {
        if (skipAt > 0 || stack.length === 0) return;
        const top = stack[stack.length - 1];
        if (top.text.length < MAX_ELEMENT_TEXT) top.text += t.slice(0, MAX_ELEMENT_TEXT);
      },
    });
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      const doctype = /DOCTYPE/.test(err.message);
      throw new QuestionFileError(
        'CORRUPT_FILE',
        doctype
          ? 'Tệp XML chứa khai báo DOCTYPE/ENTITY, không được chấp nhận.'
          : 'Tệp XML bị lỗi cú pháp, không đọc được.',
      );
    }
    throw err;
  }
  if (!sawQuiz) throw new QuestionFileError('CORRUPT_FILE', 'Tệp XML không có thẻ <quiz>.');
}
