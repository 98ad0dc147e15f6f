// Test hooks, on only in the end-to-end build (`vite build --mode e2e`, dist/e2e/) and in unit
// tests (vitest's mode is `test`). Vite replaces `import.meta.env.MODE` with a string literal, so
// in the production build this is `false` and everything it guards is dropped by the minifier:
// the shipped pill has a closed shadow root and writes no data-* state on the page (a page
// could otherwise read the user's muted rules and UI language from them, and click its buttons).
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';
