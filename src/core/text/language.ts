import type { Language } from '../types';

/**
 * Bengali when at least a quarter of the letters are in the Bengali block: small-business posts
 * in Bangladesh mix English words (অফার, "50% off") into Bengali text, and the reader of such a
 * post reads Bengali. Counting stops early on long texts: the first 2,000 letters decide.
 */
const BENGALI = /[\u0985-\u09b9]/;

export function detectLanguage(text: string): Language {
  if (!BENGALI.test(text)) return 'en';
  let bengali = 0;
  let letters = 0;
  const n = text.length;
  for (let i = 0; i < n && letters < 2000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0980 && c <= 0x09ff) {
      // Bengali letters (not signs, digits or the danda).
      if ((c >= 0x0985 && c <= 0x09b9) || c === 0x09ce || (c >= 0x09dc && c <= 0x09df)) {
        bengali++;
        letters++;
      }
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
    }
  }
  return letters > 0 && bengali * 4 >= letters ? 'bn' : 'en';
}
