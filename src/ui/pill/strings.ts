import type { Catalog } from '../../core/i18n';
import type { Intent, Language, Reason, Severity } from '../../core/types';

// The pill's and panel's own words, in Chrome's messages.json shape so they can move into
// `_locales` unchanged. Kept here so the content script does not depend on the browser's UI
// language (the user can choose the language in options).
const en = {
  pillLabel: 'Postcoach: score $1, $2 nudges, $3. Open nudges.',
  pillLabelEmpty: 'Postcoach: start writing to get nudges. Open panel.',
  panelTitle: 'Postcoach',
  close: 'Close',
  score: 'Score',
  quality: 'Quality',
  voice: 'Voice',
  intent: 'Intent',
  because: 'Because of',
  count: '$1 of $2',
  countOver: '$1 of $2 — $3 over',
  nudges: '$1 nudges',
  noNudges: 'No nudges: this draft reads well.',
  emptyDraft: 'Start writing: nudges appear when you pause.',
  why: 'Why',
  try: 'Try',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss this nudge for this draft',
  mute: "Don't show this rule again",
  muteDone: 'Switched off: you can turn it back on in options.',
  summary: 'Score $1, $2 nudges, $3.',
  reason_plan: 'Plan',
  reason_content: 'Content',
  reason_audience: 'Audience & platform',
  reason_voice: 'Voice',
  reason_listening: 'Listening, not selling',
  reason_commitment: 'Commitment',
  intent_selling: 'selling',
  intent_listening: 'listening',
  intent_sharing: 'sharing',
  severity_error: 'problem',
  severity_warn: 'warning',
  severity_tip: 'tip',
  severity_none: 'all clear',
} as const;

export type StringId = keyof typeof en;

const bn: Record<StringId, string> = {
  pillLabel: 'পোস্টকোচ: স্কোর $1, $2টি পরামর্শ, $3। পরামর্শ খুলুন।',
  pillLabelEmpty: 'পোস্টকোচ: লিখতে শুরু করুন, পরামর্শ আসবে। প্যানেল খুলুন।',
  panelTitle: 'পোস্টকোচ',
  close: 'বন্ধ করুন',
  score: 'স্কোর',
  quality: 'মান',
  voice: 'ভঙ্গি',
  intent: 'উদ্দেশ্য',
  because: 'যে কারণে',
  count: '$2-এর মধ্যে $1',
  countOver: '$2-এর মধ্যে $1 — $3 বেশি',
  nudges: '$1টি পরামর্শ',
  noNudges: 'কোনো পরামর্শ নেই: খসড়াটি ভালো পড়া যাচ্ছে।',
  emptyDraft: 'লিখতে শুরু করুন: থামলেই পরামর্শ দেখাবে।',
  why: 'কেন',
  try: 'চেষ্টা করুন',
  dismiss: 'সরান',
  dismissLabel: 'এই খসড়ার জন্য পরামর্শটি সরান',
  mute: 'এই নিয়ম আর দেখাবেন না',
  muteDone: 'বন্ধ হয়েছে: অপশনে আবার চালু করা যায়।',
  summary: 'স্কোর $1, $2টি পরামর্শ, $3।',
  reason_plan: 'পরিকল্পনা',
  reason_content: 'কনটেন্ট',
  reason_audience: 'দর্শক ও প্ল্যাটফর্ম',
  reason_voice: 'ভঙ্গি',
  reason_listening: 'বিক্রি নয়, শোনা',
  reason_commitment: 'নিয়মিততা',
  intent_selling: 'বিক্রি',
  intent_listening: 'শোনা',
  intent_sharing: 'শেয়ার করা',
  severity_error: 'সমস্যা',
  severity_warn: 'সতর্কতা',
  severity_tip: 'টিপ',
  severity_none: 'সব ঠিক আছে',
};

const toCatalog = (s: Record<string, string>): Catalog =>
  Object.fromEntries(Object.entries(s).map(([k, message]) => [k, { message }]));

export const UI_CATALOGS: Record<Language, Catalog> = { en: toCatalog(en), bn: toCatalog(bn) };

export const reasonKey = (r: Reason): StringId => `reason_${r}`;
export const intentKey = (i: Intent): StringId => `intent_${i}`;
export const severityKey = (s: Severity | 'none'): StringId => `severity_${s}`;
