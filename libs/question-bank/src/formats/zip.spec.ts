import { strToU8, zipSync } from 'fflate';
import { deflateRawSync } from 'zlib';
import { QuestionFileError } from './question-file-error';
import { looksLikeZip, ZipArchive } from './zip';

/** A one-entry zip written by hand, declaring `declaredSize` as the uncompressed size. */
function zipOf(name: string, content: Buffer, declaredSize: number): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('ZipArchive', () => {
  const zip = zipSync({
    'word/document.xml': strToU8('<w:document>Công đoàn</w:document>'),
    'stored.txt': [strToU8('không nén'), { level: 0 }],
  });

  it('lists entries and reads deflated and stored ones', () => {
    expect(looksLikeZip(zip)).toBe(true);
    const archive = ZipArchive.open(zip);
    expect(archive.names().sort()).toEqual(['stored.txt', 'word/document.xml']);
    expect(archive.readText('word/document.xml')).toBe('<w:document>Công đoàn</w:document>');
    expect(archive.readText('stored.txt')).toBe('không nén');
    expect(archive.read('missing.xml')).toBeUndefined();
  });

  it('counts the bytes it inflates against the budget', () => {
    const archive = ZipArchive.open(zipSync({ a: new Uint8Array(3000) }), 2000);
    expect(() => archive.read('a')).toThrow(QuestionFileError);
  });

  it('stops an entry whose header understates its size at the budget', () => {
    const liar = zipOf('word/document.xml', Buffer.alloc(4 * 1024 * 1024), 100);
    const archive = ZipArchive.open(liar, 1024 * 1024);
    let received = 0;
    expect(() => archive.stream('word/document.xml', (c) => (received += c.length))).toThrow(
      /vượt quá 1 MB/,
    );
    expect(received).toBeLessThanOrEqual(1024 * 1024);
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(looksLikeZip(Buffer.from('PK'))).toBe(false);
    expect(() => ZipArchive.open(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow(
      QuestionFileError,
    );
  });
});
