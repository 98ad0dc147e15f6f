// The pill's number (src/core/score.ts): how findings become quality, voice and one score, the
// error cap, and the promise that the pill's colour (worst severity) and its number agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worstSeverity } from '../../src/content/pill/pill';
import { analyze } from '../../src/core/analyze';
import { bandOf, draftScore, ERROR_CAP, scoreFindings, worstOf } from '../../src/core/score';
import type { Finding, Severity } from '../../src/core/types';

const f = (severity: Severity, penalty: number, score: Finding['score'], rule = 'r'): Finding => ({
  rule,
  reason: 'content',
  severity,
  message: { id: 'm' },
  evidence: [],
  suggestion: { id: 's' },
  penalty,
  score,
});

describe('scoreFindings', () => {
  it('takes penalties off their own axis; the number is the band top less what both axes lost', () => {
    // quality 100 − 5 − 4 = 91, voice 100: 9 lost in all; tips start at 99: 90.
    const s = scoreFindings([f('tip', 5, 'quality'), f('tip', 4, 'quality')]);
    expect(s).toEqual({ quality: 91, voice: 100, score: 90, cap: null });
    // A warning costing 10 on voice: 84 − 10 = 74; with a tip costing 4 on quality as well: 84 − 14 = 70.
    expect(scoreFindings([f('warn', 10, 'voice')]).score).toBe(74);
    expect(scoreFindings([f('warn', 10, 'voice'), f('tip', 4, 'quality')]).score).toBe(70);
  });

  it('keeps drafts one point apart one point apart (a tie ranks nothing)', () => {
    // Halving the loss once tied these at 97 (99 − 2 and 99 − 2.5, rounded).
    expect(scoreFindings([f('tip', 4, 'quality')]).score).toBe(95);
    expect(scoreFindings([f('tip', 5, 'quality')]).score).toBe(94);
    // The same loss counts the same on either axis.
    expect(scoreFindings([f('tip', 5, 'voice')]).score).toBe(94);
    expect(scoreFindings([f('warn', 3, 'quality'), f('tip', 3, 'voice')]).score).toBe(78);
  });

  it('holds the axis of an error at 60 and says so', () => {
    // voice 100 − 30 = 70, capped to 60; the pill: the error band's top, 60, less the 30 lost.
    const s = scoreFindings([f('error', 30, 'voice', 'hostile')]);
    expect(s.voice).toBe(60);
    expect(s.quality).toBe(100);
    expect(s.score).toBe(30);
    // Two errors of different weight are still told apart inside the band.
    expect(scoreFindings([f('error', 5, 'quality')]).score).toBe(55);
    expect(scoreFindings([f('error', 20, 'quality')]).score).toBe(40);
    expect(s.cap).toEqual({ limit: 60, rules: ['hostile'], message: { id: 'score_capped', params: [60] } });
  });

  it('keeps the number in the band of the worst finding', () => {
    // A warning with no penalty: 100 would read "all clear" beside an amber pill, so 84.
    expect(scoreFindings([f('warn', 0, 'none')]).score).toBe(84);
    // Tips adding up to 50 points: 75 would read "warning" beside a tip-coloured pill, so 85.
    expect(scoreFindings([f('tip', 25, 'quality'), f('tip', 25, 'quality')]).score).toBe(85);
    // Nothing to say: 100.
    expect(scoreFindings([]).score).toBe(100);
    // Axis scores never go below 0.
    expect(scoreFindings([f('warn', 250, 'quality')]).quality).toBe(0);
  });

  it('never lets the colour and the number disagree (any findings)', () => {
    const finding = fc.record({
      severity: fc.constantFrom<Severity>('tip', 'warn', 'error'),
      penalty: fc.integer({ min: 0, max: 60 }),
      score: fc.constantFrom<Finding['score']>('quality', 'voice', 'none'),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (list) => {
        const findings = list.map((x) => f(x.severity, x.penalty, x.score));
        const s = scoreFindings(findings);
        // The pill colours itself with its own worstSeverity: a second reading of the worst finding.
        expect(bandOf(s.score)).toBe(worstSeverity(findings));
        expect(worstOf(findings)).toBe(worstSeverity(findings));
        if (findings.some((x) => x.severity === 'error')) expect(s.score).toBeLessThanOrEqual(ERROR_CAP);
      }),
    );
  });
});

describe('scores of real drafts (issue 9)', () => {
  it('57,000 characters on X are an error that caps the score at 60', () => {
    const a = analyze('We bake sourdough every morning. '.repeat(1728), { platform: 'x', kind: 'post' });
    expect(a.counts.characters).toBe(57024);
    expect(a.findings.find((x) => x.rule === 'length')?.severity).toBe('error');
    expect(a.quality).toBeLessThanOrEqual(60);
    expect(a.score).toBeLessThanOrEqual(60);
    expect(a.cap?.rules).toContain('length');
    expect(a.cap?.message.id).toBe('score_capped');
  });

  it('a blank draft has no score; the pill number helper gives 0 rather than 100', () => {
    const a = analyze(' \n ', { platform: 'x', kind: 'post' });
    expect(a.blank).toBe(true);
    expect(a.score).toBeNull();
    expect(draftScore(a)).toBe(0);
  });

  it('the pill number is the analysis’ own, and follows the findings left after a dismissal', () => {
    const a = analyze(
      '@rina_k Honestly this is ridiculous. Read the description, it clearly says 5-7 days. Not our problem if you can’t read.',
      { platform: 'x', kind: 'reply' },
    );
    expect(draftScore(a)).toBe(a.score);
    expect(draftScore(a)).toBeLessThanOrEqual(60);
    const shown = a.findings.filter((x) => x.severity !== 'error');
    expect(bandOf(draftScore(a, shown))).toBe(worstSeverity(shown));
    expect(draftScore(a, shown)).toBeGreaterThan(60);
  });

  it('an analysis that lost `score` on the way (a validated message) gets the same number back', () => {
    const a = analyze('Buy now! Buy now! Buy now! Our new trainers are in, use code SAVE20.', {
      platform: 'instagram',
      kind: 'post',
    });
    const { score, ...rest } = a;
    expect(draftScore(rest as typeof a)).toBe(score);
  });
});
