// The Chrome and Firefox manifests written from crxjs's one manifest (scripts/targets.ts).
import { describe, expect, it } from 'vitest';
import {
  chromeManifest,
  FIREFOX_ANDROID_MIN,
  FIREFOX_MIN,
  firefoxDir,
  firefoxManifest,
  GECKO_ID,
  withClassicContentScripts,
} from '../../scripts/targets';

const crxjs = () => ({
  manifest_version: 3,
  version: '1.2.3',
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  permissions: ['storage'],
  web_accessible_resources: [
    { matches: ['https://x.com/*'], resources: ['assets/a.js'], use_dynamic_url: false },
  ],
});

describe('browser targets', () => {
  it('Chrome: web-accessible files only at the dynamic URL; nothing else changes', () => {
    const input = crxjs();
    const out = chromeManifest(input);
    expect(out.web_accessible_resources).toEqual([
      { matches: ['https://x.com/*'], resources: ['assets/a.js'], use_dynamic_url: true },
    ]);
    expect({ ...out, web_accessible_resources: undefined }).toEqual({
      ...input,
      web_accessible_resources: undefined,
    });
    expect(input.web_accessible_resources[0]!.use_dynamic_url).toBe(false); // not mutated
  });

  it('Firefox: background scripts beside the worker, gecko settings, no use_dynamic_url', () => {
    const out = firefoxManifest(crxjs());
    expect(out.background).toEqual({
      service_worker: 'service-worker-loader.js',
      scripts: ['service-worker-loader.js'],
      type: 'module',
    });
    expect(out.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
    });
    expect(out.web_accessible_resources).toEqual([
      { matches: ['https://x.com/*'], resources: ['assets/a.js'] },
    ]);
    expect(out.version).toBe('1.2.3');
  });

  it('dist/chrome → dist/firefox', () => {
    expect(firefoxDir('/r/dist/chrome')).toBe('/r/dist/firefox');
    expect(firefoxDir('/tmp/out')).toBe('/tmp/out-firefox');
  });
});

describe('Firefox content script (issue 12, finding 9)', () => {
  it('runs the classic bundle in place of the loader; the module is no longer web-accessible', () => {
    const m = {
      content_scripts: [{ js: ['assets/loader.js'], matches: ['https://x.com/*'] }],
      web_accessible_resources: [
        {
          matches: ['https://*/*', 'https://x.com/*'],
          resources: ['assets/module.js', 'assets/messages-a.js'],
        },
      ],
    };
    const out = withClassicContentScripts(m, [
      {
        loader: 'assets/loader.js',
        file: 'assets/loader-classic.js',
        module: 'assets/module.js',
        code: 'ok();',
      },
    ]);
    expect(out.content_scripts).toEqual([{ js: ['assets/loader-classic.js'], matches: ['https://x.com/*'] }]);
    expect(out.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts[0]!.js).toEqual(['assets/loader.js']); // not mutated
  });
});
