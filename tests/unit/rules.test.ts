// Every rule on realistic posts, in English and Bengali. Each case names the rule it expects to
// fire (or stay quiet) and checks the evidence quotes the words that triggered it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Context, Finding } from '../../src/core/types';

const run = (text: string, ctx: Partial<Context> = {}) =>
  analyze(text, { platform: 'facebook', kind: 'post', ...ctx });
const of = (a: Analysis, rule: string): Finding[] => a.findings.filter((f) => f.rule === rule);
const quoted = (f: Finding | undefined) => (f ? f.evidence.map((e) => e.text) : []);

const FLASH_SALE = `FLASH SALE!!! 🔥🔥🔥🔥
Everything in store 30% OFF TODAY ONLY. Use code SUMMER30 at checkout. Free delivery over ৳1500.
Hurry, stock is limited. Last chance! Link in bio 👆`;

const QUESTION_TO_FOLLOWERS = `We're choosing next month's cake of the month and we can't decide 🎂
Lemon drizzle or salted caramel? Tell us in the comments which one you'd order, and why.`;

const CALM_REPLY = `@rina_k We're so sorry your order arrived late, that's not the experience we want for you. Could you DM us your order number? We'll refund the delivery fee today.`;

const ANGRY_REPLY = `@rina_k Honestly this is ridiculous. Read the description, it clearly says 5-7 days. Not our problem if you can't read.`;

const LINKEDIN_WEAK_FIRST_LINE = `I am happy to share that after a long journey filled with learning, growth, challenges, late nights, amazing colleagues and countless cups of coffee, our small bakery has finally reached a milestone that I never thought possible when we started in my mum's kitchen twelve years ago with one oven and a borrowed mixer.

This month we hired our tenth baker. Ten people who get up at 4am so our neighbours have bread with breakfast.

What I learned: hire for patience, teach the recipes.`;

const HASHTAG_STUFFED = `New autumn scarves just landed 🍂 hand-dyed in small batches
#scarf #handmade #autumnvibes #fashion #style #ootd #smallbusiness #shoplocal #madeinbangladesh #handmadewithlove #giftideas #womenswear`;

const THANK_SUPPLIER = `Huge thanks to @GreenLeafFarms for delivering 40 kg of fresh basil before 7am on a rainy Monday 🌿 Our Thai curry doesn't happen without you. Which local supplier would you shout out?`;

const BN_OFFER = `ঈদ অফার! 🎉 সব পাঞ্জাবিতে ২০% ছাড়। দাম মাত্র ১২০০ টাকা থেকে শুরু। ঢাকার ভেতরে ফ্রি হোম ডেলিভারি। অর্ডার করতে ইনবক্স করুন অথবা কল করুন 01712345678। স্টক সীমিত, শেষ সুযোগ!`;

const BN_QUESTION = `আমাদের নতুন দুটি মিষ্টির মধ্যে কোনটা আপনার বেশি পছন্দ হয়েছে? কমেন্টে জানান, সবচেয়ে বেশি ভোট পাওয়াটা আগামী মাসে মেনুতে থাকবে 🍮`;

const BN_CALM_REPLY = `আপু, আপনার অভিজ্ঞতার জন্য আমরা সত্যিই দুঃখিত। আপনার অর্ডার নম্বরটা দিলে আমরা আজকেই বিষয়টা দেখবো এবং সমাধান করে দেব।`;

const BN_ANGRY_REPLY = `আপনি মিথ্যা বলছেন। ফালতু কথা বলবেন না, পড়তে জানেন না নাকি?`;

const BN_CORPORATE = `সম্মানিত গ্রাহকবৃন্দের অবগতির জন্য জানানো যাচ্ছে যে, কর্তৃপক্ষের সিদ্ধান্ত অনুযায়ী আগামী শুক্রবার আমাদের প্রতিষ্ঠান বন্ধ থাকবে। সাময়িক অসুবিধার জন্য আন্তরিকভাবে দুঃখিত।`;

describe('scenario posts', () => {
  it('a flash-sale post sells, shouts, stacks exclamations and packs emoji', () => {
    const a = run(FLASH_SALE, { platform: 'instagram' });
    expect(a.intent.label).toBe('selling');
    const cues = a.intent.evidence.map((e) => e.text.toLowerCase());
    expect(cues).toEqual(expect.arrayContaining(['30% off', 'today only', 'link in bio']));
    expect(a.intent.evidence.some((e) => e.cue === 'promoCode' && e.text.includes('SUMMER30'))).toBe(true);
    expect(a.intent.evidence.some((e) => e.cue === 'price' && e.text.includes('৳1500'))).toBe(true);
    expect(quoted(of(a, 'shouting')[0])).toEqual(
      expect.arrayContaining(['FLASH', 'SALE', 'OFF', 'TODAY', 'ONLY']),
    );
    expect(quoted(of(a, 'shouting')[0])).not.toContain('SUMMER30');
    expect(quoted(of(a, 'exclamations')[0])).toContain('!!!');
    expect(quoted(of(a, 'emoji')[0])).toContain('🔥🔥🔥🔥');
    expect(of(a, 'selling')[0]?.severity).toBe('tip');
    expect(of(a, 'selling').find((f) => f.message.id === 'f_sell_pressure')).toBeDefined();
    expect(a.quality).toBeLessThan(80);
  });

  it('a question to followers listens and gets no listening nudge', () => {
    const a = run(QUESTION_TO_FOLLOWERS, { platform: 'instagram' });
    expect(a.intent.label).toBe('listening');
    expect(a.intent.evidence.some((e) => e.cue === 'question' && e.text.startsWith('Lemon drizzle'))).toBe(
      true,
    );
    expect(of(a, 'listening')).toEqual([]);
    expect(of(a, 'selling')).toEqual([]);
  });

  it('a calm reply to a complaint listens and keeps a full voice score', () => {
    const a = run(CALM_REPLY, { platform: 'x', kind: 'reply' });
    expect(a.intent.label).toBe('listening');
    expect(of(a, 'hostile')).toEqual([]);
    expect(a.voice).toBe(100);
  });

  it('an angry reply to a complaint is an error that quotes the heated words', () => {
    const a = run(ANGRY_REPLY, { platform: 'x', kind: 'reply' });
    const f = of(a, 'hostile')[0];
    expect(f?.severity).toBe('error');
    expect(f?.reason).toBe('voice');
    expect(quoted(f)).toEqual(
      expect.arrayContaining(['ridiculous', 'Read the description', 'Not our problem']),
    );
    expect(a.voice).toBeLessThanOrEqual(70);
    expect(a.intent.label).not.toBe('listening');
  });

  it('a LinkedIn story with a weak first line gets hook nudges', () => {
    const a = run(LINKEDIN_WEAK_FIRST_LINE, { platform: 'linkedin' });
    const hook = of(a, 'hook');
    expect(hook.map((f) => f.message.id)).toEqual(
      expect.arrayContaining(['f_hook_filler', 'f_hook_long_first']),
    );
    expect(quoted(hook.find((f) => f.message.id === 'f_hook_filler'))).toEqual(['I am happy to share']);
    expect(hook.find((f) => f.message.id === 'f_hook_long_first')?.message.params).toEqual([210]);
    expect(of(a, 'readability')[0]?.message.id).toBe('f_read_long_sentence');
  });

  it('a hashtag-stuffed Instagram caption breaks the 5-tag limit and runs words together', () => {
    const a = run(HASHTAG_STUFFED, { platform: 'instagram' });
    const tags = of(a, 'hashtags');
    const many = tags.find((f) => f.message.id === 'f_tags_many');
    expect(many?.severity).toBe('error');
    expect(many?.message.params).toEqual([12, 5]);
    expect(many?.evidence).toHaveLength(7);
    const camel = tags.find((f) => f.message.id === 'f_tags_camel');
    expect(quoted(camel)).toEqual(expect.arrayContaining(['#madeinbangladesh', '#handmadewithlove']));
    // The tags are at the end: no "middle of the text" nudge.
    expect(tags.find((f) => f.message.id === 'f_tags_middle')).toBeUndefined();
  });

  it('a thank-you to a supplier listens: thanks, credit and a question', () => {
    const a = run(THANK_SUPPLIER);
    expect(a.intent.label).toBe('listening');
    const cues = a.intent.evidence.map((e) => e.cue);
    expect(cues).toEqual(expect.arrayContaining(['listen.thanks', 'mention', 'question']));
    expect(a.findings.filter((f) => f.severity !== 'tip')).toEqual([]);
  });

  it('a Bengali offer post with prices in টাকা sells, with the prices as evidence', () => {
    const a = run(BN_OFFER);
    expect(a.language).toBe('bn');
    expect(a.intent.label).toBe('selling');
    const ev = a.intent.evidence;
    expect(ev.find((e) => e.cue === 'price')?.text).toBe('১২০০ টাকা');
    expect(ev.find((e) => e.cue === 'percentOff')?.text).toBe('২০% ছাড়');
    expect(ev.find((e) => e.cue === 'phone')?.text).toBe('01712345678');
    expect(ev.map((e) => e.text)).toEqual(expect.arrayContaining(['ঈদ অফার', 'ফ্রি হোম ডেলিভারি', 'ইনবক্স করুন']));
    expect(of(a, 'selling').find((f) => f.message.id === 'f_sell_pressure')).toBeDefined();
  });

  it('a Bengali question to followers listens', () => {
    const a = run(BN_QUESTION);
    expect(a.language).toBe('bn');
    expect(a.intent.label).toBe('listening');
    expect(a.intent.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['কোনটা', 'কমেন্টে জানান']));
  });

  it('Bengali replies: calm listens, angry is an error', () => {
    const calm = run(BN_CALM_REPLY, { kind: 'reply' });
    expect(calm.intent.label).toBe('listening');
    expect(of(calm, 'hostile')).toEqual([]);
    const angry = run(BN_ANGRY_REPLY, { kind: 'reply' });
    expect(of(angry, 'hostile')[0]?.severity).toBe('error');
    expect(quoted(of(angry, 'hostile')[0])).toEqual(['মিথ্যা বলছেন', 'ফালতু', 'পড়তে জানেন না']);
    expect(angry.intent.label).not.toBe('listening');
  });

  it('a Bengali notice in corporate voice', () => {
    const a = run(BN_CORPORATE);
    const f = of(a, 'corporate')[0];
    expect(f?.severity).toBe('warn');
    expect(quoted(f)).toEqual(expect.arrayContaining(['কর্তৃপক্ষের', 'অবগতির জন্য']));
    expect(a.voice).toBeLessThan(100);
  });
});

describe('length', () => {
  it('is an error over the limit, quoting the part that does not fit', () => {
    const text = `Our spring menu is here! ${'Fresh peas, wild garlic and the first asparagus from Mr Khan’s farm. '.repeat(4)}`;
    const a = run(text, { platform: 'x' });
    const f = of(a, 'length')[0]!;
    expect(a.counts.over).toBeGreaterThan(0);
    expect(f.severity).toBe('error');
    expect(f.message.params).toEqual([a.counts.over, 280]);
    expect(f.evidence[0]!.end).toBe(text.length);
  });

  it('warns near the limit and tips on a post too short to carry value', () => {
    const near = 'We open at 8 tomorrow. '.repeat(12).slice(0, 260);
    expect(of(run(near, { platform: 'x' }), 'length')[0]?.message.id).toBe('f_length_near');
    const short = run('New stock!', { platform: 'instagram' });
    expect(of(short, 'length')[0]?.message.id).toBe('f_length_short');
    // A short reply is fine.
    expect(of(run('Thank you so much!', { kind: 'reply' }), 'length')).toEqual([]);
  });

  it('counts Bluesky in graphemes and Mastodon URLs as 23', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(run(family.repeat(300), { platform: 'bluesky' }).counts.over).toBe(0);
    expect(run(family.repeat(301), { platform: 'bluesky' }).counts.over).toBe(1);
    const a = run(`Our new opening hours are on the site: https://example.com/${'a'.repeat(80)}`, {
      platform: 'mastodon',
    });
    expect(a.counts.weighted).toBe('Our new opening hours are on the site: '.length + 23);
  });

  it('honours a server’s own limit', () => {
    const text = 'Our winter opening hours, for everyone who asked at the counter this week. '.repeat(8);
    expect(text.length).toBeGreaterThan(500);
    const a = analyze(text, { platform: 'mastodon', kind: 'post', limit: 1000 });
    expect(a.counts.limit).toBe(1000);
    expect(of(a, 'length')).toEqual([]);
  });
});

describe('hook', () => {
  it('flags a link or hashtags first', () => {
    const link = run(
      'https://bloomandroot.com/blog/spring-care read our guide to keeping your new plants alive through the first hot week of the year',
    );
    expect(of(link, 'hook')[0]?.message.id).toBe('f_hook_link_first');
    const tags = run(
      '#Monday #motivation we start every week with a team breakfast and one goal written on the whiteboard for everyone',
    );
    expect(quoted(of(tags, 'hook').find((f) => f.message.id === 'f_hook_tags_first'))).toEqual([
      '#Monday',
      '#motivation',
    ]);
  });

  it('flags a Bengali filler opener', () => {
    const a = run(
      'প্রিয় বন্ধুরা, আশা করি সবাই ভালো আছেন। আজ আমরা আপনাদের সাথে আমাদের বেকারির নতুন সকালের রুটির গল্পটা শেয়ার করতে চাই, যা আমরা তিন মাস ধরে তৈরি করছি।',
    );
    expect(of(a, 'hook')[0]?.message.id).toBe('f_hook_filler');
  });

  it('leaves a short post alone', () => {
    expect(of(run('Hi all, we are closed today.'), 'hook')).toEqual([]);
  });
});

describe('readability and layout', () => {
  it('names hard words and a high grade in a long, dense post', () => {
    const dense = Array.from(
      { length: 9 },
      () =>
        'Our comprehensive organisational methodology prioritises sustainable, interdisciplinary collaboration between multifunctional departments, facilitating unprecedented operational efficiencies.',
    ).join(' ');
    const a = run(dense);
    const ids = of(a, 'readability').map((f) => f.message.id);
    expect(ids).toEqual(expect.arrayContaining(['f_read_hard_words', 'f_read_grade']));
    expect(quoted(of(a, 'readability').find((f) => f.message.id === 'f_read_hard_words'))).toContain(
      'comprehensive',
    );
  });

  it('uses no grade formula on a short post', () => {
    const a = run('Interdisciplinary methodology, unprecedented efficiencies.');
    expect(of(a, 'readability').find((f) => f.message.id === 'f_read_grade')).toBeUndefined();
  });

  it('flags a wall of text, not the same text in paragraphs', () => {
    const sentence =
      'We spent the morning repotting the olive trees and the afternoon answering your questions about watering. ';
    const wall = sentence.repeat(6);
    expect(of(run(wall), 'wall-of-text')[0]?.message.id).toBe('f_wall_no_breaks');
    expect(of(run(sentence.repeat(6).replace(/\. /g, '.\n\n')), 'wall-of-text')).toEqual([]);
  });

  it('flags Bengali long sentences', () => {
    const long = `আমাদের দোকানে ${'নতুন শাড়ি, পাঞ্জাবি, ওড়না আর বাচ্চাদের জামা '.repeat(6)}সবই পাওয়া যাচ্ছে।`;
    expect(of(run(long), 'readability')[0]?.message.id).toBe('f_read_long_sentence');
  });
});

describe('shouting, exclamations, emoji', () => {
  it('does not count acronyms or one capitalised word as shouting', () => {
    expect(
      of(run('The FAQ for our DIY kits is updated, and the CEO says hi. NEW colours soon.'), 'shouting'),
    ).toEqual([]);
  });

  it('counts exclamation marks beyond a few', () => {
    const a = run('Open today! Fresh bread! Warm croissants! Come early! See you!');
    expect(of(a, 'exclamations')[0]?.message).toEqual({ id: 'f_excl_many', params: [5] });
  });

  it('flags emoji that crowd out words, but not a few', () => {
    expect(of(run('Sunday brunch is back 🥞☕🍓🍳🥓🧇 see you there'), 'emoji')[0]?.message.id).toBe(
      'f_emoji_run',
    );
    expect(of(run('Sunday brunch is back 🥞 see you there ☕'), 'emoji')).toEqual([]);
  });
});

describe('hashtags, links and mentions', () => {
  it('Threads takes one topic tag', () => {
    const a = run('Slow mornings at the studio today #pottery #ceramics', { platform: 'threads' });
    expect(of(a, 'hashtags')[0]?.message.id).toBe('f_tags_threads');
  });

  it('hashtags do nothing on Reddit', () => {
    expect(
      of(run('Anyone else running a tiny bakery? #bakery', { platform: 'reddit' }), 'hashtags')[0]?.message
        .id,
    ).toBe('f_tags_reddit');
  });

  it('flags a cluster of hashtags mid-post where they belong at the end', () => {
    const a = run(
      'Our #handmade #leather #wallets are stitched by hand in Sylhet and take two days each to finish properly.',
      { platform: 'linkedin' },
    );
    expect(of(a, 'hashtags').find((f) => f.message.id === 'f_tags_middle')).toBeDefined();
  });

  it('Bengali hashtags are found', () => {
    const a = run('নতুন মেনু আসছে শুক্রবার #ঢাকা #খাবার');
    expect(a.entities.hashtags.map((h) => h.text)).toEqual(['#ঢাকা', '#খাবার']);
  });

  it('links in an Instagram caption cannot be clicked', () => {
    const a = run('Our care guide is here https://bloomandroot.com/care', { platform: 'instagram' });
    expect(of(a, 'links-mentions')[0]?.message.id).toBe('f_links_not_clickable');
  });

  it('too many people tagged, but not the people a reply answers', () => {
    const tagged = run('Great night with @a1 @b2 @c3 @d4 @e5 @f6 @g7 at the market!');
    expect(of(tagged, 'links-mentions')[0]?.message.id).toBe('f_mentions_many');
    const reply = run('@a1 @b2 @c3 @d4 @e5 @f6 thanks for coming, see you next month!', { kind: 'reply' });
    expect(of(reply, 'links-mentions')).toEqual([]);
  });
});

describe('selling and listening', () => {
  it('self-promotion in a comment is a warning', () => {
    const a = run('Nice video! Check out my channel for more covers, and subscribe 🙏', {
      platform: 'generic',
      kind: 'comment',
    });
    expect(a.intent.label).toBe('selling');
    expect(of(a, 'selling')[0]?.message.id).toBe('f_sell_in_comment');
    expect(quoted(of(a, 'selling')[0])).toEqual(expect.arrayContaining(['Check out my', 'subscribe']));
  });

  it('Bengali self-promotion in a comment', () => {
    const a = run('গানটা দারুণ! আমার চ্যানেলটি সাবস্ক্রাইব করুন প্লিজ', { platform: 'generic', kind: 'comment' });
    expect(a.intent.label).toBe('selling');
    expect(of(a, 'selling')[0]?.message.id).toBe('f_sell_in_comment');
  });

  it('a long post that asks nothing gets one listening tip', () => {
    const a = run(
      'This week we repainted the shop front, fixed the squeaky door and finally hung the photos of our first year in business on the wall by the till.',
    );
    expect(of(a, 'listening')[0]?.message.id).toBe('f_listen_no_question');
    expect(of(a, 'listening')[0]?.severity).toBe('tip');
  });

  it('a question that sells is not counted as listening', () => {
    const a = run('Who wants 20% off their next haircut? Book this week with code FRESH20.');
    expect(a.intent.label).toBe('selling');
    expect(a.intent.evidence.some((e) => e.cue === 'question')).toBe(false);
  });
});

describe('voice', () => {
  it('buzzwords and bragging are named', () => {
    const a = run(
      'We are the best, most trusted, award-winning agency in Dhaka, delivering world-class, cutting-edge, innovative solutions that leverage synergy.',
    );
    expect(of(a, 'buzzwords')[0]?.severity).toBe('warn');
    expect(quoted(of(a, 'buzzwords')[0])).toEqual(
      expect.arrayContaining(['world-class', 'cutting-edge', 'synergy']),
    );
    expect(new Set(quoted(of(a, 'buzzwords')[0])).size).toBe(of(a, 'buzzwords')[0]!.evidence.length);
    expect(quoted(of(a, 'bragging')[0])).toEqual(expect.arrayContaining(['the best', 'award-winning']));
  });

  it('a post all about "we" gets the balance tip, one about "you" does not', () => {
    const we = run(
      'We opened in 2015. We bake every morning. Our ovens are Italian and our flour is local. We think our bread is special and we are proud of our team and our shop.',
    );
    expect(of(we, 'we-you')[0]?.message.id).toBe('f_voice_we_you');
    const you = run(
      'You asked for earlier hours, so from Monday you can pick up your bread at 7. If you pre-order, your loaf will be waiting for you at the counter. Thank you for telling us!',
    );
    expect(of(you, 'we-you')).toEqual([]);
  });

  it('hostile words in a post are a warning, not an error', () => {
    const a = run('To the person who left a fake review: grow up.');
    expect(of(a, 'hostile')[0]?.severity).toBe('warn');
  });
});

describe('options and scores', () => {
  it('disabled rules neither show nor score', () => {
    const a = analyze(
      FLASH_SALE,
      { platform: 'instagram', kind: 'post' },
      { disabledRules: ['shouting', 'emoji'] },
    );
    expect(of(a, 'shouting')).toEqual([]);
    expect(of(a, 'emoji')).toEqual([]);
    const full = run(FLASH_SALE, { platform: 'instagram' });
    expect(a.quality).toBeGreaterThan(full.quality);
  });

  it('scores are 100 less the penalties of the findings that lowered them', () => {
    const a = run(ANGRY_REPLY, { platform: 'x', kind: 'reply' });
    const voicePenalty = a.findings.filter((f) => f.score === 'voice').reduce((n, f) => n + f.penalty, 0);
    expect(a.voice).toBe(Math.max(0, 100 - voicePenalty));
  });

  it('an empty draft has no findings and full scores', () => {
    const a = run('   ');
    expect(a.findings).toEqual([]);
    expect(a.quality).toBe(100);
  });

  it('an explicit language wins over detection', () => {
    expect(analyze('ok', { platform: 'x', kind: 'post', language: 'bn' }).language).toBe('bn');
  });
});
