import { escapeHtml } from '@app/mail';

/**
 * The embeddable widget for federation websites (docs/sharing.md): an iframe page
 * (`/nhung/cuoc-thi/:slug`) and a one-line loader script that inserts and sizes it.
 */

export const EMBED_DEFAULT_WIDTH = 480;
export const EMBED_DEFAULT_HEIGHT = 560;

/** The one line a website pastes. */
export function embedSnippet(base: string, slug: string): string {
  return `<script src="${escapeHtml(base)}/nhung/nhung.js" data-hoithi-contest="${escapeHtml(slug)}" async></script>`;
}

/** A plain iframe (oEmbed's `html`, and sites that refuse scripts). */
export function embedIframe(
  base: string,
  slug: string,
  title: string,
  width = EMBED_DEFAULT_WIDTH,
  height = EMBED_DEFAULT_HEIGHT,
): string {
  return (
    `<iframe src="${escapeHtml(base)}/nhung/cuoc-thi/${escapeHtml(slug)}" title="${escapeHtml(title)}" ` +
    `width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" loading="lazy"></iframe>`
  );
}

/** `frame-ancestors` for the widget: the configured origins, or nobody. */
export function embedFrameAncestors(origins: readonly string[]): string {
  return origins.length > 0 ? origins.join(' ') : "'none'";
}

export interface EmbedBoardEntry {
  rank: number;
  displayName: string;
  unitName: string | null;
  score: number;
}

export interface EmbedPageData {
  base: string;
  slug: string;
  title: string;
  theme: string;
  union: string | null;
  dates: string;
  openRound: { id: string; title: string; closes: string } | null;
  nextRound: { title: string; opens: string } | null;
  board: { roundId: string; roundTitle: string; entries: EmbedBoardEntry[] } | null;
}

function boardRows(entries: EmbedBoardEntry[]): string {
  if (entries.length === 0) return '<li class="empty">Chưa có ai nộp bài.</li>';
  return entries
    .map(
      (e) =>
        `<li><span class="rank">${e.rank}</span><span class="who">${escapeHtml(e.displayName)}` +
        `${e.unitName ? `<small>${escapeHtml(e.unitName)}</small>` : ''}</span>` +
        `<span class="score">${escapeHtml(String(e.score).replace('.', ','))}</span></li>`,
    )
    .join('');
}

/** The widget page: works without its script; the script refreshes the board and the height. */
export function renderEmbedPage(d: EmbedPageData): string {
  const e = escapeHtml;
  const contestUrl = `${d.base}/cuoc-thi/${encodeURIComponent(d.slug)}?src=website`;
  const round = d.openRound
    ? `<p class="round"><strong>${e(d.openRound.title)}</strong> đang mở, đến ${e(d.openRound.closes)}</p>` +
      `<a class="go" href="${e(contestUrl)}" target="_blank" rel="noopener">Vào thi</a>`
    : d.nextRound
      ? `<p class="round">${e(d.nextRound.title)} mở lúc ${e(d.nextRound.opens)}</p>` +
        `<a class="go go--soft" href="${e(contestUrl)}" target="_blank" rel="noopener">Xem cuộc thi</a>`
      : `<p class="round">Cuộc thi đã kết thúc.</p><a class="go go--soft" href="${e(contestUrl)}" target="_blank" rel="noopener">Xem kết quả</a>`;
  const board = d.board
    ? `<section class="board" aria-label="Bảng xếp hạng"><h2>Bảng xếp hạng — ${e(d.board.roundTitle)}</h2>` +
      `<ol id="board" data-round="${e(d.board.roundId)}">${boardRows(d.board.entries)}</ol></section>`
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${e(d.title)} — HoiThi</title>
<link rel="stylesheet" href="/nhung/nhung.css" />
</head>
<body>
<main class="widget">
<header>${d.union ? `<p class="union">${e(d.union)}</p>` : ''}<h1>${e(d.title)}</h1>${d.theme ? `<p class="theme">${e(d.theme)}</p>` : ''}${d.dates ? `<p class="dates">${e(d.dates)}</p>` : ''}</header>
${round}
${board}
<footer><a href="${e(d.base)}/" target="_blank" rel="noopener">HoiThi · Cuộc thi trực tuyến</a></footer>
</main>
<script src="/nhung/widget.js" defer></script>
</body>
</html>`;
}

/** Styles of the widget page (a file, so the strict CSP needs no inline styles). */
export const EMBED_CSS = `*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff}
.widget{padding:16px;border:1px solid #e3e3e3;border-top:6px solid #b3121f;border-radius:8px}
.union{margin:0 0 4px;color:#b3121f;font-weight:700;font-size:13px;text-transform:uppercase}
h1{margin:0 0 6px;font-size:20px;line-height:1.3}h2{font-size:16px;margin:16px 0 8px}
.theme,.dates,.round{margin:0 0 6px;color:#444;font-size:14px}
.go{display:inline-block;margin:8px 0;padding:10px 22px;background:#b3121f;color:#fff;font-weight:700;border-radius:6px;text-decoration:none}
.go--soft{background:#fff;color:#b3121f;border:2px solid #b3121f}
ol{list-style:none;margin:0;padding:0}li{display:flex;gap:10px;align-items:center;padding:6px 0;border-bottom:1px solid #eee;font-size:14px}
.rank{width:28px;text-align:right;font-weight:700;color:#b3121f}.who{flex:1}.who small{display:block;color:#666}.score{font-weight:700}
.empty{color:#666}footer{margin-top:12px;font-size:12px}footer a{color:#666}`;

/** The widget page's script: refreshes the board every 20 s and tells the host its height. */
export const EMBED_WIDGET_JS = `(function(){
var board=document.getElementById('board');
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return '&#'+c.charCodeAt(0)+';';});}
function height(){if(window.parent!==window){window.parent.postMessage({type:'hoithi:height',height:document.documentElement.scrollHeight},'*');}}
function render(entries){if(!entries.length){board.innerHTML='<li class="empty">Chưa có ai nộp bài.</li>';return;}
board.innerHTML=entries.map(function(e){return '<li><span class="rank">'+e.rank+'</span><span class="who">'+esc(e.displayName)+(e.unitName?'<small>'+esc(e.unitName)+'</small>':'')+'</span><span class="score">'+esc(String(e.score).replace('.',','))+'</span></li>';}).join('');}
function refresh(){fetch('/api/rounds/'+board.getAttribute('data-round')+'/leaderboard?limit=10',{headers:{Accept:'application/json'}})
.then(function(r){return r.ok?r.json():null;}).then(function(b){if(b){render(b.entries);height();}}).catch(function(){});}
if(board){setInterval(refresh,20000);}
window.addEventListener('load',height);window.addEventListener('resize',height);height();
})();`;

/**
 * The loader a website includes (`embedSnippet`): replaces itself with the widget's iframe (on
 * the server the script came from) and follows the height the widget reports (only messages
 * from the widget's own frame count).
 */
export const EMBED_LOADER_JS = `(function(){
var s=document.currentScript;if(!s)return;var slug=s.getAttribute('data-hoithi-contest');if(!slug)return;
var base=new URL(s.src,location.href).origin;
var f=document.createElement('iframe');f.src=base+'/nhung/cuoc-thi/'+encodeURIComponent(slug);
f.title='Cuộc thi trực tuyến';f.loading='lazy';f.setAttribute('width','100%');f.setAttribute('height','${EMBED_DEFAULT_HEIGHT}');
f.style.border='0';f.style.width='100%';f.style.maxWidth='${EMBED_DEFAULT_WIDTH}px';f.style.display='block';
window.addEventListener('message',function(e){if(e.source!==f.contentWindow||e.origin!==base||!e.data||e.data.type!=='hoithi:height')return;
var h=Number(e.data.height);if(h>0&&h<5000)f.style.height=h+'px';});
s.parentNode.insertBefore(f,s);
})();`;
