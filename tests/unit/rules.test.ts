// Every rule on realistic posts, in English and Bengali. Each case names the rule it expects to
// fire (or stay quiet) and checks the evidence quotes the words that triggered it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildDraft } from '../../src/core/draft';
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

  it('reads a phone number written in groups ("01712 345678", "0161 496 0000") as a phone number', () => {
    for (const [text, phone] of [
      ['Call 01712 345678 to order', '01712 345678'],
      ['Bookings on 0161 496 0000 from Monday', '0161 496 0000'],
      ['অর্ডার করতে কল করুন ০১৭১২ ৩৪৫৬৭৮', '০১৭১২ ৩৪৫৬৭৮'],
    ]) {
      expect(buildDraft(text!, { platform: 'facebook', kind: 'post' }).patterns.map((p) => p.text)).toContain(
        phone,
      );
    }
    // Nine digits are no phone number.
    expect(buildDraft('Order 123 456 789 shipped', { platform: 'facebook', kind: 'post' }).patterns).toEqual(
      [],
    );
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
    // Flesch–Kincaid puts this past school (about grade 25): shown as university level, not a number.
    expect(ids).toEqual(expect.arrayContaining(['f_read_hard_words', 'f_read_grade_university']));
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

  it('a shorter post of five sentences in one block gets a tip; in lines, or as a reply, none', () => {
    const groom =
      "What's in a full groom? A bath with a shampoo for your dog's coat. A blow-dry and brush-out. " +
      'Nails clipped and ears cleaned. A trim to the style you ask for. It takes about two hours for a medium dog.';
    const block = of(run(groom), 'wall-of-text');
    expect(block.map((f) => [f.message.id, f.severity, f.penalty])).toEqual([['f_wall_no_breaks', 'tip', 5]]);
    expect(of(run(groom.replace(/\? |\. /g, (m) => `${m.trim()}\n`)), 'wall-of-text')).toEqual([]);
    expect(of(run(groom, { kind: 'reply' }), 'wall-of-text')).toEqual([]);
    const kantha =
      'একটা নকশি কাঁথা বানাতে কত সময় লাগে? যশোরের রহিমা খালা আর তাঁর দুই মেয়ে মিলে কাজ করেন। নকশা আঁকতে লাগে দুই দিন। ' +
      'সেলাই করতে লাগে প্রায় দেড় মাস। তাই প্রতিটা কাঁথা আলাদা, আর দামটাও সেই সময়ের।';
    expect(of(run(kantha), 'wall-of-text')[0]?.severity).toBe('tip');
    expect(of(run(kantha.replace(/। /g, '।\n')), 'wall-of-text')).toEqual([]);
    // Near-misses: four sentences in a block, and five very short ones, stay clean.
    expect(
      of(
        run(
          'Open as usual over the bank holiday weekend, from five until eleven every night. Delivery runs until half ten. ' +
            'The new spicy wrap is on the menu too. Thanks for a brilliant summer, everyone.',
        ),
        'wall-of-text',
      ),
    ).toEqual([]);
    expect(
      of(run('Open today. Closed tomorrow. Back on Monday. Thanks, all. See you soon.'), 'wall-of-text'),
    ).toEqual([]);
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

  it('errs where the platform refuses the post and warns where it only advises (written out per platform)', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${'abcdefgh'[i]}`).join(' ');
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example${i}.com`).join(' ');
    const severity = (platform: Context['platform'], text: string, rule: string) =>
      of(run(`New glaze colours out of the kiln today ${text}`, { platform }), rule)[0]?.severity;
    expect(severity('instagram', tags(6), 'hashtags')).toBe('error');
    expect(severity('threads', tags(2), 'hashtags')).toBe('error');
    expect(severity('x', tags(3), 'hashtags')).toBe('warn');
    expect(severity('linkedin', tags(6), 'hashtags')).toBe('warn');
    expect(severity('threads', links(6), 'links-mentions')).toBe('error');
    expect(severity('threads', links(5), 'links-mentions')).toBeUndefined();
    expect(severity('facebook', links(2), 'links-mentions')).toBe('warn');
  });

  it('counts emoji as their UTF-8 bytes on Threads only', () => {
    const a = run('Open today ☕', { platform: 'threads' });
    const b = run('Open today ☕', { platform: 'facebook' });
    // "Open today " is 11 code points; ☕ U+2615 is 3 bytes in UTF-8 and 1 UTF-16 unit.
    expect(a.counts.weighted).toBe(14);
    expect(b.counts.weighted).toBe(12);
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

  it('a short announcement of five words or more asks nothing too, in both languages', () => {
    // Bengali packs "at the book fair" into one word (বইমেলায়): a five-word post says a whole sentence.
    for (const text of ['বইমেলায় এবার আমাদের স্টল ২১৪ নম্বর।', 'We are now open late on Thursdays.']) {
      expect(of(run(text), 'listening')[0]?.message.id, text).toBe('f_listen_no_question');
    }
    // Near-misses: the same with a question, and a post under five words (the length rule's).
    expect(of(run('বইমেলায় এবার আমাদের স্টল ২১৪ নম্বর। কোন বই খুঁজছেন?'), 'listening')).toEqual([]);
    expect(of(run('Open late on Thursdays.'), 'listening')).toEqual([]);
    expect(of(run('Open late on Thursdays.'), 'length')[0]?.message.id).toBe('f_length_short');
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
    expect(quoted(of(a, 'buzzwords')[0])).toEqual(expect.arrayContaining(['cutting-edge', 'synergy']));
    // "world-class" is a claim (bragging), named once, not also a buzzword.
    expect(quoted(of(a, 'buzzwords')[0])).not.toContain('world-class');
    expect(new Set(quoted(of(a, 'buzzwords')[0])).size).toBe(of(a, 'buzzwords')[0]!.evidence.length);
    expect(quoted(of(a, 'bragging')[0])).toEqual(
      expect.arrayContaining(['the best', 'award-winning', 'world-class']),
    );
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

  it('scores are 100 less the penalties of the findings that lowered them, an error capping at 60', () => {
    const a = run(ANGRY_REPLY, { platform: 'x', kind: 'reply' });
    const voicePenalty = a.findings.filter((f) => f.score === 'voice').reduce((n, f) => n + f.penalty, 0);
    expect(a.voice).toBe(Math.min(60, Math.max(0, 100 - voicePenalty)));
    const calm = run(CALM_REPLY, { platform: 'x', kind: 'reply' });
    const qualityPenalty = calm.findings
      .filter((f) => f.score === 'quality')
      .reduce((n, f) => n + f.penalty, 0);
    expect(calm.quality).toBe(100 - qualityPenalty);
  });

  it('a blank draft has no score, no findings and never says quality 100', () => {
    for (const text of ['', '   ', '\n\t ']) {
      const a = run(text);
      expect(a.blank).toBe(true);
      expect(a.score).toBeNull();
      expect(a.findings).toEqual([]);
      expect(a.quality).not.toBe(100);
      expect(a.cap).toBeNull();
    }
    expect(run('.').blank).toBe(false);
  });

  it('an explicit language wins over detection', () => {
    expect(analyze('ok', { platform: 'x', kind: 'post', language: 'bn' }).language).toBe('bn');
  });
});

describe('bragging: claims readers cannot check', () => {
  const brag = (text: string, ctx: Partial<Context> = {}) => of(run(text, ctx), 'bragging')[0];

  it('names one claim about us, with proof as the suggestion', () => {
    const a = run("We're the best bakery in Leeds. Nobody makes better bread than us.");
    const b = of(a, 'bragging')[0];
    expect(quoted(b)).toEqual(['the best', 'Nobody makes better']);
    expect(b?.suggestion.id).toBe('s_voice_brag');
    expect(b?.severity).toBe('warn');
    expect(a.voice).toBe(88);
    expect(quoted(brag('Best coffee in Leeds, come and see for yourself.'))).toEqual([
      'Best coffee in Leeds',
    ]);
    expect(quoted(brag('We are the #1 cleaning company in Manchester.'))).toContain('#1');
    expect(quoted(brag('Honestly world-class coffee, roasted on site.'))).toEqual(['world-class']);
    expect(brag('Honestly world-class coffee, roasted on site.')?.message).toEqual({
      id: 'f_voice_brag_claim',
      params: ['world-class'],
    });
  });

  it('names Bengali claims: সেরা about us or a place, একমাত্র, দেশসেরা', () => {
    expect(quoted(brag('আমাদের কাচ্চি মিরপুরের সেরা, এমন স্বাদ আর কোথাও পাবেন না।'))).toEqual(['সেরা']);
    expect(quoted(brag('আমরাই একমাত্র দোকান যারা নিজেরা মসলা ভাঙাই।'))).toEqual(['একমাত্র']);
    expect(quoted(brag('দেশসেরা কোচিং সেন্টারে ভর্তি চলছে।'))).toEqual(['দেশসেরা']);
  });

  it('leaves ordinary superlatives alone', () => {
    for (const text of [
      'The best way to keep sourdough fresh is a linen bag, not the fridge. All the best for your baking!',
      'Best wishes for the new year from all of us at Rosie’s.',
      '“Best before” dates on our jams are 12 months from the jar date.',
      'Thank you, you made the best part of our week.',
      'এটা আমার দেখা সেরা সিনেমা, সবাই দেখবেন।',
      'The only thing we ask: bring your own cup.',
      'Best suggestion in the comments by Friday wins a case of the new ale.',
      'For the best possible support, please visit our help page.',
      'এই বছরের সেরা নাটক, সবাই দেখবেন।',
    ]) {
      expect(brag(text), text).toBeUndefined();
    }
  });
});

describe('repetition and stacked calls', () => {
  const rep = (text: string, ctx: Partial<Context> = {}) => of(run(text, ctx), 'repetition')[0];

  it('a chant is a content problem, with the repeats as evidence', () => {
    const a = run('Buy now! Buy now! Buy now! Our new trainers are in, use code SAVE20 at checkout.', {
      platform: 'instagram',
    });
    const r = of(a, 'repetition')[0];
    expect(r?.reason).toBe('content');
    expect(r?.score).toBe('quality');
    expect(quoted(r)).toEqual(['Buy now', 'Buy now', 'Buy now']);
    expect(r?.message).toEqual({ id: 'f_repeat_phrase', params: ['Buy now', 3] });
    expect(a.quality).toBeLessThan(100);
    expect(rep('অফার অফার অফার!!! এখনই কিনুন! এখনই কিনুন! এখনই কিনুন!')?.message.params?.[1]).toBe(3);
    expect(rep('SALE SALE SALE at the shop this weekend')?.evidence).toHaveLength(3);
  });

  it('names calls to act stacked, and hype with no detail', () => {
    expect(rep('Order now! Limited time! Hurry! Last chance! Book now!')?.message.id).toBe(
      'f_repeat_stacked',
    );
    expect(rep("Amazing deals you won't want to miss! Shop now!")?.message.id).toBe('f_repeat_hype');
  });

  it('leaves natural repeats and concrete offers alone', () => {
    for (const text of [
      // "of the" three times in a longer story.
      'Most of the flour comes from a mill north of the city, and most of the butter from a farm we have known for years. Baking here starts at four.',
      // A concrete offer: many cues, but numbers people can act on.
      'Our winter boots are 25% off this weekend, Saturday and Sunday only. Sizes 3 to 9 from £64. Come try them on at 12 Market Street.',
      'ঈদ উপলক্ষে সব সুতি পাঞ্জাবিতে ২০% ছাড়, দাম ১২০০ টাকা থেকে। অর্ডার করতে ইনবক্স করুন।',
      // Two of one word, not side by side.
      'New menu, new hours: we open at 7 from Monday.',
    ]) {
      expect(rep(text), text).toBeUndefined();
    }
  });
});

describe('vague teasers', () => {
  it('names a promise of news that gives none, in both languages', () => {
    expect(
      of(run('Something big is coming soon! Stay tuned 👀'), 'vague')[0]?.evidence.map((e) => e.text),
    ).toEqual(['Something big', 'coming soon', 'Stay tuned']);
    expect(of(run('বড় কিছু আসছে! সাথেই থাকুন 🔥'), 'vague')[0]?.message.id).toBe('f_vague_teaser');
  });

  it('a teaser with a real detail, or a reply, is fine', () => {
    expect(of(run('Stay tuned: doors open at 9 on Saturday.'), 'vague')).toEqual([]);
    expect(of(run('Coming soon, we promise!', { kind: 'reply' }), 'vague')).toEqual([]);
  });
});

describe('greetings alike in both languages, and no contradiction with the focus', () => {
  const opener = (text: string) => of(run(text), 'hook')[0];

  it('a greeting opener is the same tip in English and Bengali', () => {
    const en = opener(
      'Hi lovelies! Our new winter shawls are in, hand-woven and brought straight from weavers in Rajshahi this week.',
    );
    const bn = opener(
      'প্রিয় বন্ধুরা, আজ আমাদের দোকানে নতুন শীতের শাল এসেছে, হাতে বোনা, রাজশাহীর তাঁতিদের কাছ থেকে সরাসরি আনা।',
    );
    expect(en?.message).toEqual({ id: 'f_hook_greeting', params: ['Hi lovelies'] });
    expect(bn?.message).toEqual({ id: 'f_hook_greeting', params: ['প্রিয় বন্ধুরা'] });
    expect([en?.severity, en?.penalty]).toEqual(['tip', 6]);
    expect([bn?.severity, bn?.penalty]).toEqual(['tip', 6]);
  });

  it('a longer salutation of up to five words is a greeting too, in both languages', () => {
    const en = opener(
      'Dear parents and students, the new term at the tutoring centre starts on Monday with three maths groups.',
    );
    const bn = opener('প্রিয় অভিভাবক ও শিক্ষার্থী বন্ধুরা, নতুন ব্যাচ শুরু হচ্ছে সোমবার, সপ্তাহে তিন দিন, বিকেল চারটায়।');
    expect(en?.message).toEqual({ id: 'f_hook_greeting', params: ['Dear parents and students'] });
    expect(bn?.message).toEqual({ id: 'f_hook_greeting', params: ['প্রিয় অভিভাবক ও শিক্ষার্থী বন্ধুরা'] });
    expect([bn?.severity, bn?.penalty]).toEqual(['tip', 6]);
    // Throat-clearing after it is still a warning.
    const clearing = opener(
      'প্রিয় অভিভাবক ও শিক্ষার্থী বন্ধুরা, সবাইকে শুভেচ্ছা। আশা করি ভালো আছেন। আপনাদের জানাতে চাই যে আমাদের নতুন ব্যাচ শুরু হচ্ছে।',
    );
    expect([clearing?.message.id, clearing?.severity, clearing?.penalty]).toEqual([
      'f_hook_filler',
      'warn',
      10,
    ]);
    // Near-misses: a sentence that starts with "Hello" or "Hey" and runs on is not a greeting.
    expect(
      opener('Hello from a very wet Leeds market, where the new stall opens on Monday at nine.'),
    ).toBeUndefined();
    expect(
      opener('Hey look what the rain brought in, a whole box of Yorkshire rhubarb for Monday.'),
    ).toBeUndefined();
  });

  it('"So," is a filler with its comma, "So proud" is not', () => {
    const proud = opener(
      'So proud of the team today: Aisha passed her gas safety exam and Tom fixed his first boiler on his own.',
    );
    expect(proud).toBeUndefined();
    const so = opener(
      'So, we have been thinking about opening on Sundays for a while and we finally decided to try it this month.',
    );
    expect(so?.message).toEqual({ id: 'f_hook_filler', params: ['So'] });
  });

  it('throat-clearing after a greeting is a warning', () => {
    const h = opener(
      'Hello everyone! We hope you are having a wonderful week. We wanted to let you know that our shop has new stock soon.',
    );
    expect(h?.message.id).toBe('f_hook_filler');
    expect(h?.severity).toBe('warn');
  });

  it('"I" is writing as yourself (the weekly focus), never "the post is about you"', () => {
    const a = run(
      'I started this shop in my kitchen. I bake every morning at 5 and I still love it. I think my sourdough has got better every year and I am proud of it.',
    );
    expect(of(a, 'we-you')).toEqual([]);
  });

  it('"Dear valued customers," is corporate, not also a greeting', () => {
    const a = run(
      'Dear valued customers, the shop will be closed on Monday 4 March for staff training, back on Tuesday at 8.',
    );
    expect(of(a, 'corporate')).toHaveLength(1);
    expect(of(a, 'hook')).toEqual([]);
  });

  it('a corporate opener is named once, by the corporate rule', () => {
    const a = run(
      'We are pleased to announce that our new branch in Uttara opens on 1 May, with the same menu and a bigger kitchen for catering orders.',
    );
    expect(of(a, 'corporate')).toHaveLength(1);
    expect(of(a, 'hook').filter((x) => x.message.id === 'f_hook_filler')).toEqual([]);
  });
});

describe('readability grade only on prose, as a grade people know', () => {
  it('a huge paste with no sentence ends gets no grade', () => {
    const paste = 'comprehensive organisational methodology '.repeat(25000);
    const ids = of(run(paste, { platform: 'generic' }), 'readability').map((x) => x.message.id);
    expect(ids).not.toContain('f_read_grade');
    expect(ids).not.toContain('f_read_grade_university');
  });

  it('a grade within school is shown as its number', () => {
    // 10 sentences of 19 words with 30 vowel-group syllables: 0.39 × 19 + 11.8 × 30/19 − 15.59 ≈ 10.45.
    const s =
      'Our customers often tell us that the bread we bake here every single morning tastes better than anything else. ';
    const a = run(s.repeat(10).trim(), { platform: 'generic' });
    const grade = of(a, 'readability').find((x) => x.message.id === 'f_read_grade');
    expect(grade?.message.params).toEqual([10]);
  });
});

describe('detail: something a reader can act on', () => {
  const none = (text: string, ctx: Partial<Context> = {}) => of(run(text, ctx), 'detail')[0];

  it('names a post with no number, name, day or price', () => {
    const f = none('Christmas orders are open now, get in touch with us to order your turkey this year.');
    expect(f?.message.id).toBe('f_detail_none');
    expect([f?.severity, f?.penalty]).toEqual(['tip', 5]);
    expect(none('আমাদের দোকানে শিগগিরই নতুন একটা চা যোগ হবে, সবাই খেতে আসবেন।')?.message.id).toBe('f_detail_none');
  });

  it('names a short post of five to seven words with no detail, in both languages', () => {
    for (const text of [
      'আম পাওয়া যাচ্ছে। যোগাযোগ করুন।',
      'ফেসিয়াল করাতে চাইলে যোগাযোগ করুন। বিস্তারিত ইনবক্সে।',
      'Window cleaning available, get in touch.',
    ]) {
      expect(none(text)?.message.id, text).toBe('f_detail_none');
    }
    // Near-misses: a price, a Bengali day, and a post under five words (the length rule's).
    expect(none('হিমসাগর আম ১২ কেজি ১,৫৬০ টাকা।')).toBeUndefined();
    expect(none('শুক্রবার থেকে আম পাওয়া যাবে।')).toBeUndefined();
    expect(none('Mangoes in, come in.')).toBeUndefined();
  });

  it('a number, a name mid-sentence, a Bengali day or a tagged supplier is a detail', () => {
    for (const text of [
      'Christmas turkey orders open today, free-range birds at £14 a kilo, collect on the 23rd.',
      'Christmas turkey orders open today, free-range birds from Park Farm just outside town.',
      'মালাই চা নাকি তেঁতুল চা, কোনটা মেনুতে রাখব? শুক্রবার থেকে চালু করব।',
      'Huge thanks to @GreenLeafFarms for the basil this morning, our curry needs it every day.',
    ]) {
      expect(none(text), text).toBeUndefined();
    }
    expect(
      none('We are so sorry about your order, we will make it right for you soon.', { kind: 'reply' }),
    ).toBeUndefined();
  });
});
