// Ships docs/privacy.md inside the extension as privacy.html, so the options page can link to
// the same words the repository shows, without a second copy to keep in step. The Markdown is
// ours and simple: headings, paragraphs, lists, tables, **bold**, `code` and links.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(s: string): string {
  return escapeHtml(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>')
    .replace(/\[(.+?)\]\((.+?)\)/g, (_, text: string, href: string) =>
      // Links to other repository documents have no page in the extension: keep their words.
      /^https?:/.test(href) ? `<a href="${href}">${text}</a>` : text,
    );
}

export function markdownToHtml(md: string): string {
  const out: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (/^#{1,3} /.test(line)) {
      const level = line.indexOf(' ');
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        if (/^\|[\s|:-]+\|$/.test(lines[i]!)) continue;
        rows.push(
          lines[i]!.slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
      }
      const [head, ...body] = rows;
      out.push(
        `<table><thead><tr>${(head ?? []).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      for (; i < lines.length && (lines[i]!.startsWith('- ') || lines[i]!.startsWith('  ')); i++) {
        if (lines[i]!.startsWith('- ')) items.push(lines[i]!.slice(2));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      out.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ul>`);
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(#|\||- )/.test(lines[i]!); i++)
        para.push(lines[i]!);
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fff}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccd;padding:.4rem .6rem;text-align:left;vertical-align:top}
code{background:#eef;padding:0 .2em;border-radius:3px}
@media (prefers-color-scheme: dark){body{color:#e6e6ea;background:#17181c}th,td{border-color:#444}code{background:#2a2c35}}`;

export function privacyPage(source = 'docs/privacy.md'): Plugin {
  return {
    name: 'postcoach-privacy-page',
    apply: 'build',
    generateBundle() {
      const body = markdownToHtml(readFileSync(source, 'utf8'));
      this.emitFile({
        type: 'asset',
        fileName: 'privacy.html',
        source: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Postcoach and your data</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`,
      });
    },
  };
}
