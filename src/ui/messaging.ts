// Sending typed messages to the background and reading its Reply: the reply's type follows from
// the message's (src/messages.ts `Replies`), so a caller cannot pick a wrong one.
import browser from 'webextension-polyfill';
import type { Replies, Reply, UItoBG } from '../messages';

export async function send<M extends UItoBG>(msg: M): Promise<Replies[M['type']]> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<Replies[M['type']]> | undefined;
  if (!reply) throw new Error('no reply from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
