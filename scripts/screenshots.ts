// Retakes every screenshot in docs/: the popup (Now, Scorecard with "What works for
// you", History, a post, Summary, a new owner), the options page (with "Read my posts' counts"),
// the practice composer and the pill's open panel (the feed-fold preview on LinkedIn, the thread
// split of an over-limit X draft), in English and Bengali, light and dark where docs/ has both.
// A week of a small bakery (en) and of a Dhaka saree shop (bn) is seeded through the background's
// own door (`posts/put`, as tests/e2e/scorecard.test.ts does), 28 posts each with their counts.
//   npx tsx scripts/screenshots.ts           builds the e2e build first
//   POSTCOACH_SKIP_BUILD=1 npx tsx scripts/screenshots.ts
//   POSTCOACH_SHOTS=dir                      writes somewhere other than docs/
// Bengali needs a Bengali font on the machine (`fc-list | grep -i bengali`; fonts-noto-core).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, buildExtension, launch, ROOT, serveFixtures } from '../tests/e2e/harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

const OUT = process.env.POSTCOACH_SHOTS ?? join(ROOT, 'docs');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Lang = 'en' | 'bn';
type Theme = 'light' | 'dark';

/** One post of the seeded week: its words, where, when (days ago, hour of the day) and counts. */
interface Seed {
  text: string;
  platform: 'x' | 'linkedin' | 'bluesky' | 'mastodon' | 'facebook' | 'instagram';
  intent: 'selling' | 'listening' | 'sharing';
  daysAgo: number;
  hour: number;
  likes: number;
  replies: number;
  reposts: number;
}

// A bakery's week: questions to the customers draw the most replies and likes, posts with a shop
// link the fewest — the pattern the "What works for you" card is there to find.
const BAKERY: Seed[] = [
  ['Which loaf should we bake on Sunday: rye or spelt? Tell us below!', 'x', 'listening', 0, 18, 41, 14, 5],
  ['Cinnamon buns are out of the oven. Come early, they go fast.', 'instagram', 'sharing', 0, 8, 19, 3, 2],
  [
    'Order a birthday cake online, ready in two days: https://bakery.example/cakes',
    'facebook',
    'selling',
    0,
    12,
    4,
    0,
    1,
  ],
  ['What was the first bread you ever baked at home?', 'bluesky', 'listening', 1, 19, 38, 16, 4],
  [
    'Our sourdough starter turned five this week. Happy birthday, Bertha!',
    'mastodon',
    'sharing',
    1,
    9,
    17,
    4,
    3,
  ],
  [
    'Pre-order your Christmas stollen now: https://bakery.example/stollen',
    'linkedin',
    'selling',
    1,
    13,
    5,
    1,
    0,
  ],
  ['How do you keep bread fresh for three days? We wrap ours in linen.', 'x', 'listening', 2, 20, 44, 18, 6],
  [
    'Thank you Mira for the lovely review, it made the whole team smile.',
    'facebook',
    'sharing',
    2,
    10,
    21,
    5,
    1,
  ],
  [
    'Gift cards for the holidays, any amount: https://bakery.example/gift',
    'instagram',
    'selling',
    2,
    14,
    6,
    0,
    1,
  ],
  ['Croissant or pain au chocolat with your Saturday coffee?', 'instagram', 'listening', 3, 18, 52, 19, 3],
  ['Early start today: 4 am, 60 baguettes, one very sleepy baker.', 'x', 'sharing', 3, 7, 18, 4, 4],
  [
    'Our new rye loaf is in the shop, 4.50 a loaf: https://bakery.example/rye',
    'bluesky',
    'selling',
    3,
    12,
    5,
    1,
    0,
  ],
  [
    'Is there a cake you miss from your childhood? We might bake it.',
    'facebook',
    'listening',
    4,
    19,
    47,
    21,
    5,
  ],
  [
    'Flour delivery day. Twenty sacks up the stairs, our legs remember.',
    'mastodon',
    'sharing',
    4,
    9,
    15,
    3,
    2,
  ],
  [
    'Wholesale bread for cafés, weekly delivery: https://bakery.example/cafes',
    'linkedin',
    'selling',
    4,
    11,
    3,
    0,
    1,
  ],
  ['What should our next seasonal bun be? Pumpkin, apple or pear?', 'x', 'listening', 5, 18, 39, 15, 7],
  ['The secret of our crust: steam, a hot stone and patience.', 'linkedin', 'sharing', 5, 8, 22, 4, 3],
  [
    'Weekend box of six pastries, order by Friday: https://bakery.example/box',
    'facebook',
    'selling',
    5,
    13,
    6,
    1,
    0,
  ],
  ['Do you like your toast dark or golden? No wrong answers.', 'bluesky', 'listening', 6, 20, 43, 17, 4],
  [
    'Sami joined the team this week. Say hi if you see him at the counter.',
    'instagram',
    'sharing',
    6,
    10,
    24,
    6,
    1,
  ],
  [
    'Fresh focaccia every Friday, reserve yours: https://bakery.example/focaccia',
    'x',
    'selling',
    6,
    12,
    4,
    0,
    2,
  ],
  [
    'Rainy morning, warm ovens. The door is open and the coffee is on.',
    'mastodon',
    'sharing',
    0,
    7,
    16,
    2,
    2,
  ],
  [
    'Which cookie should come back: oat raisin or double chocolate?',
    'linkedin',
    'listening',
    2,
    17,
    36,
    13,
    3,
  ],
  [
    'We donate yesterday’s bread to the shelter on Mill Street every evening.',
    'facebook',
    'sharing',
    3,
    19,
    23,
    5,
    4,
  ],
  [
    'Catering for office breakfasts, see the menu: https://bakery.example/office',
    'linkedin',
    'selling',
    5,
    9,
    5,
    0,
    0,
  ],
  ['Tried our new seeded loaf yet? What did you think?', 'instagram', 'listening', 1, 17, 40, 14, 2],
  ['Behind the counter: how we shape 200 rolls before sunrise.', 'x', 'sharing', 4, 6, 20, 3, 5],
  [
    'Sourdough class on Saturday, four seats left: https://bakery.example/class',
    'bluesky',
    'selling',
    6,
    15,
    7,
    1,
    1,
  ],
].map(toSeed);

// A Dhaka saree shop's week, in Bengali: the same shape of week (questions win, links lose).
const SAREE: Seed[] = [
  ['ঈদের জন্য কোন রঙের জামদানি চান: লাল না সবুজ? কমেন্টে জানান!', 'x', 'listening', 0, 20, 46, 17, 6],
  ['নতুন টাঙ্গাইল তাঁতের শাড়ি এসেছে, মিরপুরের দোকানে দেখে যান।', 'instagram', 'sharing', 0, 11, 18, 3, 2],
  [
    'অনলাইনে অর্ডার করুন, ঢাকার ভেতরে ডেলিভারি ফ্রি: https://saree.example/order',
    'facebook',
    'selling',
    0,
    13,
    5,
    0,
    1,
  ],
  ['আপনার মায়ের প্রিয় শাড়িটা কেমন ছিল? গল্পটা বলবেন?', 'bluesky', 'listening', 1, 21, 42, 19, 3],
  ['আজ সকালে তাঁতিদের সাথে দেখা হলো, একটা জামদানি বুনতে লাগে তিন সপ্তাহ।', 'mastodon', 'sharing', 1, 9, 20, 4, 4],
  ['বিয়ের শাড়ির নতুন কালেকশন: https://saree.example/biye', 'linkedin', 'selling', 1, 14, 4, 1, 0],
  ['সুতি না সিল্ক, গরমে কোনটা পরতে আরাম লাগে আপনার?', 'x', 'listening', 2, 19, 48, 20, 5],
  ['রুমানা আপাকে ধন্যবাদ সুন্দর রিভিউয়ের জন্য, আমাদের পুরো দল খুশি।', 'facebook', 'sharing', 2, 12, 22, 5, 1],
  ['গিফট কার্ড পাওয়া যাচ্ছে, যেকোনো অঙ্কে: https://saree.example/gift', 'instagram', 'selling', 2, 15, 6, 0, 1],
  ['পহেলা বৈশাখে সাদা-লাল ছাড়া আর কোন রং ভালো লাগে?', 'instagram', 'listening', 3, 20, 51, 18, 4],
  ['দোকানে আজ মসলিনের একটা পুরনো শাড়ি এসেছে, দেখতে অসাধারণ।', 'x', 'sharing', 3, 10, 19, 4, 3],
  ['রাজশাহী সিল্ক, দাম ৩,৫০০ টাকা থেকে: https://saree.example/silk', 'bluesky', 'selling', 3, 13, 5, 1, 0],
  ['শাড়ি ভাঁজ করে রাখেন না ঝুলিয়ে? আপনার উপায়টা জানান।', 'facebook', 'listening', 4, 21, 44, 22, 5],
  ['নতুন চালান এসেছে টাঙ্গাইল থেকে, সারাদিন গুছাতেই গেল।', 'mastodon', 'sharing', 4, 10, 16, 3, 2],
  ['পাইকারি অর্ডারের জন্য যোগাযোগ করুন: https://saree.example/wholesale', 'linkedin', 'selling', 4, 12, 3, 0, 1],
  ['পরের কালেকশনে কোন নকশা চান: ফুল, পাড় না জ্যামিতিক?', 'x', 'listening', 5, 19, 40, 16, 6],
  ['জামদানির নকশা কাগজে আঁকা হয় না, তাঁতির মনেই থাকে।', 'linkedin', 'sharing', 5, 9, 23, 5, 3],
  ['শুক্রবার পর্যন্ত ১০% ছাড়: https://saree.example/offer', 'facebook', 'selling', 5, 14, 7, 1, 0],
  ['প্রথম শাড়ি কবে পরেছিলেন? মনে আছে?', 'bluesky', 'listening', 6, 20, 45, 18, 4],
  ['আমাদের নতুন সহকর্মী নাসরিন, দোকানে এলে হাই বলবেন।', 'instagram', 'sharing', 6, 11, 25, 6, 1],
  ['কাতান শাড়ির নতুন রং এসেছে: https://saree.example/katan', 'x', 'selling', 6, 13, 4, 0, 2],
  ['বৃষ্টির দিনে দোকান খোলা, চা-ও তৈরি। চলে আসুন।', 'mastodon', 'sharing', 0, 10, 15, 2, 2],
  ['অফিসে পরার জন্য কোন শাড়ি সবচেয়ে সহজ মনে হয়?', 'linkedin', 'listening', 2, 18, 37, 14, 3],
  ['প্রতি মাসে একজন তাঁতির গল্প বলব আমরা, এ মাসে রহিম চাচা।', 'facebook', 'sharing', 3, 20, 24, 5, 4],
  ['কর্পোরেট উপহারের শাড়ি, ক্যাটালগ দেখুন: https://saree.example/corporate', 'linkedin', 'selling', 5, 10, 5, 0, 0],
  ['নতুন মসলিন কালেকশন দেখেছেন? কেমন লাগল?', 'instagram', 'listening', 1, 18, 41, 15, 2],
  ['একটা শাড়ির পেছনে কত হাত: সুতা, রং, তাঁত, ইস্ত্রি।', 'x', 'sharing', 4, 8, 21, 3, 5],
  ['শাড়ি পরানোর ক্লাস শনিবার, চারটা আসন বাকি: https://saree.example/class', 'bluesky', 'selling', 6, 16, 6, 1, 1],
].map(toSeed);

function toSeed(row: (string | number)[]): Seed {
  const [text, platform, intent, daysAgo, hour, likes, replies, reposts] = row;
  return { text, platform, intent, daysAgo, hour, likes, replies, reposts } as Seed;
}

/** The stored records (src/core/model.ts PostRecord, v2) of a seeded week. */
function records(week: Seed[], lang: Lang, now: number) {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  return week.map((s, i) => {
    // `daysAgo` 0 is yesterday: the week is the seven whole days before today, none in the future.
    const time = today.getTime() - (s.daysAgo + 1) * DAY + s.hour * HOUR + ((i * 13) % 50) * 60_000;
    // A selling post keeps the selling nudge it was coached with (src/core/rules/).
    const findings =
      s.intent === 'selling' ? [{ rule: 'selling', reason: 'listening', severity: 'warn' }] : [];
    return {
      id: `shots:${lang}:${i}`,
      v: 2,
      time,
      platform: s.platform,
      kind: 'post',
      language: lang,
      intent: s.intent,
      intentScores: {
        selling: s.intent === 'selling' ? 2 : 0,
        listening: s.intent === 'listening' ? 2 : 0,
        sharing: 1,
      },
      quality: s.intent === 'selling' ? 58 + (i % 9) : 72 + ((i * 7) % 24),
      voice: 70 + ((i * 5) % 26),
      findings,
      characters: [...s.text].length,
      composeMs: 40_000 + ((i * 37_000) % 300_000),
      source: 'live',
      text: s.text,
      engagement: {
        likes: s.likes,
        replies: s.replies,
        reposts: s.reposts,
        // Counts are read a few hours after posting (src/content/counts/).
        readAt: Math.min(time + 6 * HOUR, now - 2 * HOUR),
      },
    };
  });
}

const GOALS = {
  postsPerWeek: 20,
  sellingRule: '80-20',
  focusPlatforms: ['instagram', 'facebook', 'x'],
  kpis: ['followers', 'enquiries'],
  weekStart: 1,
};

async function send(page: Page, msg: unknown): Promise<unknown> {
  const reply = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), msg);
  if (!(reply as { ok?: boolean }).ok)
    throw new Error(`${JSON.stringify(msg).slice(0, 80)}: ${JSON.stringify(reply)}`);
  return (reply as { value?: unknown }).value;
}

async function setLocal(
  page: Page,
  local: Record<string, unknown>,
  goals?: Record<string, unknown>,
): Promise<void> {
  await page.evaluate(
    async ({ local, goals }) => {
      await chrome.storage.local.set(local);
      if (goals) await chrome.storage.sync.set({ goals });
    },
    { local, goals },
  );
}

/** The owner's consent to read counts on X and Bluesky, their handles, and a reading 3 hours ago. */
function countsSettings(lang: Lang, now: number) {
  const handle = lang === 'en' ? 'millstreetbakery' : 'mirpursaree';
  return {
    readCounts: { x: true, bluesky: true },
    ownerHandles: { x: handle, bluesky: `${handle}.bsky.social` },
    countsLastRead: { x: now - 3 * HOUR, bluesky: now - 26 * HOUR },
  };
}

const shot = (name: string) => join(OUT, name);

async function openPopup(b: Browser, theme: Theme, query = ''): Promise<Page> {
  const p = await b.context.newPage();
  await p.setViewportSize({ width: 400, height: 600 });
  await p.emulateMedia({ colorScheme: theme });
  await p.goto(`chrome-extension://${b.extensionId}/src/popup/index.html${query}`);
  await p.waitForSelector('body[data-scorecard="ready"]', { timeout: 20_000 });
  await fontsReady(p);
  return p;
}

const fontsReady = (p: Page) => p.evaluate(() => document.fonts.ready.then(() => undefined));

/** The new owner's popup, then the seeded week: Scorecard, History, a post, Summary, options. */
async function popupAndOptions(b: Browser, home: Page, lang: Lang, now: number): Promise<void> {
  await send(home, { type: 'data/deleteAll' });
  const newTheme: Theme = lang === 'en' ? 'light' : 'dark';
  await setLocal(home, { setupDone: false, language: lang, theme: newTheme });
  let p = await openPopup(b, newTheme);
  await p.screenshot({ path: shot(`popup-new-${lang}-${newTheme}.png`), fullPage: true });
  await p.close();

  await send(home, { type: 'posts/put', records: records(lang === 'en' ? BAKERY : SAREE, lang, now) });
  for (const theme of ['light', 'dark'] as const) {
    await setLocal(home, { setupDone: true, language: lang, theme, ...countsSettings(lang, now) }, GOALS);
    p = await openPopup(b, theme);
    await p.waitForSelector('section.what-works li[data-feature]', { timeout: 20_000 });
    await p.screenshot({ path: shot(`popup-${lang}-${theme}.png`), fullPage: true });
    if (theme === newTheme) {
      await p.click('[role="tab"]:nth-child(2)');
      await p.waitForSelector('.post-row');
      await p.screenshot({ path: shot(`popup-history-${lang}-${theme}.png`), fullPage: true });
      // A selling post, with its nudge (the third of the week).
      await p.click(`.post-row[data-post="shots:${lang}:2"]`);
      await p.waitForSelector('article.detail');
      await p.screenshot({ path: shot(`popup-post-${lang}-${theme}.png`), fullPage: true });
      await p.click('[role="tab"]:nth-child(3)');
      await p.waitForSelector('[data-export="md"]');
      await p.screenshot({ path: shot(`popup-summary-${lang}-${theme}.png`), fullPage: true });
    }
    await p.close();
    const o = await b.context.newPage();
    await o.setViewportSize({ width: 900, height: 900 });
    await o.emulateMedia({ colorScheme: theme });
    await o.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    await o.waitForSelector('main.options');
    await fontsReady(o);
    await o.screenshot({ path: shot(`options-${lang}-${theme}.png`), fullPage: true });
    await o.close();
  }
}

const PILL = 'postcoach-pill[data-score]';

/** Frames the composer's card and the open panel together (as scripts/start.ts does). */
async function panelShot(page: Page, path: string): Promise<void> {
  const box = await page.evaluate(() => {
    const pill = [...document.querySelectorAll('postcoach-pill')].find((p) =>
      p.shadowRoot?.querySelector('.panel'),
    );
    const panel = pill?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    const main = document.querySelector('[data-fixture="main"]');
    const composer = (main?.closest('.card') ?? main)?.getBoundingClientRect();
    if (!panel || !composer) return null;
    const left = Math.max(0, Math.min(panel.left, composer.left) - 16);
    const top = Math.max(0, Math.min(panel.top, composer.top) - 16);
    return {
      x: left,
      y: top,
      width: Math.min(window.innerWidth, Math.max(panel.right, composer.right) + 16) - left,
      height: Math.min(window.innerHeight, Math.max(panel.bottom, composer.bottom) + 16) - top,
    };
  });
  await page.screenshot({ path, ...(box ? { clip: box } : {}) });
}

// The LinkedIn draft is past the feed's ~210-character fold; the X one is past 280: a thread.
const LINKEDIN_DRAFT =
  'We are excited to announce our revolutionary new autumn candle range!!! Best quality in town. ' +
  'FLASH SALE: 30% off everything this weekend only, use code GLOW30. Order now, link in bio.\n' +
  '#candles #handmade #shoplocal #autumn #gifts #cozy';
const X_DRAFT =
  'Big news from the bakery on Mill Street: from Monday we open at 7 am, an hour earlier, so you can ' +
  'grab a warm loaf on the way to work. The first twenty customers each day get a free cinnamon bun. ' +
  'We will also bake a gluten-free loaf every Wednesday and Friday. Which bread should we add next? ' +
  'Tell us in the replies, we read every one.';

async function pill(b: Browser, host: string, draft: string, names: [string, string]) {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 980, height: 900 });
  await page.goto(`https://${host}/?t=${Date.now()}`);
  await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady);
  const editor = page
    .locator('[data-fixture="main"] [contenteditable="true"], [data-fixture="main"] textarea')
    .first();
  await editor.click();
  await page.keyboard.type(draft, { delay: 1 });
  // Playwright's locators reach into open shadow roots, where a site may put the composer. The
  // pill has read the whole draft when its count reaches the draft's (a newline may count apart).
  const pillHost = page.locator(PILL).first();
  await pillHost.waitFor({ timeout: 15_000 });
  for (let tries = 0; Number(await pillHost.getAttribute('data-count')) < draft.length - 2; tries++) {
    if (tries > 150) throw new Error(`${host}: the pill never read the whole draft`);
    await page.waitForTimeout(100);
  }
  await page.locator(`${PILL} >> .pill`).click();
  await page.locator(`${PILL} >> .panel h2`).waitFor();
  await panelShot(page, shot(names[0]));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
  await panelShot(page, shot(names[1]));
  await page.close();
}

/** The Now tab for the X tab with a draft in it, and the line saying when counts were last read. */
async function now(b: Browser, home: Page, now: number): Promise<void> {
  await setLocal(
    home,
    { setupDone: true, language: 'en', theme: 'light', ...countsSettings('en', now) },
    GOALS,
  );
  const site = await b.context.newPage();
  await site.goto(`https://x.com/home?t=${Date.now()}`);
  await site.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady);
  await site.locator('[data-fixture="main"] [contenteditable="true"]').first().click();
  await site.keyboard.type(
    'FLASH SALE TODAY ONLY!!! 50% off every loaf, use code BREAD50 at checkout. Shop now, link in bio! #bread #sale #bakery #shoplocal #gifts',
  );
  await site.waitForSelector(PILL, { timeout: 15_000 });
  const tabId = await b.worker!.evaluate(async () => {
    const tabs: { id?: number; active?: boolean }[] = await chrome.tabs.query({ active: true });
    return tabs[0]?.id;
  });
  const p = await openPopup(b, 'light', `?tab=${tabId}`);
  await p.waitForSelector('section.now[data-draft="yes"]');
  await p.waitForSelector('.now-counts');
  await p.screenshot({ path: shot('popup-now-en-light.png'), fullPage: true });
  await p.close();
  await site.close();
}

/** The practice composer with a hostile X reply (en, light) and a Facebook comment (bn, dark). */
async function practice(b: Browser, home: Page, lang: Lang, theme: Theme, platform: string, kind: string) {
  await setLocal(home, { language: lang, theme });
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/src/practice/index.html`);
  await page.waitForSelector('postcoach-pill');
  await page.selectOption('#platform', platform);
  await page.selectOption('#kind', kind);
  await page.click('#draft');
  await page.keyboard.type(
    lang === 'en'
      ? "You're an idiot. Nobody asked for your stupid opinion, go away."
      : 'তুমি একটা গাধা। তোমার ফালতু মতামত কেউ চায়নি, চলে যাও।',
  );
  await page.waitForSelector(PILL, { timeout: 15_000 });
  await page.locator('postcoach-pill button.pill').click();
  await page.locator('postcoach-pill .panel').waitFor();
  await fontsReady(page);
  await page.screenshot({ path: shot(`practice-${lang}-${theme}.png`) });
  await page.close();
}

async function main(): Promise<void> {
  const fonts = execFileSync('fc-list', { encoding: 'utf8' });
  if (!/bengali/i.test(fonts)) throw new Error('No Bengali font: apt-get install -y fonts-noto-core');
  buildExtension();
  mkdirSync(OUT, { recursive: true });
  const fx = await serveFixtures();
  const b = await launch(fx.port);
  try {
    const home = await b.context.newPage();
    await home.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
    const t = Date.now();
    for (const lang of ['en', 'bn'] as const) await popupAndOptions(b, home, lang, t);
    await send(home, { type: 'data/deleteAll' });
    await send(home, { type: 'posts/put', records: records(BAKERY, 'en', t) });
    await now(b, home, t);
    await practice(b, home, 'en', 'light', 'x', 'reply');
    await practice(b, home, 'bn', 'dark', 'facebook', 'comment');
    await setLocal(home, { language: 'en', theme: 'auto' });
    await pill(b, 'www.linkedin.com', LINKEDIN_DRAFT, ['screenshot-pill.png', 'screenshot-pill-dark.png']);
    await pill(b, 'x.com', X_DRAFT, ['screenshot-pill-thread.png', 'screenshot-pill-thread-dark.png']);
    if (b.strayRequests.length) throw new Error(`requests left the machine: ${b.strayRequests.join(', ')}`);
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await b.close();
    await fx.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
