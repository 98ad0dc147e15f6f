// The background keeps the content script registered on exactly the sites the user added
// (customSites), granted (optional host permission) and switched on.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  origins: [] as string[],
  registered: [] as { id: string; matches: string[]; js: string[] }[],
  sent: [] as { tab: number; msg: unknown }[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async () => ({ ...state.local }),
        set: async (v: Record<string, unknown>) => Object.assign(state.local, v),
      },
      sync: { get: async () => ({}) },
      onChanged: { addListener: () => undefined },
    },
    permissions: {
      getAll: async () => ({ origins: [...state.origins] }),
      onAdded: { addListener() {} },
      onRemoved: { addListener() {} },
    },
    scripting: {
      getRegisteredContentScripts: async () => state.registered.map((s) => ({ ...s })),
      registerContentScripts: async (list: { id: string; matches: string[]; js: string[] }[]) => {
        state.registered.push(...list);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s) => !ids.includes(s.id));
      },
    },
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['assets/loader.js'] }] }) },
    tabs: {
      query: async () => [{ id: 7 }],
      sendMessage: async (tab: number, msg: unknown) => {
        state.sent.push({ tab, msg });
      },
    },
  },
}));

const { normalizeHost, syncSiteScripts } = await import('../../../src/background/sites');
const { forwardCommand } = await import('../../../src/background/commands');

beforeEach(() => {
  state.local = {};
  state.origins = [];
  state.registered = [];
  state.sent = [];
});

describe('user-added sites', () => {
  it('normalizes what the user types into a host', () => {
    expect(normalizeHost('https://Fosstodon.org/about')).toBe('fosstodon.org');
    expect(normalizeHost(' social.example.org:443 ')).toBe('social.example.org');
    expect(normalizeHost('not a host')).toBeNull();
    expect(normalizeHost('javascript:alert(1)')).toBeNull();
  });

  it('registers only listed, granted and enabled hosts, and unregisters the rest', async () => {
    state.local = {
      customSites: ['fosstodon.org', 'board.example.org', 'ungranted.example'],
      sites: { 'board.example.org': false },
    };
    state.origins = ['https://fosstodon.org/*', 'https://board.example.org/*'];
    expect(await syncSiteScripts()).toEqual(['fosstodon.org']);
    expect(state.registered).toEqual([
      expect.objectContaining({
        id: 'postcoach-site:fosstodon.org',
        matches: ['https://fosstodon.org/*'],
        js: ['assets/loader.js'],
      }),
    ]);
    state.local = { customSites: [] };
    expect(await syncSiteScripts()).toEqual([]);
    expect(state.registered).toEqual([]);
  });
});

describe('open-panel command', () => {
  it('forwards to the active tab only for its own command', async () => {
    await forwardCommand('something-else');
    expect(state.sent).toEqual([]);
    await forwardCommand('open-panel');
    expect(state.sent).toEqual([{ tab: 7, msg: { type: 'panel/open' } }]);
  });
});
