/**
 * bench:imports — the question files of issue 17 at the sizes organizers have.
 *
 *   npm run bench -- imports [--repeat 3]
 *
 * Builds a 400-question Word document kept as a table (STT | Nội dung | Phương án | Đáp án), a
 * 9,000-question GIFT file and an 18 MB Moodle XML export with a base64 image per question,
 * then parses each the way the server does (parseQuestionFileInWorker, production budget,
 * worker warmed first) and reports the wall time, the process's peak resident memory above
 * its baseline (sampled from /proc every 20 ms while the worker parses), and whether the same
 * file still parses with a 192 MB heap budget.
 */
import * as fs from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import {
  PARSE_BUDGET,
  parseQuestionFileInWorker,
} from '../libs/question-bank/src/formats/parse-in-worker';
import { round, table } from './lib/stats';

function rssMiB(): number {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function tableDocx(questions: number): Promise<Buffer> {
  const cell = (...lines: string[]) =>
    new TableCell({ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) });
  const rows = [
    new TableRow({
      children: ['STT', 'Nội dung (câu hỏi)', 'Phương án', 'Đáp án'].map((h) => cell(h)),
    }),
  ];
  for (let i = 1; i <= questions; i++) {
    rows.push(
      new TableRow({
        children: [
          cell(String(i)),
          cell(`Theo Luật Công đoàn, quyền và nghĩa vụ số ${i} của đoàn viên công đoàn là gì?`),
          cell(
            `A. Phương án thứ nhất ${i}`,
            `B. Phương án thứ hai ${i}`,
            `C. Phương án ba ${i}`,
            `D. Phương án bốn ${i}`,
          ),
          cell('ABCD'[i % 4]),
        ],
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }));
}

function gift(questions: number): Buffer {
  const blocks: string[] = ['$CATEGORY: $course$/top/Công đoàn'];
  for (let i = 1; i <= questions; i++) {
    blocks.push(
      `// [tag:Chủ đề ${i % 20}]\n::C${i}:: Câu hỏi số ${i}\\: người lao động có quyền gì? {\n  =Đúng ${i} # phản hồi\n  ~Sai ${i}\n  ~Khác ${i}\n}`,
    );
  }
  return Buffer.from(blocks.join('\n\n'));
}

function moodleXml(targetBytes: number): Buffer {
  const image = 'iVBORw0KGgo'.repeat(6_000);
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'];
  let size = 0;
  for (let i = 1; size < targetBytes; i++) {
    const q = `  <question type="multichoice">
    <name><text>C${i}</text></name>
    <questiontext format="html"><text><![CDATA[<p>Câu ${i}: biển báo nào? <img src="@@PLUGINFILE@@/a${i}.png"></p>]]></text>
      <file name="a${i}.png" path="/" encoding="base64">${image}</file>
    </questiontext>
    <single>true</single>
    <answer fraction="100"><text>Đúng ${i}</text></answer>
    <answer fraction="0"><text>Sai ${i}</text></answer>
  </question>\n`;
    parts.push(q);
    size += Buffer.byteLength(q);
  }
  parts.push('</quiz>\n');
  return Buffer.from(parts.join(''));
}

async function measure(file: Buffer, name: string, repeat: number) {
  const times: number[] = [];
  let peak = 0;
  let items = 0;
  for (let r = 0; r < repeat; r++) {
    const base = rssMiB();
    let top = base;
    const timer = setInterval(() => (top = Math.max(top, rssMiB())), 20);
    const start = process.hrtime.bigint();
    const result = await parseQuestionFileInWorker(file, name);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    clearInterval(timer);
    peak = Math.max(peak, Math.max(top, rssMiB()) - base);
    items = result.items.length;
  }
  let small = 'yes';
  try {
    await parseQuestionFileInWorker(file, name, { ...PARSE_BUDGET, maxOldGenerationSizeMb: 192 });
  } catch {
    small = 'no';
  }
  times.sort((a, b) => a - b);
  return {
    file: name,
    sizeMB: round(file.length / 1024 / 1024, 1),
    items,
    medianMs: round(times[Math.floor(times.length / 2)], 0),
    maxMs: round(times[times.length - 1], 0),
    peakRssAboveBaseMiB: round(peak, 0),
    parsesWith192MBHeap: small,
  };
}

export async function runImportsBench(args: string[]): Promise<Record<string, unknown>> {
  const i = args.indexOf('--repeat');
  const repeat = Math.max(1, i >= 0 ? Number(args[i + 1]) : 3);
  // Warm the worker pool: start-up is not a parse.
  await parseQuestionFileInWorker(Buffer.from('::a:: b {T}'), 'warm.gift');
  const rows = [
    await measure(await tableDocx(400), 'bang-400-cau.docx', repeat),
    await measure(gift(9000), 'ngan-hang-9000-cau.gift', repeat),
    await measure(moodleXml(18 * 1024 * 1024), 'moodle-18mb.xml', repeat),
  ];
  console.log(table(rows));
  const summary = { scenario: 'imports', repeat, rows };
  console.log(JSON.stringify(summary));
  return summary;
}
