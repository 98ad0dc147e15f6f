// Code cites what a reader can open: files of this repository and public sources. An issue number
// or a design document kept outside the repository means nothing to the next person, and a path
// that no longer exists sends them nowhere.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const tracked = execFileSync(
  'git',
  ['ls-files', 'src', 'scripts', 'bench', 'manifest.config.ts', 'vite.config.ts'],
  {
    cwd: ROOT,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => /\.(ts|tsx|css|html|md)$/.test(f) && existsSync(`${ROOT}${f}`));

/** `src/x/y.ts`, `tests/fixtures/…`, `docs/…` as written in the code (globs and templates left out). */
const PATH = /\b((?:src|tests|docs|scripts|bench|public)\/[\w./-]*\w)/g;

describe('comments cite what exists', () => {
  it('reads a real tree', () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked).toContain('src/core/analyze.ts');
  });

  it('no issue numbers and no DESIGN.md', () => {
    const found: string[] = [];
    for (const f of tracked) {
      readFileSync(`${ROOT}${f}`, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bissues? #?\d+\b|DESIGN\.md/i.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('every repository path named in the code exists', () => {
    const missing: string[] = [];
    for (const f of tracked) {
      const text = readFileSync(`${ROOT}${f}`, 'utf8');
      for (const m of text.matchAll(PATH)) {
        const p = m[1]!.replace(/[.]+$/, '');
        // Build output, generated names and patterns are not files of the repository.
        if (/\*|\$\{|<|^src\/[\w-]+\/?$|^dist\//.test(p) || p.endsWith('/')) continue;
        // Another repository's file, cited with its repository (`bluesky-social/social-app
        // src/view/…`): its top folders are not ours. A typo in one of our paths still fails.
        const [top, second] = p.split('/');
        if (second && !existsSync(`${ROOT}${top}/${second}`) && p.split('/').length > 2) continue;
        const candidates = [p, `${p}.ts`, `${p}.tsx`, `${p}/index.ts`];
        if (!candidates.some((c) => existsSync(`${ROOT}${c}`))) missing.push(`${f}: ${p}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
