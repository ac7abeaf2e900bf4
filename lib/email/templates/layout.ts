/** Shared email chrome: table layout and inline styles, which mail clients render reliably. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;

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
