import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import {
  DEFAULT_SETTINGS,
  type KpiEntry,
  type PostRecord,
  type Settings,
  toRecord,
} from '../../src/core/model';
import { KINDS, PLATFORMS } from '../../src/core/types';
import {
  BACKUP_VERSION,
  type Backup,
  backupFileName,
  backupSettings,
  makeBackup,
  parseBackup,
  serializeBackup,
} from '../../src/import/backup';
import { ImportError } from '../../src/import/types';

const T0 = Date.UTC(2024, 0, 8, 9, 0, 0);

function record(i: number, text: string, keep = true): PostRecord {
  const platform = PLATFORMS[i % PLATFORMS.length]!;
  const kind = KINDS[i % KINDS.length]!;
  return toRecord(analyze(text, { platform, kind }), {
    id: i % 2 ? `live-${i}` : `x:${1000 + i}`,
    time: T0 + i * 3_600_000,
    composeMs: i % 2 ? 1234 + i : null,
    source: i % 2 ? 'live' : 'import',
    ...(keep ? { text } : {}),
  });
}

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  goals: {
    postsPerWeek: 5,
    sellingRule: '5-3-2',
    focusPlatforms: ['linkedin', 'x'],
    kpis: ['followers', 'enquiries'],
    weekStart: 0,
  },
  language: 'bn',
  theme: 'dark',
  disabledRules: ['content.hashtags'],
  sites: { reddit: false },
  customSites: ['fosstodon.org'],
  privacy: 'excerpt',
  retentionDays: 730,
  setupDone: true,
};
const kpis: KpiEntry[] = [
  { week: '2024-01-07', kpi: 'followers', value: 1204, time: T0 },
  { week: '2024-01-07', kpi: 'enquiries', value: 3.5, time: T0 + 1 },
];
const posts = [
  record(0, 'Fresh bread & buns 🍞 today! <script>alert(1)</script>'),
  record(1, 'আজ আমাদের দোকানে নতুন রুটি এসেছে! 🎉'),
  record(2, 'metrics only', false),
  record(3, 'Line one\nLine two "quoted" \\ backslash \u2028 separator'),
];

describe('backup', () => {
  it('round-trips exactly', () => {
    const backup = makeBackup({ posts, kpis, settings }, T0);
    const text = serializeBackup(backup);
    const back = parseBackup(text);
    expect(back).toEqual(backup);
    expect(backupSettings(back)).toEqual(settings);
    expect(serializeBackup(back)).toBe(text);
    expect(back.posts[2]).not.toHaveProperty('text');
    expect(backupFileName(backup)).toBe('postcoach-backup-2024-01-08.json');
  });

  it('round-trips any records (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean()), { maxLength: 20 }),
        (items) => {
          const rs = items.map(([t, keep], i) => record(i, t, keep));
          const b = makeBackup({ posts: rs, kpis: [], settings: DEFAULT_SETTINGS }, T0);
          expect(parseBackup(serializeBackup(b))).toEqual(b);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a backup from a newer version with a clear message', () => {
    const text = serializeBackup(makeBackup({ posts, kpis, settings }, T0)).replace(
      `"version": ${BACKUP_VERSION}`,
      `"version": ${BACKUP_VERSION + 1}`,
    );
    expect(() => parseBackup(text, 'postcoach-backup.json')).toThrow(
      `postcoach-backup.json, field "version": this backup was made by a newer Postcoach (backup version ${BACKUP_VERSION + 1}; this one reads up to ${BACKUP_VERSION}). Update Postcoach, then restore it again`,
    );
  });

  it('migrates a version 1 backup (goals inside settings, no KPI entries)', () => {
    const { goals, ...rest } = settings;
    const v1 = {
      format: 'postcoach-backup',
      version: 1,
      exportedAt: '2023-12-01T00:00:00.000Z',
      posts: posts.map(({ source, composeMs, ...old }) => old),
      settings: { ...rest, goals },
    };
    const b = parseBackup(JSON.stringify(v1));
    expect(b.version).toBe(BACKUP_VERSION);
    expect(b.kpis).toEqual([]);
    expect(b.goals).toEqual(goals);
    expect(b.settings).toEqual(rest);
    expect(b.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    // v1 records lacked source/composeMs: the database's record migration fills them.
    expect(b.posts.every((p) => p.composeMs === null && p.source === 'live')).toBe(true);
  });

  it('names the field of a broken record', () => {
    const b = makeBackup({ posts, kpis, settings }, T0) as unknown as { posts: Record<string, unknown>[] };
    b.posts[1]!.quality = 'high';
    try {
      parseBackup(JSON.stringify(b), 'b.json');
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as Error).message).toMatch(/^b\.json, item 2, field "posts\[1\]\.quality": /);
    }
  });

  it('refuses duplicates, non-backups and cut files', () => {
    const b = makeBackup({ posts: [posts[0]!, posts[0]!], kpis, settings }, T0);
    expect(() => parseBackup(serializeBackup(b))).toThrow(/appears twice/);
    expect(() => parseBackup('{"posts":[]}', 'x.json')).toThrow(
      'x.json, field "format": this is not a Postcoach backup',
    );
    const text = serializeBackup(makeBackup({ posts, kpis, settings }, T0));
    expect(() => parseBackup(text.slice(0, text.length / 2), 'half.json')).toThrow(
      /^half\.json, line \d+, column \d+: the file ends in the middle/,
    );
  });

  it('keeps settings valid when a hand edit broke them', () => {
    const b = JSON.parse(serializeBackup(makeBackup({ posts: [], kpis: [], settings }, T0))) as Backup & {
      settings: Record<string, unknown>;
    };
    b.settings.retentionDays = 12345;
    expect(parseBackup(JSON.stringify(b)).settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
  });
});
