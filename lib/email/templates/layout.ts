/** Shared email chrome: table layout and inline styles, which mail clients render reliably. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;

/** Smaller, quieter text (how long a link lasts, what to do if it was not you). */
export const quiet = (text: string) => `<p style="margin:0 0 16px;font-size:14px;color:#4f5b60">${escapeHtml(text)}</p>`;

/** A link that may be long: it breaks anywhere rather than widen the email past a phone's screen. */
export const linkLine = (url: string, label?: string) =>
  `<p style="margin:0 0 16px;word-break:break-all">${label ? `${escapeHtml(label)}: ` : ''}<a href="${escapeHtml(url)}" style="color:#0b5566;font-weight:600">${escapeHtml(url)}</a></p>`;

/** The one call to action of an email, with its address written out below for clients that hide buttons. */
export const button = (label: string, url: string) =>
  `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b5566;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(label)}</a></p>` +
  `<p style="margin:0 0 16px;font-size:14px;color:#4f5b60;word-break:break-all">${escapeHtml(url)}</p>`;

export function emailLayout({ lang, title, body, footer }: { lang: string; title: string; body: string; footer: string }): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#fbfbf9;color:#1c2326;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#fbfbf9"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #d9e0e2;border-radius:8px">
<tr><td style="padding:20px 24px;border-bottom:1px solid #d9e0e2;font-weight:700;font-size:18px;color:#0b5566">SeeRecruit</td></tr>
<tr><td style="padding:24px">
${body}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d9e0e2;color:#4f5b60;font-size:13px">${escapeHtml(footer)}</td></tr>
</table></td></tr></table>
</body></html>`;
}
