// Deciding whether a post was sent, as pure state machines over what the session observes: no
// DOM, no timers, no browser API (the session reads the page and keeps the clock). Two questions:
//
// 1. Whose text is it? (`Provenance`) The page shares the composer with the user and can set its
//    text and dispatch clicks and keys (a page stored 1,340 fake "sent" posts in 15 s).
//    A draft counts only when the user gave it trusted input (keydown, beforeinput, paste, drop),
//    and the text sent is one the user left there: the text read after their last edit, or the
//    text being typed right now. A text the page swapped in after the user's last edit is not.
//
// 2. Did the send go out? (`SendTracker`) A send attempt (a trusted click on a control of the
//    composer's, or its send key) is confirmed when the composer empties, or the composer or its
//    dialog goes away, within `CONFIRM_MS`, with no new error alert. Text that stays means it
//    failed; the user editing again before that means they are fixing it.

/** How long a send may take to empty or close the composer before it counts as failed. */
export const CONFIRM_MS = 4000;
/**
 * An edit of the composer's DOM this long after the user's last trusted input is the page's, not
 * theirs. Editors render a keystroke within a frame or two (Draft.js, Lexical and ProseMirror
 * all reconcile synchronously or in a microtask; an IME's composition events are trusted too).
 */
export const EDIT_GRACE_MS = 1000;
/** A trusted edit this soon after the attempt is the keystroke that sent it (Enter), not a fix. */
const SAME_GESTURE_MS = 50;

export class Provenance {
  /** Last trusted input from the user (ms, the session's clock); 0: never. */
  private lastTrusted = 0;
  /** Last change of the composer's DOM that no trusted input explains; 0: none. */
  private lastForeign = 0;
  private lastRead = 0;
  /** The text as the user left it, read after their edits. */
  private seen: string | null = null;

  get typed(): boolean {
    return this.lastTrusted > 0;
  }

  trustedInput(now: number): void {
    this.lastTrusted = now;
  }

  /** The composer's DOM changed (a mutation record; textareas report none for a scripted value). */
  changed(now: number): void {
    if (now - this.lastTrusted > EDIT_GRACE_MS) this.lastForeign = now;
  }

  /** The session read the text (at a pause, or at a send). */
  read(text: string, now: number): void {
    // The user's text when they typed since the last read and nothing foreign came after their
    // typing; a text that changed with no typing since (a textarea's value set by script fires
    // no event at all) is not theirs.
    const typedSince = this.lastTrusted > this.lastRead;
    const untouched = this.lastForeign <= this.lastTrusted;
    if (this.lastTrusted > 0 && untouched && (typedSince || text === this.seen)) this.seen = text;
    this.lastRead = now;
  }

  /** True when `text`, read just now, may be recorded as the user's post. */
  accepts(text: string): boolean {
    if (!this.typed) return false;
    if (text === this.seen) return true;
    // Typed since the last read, and nothing foreign since the typing: the user's fresh text.
    // (A textarea's value set by script leaves no trace; the read after a pause catches it.)
    return this.lastTrusted > this.lastRead && this.lastForeign <= this.lastTrusted;
  }

  /** A new draft (the last one was sent or the composer emptied). */
  reset(): void {
    this.lastTrusted = 0;
    this.lastForeign = 0;
    this.seen = null;
  }
}

/**
 * How sure a send attempt is:
 * - `sure`: the site's own send control (its selectors), a submit control of the composer's own
 *   form, the form's trusted `submit`, or the site's send key;
 * - `likely`: a button-like control in the composer's form, dialog or nearest common container,
 *   after the editor in document order (send buttons follow the editor; close buttons head the
 *   dialog), not a toggle or menu button;
 * - `weak`: any other trusted click while the composer holds text. Enough to notice an emptied
 *   composer and offer "Add this post to your history", never enough to record on its own.
 */
export type Strength = 'weak' | 'likely' | 'sure';
const RANK: Record<Strength, number> = { weak: 0, likely: 1, sure: 2 };

export interface Attempt {
  at: number;
  deadline: number;
  strength: Strength;
  text: string;
}

/** What the session saw when it looked at the composer. */
export interface Look {
  /** The composer holds no text. */
  empty: boolean;
  /** The composer, or the dialog it was in, left the page. */
  gone: boolean;
  /**
   * A reason to doubt it: an error alert appeared near the composer (or on the page) since the
   * attempt, or the composer was hidden with its text still in it.
   */
  alert: boolean;
}

/**
 * - `wait`: look again later;
 * - `sent`: record it (once: the tracker forgets the attempt);
 * - `unconfirmed`: the composer emptied but the send is not sure: offer to add it by hand;
 * - `failed`: the text stayed (or the user is fixing it): nothing happened.
 */
export type Verdict = 'wait' | 'sent' | 'unconfirmed' | 'failed';

export class SendTracker {
  pending: Attempt | null = null;

  /** A send attempt with the text it would send. False when there is nothing to send. */
  attempt(text: string, strength: Strength, now: number): boolean {
    const p = this.pending;
    if (p) {
      // A second click while the first is in flight, or a surer control than the first: one post.
      p.deadline = now + CONFIRM_MS;
      if (RANK[strength] > RANK[p.strength]) p.strength = strength;
      return true;
    }
    if (!text.trim()) return false;
    this.pending = { at: now, deadline: now + CONFIRM_MS, strength, text };
    return true;
  }

  /** The session looked at the composer (polling while an attempt is pending). */
  look(l: Look, now: number): Verdict {
    const p = this.pending;
    if (!p) return 'failed';
    if (l.empty || l.gone) {
      this.pending = null;
      return l.alert || p.strength === 'weak' ? 'unconfirmed' : 'sent';
    }
    if (now > p.deadline) {
      this.pending = null;
      return 'failed';
    }
    return 'wait';
  }

  /**
   * The user edited the composer while an attempt was pending: when it already emptied, the post
   * went out and this is the next one; otherwise they are fixing a failed send.
   */
  userEdited(l: Look, now: number): Verdict {
    const p = this.pending;
    if (!p) return 'failed';
    if (l.empty || l.gone) return this.look(l, now);
    if (now - p.at > SAME_GESTURE_MS) {
      this.pending = null;
      return 'failed';
    }
    return 'wait';
  }
}
