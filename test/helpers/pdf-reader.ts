import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Reads generated PDFs the way a person's PDF reader does: poppler's `pdftotext` extracts the
 * text (from the embedded fonts' ToUnicode maps) and `pdftoppm` rasterises pages, on which
 * jsQR looks for QR codes. CI installs poppler-utils with apt (.ci/pdf-tools).
 */
const run = promisify(execFile);

export async function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  });
}

/** Page size in points (width, height) of the first page. */
export async function pdfPageSize(pdf: Buffer): Promise<{ width: number; height: number }> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
    return { width: Number(match?.[1]), height: Number(match?.[2]) };
  });
}

/** The fonts the PDF uses, as pdffonts lists them (name, type, embedded). */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const parts = line.trim().split(/\s+/);
        return { name: parts[0], embedded: parts[parts.length - 5] === 'yes' };
      });
  });
}

/** Rasterises page `page` (1-based) at `dpi` and returns the text of the QR code found on it. */
export async function pdfQrCode(pdf: Buffer, page = 1, dpi = 100): Promise<string | null> {
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      join(dir, 'page'),
    ]);
    const image = (await readdir(dir)).find(
      (name) => name.startsWith('page') && name.endsWith('.png'),
    );
    if (!image) return null;
    return pngQrCode(await readFile(join(dir, image)));
  });
}

export function pngQrCode(png: Buffer): string | null {
  const decoded = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height);
  return found?.data ?? null;
}

async function withFile<T>(
  pdf: Buffer,
  work: (file: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'hoithi-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
