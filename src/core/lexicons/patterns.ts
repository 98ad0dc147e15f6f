// Selling cues that are shapes rather than words, data only. Each expression is linear
// (no nested quantifiers) and global; digits are ASCII or Bengali (০-৯).

const D = '[0-9০-৯]';

export const SELLING_PATTERNS = {
  // A price: a currency sign or code before a number ($25, ৳ 1,200, Tk.500, Rs 99), or a number
  // followed by a currency word (500 টাকা, 1200tk, 25 dollars, 499/-). The look-behind lets a run
  // of digits be tried from its first digit only, which keeps the search linear.
  price: new RegExp(
    `(?:[$£€₹৳]|\\b(?:tk|bdt|usd|rs|inr|gbp|eur)\\.?)\\s?${D}[0-9০-৯,]*(?:\\.${D}+)?` +
      `|(?<![0-9০-৯.,])${D}[0-9০-৯,]*(?:\\.${D}+)?\\s?(?:tk\\b|taka\\b|bdt\\b|usd\\b|dollars?\\b|bucks\\b|টাকা|৳|/-|k\\s?টাকা)`,
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
  // A phone number to order on: Bangladeshi mobiles (01XXXXXXXXX, +880…) in either script.
  phone: /(?:\+?(?:880|৮৮০)[\s-]?)?[0০][1১][3-9৩-৯][0-9০-৯]{2}[\s-]?[0-9০-৯]{6}\b/gu,
} as const;

export type SellingPattern = keyof typeof SELLING_PATTERNS;

/**
 * What each pattern cannot match without: a cheap test that spares the full expression on the
 * many posts that have no currency, no per cent sign, no code and no long number.
 */
const DIGIT = /[0-9০-৯]/;
const CURRENCY = /[$£€₹৳]|টাকা|\/-|tk|taka|bdt|usd|dollar|buck|rs|inr|gbp|eur/i;

export const PATTERN_GATES: Record<SellingPattern, (text: string) => boolean> = {
  price: (t) => DIGIT.test(t) && CURRENCY.test(t),
  percentOff: (t) => t.includes('%'),
  promoCode: (t) => /code|coupon|promo|কোড|কুপন/i.test(t),
  phone: (t) => /[0০][1১][0-9০-৯]{7}/.test(t),
};

/** How much one match of each pattern weighs toward `selling` (see categories.ts). */
export const PATTERN_WEIGHTS: Record<SellingPattern, number> = {
  price: 2.5,
  percentOff: 3,
  promoCode: 3,
  phone: 1.5,
};
