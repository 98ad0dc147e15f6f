import { makeAdapter } from '../site';
import { selectors } from './selectors';

/** The server's own limit, from the page's initial state (servers can raise the default 500). */
function serverLimit(doc: Document): number | undefined {
  const script = doc.getElementById('initial-state');
  if (!script?.textContent) return undefined;
  try {
    const state = JSON.parse(script.textContent) as {
      configuration?: { statuses?: { max_characters?: unknown } };
    };
    const max = state.configuration?.statuses?.max_characters;
    return typeof max === 'number' && max > 0 ? max : undefined;
  } catch {
    return undefined;
  }
}

export const mastodon = makeAdapter('mastodon', selectors, {
  // Any instance: the built-in host, or any server the user added whose page has the web UI root.
  matches: (location, doc) =>
    selectors.hosts.includes(location.hostname) || doc.getElementById('mastodon') !== null,
  limit: serverLimit,
});
