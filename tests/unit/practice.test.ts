// The practice composer's coaching (src/practice/coach.ts): the site and kind it opens with, the
// nudges it shows after mutes and dismissals, and the language they speak.
import { describe, expect, test } from 'vitest';
import { coachDraft, initialChoice, nudgeLanguage } from '../../src/practice/coach';

const HOSTILE_REPLY = "You're an idiot. Nobody asked for your stupid opinion, go away.";
const none = new Set<string>();

describe('initialChoice', () => {
  test('a known site and kind in the address win', () => {
    expect(initialChoice('?platform=reddit&kind=comment', ['facebook'])).toEqual({
      platform: 'reddit',
      kind: 'comment',
    });
  });
  test('else the first focus platform that is one of the eight, as a post', () => {
    expect(initialChoice('', ['generic', 'instagram', 'x'])).toEqual({ platform: 'instagram', kind: 'post' });
  });
  test('unknown values in the address are ignored; nothing chosen: X', () => {
    expect(initialChoice('?platform=generic&kind=dm', [])).toEqual({ platform: 'x', kind: 'post' });
    expect(initialChoice('?platform=%3Cscript%3E', [])).toEqual({ platform: 'x', kind: 'post' });
  });
});

describe('coachDraft', () => {
  test('an empty or blank draft: nothing to coach', () => {
    for (const text of ['', '   \n\t ']) {
      expect(coachDraft(text, { platform: 'x', kind: 'post' }, none, none)).toEqual({
        analysis: null,
        findings: [],
      });
    }
  });

  test('a hostile reply: the hostile error, a score of 60 or less', () => {
    const c = coachDraft(HOSTILE_REPLY, { platform: 'x', kind: 'reply' }, none, none);
    expect(c.analysis?.platform).toBe('x');
    expect(c.analysis?.kind).toBe('reply');
    expect(c.findings.find((f) => f.rule === 'hostile')?.severity).toBe('error');
    expect(c.analysis!.score).toBeLessThanOrEqual(60);
    expect(c.analysis!.counts.limit).toBe(280);
  });

  test('the site decides the limit: LinkedIn counts against 3,000', () => {
    const c = coachDraft('We restock on Friday.', { platform: 'linkedin', kind: 'post' }, none, none);
    expect(c.analysis!.counts.limit).toBe(3000);
  });

  test('muted rules and dismissed nudges are taken out; the analysis keeps them', () => {
    const choice = { platform: 'x', kind: 'reply' } as const;
    const all = coachDraft(HOSTILE_REPLY, choice, none, none);
    const rules = all.findings.map((f) => f.rule);
    expect(rules).toContain('hostile');
    const muted = coachDraft(HOSTILE_REPLY, choice, new Set(['hostile']), none);
    expect(muted.findings.map((f) => f.rule)).toEqual(rules.filter((r) => r !== 'hostile'));
    const dismissed = coachDraft(HOSTILE_REPLY, choice, none, new Set(['hostile']));
    expect(dismissed.findings.map((f) => f.rule)).toEqual(rules.filter((r) => r !== 'hostile'));
    expect(dismissed.analysis!.findings.map((f) => f.rule)).toEqual(rules);
  });
});

describe('nudgeLanguage', () => {
  const bn = coachDraft('আপনার অর্ডার কাল পৌঁছে যাবে, ধন্যবাদ।', { platform: 'facebook', kind: 'reply' }, none, none);
  const empty = coachDraft('', { platform: 'facebook', kind: 'reply' }, none, none);
  test('automatic: a Bengali draft in Bengali even in an English browser; empty: the browser', () => {
    expect(nudgeLanguage('auto', bn, 'en')).toBe('bn');
    expect(nudgeLanguage('auto', empty, 'en')).toBe('en');
  });
  test('the owner’s choice wins', () => {
    expect(nudgeLanguage('en', bn, 'bn')).toBe('en');
  });
});
