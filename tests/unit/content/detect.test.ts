// @vitest-environment happy-dom
// Which clicks are send attempts (src/content/detect.ts) and the composed-tree walks under it
// (src/sites/dom.ts), on hand-written markup shaped like the structures issue 11 documents:
// Facebook's create-post dialog (no form, Post a div[role=button], a close button first),
// LinkedIn's share box in #interop-outlet's open shadow root, a feed of comment boxes, a form.
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyClick } from '../../../src/content/detect';
import { closestDeep, composedParent, containsDeep, follows, openShadowRoots } from '../../../src/sites/dom';
import { mastodon } from '../../../src/sites/mastodon/adapter';
import { generic } from '../../../src/sites/registry';

/** The composed path a click on `el` has (target first, up to the document). */
function pathOf(el: Element): EventTarget[] {
  const out: EventTarget[] = [];
  for (let n: Node | null = el; n; n = composedParent(n)) out.push(n);
  return out;
}

function page(markup: string): void {
  // Test-only markup written by hand.
  document.body.innerHTML = markup;
}

const q = (sel: string, root: ParentNode = document) => root.querySelector(sel)!;

beforeEach(() => page(''));

describe('classifyClick', () => {
  it("a dialog with no form: the div[role=button] after the editor is likely; the header's close is weak", () => {
    page(`<div role="dialog"><div role="button" id="close">×</div>
      <div contenteditable="true" id="ed"></div><div><div role="button" id="post">Post</div></div></div>`);
    const ed = q('#ed');
    expect(classifyClick(pathOf(q('#post')), ed, generic, [ed])).toBe('likely');
    expect(classifyClick(pathOf(q('#close')), ed, generic, [ed])).toBe('weak');
  });

  it('a click inside the composer is no attempt; a click on nothing button-like is weak', () => {
    page(
      `<section><div contenteditable="true" id="ed"><p id="p">hi</p></div><span id="s">text</span></section>`,
    );
    const ed = q('#ed');
    expect(classifyClick(pathOf(q('#p')), ed, generic, [ed])).toBeNull();
    expect(classifyClick(pathOf(q('#s')), ed, generic, [ed])).toBe('weak');
  });

  it("the composer's own form: its submit button is sure, a toolbar toggle is weak", () => {
    page(`<form><textarea id="ed"></textarea><button type="button" aria-haspopup="menu" id="emoji">☺</button>
      <button type="submit" id="send">Send</button></form>`);
    const ed = q('#ed');
    expect(classifyClick(pathOf(q('#send')), ed, generic, [ed])).toBe('sure');
    expect(classifyClick(pathOf(q('#emoji')), ed, generic, [ed])).toBe('weak');
  });

  it("a feed: the nearest container holding another composer is not this composer's", () => {
    page(`<main><article><div contenteditable="true" id="a"></div><div role="button" id="sendA">Comment</div></article>
      <article><div contenteditable="true" id="b"></div><div role="button" id="like">Like</div></article></main>`);
    const a = q('#a');
    const b = q('#b');
    expect(classifyClick(pathOf(q('#sendA')), a, generic, [a, b])).toBe('likely');
    // B's article's button, seen from A: the shared container is <main>, which holds B too.
    expect(classifyClick(pathOf(q('#like')), a, generic, [a, b])).toBe('weak');
  });

  it("the site's own selector is sure (Mastodon's compose form)", () => {
    page(`<form class="compose-form"><textarea id="ed"></textarea>
      <div class="compose-form__publish"><button type="submit" id="go">Publish</button></div></form>`);
    const ed = q('#ed');
    expect(classifyClick(pathOf(q('#go')), ed, mastodon, [ed])).toBe('sure');
  });

  it("inside an open shadow root (LinkedIn's #interop-outlet): the share box's Post is likely", () => {
    page('<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const root = q('#interop-outlet').attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.className = 'share-box';
    const ed = document.createElement('div');
    ed.setAttribute('contenteditable', 'true');
    const post = document.createElement('button');
    post.textContent = 'Post';
    const bar = document.createElement('div');
    bar.append(post);
    box.append(ed, bar);
    root.append(box);
    expect(classifyClick(pathOf(post), ed, generic, [ed])).toBe('likely');
  });
});

describe('the composed tree', () => {
  it('closest, contains and order cross shadow roots; nested roots are all found', () => {
    page('<div id="host"></div><p id="after"></p>');
    const outer = q('#host').attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.className = 'wrap';
    outer.append(inner);
    const nested = inner.attachShadow({ mode: 'open' });
    const leaf = document.createElement('span');
    nested.append(leaf);
    expect(closestDeep(leaf, '#host')).toBe(q('#host'));
    expect(closestDeep(leaf, '.wrap')).toBe(inner);
    expect(containsDeep(document.body, leaf)).toBe(true);
    expect(containsDeep(q('#after'), leaf)).toBe(false);
    expect(follows(leaf, q('#after'))).toBe(true);
    expect(follows(q('#after'), leaf)).toBe(false);
    expect(openShadowRoots(document.documentElement)).toEqual([outer, nested]);
  });
});
