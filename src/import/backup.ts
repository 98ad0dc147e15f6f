// Backup and restore: everything Postcoach keeps (posts, KPI entries, goals and settings) as one
// versioned JSON file. Pure: the options page reads the database and settings, calls
// makeBackup/serializeBackup to download, and parseBackup to restore (then sends `data/restore`
// and saves the settings). The round trip is exact: parseBackup(serializeBackup(b)) deep-equals b.
//
// Versions:
//   1  the pre-release shape: `{ format, version: 1, exportedAt, posts, settings }`, goals inside
//      settings and no KPI entries.
//   2  `{ format, version: 2, exportedAt, posts, kpis, goals, settings }` (settings without goals).
// A newer version is refused with a message saying so; an older one is migrated step by step.
import * as v from 'valibot';
import { KpiEntrySchema, PostRecordSchema } from '../background/validate';
import type { Goals, KpiEntry, PostRecord, Settings } from '../core/model';
import { upgradeRecord } from '../storage/db';
import { normalizeSettings } from '../storage/goals';
import { parseJson } from './text';
import { ImportError } from './types';

export const BACKUP_FORMAT = 'postcoach-backup';
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  posts: PostRecord[];
  kpis: KpiEntry[];
  goals: Goals;
  settings: Omit<Settings, 'goals'>;
}

export function makeBackup(
  data: { posts: PostRecord[]; kpis: KpiEntry[]; settings: Settings },
  now = Date.now(),
): Backup {
  const { goals, ...settings } = data.settings;
  const posts = [...data.posts].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    posts,
    kpis: [...data.kpis],
    goals,
    settings,
  };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export function backupFileName(backup: Backup): string {
  return `postcoach-backup-${backup.exportedAt.slice(0, 10)}.json`;
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** v1 → v2: goals move out of settings; KPI entries did not exist. */
function v1to2(raw: Json): Json {
  const settings = isObj(raw.settings) ? { ...raw.settings } : {};
  const goals = settings.goals;
  delete settings.goals;
  return { ...raw, version: 2, kpis: [], goals, settings };
}

const MIGRATIONS: Record<number, (raw: Json) => Json> = { 1: v1to2 };

/** Reads a backup file's text; throws ImportError saying what is wrong and where. */
export function parseBackup(text: string, file = 'backup.json'): Backup {
  let raw = parseJson(text, file);
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT) {
    throw new ImportError('this is not a Postcoach backup (no "format": "postcoach-backup")', {
      file,
      field: 'format',
    });
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(`the backup version ${JSON.stringify(version)} is not a version number`, {
      file,
      field: 'version',
    });
  }
  if (version > BACKUP_VERSION) {
    throw new ImportError(
      `this backup was made by a newer Postcoach (backup version ${version}; this one reads up to ${BACKUP_VERSION}). ` +
        'Update Postcoach, then restore it again',
      { file, field: 'version' },
    );
  }
  for (let at = version; at < BACKUP_VERSION; at++) raw = MIGRATIONS[at]!(raw as Json);
  const b = raw as Json;

  if (!Array.isArray(b.posts)) throw new ImportError('"posts" should be a list', { file, field: 'posts' });
  if (!Array.isArray(b.kpis)) throw new ImportError('"kpis" should be a list', { file, field: 'kpis' });
  const posts: PostRecord[] = b.posts.map((p, i) => {
    // Records from older record versions get what they lack (the database's own migration).
    const upgraded = upgradeRecord(p) ?? p;
    const r = v.safeParse(PostRecordSchema, upgraded);
    if (!r.success)
      throw new ImportError(issue(r.issues), { file, item: i, field: `posts[${i}]${path(r.issues)}` });
    return r.output as PostRecord;
  });
  const kpis: KpiEntry[] = b.kpis.map((k, i) => {
    const r = v.safeParse(KpiEntrySchema, k);
    if (!r.success)
      throw new ImportError(issue(r.issues), { file, item: i, field: `kpis[${i}]${path(r.issues)}` });
    return r.output as KpiEntry;
  });
  const ids = new Set<string>();
  posts.forEach((p, i) => {
    if (ids.has(p.id))
      throw new ImportError(`the id "${p.id}" appears twice`, { file, field: `posts[${i}].id` });
    ids.add(p.id);
  });
  const settings = normalizeSettings(isObj(b.settings) ? b.settings : {}, {
    goals: isObj(b.goals) ? b.goals : {},
  });
  const { goals, ...rest } = settings;
  const exportedAt = typeof b.exportedAt === 'string' ? b.exportedAt : new Date(0).toISOString();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, posts, kpis, goals, settings: rest };
}

/** The settings a restore writes back (goals included). */
export function backupSettings(backup: Backup): Settings {
  return { ...backup.settings, goals: backup.goals };
}

type Issues = [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]];
function path(issues: Issues): string {
  const p = issues[0].path?.map((x) => String(x.key)) ?? [];
  return p.length ? `.${p.join('.')}` : '';
}
function issue(issues: Issues): string {
  return issues[0].message;
}
