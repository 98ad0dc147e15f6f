// What both real-site suites (tests/e2e/real-sites.test.ts in Chromium, tests/firefox/
// real-sites.test.ts in Firefox ESR) type and expect, so that the two browsers run the same flow.
import assert from 'node:assert/strict';
import type { Scenario } from './scenarios';

export const DRAFT = 'Thank you all for coming to the tasting, it made our week! What should we bake next?';
export const FAILING = 'This one will FAIL to send, sorry';
export const FIRST = 'Thanks for the kind words, see you on Saturday at the market stall!';
export const SECOND = 'One more thing: what time suits you best for the next tasting?';
/** Lines typed after the draft (Shift+Enter before each) so that the composer grows. */
export const GROW = [
  'We had rye, spelt and a seeded loaf.',
  'Tell us which one you liked most.',
  'See you soon!',
];

/** The records stored by one successful send of `text`: exactly one, live, the scenario's platform and kind. */
export function assertOneRecord(records: Array<Record<string, unknown>>, s: Scenario, text: string): void {
  assert.equal(records.length, 1, 'one record after the successful send');
  const rec = records[0]!;
  assert.equal(rec.text, text);
  assert.equal(rec.platform, s.platform);
  assert.equal(rec.kind, s.kind);
  assert.equal(rec.source, 'live');
}

/** What the send flow needs from a browser's suite (playwright in Chromium, puppeteer in Firefox). */
export interface SendDriver {
  storedIds(): Promise<Set<unknown>>;
  /** Opens the scenario's composer if needed, clicks into it and types (after any prefill). */
  typeInto(text: string): Promise<void>;
  /** Opens the composer again when it closed after a send. */
  ensureOpen(): Promise<void>;
  clickEditor(): Promise<void>;
  clearEditor(): Promise<void>;
  type(text: string): Promise<void>;
  send(): Promise<void>;
  waitForAlert(): Promise<void>;
  editorText(): Promise<string>;
  recordsSince(earlier: Set<unknown>, n: number): Promise<Array<Record<string, unknown>>>;
}

/**
 * A failed send, then two successful ones from the same composer: the failure is stored not at
 * all, each success exactly once (a duplicate or a late record of the failed send breaks the
 * list of two).
 */
export async function sendFlow(d: SendDriver, s: Scenario): Promise<void> {
  const earlier = await d.storedIds();
  await d.typeInto(FAILING);
  await d.send();
  await d.waitForAlert();
  assert.match(await d.editorText(), /FAIL/);
  // The user fixes the text and sends again.
  await d.clearEditor();
  const first = `${s.prefill ?? ''}${FIRST}`;
  await d.type(first);
  await d.send();
  assertOneRecord(await d.recordsSince(earlier, 1), s, first);
  // The submit page goes to the new post: there is no second composer to send from.
  if (s.id === 'rd-submit') return;
  // A second post from the same composer (reopened when it closed).
  const second = `${s.prefill ?? ''}${SECOND}`;
  await d.ensureOpen();
  if (s.prefill !== undefined) await d.clearEditor();
  else await d.clickEditor();
  await d.type(second);
  await d.send();
  const twice = await d.recordsSince(earlier, 2);
  assert.deepEqual(
    twice.map((r) => r.text),
    [first, second],
  );
}
