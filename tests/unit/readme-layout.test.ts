// The README's "Project layout" is the map a new developer reads first: every file and folder it
// names exists, and every folder of src/ (and of src/core/) is on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const map = /## Project layout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/**
 * The map's entries with their folders: `  core/` under `src/`, `    model.ts` under `src/core/`.
 * An entry's name starts within the first few columns; deeper lines continue a description.
 */
function entries(): string[] {
  const out: string[] = [];
  const stack: { indent: number; dir: string }[] = [];
  for (const line of map.split('\n')) {
    const m = /^( *)\S/.exec(line);
    if (!m || m[1]!.length > 6) continue;
    const indent = m[1]!.length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack.map((s) => s.dir).join('');
    const names = line
      .trim()
      .split(/\s{2,}/)[0]!
      .split(/,?\s+/);
    for (const n of names) out.push(parent + n);
    if (names.length === 1 && names[0]!.endsWith('/')) stack.push({ indent, dir: names[0]! });
  }
  return out;
}

const dirs = (p: string) =>
  readdirSync(`${ROOT}${p}`).filter((n) => statSync(`${ROOT}${p}/${n}`).isDirectory());

describe('README project layout', () => {
  const listed = entries();

  it('is found and names the main folders', () => {
    expect(listed).toContain('src/core/');
    expect(listed).toContain('src/core/model.ts');
    expect(listed).toContain('tests/');
  });

  it('names only what exists', () => {
    expect(listed.filter((p) => !existsSync(`${ROOT}${p}`))).toEqual([]);
  });

  it('names every folder of src/ and src/core/', () => {
    const want = [...dirs('src').map((d) => `src/${d}/`), ...dirs('src/core').map((d) => `src/core/${d}/`)];
    expect(want.filter((d) => !listed.includes(d))).toEqual([]);
  });
});
