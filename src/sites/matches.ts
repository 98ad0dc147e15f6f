// Host patterns of the eight built-in sites, shared by the manifest and the site registry.
// Mastodon has no fixed host: servers are added by the user as optional permissions.
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://bsky.app/*',
  'https://www.reddit.com/*',
  'https://mastodon.social/*',
];
