import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The TrueType fonts every generated document embeds: DejaVu Sans from the `dejavu-fonts-ttf`
 * package (installed with npm, never downloaded at run time). It covers the Vietnamese
 * letters with their stacked diacritics (ắ, ẫ, ự, ỹ…), which the 14 standard PDF fonts do not.
 */
export interface DocumentFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

let resolved: DocumentFonts | undefined;

/** Absolute paths of the font files; throws with the package name when they are missing. */
export function documentFonts(): DocumentFonts {
  if (resolved) return resolved;
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fonts: DocumentFonts = {
    regular: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    italic: join(dir, 'DejaVuSans-Oblique.ttf'),
    boldItalic: join(dir, 'DejaVuSans-BoldOblique.ttf'),
  };
  for (const file of Object.values(fonts) as string[]) {
    if (!existsSync(file)) {
      throw new Error(`font file ${file} is missing: reinstall the dejavu-fonts-ttf package`);
    }
  }
  resolved = fonts;
  return fonts;
}

/** The font family name to put in an SVG that a renderer (resvg) is given these files for. */
export const DOCUMENT_FONT_FAMILY = 'DejaVu Sans';
