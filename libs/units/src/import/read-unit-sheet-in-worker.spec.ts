import { zipSync, strToU8 } from 'fflate';
import { createDeflateRaw } from 'node:zlib';
import { readUnitSheetInWorker } from './read-unit-sheet-in-worker';

/** A zip whose one worksheet inflates to `size` bytes of XML-ish filler (a zip bomb). */
async function bomb(size: number): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < size / chunk.length; i++) deflater.write(chunk);
  deflater.end();
  await done;
  const data = Buffer.concat(parts);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('readUnitSheetInWorker', () => {
  // 128 MB of heap: the spreadsheet library alone would need gigabytes for the bomb below.
  const budget = { timeoutMs: 60_000, maxOldGenerationSizeMb: 128 };

  it('stops a zip bomb at the inflated-size budget, within a small memory budget', async () => {
    const file = await bomb(300 * 1024 * 1024);
    expect(file.length).toBeLessThan(1024 * 1024);
    await expect(readUnitSheetInWorker(file, budget)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('sau khi giải nén lớn hơn 40 MB'),
    });
  });

  it('reads an ordinary list the same way as in the calling thread', async () => {
    const workbook = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    });
    // Not a workbook: the worker's error comes back as the same AppException.
    await expect(readUnitSheetInWorker(Buffer.from(workbook), budget)).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const rows = await readUnitSheetInWorker(
      Buffer.from('code,name,kind\nA,Tên A,grassroots\n'),
      budget,
    );
    expect(rows).toEqual([
      { row: 2, code: 'A', name: 'Tên A', parentCode: '', kind: 'grassroots', memberCount: null },
    ]);
  });
});
