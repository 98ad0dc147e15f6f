import { spawnSync } from 'node:child_process';

/**
 * `npm test`: every step runs, whatever an earlier one did, and the run fails at the end if any
 * step failed — a red Chromium step must not hide the Firefox results (or the other way round).
 */
const STEPS: [name: string, script: string][] = [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['unit', 'unit'],
  ['e2e (Chromium)', 'e2e'],
  ['e2e (Firefox ESR)', 'e2e:firefox'],
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [name, script] of STEPS) {
  console.log(`\n=== ${name}: npm run ${script}\n`);
  const start = performance.now();
  const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  results.push({ name, ok: r.status === 0, seconds: (performance.now() - start) / 1000 });
}

console.log('\n=== npm test summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(0)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
