import { Head, Html, Text } from '@react-email/components';
import { render } from '@react-email/render';
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { RenderedEmail } from './types';

/**
 * The one layout of every email, as react-email components. React escapes every text and attribute.
 *
 * Checked against caniemail's data for Gmail, Outlook and Apple Mail (tests/unit/email-components.test.ts), which
 * rules out a few habits, react-email's own defaults among them:
 * - no <body>: Outlook for Mac drops it (so no react-email Body); the page colour sits on a wrapper instead;
 * - no role attribute (Windows Mail drops it), so no react-email Container, Section or Body, whose tables carry
 *   role="presentation": one plain one-cell table centres the card (max-width works on tables in Outlook);
 * - no target attribute, text-decoration-line or hidden (react-email Link and Button set them), no border-radius,
 *   no system-ui or ui-monospace fonts, no word-break;
 * - no long address printed in the HTML: without word-break it widened the receipt past a phone's screen. Links
 *   are short labels; the plain-text part carries every address written out.
 */

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const colour = { ink: '#1c2326', quiet: '#4f5b60', accent: '#0b5566', line: '#d9e0e2', page: '#fbfbf9', card: '#ffffff', tint: '#e6f1f3' };

// Outlook on Windows does not pass the font down from the wrapper: every block names it.
const block: CSSProperties = { margin: '0 0 16px', fontFamily: font, fontSize: '16px', lineHeight: '1.6', color: colour.ink };

export function EmailLayout({ lang, title, footer, children }: { lang: string; title: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </Head>
      <div style={{ margin: 0, padding: '24px 12px', backgroundColor: colour.page, color: colour.ink, fontFamily: font, fontSize: '16px', lineHeight: '1.6' }}>
        <table width="100%" cellPadding={0} cellSpacing={0} border={0} align="center" style={{ maxWidth: '560px', backgroundColor: colour.card, border: `1px solid ${colour.line}` }}>
          {/* No <tbody> (its start tag is optional): caniemail 2.0.2 matches element names by substring and counts it as <body>. */}
          <tr>
            <td style={{ padding: '20px 24px', borderBottom: `1px solid ${colour.line}`, fontFamily: font, fontWeight: 700, fontSize: '18px', color: colour.accent }}>SeeRecruit</td>
          </tr>
          <tr>
            <td style={{ padding: '24px', fontFamily: font }}>{children}</td>
          </tr>
          <tr>
            <td style={{ padding: '16px 24px', borderTop: `1px solid ${colour.line}`, fontFamily: font, fontSize: '13px', lineHeight: '1.5', color: colour.quiet }}>{footer}</td>
          </tr>
        </table>
      </div>
    </Html>
  );
}

export const Paragraph = ({ children }: { children: ReactNode }) => <Text style={block}>{children}</Text>;

/** Smaller, quieter text (how long a link lasts, what to do if it was not you). */
export const Quiet = ({ children }: { children: ReactNode }) => <Text style={{ ...block, fontSize: '14px', color: colour.quiet }}>{children}</Text>;

/** A link in running text: its label, never the address (see above). */
export const TextLink = ({ href, children }: { href: string; children: ReactNode }) => (
  <a href={href} style={{ color: colour.accent, fontWeight: 600, textDecoration: 'underline' }}>
    {children}
  </a>
);

/** The one call to action of an email. Where a client drops the padding and colour it is still a plain link. */
export const ButtonLink = ({ href, children }: { href: string; children: ReactNode }) => (
  <Text style={block}>
    <a href={href} style={{ display: 'inline-block', padding: '12px 20px', backgroundColor: colour.accent, color: '#ffffff', fontWeight: 600, textDecoration: 'none' }}>
      {children}
    </a>
  </Text>
);

/** The application reference, set apart so it is easy to quote. */
export const ReferenceBox = ({ children }: { children: ReactNode }) => (
  <Text style={{ ...block, margin: '24px 0 16px', padding: '12px 16px', backgroundColor: colour.tint, fontFamily: "Menlo, Consolas, 'Courier New', monospace" }}>{children}</Text>
);

/** The HTML from the component; subject and plain text are the template's own (the same words, addresses written out). */
export async function renderEmail(email: ReactElement, subject: string, text: string): Promise<RenderedEmail> {
  return { subject, html: await render(email), text };
}

let rendererReady: Promise<void> | null = null;

/**
 * react-dom/server refuses to load under --conditions=react-server outside Next (a tsx script): there every render
 * would fail, and the worker would stop each row for good as a broken template. The worker asks this first and
 * leaves the rows alone instead. Next's server and the tests render normally.
 */
/** The plainest email: paragraphs, one button to `url`, the footer; the text part says the same, the link spelled out. */
export function renderLinesWithButton(e: { language: string; subject: string; lines: string[]; button: string; url: string; footer: string }): Promise<RenderedEmail> {
  const html = (
    <EmailLayout lang={e.language} title={e.subject} footer={e.footer}>
      {e.lines.map((line) => (
        <Paragraph key={line}>{line}</Paragraph>
      ))}
      <ButtonLink href={e.url}>{e.button}</ButtonLink>
    </EmailLayout>
  );
  return renderEmail(html, e.subject, [...e.lines, `${e.button}: ${e.url}`, '—', e.footer].join('\n\n'));
}

export function checkEmailRenderer(): Promise<void> {
  rendererReady ??= render(<p />).then(
    () => undefined,
    (error: unknown) => {
      rendererReady = null;
      throw new Error(`emails cannot be rendered in this process: ${error instanceof Error ? error.message : 'unknown error'}`);
    },
  );
  return rendererReady;
}
