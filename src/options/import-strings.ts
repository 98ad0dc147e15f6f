// The import and backup section's words in both languages. Kept beside the section (rather
// than in _locales) so the section can be built and reviewed on its own; `{0}` is a parameter.
import type { Language } from '../core/types';

const en = {
  title: 'Bring your past posts',
  intro:
    'Import the posts from a platform’s data download so your scorecard shows your real habits from day one. The file is read on this computer; nothing is sent anywhere.',
  formats:
    'X archive (.zip or data/tweets.js), Mastodon archive (.zip or outbox.json), Bluesky repository (.car), LinkedIn Shares.csv or export .zip, Facebook your_posts_1.json, Instagram posts_1.json.',
  choose: 'Choose a file',
  drop: 'or drop it here',
  reading: 'Reading {0}…',
  analysing: 'Analysing {0} of {1} posts…',
  saving: 'Saving {0} of {1} posts…',
  done: 'Done.',
  already: '{0} were already in your history and were left as they were.',
  added: '{0} new posts were added to your history.',
  expired: '{0} are older than your retention period ({1} days) and were not kept.',
  withCounts:
    '{0} of {1} posts brought their likes and reposts from the archive (X archives hold no reply counts).',
  noCounts: '{0} archives carry no counts of replies, reposts or likes, so these posts have none yet.',
  countsUpdated: '{0} posts already in your history got the archive’s newer counts.',
  nothing: 'Nothing was written.',
  failed: 'Could not import this file',
  cancelImport: 'Cancel import',
  cancelled: 'Import cancelled. Nothing was written; your history is as it was.',
  invalidSkipped: '{0} items could not be read and were skipped; the first ones:',
  restoreFailed: 'Could not restore this backup',
  backupTitle: 'Backup',
  backupIntro:
    'Download everything Postcoach keeps — posts, KPI entries, goals and settings — as one file, and restore it in another browser.',
  download: 'Download backup',
  restore: 'Restore from a backup',
  restoreConfirm:
    'Replace your history with the {0} posts and {1} KPI entries from this backup (made {2}), and its goals and settings?',
  restoreYes: 'Replace and restore',
  cancel: 'Cancel',
  restored: 'Restored {0} posts and {1} KPI entries.',
  downloaded: 'Backup downloaded: {0} posts, {1} KPI entries.',
};

const bn: typeof en = {
  title: 'আগের পোস্টগুলো আনুন',
  intro:
    'প্ল্যাটফর্মের ডেটা ডাউনলোড থেকে পোস্ট আনুন, যাতে প্রথম দিন থেকেই স্কোরকার্ডে আপনার আসল অভ্যাস দেখা যায়। ফাইলটি এই কম্পিউটারেই পড়া হয়; কিছুই কোথাও পাঠানো হয় না।',
  formats:
    'X আর্কাইভ (.zip বা data/tweets.js), Mastodon আর্কাইভ (.zip বা outbox.json), Bluesky রিপোজিটরি (.car), LinkedIn Shares.csv বা এক্সপোর্ট .zip, Facebook your_posts_1.json, Instagram posts_1.json।',
  choose: 'ফাইল বেছে নিন',
  drop: 'অথবা এখানে ছেড়ে দিন',
  reading: '{0} পড়া হচ্ছে…',
  analysing: '{1}টির মধ্যে {0}টি পোস্ট বিশ্লেষণ হচ্ছে…',
  saving: '{1}টির মধ্যে {0}টি পোস্ট সংরক্ষণ হচ্ছে…',
  done: 'হয়ে গেছে।',
  already: '{0}টি আগে থেকেই ইতিহাসে ছিল, সেগুলো যেমন ছিল তেমনই আছে।',
  added: 'ইতিহাসে {0}টি নতুন পোস্ট যোগ হয়েছে।',
  expired: '{0}টি আপনার সংরক্ষণকালের ({1} দিন) চেয়ে পুরোনো, তাই রাখা হয়নি।',
  withCounts:
    '{1}টি পোস্টের মধ্যে {0}টি আর্কাইভ থেকে লাইক ও রিপোস্টের সংখ্যা নিয়ে এসেছে (X আর্কাইভে উত্তরের সংখ্যা থাকে না)।',
  noCounts: '{0} আর্কাইভে উত্তর, রিপোস্ট বা লাইকের কোনো সংখ্যা থাকে না, তাই এই পোস্টগুলোর এখনো কোনো সংখ্যা নেই।',
  countsUpdated: 'ইতিহাসে আগে থেকে থাকা {0}টি পোস্ট আর্কাইভের নতুন সংখ্যা পেয়েছে।',
  nothing: 'কিছুই লেখা হয়নি।',
  failed: 'এই ফাইলটি আনা গেল না',
  cancelImport: 'আনা বাতিল করুন',
  cancelled: 'আনা বাতিল হয়েছে। কিছুই লেখা হয়নি; আপনার ইতিহাস আগের মতোই আছে।',
  invalidSkipped: '{0}টি আইটেম পড়া যায়নি, তাই বাদ দেওয়া হয়েছে; প্রথমগুলো:',
  restoreFailed: 'এই ব্যাকআপ ফিরিয়ে আনা গেল না',
  backupTitle: 'ব্যাকআপ',
  backupIntro:
    'Postcoach যা রাখে — পোস্ট, KPI, লক্ষ্য ও সেটিংস — সব একটি ফাইলে ডাউনলোড করুন, আর অন্য ব্রাউজারে ফিরিয়ে আনুন।',
  download: 'ব্যাকআপ ডাউনলোড করুন',
  restore: 'ব্যাকআপ থেকে ফিরিয়ে আনুন',
  restoreConfirm: 'আপনার ইতিহাসের বদলে এই ব্যাকআপের ({2}) {0}টি পোস্ট, {1}টি KPI এবং এর লক্ষ্য ও সেটিংস বসাবেন?',
  restoreYes: 'বদলে ফিরিয়ে আনুন',
  cancel: 'বাতিল',
  restored: '{0}টি পোস্ট ও {1}টি KPI ফিরিয়ে আনা হয়েছে।',
  downloaded: 'ব্যাকআপ ডাউনলোড হয়েছে: {0}টি পোস্ট, {1}টি KPI।',
};

export type ImportStringId = keyof typeof en;

export function importStrings(lang: Language) {
  const table = lang === 'bn' ? bn : en;
  return (id: ImportStringId, ...params: string[]) =>
    table[id].replace(/\{(\d)\}/g, (_, i: string) => params[Number(i)] ?? '');
}
