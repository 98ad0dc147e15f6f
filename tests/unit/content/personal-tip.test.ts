// @vitest-environment happy-dom
// In the pill, a draft whose habit goes against the owner's own counts gets the
// personal tip ("your posts with a link get 1/3 of the replies…") beside the general nudges; a
// session without findings (or a draft without the habit) shows none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import type { Catalog } from '../../../src/core/i18n';
import type { OwnerFinding } from '../../../src/core/owner-findings';

const en = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Catalog;
vi.mock('../../../src/content/ext', () => ({
  ext: { i18n: { getMessage: (id: string) => (id === '@@ui_locale' ? 'en_US' : (en[id]?.message ?? '')) } },
}));

const LINK: OwnerFinding = { feature: 'link', value: 'true', ratio: 1 / 3, n: 9, others: 34 };
const TIP =
  'From your own counts: your posts with a link get 1/3 of the replies, reposts and likes (9 posts against 34).';

async function pillText(text: string, owner: OwnerFinding[]): Promise<string> {
  const { Session } = await import('../../../src/content/session');
  // The engine comes with the lazy coach chunk (src/content/load-coach.ts).
  await (await import('../../../src/content/load-coach')).loadCoach();
  const { formatMessage } = await import('../../../src/core/i18n');
  const box = document.createElement('textarea');
  document.body.append(box);
  const session = new Session(box, {
    adapter: { id: 'x', isSendKey: () => false, kind: () => 'post', scope: () => document.body } as never,
    lang: () => 'en',
    format:
      () =>
      (id, ...params) =>
        formatMessage({ id, params }, en, 'en'),
    disabledRules: () => new Set(),
    ownerFindings: () => owner,
    muteRule: () => undefined,
    requestLayout: () => undefined,
    typing: () => undefined,
    paused: () => undefined,
    sent: new Set(),
    recorded: () => undefined,
  });
  box.value = text;
  session.refresh();
  const root = document.querySelector('postcoach-pill')!.shadowRoot!;
  // The pill ignores synthetic clicks (only the user's are trusted): open its panel directly.
  session.pill.openPanel();
  const out = root.querySelector('.panel')?.textContent ?? '';
  expect(out.length).toBeGreaterThan(20); // the panel is open and says something
  session.destroy();
  box.remove();
  return out;
}

test('a draft with a link, for an owner whose link posts do worse, shows the personal tip', async () => {
  const draft = 'Our new menu is up, come and see what is baking this week: https://example.com/menu';
  expect(await pillText(draft, [LINK])).toContain(TIP);
  expect(await pillText(draft, [])).not.toContain('From your own counts');
  expect(await pillText('Our new menu is up, come and see what is baking this week.', [LINK])).not.toContain(
    'From your own counts',
  );
});
