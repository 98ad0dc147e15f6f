// The one place where the content script meets the browser's extension API. Chrome (MV3) and
// Firefox both return promises from their native namespaces (`chrome.*`, `browser.*`), so the
// content script uses them directly: webextension-polyfill and the settings module (≈4 KB gzip
// together) would otherwise take a tenth of the content script's 40 KB budget. Extension pages
// and the background keep using the polyfill.
import type Browser from 'webextension-polyfill';
import type { CStoBG, Replies, Reply } from '../messages';

type Ext = Pick<Browser.Browser, 'runtime' | 'storage' | 'i18n'>;

const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
export const ext: Ext = (g.browser?.runtime?.id ? g.browser : g.chrome) as Ext;

/** False once the extension was updated or removed under this page (the script is an orphan). */
export const alive = (): boolean => {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
};

/**
 * Sends a message to the background, typed by src/messages.ts `Replies`; undefined when no reply
 * came (a service worker stopped while it handled the message).
 */
export const toBackground = <M extends CStoBG>(msg: M): Promise<Reply<Replies[M['type']]> | undefined> =>
  ext.runtime.sendMessage(msg) as Promise<Reply<Replies[M['type']]> | undefined>;
