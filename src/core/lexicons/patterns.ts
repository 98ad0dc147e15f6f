// Selling cues that are shapes rather than words, data only. Each expression is linear
// (no nested quantifiers) and global; digits are ASCII or Bengali (০-৯).

const D = '[0-9০-৯]';

export const SELLING_PATTERNS = {
  // A price: a currency sign or code before a number ($25, ৳ 1,200, Tk.500, Rs 99), or a number
  // followed by a currency word (500 টাকা, 1200tk, 25 dollars, 499/-). The look-behind lets a run
  // of digits be tried from its first digit only, which keeps the search linear.
  price: new RegExp(
    `(?:[$£€₹৳]|\\b(?:tk|bdt|usd|rs|inr|gbp|eur)\\.?)\\s?${D}[0-9০-৯,]*(?:\\.${D}+)?` +
      `|(?<![0-9০-৯.,])${D}[0-9০-৯,]*(?:\\.${D}+)?\\s?(?:tk\\b|taka\\b|bdt\\b|usd\\b|dollars?\\b|bucks\\b|pounds?\\b|p(?:/|\\b)|টাকা|৳|/-|k\\s?টাকা)`,
    'giu',
  ),
  // A discount in per cent: "20% off", "৩০% ছাড়", "up to 50% discount".
  percentOff: new RegExp(
    `${D}{1,3}\\s?%\\s?(?:off\\b|ছাড়|ডিসকাউন্ট|discount|sale\\b|less\\b|cashback)|(?:up to|save)\\s${D}{1,3}\\s?%|${D}{1,3}\\s?%\\s?পর্যন্ত` +
      `|${D}{1,3}(?:\\.${D})?\\s?%\\s?(?:apr\\b|interest\\b|installments?\\b|cashback\\b|returns?\\b|profit\\b|ক্যাশব্যাক|লাভ|মুনাফা|সুদ|কিস্তি)`,
    'giu',
  ),
  // A promo code in capitals after "code" ("use code SPRING20", "কোড: EID30").
  promoCode: /(?:code|coupon|promo|কোড|কুপন)\s?[:\-–]?\s?["“']?[A-Z][A-Z0-9]{2,}/gu,
  // A phone number to order on: Bangladeshi mobiles (01XXXXXXXXX, +880…) in either script, or
  // any number written the way a national or international one is (0 or +country, 10–12 digits).
  // No digit may follow (\b would need an ASCII letter or digit beside a Bengali digit).
  phone:
    /(?:\+?(?:880|৮৮০)[\s-]?)?[0০][1১][3-9৩-৯][0-9০-৯]{2}[\s-]?[0-9০-৯]{6}(?![0-9০-৯])|(?<![0-9])(?:\+[1-9][0-9]{0,2}[\s-]?|0)[0-9]{3,4}[\s-]?[0-9]{3}[\s-]?[0-9]{3,4}(?![0-9])/gu,
  // "Text JOIN to 80155", "reply YES to 6060": a keyword to send to a short code.
  shortCode: /\b(?:txt|text|send|reply|sms)\b[^.!?\n]{0,24}?\bto\s?[0-9]{4,6}\b/giu,
} as const;

export type SellingPattern = keyof typeof SELLING_PATTERNS;

/**
 * What each pattern cannot match without: a cheap test that spares the full expression on the
 * many posts that have no currency, no per cent sign, no code and no long number. `digits` is
 * how many digits (ASCII or Bengali) the text has (digitCount), counted once for all of them.
 */
const CURRENCY = /[$£€₹৳]|টাকা|\/-|tk|taka|bdt|usd|dollar|buck|pound|[0-9]p\b|rs|inr|gbp|eur/i;
// A phone number has ten digits at least (0 and nine more, or a country code and nine).
const PHONE_DIGITS = 10;

export const PATTERN_GATES: Record<SellingPattern, (text: string, digits: number) => boolean> = {
  price: (t, digits) => digits > 0 && CURRENCY.test(t),
  percentOff: (t, digits) => digits > 0 && t.includes('%'),
  promoCode: (t) => /code|coupon|promo|কোড|কুপন/i.test(t),
  phone: (_t, digits) => digits >= PHONE_DIGITS,
  shortCode: (t, digits) => digits >= 4 && /to\s?[0-9]{4}/.test(t),
};

/** ASCII and Bengali digits in the text, for the gates above. */
export function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0x9e6 && c <= 0x9ef)) n++;
  }
  return n;
}

/**
 * Verbs an ad opens a sentence with to address the reader ("Train your brain with …", "Treat
 * yourself", "Create … with Clipo"); with "your" or a named product after them they sell.
 */
export const IMPERATIVES = new Set(
  'train|create|get|try|buy|order|shop|book|grab|claim|call|visit|join|discover|experience|enjoy|save|upgrade|unlock|download|treat|start|learn|boost|transform|protect|earn|make|switch|pamper|sign'.split(
    '|',
  ),
);

/**
 * Links that sell by their shape: a link shortener or a chat-to-order link (wa.me, m.me), and a
 * shop's path (/shop, /products, /collections, /cart …). Tested on one URL's text.
 */
export const SHORT_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|is\.gd|buff\.ly|rb\.gy|cutt\.ly|t\.ly|lnkd\.in|linktr\.ee|wa\.me|m\.me|amzn\.to)\//i;
export const SHOP_LINK =
  /\/(?:shop|store|products?|collections?|cart|checkout|buy|order|deals?|offers?|sale)(?:[/?#.\-_]|$)/i;
