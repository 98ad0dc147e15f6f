// The send-confirmation state machine and the provenance of a draft's text (src/content/send.ts),
// driven with a hand-kept clock. Expected verdicts are written out per scenario.
import { describe, expect, it } from 'vitest';
import { CONFIRM_MS, EDIT_GRACE_MS, Provenance, SendTracker } from '../../../src/content/send';

const stays = { empty: false, gone: false, alert: false };
const emptied = { empty: true, gone: false, alert: false };
const closed = { empty: false, gone: true, alert: false };

describe('SendTracker', () => {
  it('a sure send that empties the composer is sent once; a second look finds nothing pending', () => {
    const t = new SendTracker();
    expect(t.attempt('Hello', 'sure', 0)).toBe(true);
    expect(t.look(stays, 100)).toBe('wait');
    expect(t.look(emptied, 250)).toBe('sent');
    expect(t.pending).toBeNull();
    expect(t.look(emptied, 300)).toBe('failed');
  });

  it('a double click while pending is one attempt, its deadline pushed back', () => {
    const t = new SendTracker();
    t.attempt('Hello', 'likely', 0);
    t.attempt('', 'likely', 3000);
    expect(t.look(stays, CONFIRM_MS + 500)).toBe('wait');
    expect(t.look(closed, CONFIRM_MS + 600)).toBe('sent');
  });

  it('the text staying past the deadline is a failed send', () => {
    const t = new SendTracker();
    t.attempt('This one will FAIL', 'sure', 0);
    expect(t.look(stays, CONFIRM_MS - 1)).toBe('wait');
    expect(t.look(stays, CONFIRM_MS + 1)).toBe('failed');
    expect(t.pending).toBeNull();
  });

  it('an error alert with the composer emptied is unconfirmed, never sent', () => {
    const t = new SendTracker();
    t.attempt('Hello', 'sure', 0);
    expect(t.look({ empty: true, gone: false, alert: true }, 200)).toBe('unconfirmed');
  });

  it('a weak click (no known control) that empties the composer is only unconfirmed', () => {
    const t = new SendTracker();
    t.attempt('Hello', 'weak', 0);
    expect(t.look(emptied, 200)).toBe('unconfirmed');
  });

  it('a surer control clicked while a weak attempt is pending raises it', () => {
    const t = new SendTracker();
    t.attempt('Hello', 'weak', 0);
    t.attempt('', 'sure', 500);
    expect(t.look(emptied, 700)).toBe('sent');
  });

  it('an empty draft is no attempt', () => {
    const t = new SendTracker();
    expect(t.attempt('  \n ', 'sure', 0)).toBe(false);
    expect(t.pending).toBeNull();
  });

  it('the user editing a kept text cancels; editing an emptied composer confirms', () => {
    const a = new SendTracker();
    a.attempt('Hello', 'sure', 0);
    expect(a.userEdited(stays, 20)).toBe('wait'); // the same keystroke as the send (Enter)
    expect(a.userEdited(stays, 400)).toBe('failed');
    const b = new SendTracker();
    b.attempt('Hello', 'sure', 0);
    expect(b.userEdited(emptied, 400)).toBe('sent');
  });
});

describe('Provenance', () => {
  it('no trusted input: nothing is accepted, whatever the text', () => {
    const p = new Provenance();
    p.changed(10);
    p.read('SPAM set by the page', 400);
    expect(p.accepts('SPAM set by the page')).toBe(false);
  });

  it('the text the user typed is accepted, at a pause and before one', () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.changed(101);
    expect(p.accepts('Hel')).toBe(true); // typed since the last read: the fresh text
    p.read('Hello', 500);
    expect(p.accepts('Hello')).toBe(true);
  });

  it('a text the page swapped in after the user stopped typing is refused', () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.changed(100);
    p.read('Hello', 400);
    p.changed(400 + EDIT_GRACE_MS + 2000); // no trusted input explains it
    p.read('Buy cheap followers', 400 + EDIT_GRACE_MS + 2300);
    expect(p.accepts('Buy cheap followers')).toBe(false);
    expect(p.accepts('Hello')).toBe(true);
  });

  it("a textarea's value set by script (no event at all) is refused at the next read", () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.read('Hello', 400);
    p.read('Injected', 5000);
    expect(p.accepts('Injected')).toBe(false);
  });

  it('the user typing again on top of a foreign change makes the text theirs', () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.read('Hello', 400);
    p.changed(5000);
    p.trustedInput(6000);
    p.changed(6001);
    p.read('Hello @Maria', 6400);
    expect(p.accepts('Hello @Maria')).toBe(true);
  });

  it('an editor rendering a keystroke within the grace period is the user', () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.changed(100 + EDIT_GRACE_MS - 1);
    p.read('Hi', 100 + EDIT_GRACE_MS + 300);
    expect(p.accepts('Hi')).toBe(true);
  });

  it('reset forgets the draft: the next one needs trusted input again', () => {
    const p = new Provenance();
    p.trustedInput(100);
    p.read('Hello', 400);
    p.reset();
    expect(p.accepts('Hello')).toBe(false);
  });
});
