import { strToU8, zipSync } from 'fflate';
import { parseAiken } from './aiken';
import { detectFormat } from './detect-format';
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
} from './docx-patterns';
import { parseGift } from './gift';
import { parseMoodleXml } from './moodle-xml';
import { parseQuestionFile } from './parse-any';
import { htmlToText } from './plain-text';
import { IMPORT_LIMITS } from './limits';
import { QuestionFileError } from './question-file-error';
import { parseTemplateCsv } from './template';

/**
 * Generated worst cases for every parser (docs/imports.md, "Parser safety"): long runs of each
 * character a pattern treats specially, after each prefix that switches a parser into another
 * state, nesting and huge tokens. A backtracking pattern or a rescanning loop turns these into
 * seconds or hours; linear code reads each in milliseconds. The bounds are generous on purpose
 * (a loaded CI machine) and still far below what the bugs cost (38 s for 49 bytes).
 */

const SPECIALS = [
  ' ',
  '\t',
  '\\',
  ':',
  '{',
  '}',
  '=',
  '~',
  '#',
  '*',
  '<',
  '>',
  '"',
  "'",
  '&',
  '/',
  '-',
  '(',
  ')',
  '%',
  '[',
  ']',
  ';',
  '.',
  '\n',
  '\r\n',
  'A',
  'a',
  '1',
  'Câu ',
  'A. ',
  '1-A ',
  '<a',
  '<!--',
  '-->',
  '<script>',
  '&amp',
  '::',
  '{=a ~b}',
  'ANSWER: A\n',
  '\\{',
  '$$',
];
const PREFIXES = ['', '::', 'Câu 1: ', 'A.', 'Đáp án: ', '[html]', '<quiz>', '// '];
/** For long runs (each input costs milliseconds there): the prefixes that change a parser's state. */
const LONG_PREFIXES = ['', '::', 'Câu 1: ', 'Đáp án: '];
/** Long enough that quadratic work costs seconds; short enough for exponential patterns to show. */
const LONG = 20_000;
const SHORT = 60;
const BOUND_MS = 3000;

function runOf(ch: string, length: number): string {
  return ch.repeat(Math.ceil(length / ch.length));
}

function inputs(length: number): { label: string; text: string; prefix: string }[] {
  const out: { label: string; text: string; prefix: string }[] = [];
  for (const ch of SPECIALS) {
    for (const prefix of length >= LONG ? LONG_PREFIXES : PREFIXES) {
      const run = runOf(ch, length);
      out.push({
        prefix,
        label: `${JSON.stringify(prefix)} + ${length} × ${JSON.stringify(ch)}`,
        text: `${prefix}${run}\n${prefix}${run}x{\n\n${prefix}${run}`,
      });
    }
  }
  return out;
}

function expectedError(error: unknown): void {
  if (!(error instanceof QuestionFileError)) throw error;
}

/** Runs `read` within the bound; only QuestionFileError may come out of it. */
function expectFast(label: string, read: () => unknown): void {
  const started = performance.now();
  try {
    read();
  } catch (error) {
    expectedError(error);
  }
  const ms = performance.now() - started;
  if (ms > BOUND_MS) throw new Error(`${label} took ${Math.round(ms)} ms`);
}

/**
 * The same for parseQuestionFile: its work is synchronous (async in name only), so the time
 * is taken before awaiting its result.
 */
async function expectFastFile(label: string, bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  const result = parseQuestionFile(bytes);
  const ms = performance.now() - started;
  await result.catch(expectedError);
  if (ms > BOUND_MS) throw new Error(`${label} took ${Math.round(ms)} ms`);
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function docxWith(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(documentXml) });
}

function xlsxWith(cells: string[]): Uint8Array {
  const row = cells
    .map(
      (c, i) =>
        `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`,
    )
    .join('');
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet><sheetData><row r="1">${row}</row></sheetData></worksheet>`,
    ),
  });
}

const LINE_PATTERNS: [string, (s: string) => unknown][] = [
  ['matchQuestionStart', matchQuestionStart],
  ['findOptionLabels', (s) => findOptionLabels(s)],
  ['findOptionLabels inside', (s) => findOptionLabels(s, false)],
  ['matchAnswerLine', matchAnswerLine],
  ['parseKeyLine', (s) => parseKeyLine(s)],
  ['isAnswerKeyHeading', isAnswerKeyHeading],
  ['matchExplanation', matchExplanation],
  ['hasMultipleAnswerHint', hasMultipleAnswerHint],
  ['isSectionHeading', isSectionHeading],
  ['parseAnswerLetters', parseAnswerLetters],
  ['htmlToText', htmlToText],
];

describe('parsers on generated worst cases', () => {
  it('the reported inputs: "::" and 46 backslashes, a paragraph of 2,500 spaces', async () => {
    const gift = Buffer.from(`::${'\\'.repeat(46)}`);
    expectFast('GIFT detection', () => detectFormat(gift, 'a.txt'));
    await expect(parseQuestionFile(gift, 'a.txt')).resolves.toBeDefined();
    const spaces = docxWith(
      `<w:document><w:body><w:p><w:r><w:t xml:space="preserve">Câu 1: ${' '.repeat(2500)}x</w:t></w:r></w:p></w:body></w:document>`,
    );
    await expectFastFile('docx of spaces', spaces);
  });

  it.each([LONG, SHORT])('reads every text format in linear time (runs of %i)', (length) => {
    for (const { label, text, prefix } of inputs(length)) {
      expectFast(`GIFT ${label}`, () => parseGift(text));
      expectFast(`Aiken ${label}`, () => parseAiken(text));
      if (prefix && length >= LONG) continue; // detection and CSV read every prefix alike
      const bytes = Buffer.from(text);
      expectFast(`detect ${label}`, () => detectFormat(bytes, 'q.txt'));
      expectFast(`CSV ${label}`, () => parseTemplateCsv(bytes));
    }
  });

  it.each([LONG, SHORT])('reads Moodle XML and HTML text in linear time (runs of %i)', (length) => {
    for (const ch of SPECIALS) {
      const run = runOf(ch, length);
      const label = `${length} × ${JSON.stringify(ch)}`;
      expectFast(`Moodle ${label}`, () =>
        parseMoodleXml(
          `<quiz><question type="multichoice"><questiontext format="html"><text>${escapeXml(run)}</text></questiontext><answer fraction="100"><text>${escapeXml(run)}</text></answer></question></quiz>`,
        ),
      );
      expectFast(`Moodle raw ${label}`, () => parseMoodleXml(`<quiz>${run}`));
      expectFast(`HTML ${label}`, () => htmlToText(`<p>${run}</p>${run}`));
    }
  });

  it.each([LONG, SHORT])('matches Word line patterns in linear time (runs of %i)', (length) => {
    for (const { label, text } of inputs(length)) {
      for (const [name, pattern] of LINE_PATTERNS) {
        for (const line of text.split('\n').slice(0, 2)) {
          expectFast(`${name} ${label}`, () => pattern(line));
        }
      }
    }
  });

  it('reads .docx parts with huge tokens, runs and nesting in linear time', async () => {
    for (const ch of SPECIALS) {
      const run = escapeXml(runOf(ch, LONG));
      const label = JSON.stringify(ch);
      const documents = [
        `<w:document><w:body><w:p><w:r><w:t xml:space="preserve">${run}</w:t></w:r></w:p><w:p><w:r><w:t>Câu 1: ${run}</w:t></w:r></w:p></w:body></w:document>`,
        `<w:document><w:body><w:p w:rsidR="${run}"><w:r><w:t>A. x</w:t></w:r></w:p></w:body></w:document>`,
      ];
      for (const xml of documents) {
        await expectFastFile(`docx ${label}`, docxWith(xml));
      }
    }
    const nested = `<w:document><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(3000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(3000)}</w:body></w:document>`;
    await expectFastFile('docx nested tables', docxWith(nested));
    // One attribute of 4.8 MB: refused as too long, without rescanning it for every chunk.
    const huge = `<w:document><w:body><w:p w:x="${'y'.repeat(4_800_000)}"/></w:body></w:document>`;
    await expectFastFile('docx huge attribute', docxWith(huge));
  });

  it('reads .xlsx cells and header cells of long runs in linear time', async () => {
    for (const ch of SPECIALS) {
      const run = runOf(ch, LONG);
      const label = JSON.stringify(ch);
      await expectFastFile(`xlsx header ${label}`, xlsxWith([run, `(${run}`, run]));
      await expectFastFile(`xlsx row ${label}`, xlsxWith(['Nội dung câu hỏi', 'Đáp án đúng', run]));
    }
  });

  it('stops once a file proposes more questions than the import limit, in every format', async () => {
    const n = IMPORT_LIMITS.maxItems + 1;
    const many = (make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));
    const files: Array<[string, Uint8Array, string]> = [
      [
        'Aiken',
        Buffer.from(many((i) => `Câu ${i}?\nA. Một\nB. Hai\nANSWER: A\n`).join('\n')),
        'a.txt',
      ],
      ['GIFT', Buffer.from(many((i) => `::Q${i}:: Câu ${i}? {=Một ~Hai}`).join('\n\n')), 'g.gift'],
      [
        'Word',
        docxWith(
          `<w:document><w:body>${many(
            (i) =>
              `<w:p><w:r><w:t>Câu ${i + 1}: Hỏi?</w:t></w:r></w:p><w:p><w:r><w:t>A. Một</w:t></w:r></w:p><w:p><w:r><w:t>B. Hai</w:t></w:r></w:p>`,
          ).join('')}</w:body></w:document>`,
        ),
        'q.docx',
      ],
    ];
    for (const [label, bytes, name] of files) {
      const error = await parseQuestionFile(bytes, name).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect({ label, code: (error as QuestionFileError | undefined)?.code }).toEqual({
        label,
        code: 'FILE_TOO_LARGE',
      });
      expect((error as Error).message).toContain('10.000');
    }
  });
});
