/**
 * Text typed before Unicode with the 8-bit Vietnamese fonts: TCVN3 / ABC (".VnTime",
 * ".VnArial", ".VnTimeH" …) and VNI ("VNI-Times", "VNI-Helve" …). Word keeps such text as the
 * Latin-1 characters of the font's byte codes ("ViÖt Nam", "Vieät Nam"); these functions turn
 * it back into Unicode (NFC).
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The legacy encoding a font name implies, or null for an ordinary (Unicode) font. */
export function detectLegacyFont(fontName: string | undefined | null): LegacyEncoding | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[-\s_]/i.test(name)) return 'vni';
  return null;
}

/**
 * TCVN3 fonts have no upper-case toned letters: headings use a twin font whose name ends in
 * "H" (".VnTimeH", ".VnArialH") and draws every code, ASCII letters included, as a capital.
 */
export function isUpperCaseLegacyFont(fontName: string | undefined | null): boolean {
  if (detectLegacyFont(fontName) !== 'tcvn3') return false;
  return /H$/.test((fontName ?? '').trim());
}

// TCVN3 (TCVN 5712:1993, VN3): Unicode letter → byte code, lower case plus the seven capitals
// that have a code of their own.
const TCVN3_PAIRS: readonly [string, number][] = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
  ['ă', 0xa8],
  ['â', 0xa9],
  ['ê', 0xaa],
  ['ô', 0xab],
  ['ơ', 0xac],
  ['ư', 0xad],
  ['đ', 0xae],
  ['à', 0xb5],
  ['ả', 0xb6],
  ['ã', 0xb7],
  ['á', 0xb8],
  ['ạ', 0xb9],
  ['ằ', 0xbb],
  ['ẳ', 0xbc],
  ['ẵ', 0xbd],
  ['ắ', 0xbe],
  ['ặ', 0xc6],
  ['ầ', 0xc7],
  ['ẩ', 0xc8],
  ['ẫ', 0xc9],
  ['ấ', 0xca],
  ['ậ', 0xcb],
  ['è', 0xcc],
  ['ẻ', 0xce],
  ['ẽ', 0xcf],
  ['é', 0xd0],
  ['ẹ', 0xd1],
  ['ề', 0xd2],
  ['ể', 0xd3],
  ['ễ', 0xd4],
  ['ế', 0xd5],
  ['ệ', 0xd6],
  ['ì', 0xd7],
  ['ỉ', 0xd8],
  ['ĩ', 0xdc],
  ['í', 0xdd],
  ['ị', 0xde],
  ['ò', 0xdf],
  ['ỏ', 0xe1],
  ['õ', 0xe2],
  ['ó', 0xe3],
  ['ọ', 0xe4],
  ['ồ', 0xe5],
  ['ổ', 0xe6],
  ['ỗ', 0xe7],
  ['ố', 0xe8],
  ['ộ', 0xe9],
  ['ờ', 0xea],
  ['ở', 0xeb],
  ['ỡ', 0xec],
  ['ớ', 0xed],
  ['ợ', 0xee],
  ['ù', 0xef],
  ['ủ', 0xf1],
  ['ũ', 0xf2],
  ['ú', 0xf3],
  ['ụ', 0xf4],
  ['ừ', 0xf5],
  ['ử', 0xf6],
  ['ữ', 0xf7],
  ['ứ', 0xf8],
  ['ự', 0xf9],
  ['ỳ', 0xfa],
  ['ỷ', 0xfb],
  ['ỹ', 0xfc],
  ['ý', 0xfd],
  ['ỵ', 0xfe],
];

const TCVN3_TO_UNICODE = new Map<string, string>(
  TCVN3_PAIRS.map(([uni, code]) => [String.fromCharCode(code), uni]),
);
const UNICODE_TO_TCVN3 = new Map<string, string>(
  TCVN3_PAIRS.map(([uni, code]) => [uni, String.fromCharCode(code)]),
);

/**
 * Word stores characters of a "symbol" font in the private use area (U+F000 + byte); bring
 * them back to the byte code.
 */
function fromPrivateUse(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xf020 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : ch;
}

export interface LegacyConvertOptions {
  /** The text was drawn by an upper-case font (".VnTimeH"): return it in capitals. */
  upperCase?: boolean;
}

/** TCVN3 ("C«ng ®oµn ViÖt Nam") → Unicode ("Công đoàn Việt Nam"). */
export function tcvn3ToUnicode(s: string, options: LegacyConvertOptions = {}): string {
  let out = '';
  for (const raw of s) {
    const ch = fromPrivateUse(raw);
    out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  }
  out = out.normalize('NFC');
  return options.upperCase ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3, for tests and for checking round trips. Capitals other than the seven with
 * a code of their own are written as their lower-case code (as a ".VnTimeH" font expects).
 */
export function unicodeToTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const direct = UNICODE_TO_TCVN3.get(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const lower = ch.toLowerCase();
    const viaLower = lower !== ch ? UNICODE_TO_TCVN3.get(lower) : undefined;
    out += viaLower ?? ch;
  }
  return out;
}

// VNI: a base letter followed by mark characters. Tone marks, lower / upper case.
type Tone = '' | 'acute' | 'grave' | 'hook' | 'tilde' | 'dot';
type Hat = '' | 'circumflex' | 'breve' | 'horn';

const VNI_TONE: Record<Exclude<Tone, ''>, [string, string]> = {
  acute: ['ù', 'Ù'],
  grave: ['ø', 'Ø'],
  hook: ['û', 'Û'],
  tilde: ['õ', 'Õ'],
  dot: ['ï', 'Ï'],
};
/** Circumflex (â ê ô) alone and combined with each tone. */
const VNI_CIRCUMFLEX: Record<Tone, [string, string]> = {
  '': ['â', 'Â'],
  acute: ['á', 'Á'],
  grave: ['à', 'À'],
  hook: ['å', 'Å'],
  tilde: ['ã', 'Ã'],
  dot: ['ä', 'Ä'],
};
/** Breve (ă) alone and combined with each tone. */
const VNI_BREVE: Record<Tone, [string, string]> = {
  '': ['ê', 'Ê'],
  acute: ['é', 'É'],
  grave: ['è', 'È'],
  hook: ['ú', 'Ú'],
  tilde: ['ü', 'Ü'],
  dot: ['ë', 'Ë'],
};
/** Letters VNI codes as one character: ơ ư đ, the toned i forms and ỵ. */
const VNI_SINGLE: readonly [string, string][] = [
  ['ơ', 'ô'],
  ['Ơ', 'Ô'],
  ['ư', 'ö'],
  ['Ư', 'Ö'],
  ['đ', 'ñ'],
  ['Đ', 'Ñ'],
  ['ì', 'ì'],
  ['Ì', 'Ì'],
  ['í', 'í'],
  ['Í', 'Í'],
  ['ỉ', 'æ'],
  ['Ỉ', 'Æ'],
  ['ĩ', 'ó'],
  ['Ĩ', 'Ó'],
  ['ị', 'ò'],
  ['Ị', 'Ò'],
  ['ỵ', 'î'],
  ['Ỵ', 'Î'],
];

const TONE_COMBINING: Record<Exclude<Tone, ''>, string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const HAT_COMBINING: Record<Exclude<Hat, ''>, string> = {
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
};

function compose(base: string, hat: Hat, tone: Tone): string {
  return (base + (hat ? HAT_COMBINING[hat] : '') + (tone ? TONE_COMBINING[tone] : '')).normalize(
    'NFC',
  );
}

/** VNI sequence → Unicode letter, longest sequences first when decoding. */
const VNI_TO_UNICODE = new Map<string, string>();
/** Unicode letter → VNI sequence. */
const UNICODE_TO_VNI = new Map<string, string>();

function addVni(vni: string, uni: string): void {
  if (!VNI_TO_UNICODE.has(vni)) VNI_TO_UNICODE.set(vni, uni);
  if (!UNICODE_TO_VNI.has(uni)) UNICODE_TO_VNI.set(uni, vni);
}

(function buildVniTables(): void {
  const tones = Object.keys(VNI_TONE) as Exclude<Tone, ''>[];
  for (const [uni, vni] of VNI_SINGLE) addVni(vni, uni);
  for (const upper of [false, true]) {
    const pick = (pair: [string, string]): string => (upper ? pair[1] : pair[0]);
    const cased = (c: string): string => (upper ? c.toUpperCase() : c);
    // Plain vowels with a tone (i has its own single characters, handled above).
    for (const v of ['a', 'e', 'o', 'u', 'y']) {
      // "yï" is only decoded: ỵ is written as the single character î (added first).
      for (const t of tones) addVni(cased(v) + pick(VNI_TONE[t]), compose(cased(v), '', t));
    }
    // â ê ô with and without tone.
    for (const v of ['a', 'e', 'o']) {
      for (const t of ['', ...tones] as Tone[]) {
        addVni(cased(v) + pick(VNI_CIRCUMFLEX[t]), compose(cased(v), 'circumflex', t));
      }
    }
    // ă with and without tone.
    for (const t of ['', ...tones] as Tone[]) {
      addVni(cased('a') + pick(VNI_BREVE[t]), compose(cased('a'), 'breve', t));
    }
    // ơ ư (single characters) with a tone.
    for (const [v, code] of [
      ['o', upper ? 'Ô' : 'ô'],
      ['u', upper ? 'Ö' : 'ö'],
    ] as const) {
      for (const t of tones) addVni(code + pick(VNI_TONE[t]), compose(cased(v), 'horn', t));
    }
  }
})();

const VNI_BASES = new Set(['a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y', 'ô', 'ö', 'Ô', 'Ö']);

/**
 * VNI ("Coâng ñoaøn Vieät Nam") → Unicode ("Công đoàn Việt Nam"). A mark may follow a base of
 * the other case (typed with Caps Lock): the result takes the base letter's case.
 */
export function vniToUnicode(s: string): string {
  const chars = Array.from(s, fromPrivateUse);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    if (next !== undefined && VNI_BASES.has(ch)) {
      const exact = VNI_TO_UNICODE.get(ch + next);
      if (exact !== undefined) {
        out += exact;
        i++;
        continue;
      }
      const baseUpper = ch === ch.toUpperCase();
      const flipped = VNI_TO_UNICODE.get(
        ch + (baseUpper ? next.toUpperCase() : next.toLowerCase()),
      );
      if (flipped !== undefined && next.toLowerCase() !== next.toUpperCase()) {
        out += flipped;
        i++;
        continue;
      }
    }
    out += VNI_TO_UNICODE.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/** Unicode → VNI, for tests and for checking round trips. */
export function unicodeToVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}

/** Converts text written in the given legacy encoding to Unicode. */
export function legacyToUnicode(
  s: string,
  encoding: LegacyEncoding,
  options: LegacyConvertOptions = {},
): string {
  switch (encoding) {
    case 'tcvn3':
      return tcvn3ToUnicode(s, options);
    case 'vni': {
      const text = vniToUnicode(s);
      return options.upperCase ? text.toUpperCase() : text;
    }
  }
}
