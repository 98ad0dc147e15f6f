// `npm run package`: builds once, then writes the store packages to packages/ (gitignored):
//   postcoach-<version>-chrome.zip    dist/chrome/, for the Chrome Web Store
//   postcoach-<version>-firefox.zip   dist/firefox/, for addons.mozilla.org
//   postcoach-<version>-source.zip    the sources AMO's reviewers rebuild it from
// The version is package.json's (the manifests take it from there too; checked here). Before it
// writes anything it rebuilds from the source zip's files alone, in a temporary directory, and
// requires byte-identical output: the source package is complete and the build reproducible.
//   npm run package                   build, check, write
//   npm run package -- --no-build     package the dist/ that is there
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync, type Zippable, zipSync } from 'fflate';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'packages');
const CHROME = join(ROOT, 'dist/chrome');
const FIREFOX = join(ROOT, 'dist/firefox');

/** What AMO needs to rebuild the add-on: the build's inputs and how to run it (no tests). */
const SOURCE_PATHS = [
  'src/',
  'public/',
  'scripts/',
  'docs/store-review.md',
  'docs/privacy.md',
  'README.md',
  'package.json',
  'package-lock.json',
  'manifest.config.ts',
  'vite.config.ts',
  'tsconfig.json',
  '.gitignore',
];

/** Store zips: fixed timestamps and sorted names, so the same files always give the same zip. */
const MTIME = new Date('2020-01-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    })
    .sort();
}

function zipFiles(base: string, paths: string[]): Uint8Array {
  const tree: Zippable = {};
  for (const p of [...paths].sort()) tree[relative(base, p)] = [readFileSync(p), { mtime: MTIME }];
  return zipSync(tree, { level: 9 });
}

/** The tracked files under SOURCE_PATHS, as they are in the working tree. */
function sourceFiles(): string[] {
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...SOURCE_PATHS], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  const dirty = execFileSync('git', ['status', '--porcelain', '--', ...SOURCE_PATHS], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  if (dirty) console.warn(`note: uncommitted changes are packaged as they are:\n${dirty}`);
  return tracked.map((f) => join(ROOT, f)).filter((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
}

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function build(cwd: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
}

/** Unpacks the source zip into a temporary directory, builds there and compares with dist/. */
function checkSourceRebuilds(source: Uint8Array): void {
  const dir = mkdtempSync(join(tmpdir(), 'postcoach-source-'));
  try {
    for (const [name, data] of Object.entries(unzipSync(source))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // The reviewer runs `npm ci`; the same locked packages are already here.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    try {
      build(dir);
    } catch {
      throw new Error(
        'the source package does not build on its own: it holds the tracked files only (git ls-files), so a file the build needs is untracked',
      );
    }
    for (const [ours, theirs] of [
      [CHROME, join(dir, 'dist/chrome')],
      [FIREFOX, join(dir, 'dist/firefox')],
    ] as const) {
      const a = files(ours).map((p) => relative(ours, p));
      const b = files(theirs).map((p) => relative(theirs, p));
      if (a.join('\n') !== b.join('\n'))
        throw new Error(`the source package builds other files than dist/ (${relative(ROOT, ours)})`);
      for (const f of a)
        if (!readFileSync(join(ours, f)).equals(readFileSync(join(theirs, f))))
          throw new Error(`the source package builds a different ${relative(ROOT, ours)}/${f}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  if (!process.argv.includes('--no-build')) build(ROOT);
  for (const dir of [CHROME, FIREFOX]) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    if (m.version !== version)
      throw new Error(`${relative(ROOT, dir)} is version ${m.version}, not ${version}`);
  }
  const source = zipFiles(ROOT, sourceFiles());
  checkSourceRebuilds(source);
  mkdirSync(OUT, { recursive: true });
  const written: Record<string, number> = {};
  const write = (kind: string, data: Uint8Array) => {
    const path = join(OUT, `postcoach-${version}-${kind}.zip`);
    writeFileSync(path, data);
    written[relative(ROOT, path)] = data.length;
  };
  write('chrome', zipFiles(CHROME, files(CHROME)));
  write('firefox', zipFiles(FIREFOX, files(FIREFOX)));
  write('source', source);
  for (const [path, size] of Object.entries(written))
    console.log(`${path.padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  const chrome = written[`packages/postcoach-${version}-chrome.zip`]!;
  if (chrome > 250 * 1024) throw new Error(`the Chrome package is ${chrome} bytes, over 250 KB`);
}

main();
