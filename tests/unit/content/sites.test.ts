// @vitest-environment happy-dom
// Site adapters: composers found most-specific first (outermost editable only), reply/comment
// detection, send controls and send keys, Mastodon on any instance, the generic fallback.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../src/sites/registry';

function page(markup: string): void {
  // Test-only markup written by hand.
  document.body.innerHTML = markup;
}

const at = (href: string) => new URL(href) as unknown as Location;
const byId = (id: string) => ADAPTERS.find((a) => a.id === id)!;

describe('site adapters', () => {
  it('picks the adapter by host; Mastodon by its #mastodon root on any host; generic otherwise', () => {
    page('<div></div>');
    expect(adapterFor(at('https://x.com/home'), document).id).toBe('x');
    expect(adapterFor(at('https://www.threads.net/'), document).id).toBe('threads');
    expect(adapterFor(at('https://fosstodon.example/home'), document).id).toBe('generic');
    page('<div id="mastodon"></div>');
    expect(adapterFor(at('https://fosstodon.example/home'), document).id).toBe('mastodon');
  });

  it('X: the Draft.js root by data-testid; reply inside inline_reply_offscreen; send button in scope', () => {
    page(`<div data-testid="primaryColumn">
      <div id="post"><div class="DraftEditor-root"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"></div></div></div>
        <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div>
      <div data-testid="inline_reply_offscreen"><div><div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"></div></div></div>
        <div data-testid="toolBar"><button data-testid="tweetButtonInline">Reply</button></div></div></div>
    </div>`);
    const x = byId('x');
    const found = x.findComposers(document);
    expect(found).toHaveLength(2);
    expect(x.kind(found[0]!)).toBe('post');
    expect(x.kind(found[1]!)).toBe('reply');
    expect(x.submitControls(found[0]!).map((b) => b.textContent)).toEqual(['Post']);
    expect(x.submitControls(found[1]!).map((b) => b.textContent)).toEqual(['Reply']);
  });

  it('outermost editable only (nested contenteditable islands are one composer)', () => {
    page(
      '<div contenteditable="true" data-lexical-editor="true"><p>a</p><div contenteditable="true">island</div></div>',
    );
    expect(byId('facebook').findComposers(document)).toHaveLength(1);
  });

  it('Facebook comments send on Enter; posts need the button or Ctrl+Enter', () => {
    page(`<form method="POST"><div contenteditable="true" data-lexical-editor="true" id="p"></div><div role="button" data-testid="react-composer-post-button"></div></form>
      <form role="presentation" data-testid="UFI2Composer"><div contenteditable="true" data-lexical-editor="true" id="c"></div></form>`);
    const fb = byId('facebook');
    const post = document.getElementById('p')!;
    const comment = document.getElementById('c')!;
    expect(fb.kind(post)).toBe('post');
    expect(fb.kind(comment)).toBe('comment');
    const enter = new KeyboardEvent('keydown', { key: 'Enter' });
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true });
    const shiftEnter = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true });
    expect(fb.isSendKey(post, enter)).toBe(false);
    expect(fb.isSendKey(post, ctrlEnter)).toBe(true);
    expect(fb.isSendKey(comment, enter)).toBe(true);
    expect(fb.isSendKey(comment, shiftEnter)).toBe(false);
  });

  it('Mastodon: textarea composer, reply indicator makes a reply, the server limit from initial state', () => {
    page(`<script id="initial-state" type="application/json">{"configuration":{"statuses":{"max_characters":1000}}}</script>
      <div id="mastodon"><form class="compose-form"><div class="reply-indicator">@a</div><textarea class="autosuggest-textarea__textarea"></textarea>
      <div class="compose-form__publish"><button type="submit">Post</button></div></form></div>`);
    const m = byId('mastodon');
    const [ta] = m.findComposers(document);
    expect(ta).toBeInstanceOf(HTMLTextAreaElement);
    expect(m.kind(ta!)).toBe('reply');
    expect(m.limit?.(document)).toBe(1000);
  });

  it('Reddit: the Lexical editor in shreddit-composer; comments and replies to comments', () => {
    page(`<shreddit-composer name="body"><div slot="rte" contenteditable="true" data-lexical-editor="true" id="post"></div><button slot="submit-button">Post</button></shreddit-composer>
      <comment-composer-host><shreddit-composer name="comment"><div contenteditable="true" data-lexical-editor="true" id="c"></div></shreddit-composer></comment-composer-host>
      <shreddit-comment><comment-composer-host><shreddit-composer name="comment"><div contenteditable="true" data-lexical-editor="true" id="r"></div></shreddit-composer></comment-composer-host></shreddit-comment>`);
    const r = byId('reddit');
    expect(r.findComposers(document)).toHaveLength(3);
    expect(r.kind(document.getElementById('post')!)).toBe('post');
    expect(r.kind(document.getElementById('c')!)).toBe('comment');
    expect(r.kind(document.getElementById('r')!)).toBe('reply');
  });

  it('falls back to any editable box when no site selector matches; never a read-only one', () => {
    page(
      '<textarea id="a"></textarea><textarea readonly></textarea><div role="textbox"><span>not editable</span></div>',
    );
    const found = byId('linkedin').findComposers(document);
    expect(found.map((e) => e.id)).toEqual(['a']);
  });

  it('every adapter keeps its selectors as data with hosts; labels only as a last resort', () => {
    for (const a of ADAPTERS) {
      expect(a.selectors.composers.length).toBeGreaterThan(0);
      if (a.id !== 'generic') expect(a.selectors.hosts.length).toBeGreaterThan(0);
      for (const list of [a.selectors.composers, a.selectors.submit, a.selectors.scope]) {
        let labelled = false;
        for (const sel of list) {
          expect(() => document.querySelector(sel)).not.toThrow();
          expect(sel).not.toMatch(/:contains|text\(/);
          // A localised name (aria-label) only in a last-resort :is() over several UI languages,
          // after every structural selector of the list.
          const byLabel = /aria-label/.test(sel);
          if (byLabel) expect(sel).toMatch(/^:is\(.*aria-label.*, .*aria-label/);
          else expect(labelled, `${sel} after a label selector`).toBe(false);
          labelled ||= byLabel;
        }
      }
    }
  });
});
