// Sending typed messages to the background and reading its Reply.
import browser from 'webextension-polyfill';
import type { Message, Reply } from '../messages';

export async function send<T = unknown>(msg: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
  if (!reply) throw new Error('no reply from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
