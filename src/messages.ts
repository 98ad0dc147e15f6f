// The typed protocol between content scripts, popup, options and background: one
// discriminated union. The background validates every message at its door (see
// src/background/validate.ts) before acting on it.
import type { Analysis, Kind, Platform } from './core/types';

/** Sent by the content script when a post was really sent (composer emptied or closed). */
export interface PostSentMessage {
  type: 'post/sent';
  /** Made when the draft started, so a double click on the send button records once. */
  draftId: string;
  platform: Platform;
  kind: Kind;
  /** When it was sent, ms since the epoch. */
  time: number;
  /** First keystroke to send, in ms. */
  composeMs: number;
  text: string;
  analysis: Analysis;
}

/** Asked by the popup of the active tab's content script. */
export interface DraftGetMessage {
  type: 'draft/get';
}

export type Message = PostSentMessage | DraftGetMessage;
export type MessageType = Message['type'];

/** Every reply has this shape, so a caller can tell an error from a result. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
