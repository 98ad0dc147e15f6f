import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { SITE_MATCHES } from './src/sites/matches';

// The least permissions that work: `storage` for settings, host access only to the eight
// sites (content scripts), and optional host permissions for sites the user adds himself
// (a Mastodon server, any other site), requested at the moment they are added.
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: 'Postcoach',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'en',
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_popup: 'src/popup/index.html',
    default_title: '__MSG_extName__',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  // `scripting`: registers the content script on the Mastodon servers and other sites the user
  // added (src/background/sites.ts), only after their optional host permission was granted.
  permissions: ['storage', 'scripting'],
  optional_host_permissions: ['https://*/*'],
  content_scripts: [
    {
      matches: SITE_MATCHES,
      js: ['src/content/index.ts'],
      run_at: 'document_idle',
      all_frames: false,
    },
  ],
  commands: {
    'open-panel': {
      suggested_key: { default: 'Alt+Shift+P' },
      description: '__MSG_commandOpenPanel__',
    },
  },
});
