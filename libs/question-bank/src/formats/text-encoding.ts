/**
 * Text files as organizers save them: UTF-8 (with or without BOM), UTF-16 LE/BE with its BOM
 * (Notepad's "Unicode"), and the legacy Vietnamese encodings still found in old banks:
 * Windows-1258 (combining tone marks), TCVN3/ABC (TCVN 5712:1993, ".VnTime" fonts) and VNI.
 * A legacy file is recognised by which decoding gives Vietnamese text; one that none
 * explains gets one sentence saying how to save it as UTF-8.
 */
import iconv from 'iconv-lite';
import { legacyToUnicode } from './core-text';
import { QuestionFileError } from './question-file-error';

export type LegacyTextEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** How the preview names each legacy encoding. */
export const LEGACY_ENCODING_NAMES: Record<LegacyTextEncoding, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

/** True when the bytes start with a UTF-16 byte order mark (Notepad's "Unicode"). */
export function hasUtf16Bom(buffer: Uint8Array): boolean {
  return (
    buffer.length >= 2 &&
    ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
  );
}

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Every Vietnamese letter outside ASCII, precomposed, both cases. */
const VIETNAMESE_LETTERS = new Set<string>(['đ', 'Đ']);
/** The Vietnamese letters that carry a tone mark (a syllable has at most one). */
const TONED_LETTERS = new Set<string>();
for (const base of 'aăâeêioôơuưy') {
  for (const tone of ['', ...TONES]) {
    for (const ch of [
      (base + tone).normalize('NFC'),
      (base + tone).normalize('NFC').toUpperCase(),
    ]) {
      if (ch.charCodeAt(0) >= 0x80) VIETNAMESE_LETTERS.add(ch);
      if (tone) TONED_LETTERS.add(ch);
    }
  }
}

/** Punctuation a Windows text file may hold besides letters (typographic quotes, dashes…). */
const PUNCTUATION = new Set([...'“”‘’–—…•°«»×÷·€©®™§¶±²³¼½¾\u00a0']);

function decodeAs(encoding: LegacyTextEncoding, buffer: Uint8Array): string {
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  switch (encoding) {
    case 'windows-1258':
      return iconv.decode(bytes, 'windows-1258').normalize('NFC');
    case 'tcvn3':
      return legacyToUnicode(bytes.toString('latin1'), 'tcvn3');
    case 'vni':
      return legacyToUnicode(iconv.decode(bytes, 'windows-1252'), 'vni');
  }
}

/**
 * How Vietnamese a decoding reads: letters of the Vietnamese alphabet count for it, anything
 * else outside ASCII (stray combining marks, symbols a wrong table produces) against it.
 */
function score(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  let tonesInWord = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
      if (!letter) tonesInWord = 0;
      continue;
    }
    if (VIETNAMESE_LETTERS.has(ch)) {
      good++;
      // A second tone in one word: a wrong table read a mark byte as a toned letter.
      if (TONED_LETTERS.has(ch) && ++tonesInWord > 1) bad++;
    } else {
      tonesInWord = 0;
      if (!PUNCTUATION.has(ch)) bad++;
    }
  }
  return { good, bad };
}

/** The legacy encoding that reads the bytes as Vietnamese text, or null. */
export function decodeLegacyVietnamese(
  buffer: Uint8Array,
): { text: string; encoding: LegacyTextEncoding } | null {
  let best: { text: string; encoding: LegacyTextEncoding; good: number; bad: number } | null = null;
  for (const encoding of ['windows-1258', 'tcvn3', 'vni'] as const) {
    const text = decodeAs(encoding, buffer);
    const s = score(text);
    if (!best || s.good - 3 * s.bad > best.good - 3 * best.bad) best = { text, encoding, ...s };
  }
  if (!best || best.good === 0 || best.bad * 20 > best.good) return null;
  return { text: best.text, encoding: best.encoding };
}

export interface DecodedText {
  text: string;
  /** Set when the file was in a legacy Vietnamese encoding and has been converted. */
  legacy?: LegacyTextEncoding;
}

/** Decodes a text file (see the module comment); throws NOT_UTF8 when nothing explains it. */
export function decodeTextFile(buffer: Uint8Array): DecodedText {
  if (hasUtf16Bom(buffer)) {
    const encoding = buffer[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(buffer) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer) };
  } catch {
    const legacy = decodeLegacyVietnamese(buffer);
    if (legacy) return { text: legacy.text, legacy: legacy.encoding };
    throw new QuestionFileError(
      'NOT_UTF8',
      'Tệp văn bản không dùng bảng mã UTF-8. Hãy lưu lại với bảng mã UTF-8 (trong Excel: "Lưu thành" → "CSV UTF-8 (phân cách bằng dấu phẩy)"; trong Notepad: mục Encoding chọn UTF-8) rồi tải lên lại.',
    );
  }
}

/** The text of a text file, whatever of the encodings above it was saved in. */
export function decodeText(buffer: Uint8Array): string {
  return decodeTextFile(buffer).text;
}
