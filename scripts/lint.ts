import { execFileSync, spawnSync } from 'node:child_process';

/**
 * `npm run lint`: Biome on the files git tracks (and files staged to be added), so a scratch file
 * left in the work tree does not fail the suite; biome.json's `files.includes` still applies.
 */
const tracked = execFileSync('git', ['ls-files', '-z', '--cached'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => /\.(ts|tsx|js|mjs|cjs|json|css)$/.test(f));
const r = spawnSync(
  'npx',
  [
    'biome',
    'check',
    '--no-errors-on-unmatched',
    '--files-ignore-unknown=true',
    ...process.argv.slice(2),
    ...tracked,
  ],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
