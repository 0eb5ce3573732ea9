const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Makes any text safe inside HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export interface MailBody {
  /** "Xin chào …," line; user-provided, escaped in HTML. */
  greeting: string;
  /** Plain-text paragraphs (escaped in HTML). */
  paragraphs: string[];
  /** A button-like link, also written out in full in the plain text. */
  action?: { label: string; url: string };
  /** Plain-text paragraphs after the action. */
  after?: string[];
}

const SIGNATURE = ['Trân trọng,', 'Ban tổ chức HoiThi'];
const FOOTER =
  'Thư này được gửi tự động từ hệ thống thi trực tuyến HoiThi, vui lòng không trả lời thư này.';

/** The plain text and the simple HTML of a mail, from the same parts. */
export function renderBody(body: MailBody): { text: string; html: string } {
  const after = body.after ?? [];
  const text = [
    body.greeting,
    ...body.paragraphs,
    ...(body.action ? [`${body.action.label}:\n${body.action.url}`] : []),
    ...after,
    SIGNATURE.join('\n'),
    '--\n' + FOOTER,
  ].join('\n\n');

  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t).replace(/\n/g, '<br>')}</p>`;
  const action = body.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(body.action.url)}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(body.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555555">Nếu nút không hoạt động, hãy chép đường dẫn sau vào trình duyệt:<br><a href="${escapeHtml(body.action.url)}">${escapeHtml(body.action.url)}</a></p>`
    : '';
  const html = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    '<body style="margin:0;padding:0;background:#f4f5f7">',
    '<div style="max-width:560px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">',
    p(body.greeting),
    ...body.paragraphs.map(p),
    action,
    ...after.map(p),
    p(SIGNATURE.join('\n')),
    `<p style="margin:24px 0 0;font-size:12px;color:#777777">${escapeHtml(FOOTER)}</p>`,
    '</div></body></html>',
  ].join('\n');
  return { text, html };
}
