import { escapeHtml } from '@app/mail';

/** What a link preview shows for one public page (docs/sharing.md). */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of the 1200×630 PNG (versioned). */
  image: string;
  imageAlt: string;
  type: 'website' | 'article';
  /** oEmbed discovery link (contest pages). */
  oembedUrl?: string;
}

export const SITE_NAME = 'HoiThi';
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** The public pages that get server-rendered meta tags, from their path. */
export type PublicPage =
  | { kind: 'contest'; slug: string }
  | { kind: 'round'; slug: string; roundId: string }
  | { kind: 'board'; roundId: string }
  | { kind: 'results'; roundId: string }
  | { kind: 'shared'; code: string }
  | { kind: 'certificate'; code: string };

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SLUG = '[A-Za-z0-9][A-Za-z0-9-]{0,199}';
const CODE = '[A-Za-z0-9_-]{4,64}';
const PAGES: Array<[RegExp, (m: RegExpMatchArray) => PublicPage]> = [
  [new RegExp(`^/cuoc-thi/(${SLUG})/?$`), (m) => ({ kind: 'contest', slug: m[1] })],
  [
    new RegExp(`^/cuoc-thi/(${SLUG})/vong/(${UUID})/?$`),
    (m) => ({ kind: 'round', slug: m[1], roundId: m[2].toLowerCase() }),
  ],
  [
    new RegExp(`^/bang-xep-hang/(${UUID})/?$`),
    (m) => ({ kind: 'board', roundId: m[1].toLowerCase() }),
  ],
  [new RegExp(`^/ket-qua/(${UUID})/?$`), (m) => ({ kind: 'results', roundId: m[1].toLowerCase() })],
  [new RegExp(`^/thanh-tich/(${CODE})/?$`), (m) => ({ kind: 'shared', code: m[1] })],
  [new RegExp(`^/chung-nhan/(${CODE})/?$`), (m) => ({ kind: 'certificate', code: m[1] })],
];

export function matchPublicPage(pathname: string): PublicPage | null {
  for (const [pattern, make] of PAGES) {
    const m = pathname.match(pattern);
    if (m) return make(m);
  }
  return null;
}

/** Cuts `text` to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '') + '…';
}

/** The `<head>` tags of `meta`, every value escaped. */
export function metaTags(meta: PageMeta): string {
  const e = escapeHtml;
  const tags = [
    `<meta name="description" content="${e(meta.description)}" />`,
    `<link rel="canonical" href="${e(meta.url)}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${e(meta.title)}" />`,
    `<meta property="og:description" content="${e(meta.description)}" />`,
    `<meta property="og:url" content="${e(meta.url)}" />`,
    `<meta property="og:image" content="${e(meta.image)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${SHARE_IMAGE_WIDTH}" />`,
    `<meta property="og:image:height" content="${SHARE_IMAGE_HEIGHT}" />`,
    `<meta property="og:image:alt" content="${e(meta.imageAlt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${e(meta.title)}" />`,
    `<meta name="twitter:description" content="${e(meta.description)}" />`,
    `<meta name="twitter:image" content="${e(meta.image)}" />`,
  ];
  if (meta.oembedUrl) {
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${e(meta.oembedUrl)}" title="${e(meta.title)}" />`,
    );
  }
  return tags.join('\n    ');
}

/**
 * The web app's index.html with the page's title and tags: the generic `<title>` and description
 * are replaced, the rest goes before `</head>`. The app itself is untouched (it still runs).
 */
export function injectMeta(indexHtml: string, meta: PageMeta): string {
  const withoutGeneric = indexHtml
    .replace(/<title>[\s\S]*?<\/title>/i, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/?>/i, '');
  const head = `<title>${escapeHtml(meta.title)}</title>\n    ${metaTags(meta)}\n  </head>`;
  return withoutGeneric.replace(/<\/head>/i, head);
}

/** The first name in a Vietnamese full name ("Nguyễn Thị Mai" → "Mai"): the last word. */
export function firstName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}
