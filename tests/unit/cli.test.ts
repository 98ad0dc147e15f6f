// The CLI as a user runs it: a child process, real stdin and stdout.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const CLI = new URL('../../src/cli/coach.ts', import.meta.url).pathname;

function coach(args: string[], input?: string) {
  const r = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run coach', () => {
  it('prints a readable report: score, intent with evidence, nudges grouped by reason', () => {
    const r = coach([
      '--platform',
      'x',
      'FLASH SALE!!! 30% OFF EVERYTHING TODAY ONLY. Use code SPRING30 🔥🔥🔥🔥',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^X · Post · English\s+score \d+\/100\s+quality \d+\/100\s+voice \d+\/100\s+\d+\/280/,
    );
    expect(r.out).toMatch(/Selling .*“30% OFF”/);
    expect(r.out).toContain('CONTENT');
    expect(r.out).toContain('why: “FLASH”');
    expect(r.out).toContain('LISTENING');
  });

  it('reports in Bengali for a Bengali draft', () => {
    const r = coach([
      '--platform',
      'facebook',
      'ঈদ অফার! সব পাঞ্জাবিতে ২০% ছাড়, দাম মাত্র ১২০০ টাকা। অর্ডার করতে ইনবক্স করুন।',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('বিক্রি');
    expect(r.out).toContain('“২০% ছাড়”');
  });

  it('the Bengali report localises every label, and its numbers are in Bengali digits', () => {
    const r = coach([
      '--platform',
      'facebook',
      'ঈদ অফার!!! সব পাঞ্জাবিতে ২০% ছাড়, দাম মাত্র ১২০০ টাকা। অর্ডার করতে ইনবক্স করুন।',
    ]);
    expect(r.code).toBe(0);
    const [head, mix] = r.out.split('\n');
    expect(head).toMatch(
      /^Facebook · পোস্ট · বাংলা\s+স্কোর [০-৯]+\/১০০\s+মান [০-৯]+\/১০০\s+সুর [০-৯]+\/১০০\s+[০-৯]+\/৬৩,২০৬$/,
    );
    expect(mix).toMatch(/^বিক্রি\s+\(বিক্রি [০-৯]+%, আলাপ [০-৯]+%, শেয়ার [০-৯]+%\)/);
    expect(r.out).toContain('কেন: “!!!”');
    expect(r.out).toMatch(/\n {6}যা করতে পারেন: /);
    // No English label is left: the words below are the English report's labels.
    for (const label of ['why:', 'try:', 'selling', 'listening', 'sharing', 'quality', 'voice', 'over by']) {
      expect(r.out).not.toContain(label);
    }
    expect(r.out).not.toMatch(/[0-9]/);
  });

  it('--jsonl answers line by line, in order, and survives a malformed line', () => {
    const input = [
      JSON.stringify({
        text: 'Thank you all for 10 years! What should we bake next?',
        platform: 'facebook',
        kind: 'post',
      }),
      '{"text": "broken',
      JSON.stringify({ text: 'Order now, 20% off', platform: 'martian' }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'ধন্যবাদ সবাইকে!', platform: 'x', kind: 'reply' }),
    ].join('\n');
    const r = coach(['--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].intent.label).toBe('listening');
    expect(lines[1].error).toMatch(/not JSON/);
    expect(lines[2].error).toMatch(/platform must be one of/);
    expect(lines[3].error).toMatch(/"text" must be a string/);
    expect(lines[4].language).toBe('bn');
    expect(lines[4].kind).toBe('reply');
  });

  it('exits 2 with usage on a bad option', () => {
    const r = coach(['--platform', 'myspace', 'hello']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--platform must be one of');
  });
});
