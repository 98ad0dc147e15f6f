// The classes of issue 9, each as a written-out case: real promotions that used to pass as
// sharing, the money talk that must not read as selling, and questions to the reader. These
// texts are not in any training file.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Context, Intent } from '../../src/core/types';

const post: Context = { platform: 'facebook', kind: 'post' };
const comment: Context = { platform: 'instagram', kind: 'comment' };
const reply: Context = { platform: 'x', kind: 'reply' };

const CASES: [string, Context, Intent][] = [
  // Promotions.
  ['Introducing Fern, our new refillable hand soap. Three scents, plastic-free.', post, 'selling'],
  ['Meet the Nomad 3: a backpack that fits under any plane seat. Now available online.', post, 'selling'],
  ['The perfect gift for new parents 👶 Our organic cotton baby sets, limited time only.', post, 'selling'],
  ['check out my channel, I post guitar covers every Friday', comment, 'selling'],
  ['https://bit.ly/3xYzAbc', comment, 'selling'],
  ['পূজার বিশেষ অফার! সব পাঞ্জাবিতে ২৫% ছাড়, ঢাকার ভিতরে ফ্রি ডেলিভারি। অর্ডার করতে কল করুন 01711223344', post, 'selling'],
  ['১৫ জিবি ইন্টারনেট মাত্র ২৯৯ টাকায়! বিস্তারিত জানতে ভিজিট করুন bit.ly/net299', post, 'selling'],
  // Money that is not an offer.
  [
    'Reminder: the water bill of £48 is due on Friday. Please pay by direct debit or at the post office.',
    post,
    'sharing',
  ],
  [
    'When we opened the shop I borrowed £6,000 and paid back £340 a month. This month the loan is finally gone.',
    post,
    'sharing',
  ],
  ['Picked up these chairs at a car boot sale for £5 each. Sanding them this weekend.', post, 'sharing'],
  ['বাসা ভাড়া আর বিদ্যুৎ বিল দিয়ে এই মাসে দোকানের হাতে কিছুই থাকল না। তবুও আমরা চালিয়ে যাচ্ছি।', post, 'sharing'],
  // Questions to the reader.
  [
    'Honest question for other florists: do you still take phone orders, or is it all online now?',
    post,
    'listening',
  ],
  ['আপনারা কোন রঙটা বেশি পছন্দ করেন, নীল না সবুজ?', post, 'listening'],
  ['Who wants 30% off their first class? Book with code YOGA30 this week.', post, 'selling'],
  ['Thanks for the lovely review, Ana! What should we bake next?', reply, 'listening'],
];

describe('intent on the classes of issue 9', () => {
  it.each(CASES)('%s', (text, context, expected) => {
    const a = analyze(text, context);
    expect(a.intent.label).toBe(expected);
    // Every label is explained by its own evidence (none for plain sharing is fine).
    if (expected !== 'sharing') expect(a.intent.evidence.some((e) => e.intent === expected)).toBe(true);
  });

  it('quotes a question that carries an offer as an offer, not as asking', () => {
    const a = analyze('Who wants 30% off their first class? Book with code YOGA30 this week.', post);
    expect(a.intent.evidence.some((e) => e.cue === 'question')).toBe(false);
    expect(a.intent.evidence.some((e) => e.cue === 'offerQuestion')).toBe(true);
  });
});
