import { gzipSync } from 'node:zlib';

const scriptCache = new Map<string, number>();

/** Gzipped (-9) bytes of every script a page loads from its HTML. */
export async function pageJsBytes(
  baseUrl: string,
  pathname: string,
): Promise<{ status: number; bytes: number; external: number; inline: number; scripts: Set<string> }> {
  const response = await fetch(baseUrl + pathname);
  const html = await response.text();
  const scripts = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(match[1]!.replace(/&amp;/g, '&'));
  let external = 0;
  for (const src of scripts) {
    if (!scriptCache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      scriptCache.set(src, gzipSync(body, { level: 9 }).length);
    }
    external += scriptCache.get(src)!;
  }
  // Inline scripts (RSC payload, bootstrap) travel with the HTML and count too.
  let inlineText = '';
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) inlineText += match[1];
  const inline = inlineText ? gzipSync(Buffer.from(inlineText), { level: 9 }).length : 0;
  return { status: response.status, bytes: external + inline, external, inline, scripts };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
