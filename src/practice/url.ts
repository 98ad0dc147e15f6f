// Where the practice composer is, inside the extension's own origin (the build keeps the page's
// source path, as it does for src/popup/index.html and src/options/index.html).
export const PRACTICE_PAGE = '/src/practice/index.html';

/** The practice page opened for one site's kind of composer (`?platform=`). */
export const practiceUrl = (platform?: string): string =>
  platform ? `${PRACTICE_PAGE}?platform=${encodeURIComponent(platform)}` : PRACTICE_PAGE;
