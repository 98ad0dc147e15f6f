// @vitest-environment happy-dom
// Reading composers the way each editor library renders them: lines kept, trailing placeholder
// <br>s ignored, mentions and links as plain text.
import { describe, expect, it } from 'vitest';
import { editorKind, isEmpty, readText } from '../../../src/editors/read';

function html(markup: string): Element {
  const host = document.createElement('div');
  // Test-only markup written by hand (the code under test never parses HTML).
  host.innerHTML = markup;
  document.body.replaceChildren(host);
  return host.firstElementChild!;
}

describe('readText', () => {
  it('textarea: the value as is', () => {
    const ta = document.createElement('textarea');
    ta.value = 'one\ntwo  \n\nthree';
    expect(editorKind(ta)).toBe('textarea');
    expect(readText(ta)).toBe('one\ntwo  \n\nthree');
    expect(isEmpty(ta)).toBe(false);
  });

  it('Draft.js: one line per [data-block], empty blocks kept, mentions as text', () => {
    const el =
      html(`<div contenteditable="true" class="public-DraftEditor-content" data-testid="tweetTextarea_0"><div data-contents="true">
      <div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="a-0-0"><span data-text="true">Hello </span></span><span class="r-mention"><span data-text="true">@maria</span></span></div></div>
      <div data-block="true" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div>
      <div data-block="true" data-offset-key="c-0-0"><div class="public-DraftStyleDefault-block"><span><span data-text="true">see https://shop.example</span></span></div></div>
    </div></div>`);
    expect(editorKind(el)).toBe('draftjs');
    expect(readText(el)).toBe('Hello @maria\n\nsee https://shop.example');
  });

  it('Quill: paragraphs and list items are lines; <p><br></p> is an empty line', () => {
    const el = html(
      '<div class="ql-editor" contenteditable="true"><p>First <a href="https://a.example">link</a></p><p><br></p><ol><li>one</li><li>two</li></ol><p>end</p></div>',
    );
    expect(editorKind(el)).toBe('quill');
    expect(readText(el)).toBe('First link\n\none\ntwo\nend');
  });

  it('Lexical: paragraphs, <br> line breaks inside one, a trailing placeholder <br> ignored', () => {
    const el = html(
      '<div contenteditable="true" data-lexical-editor="true" role="textbox"><p dir="ltr"><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">c </span><a href="https://x.example"><span data-lexical-text="true">x.example</span></a><br><br></p></div>',
    );
    expect(editorKind(el)).toBe('lexical');
    expect(readText(el)).toBe('a\nb\n\nc x.example\n');
  });

  it('ProseMirror/TipTap: the trailing break class is not a newline, hard breaks are', () => {
    const el = html(
      '<div class="ProseMirror" contenteditable="true"><p>one<br>two</p><p><br class="ProseMirror-trailingBreak"></p><p>three <span class="mention" data-id="bob">@bob</span></p></div>',
    );
    expect(editorKind(el)).toBe('prosemirror');
    expect(readText(el)).toBe('one\ntwo\n\nthree @bob');
  });

  it('plain contenteditable: text nodes, divs and emoji images with alt', () => {
    const el = html('<div contenteditable="true">hi <img alt="🙂" src="data:,"><div>next</div></div>');
    expect(editorKind(el)).toBe('contenteditable');
    expect(readText(el)).toBe('hi 🙂\nnext');
  });

  it('isEmpty: placeholders and empty paragraphs count as empty', () => {
    expect(isEmpty(html('<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>'))).toBe(
      true,
    );
    expect(isEmpty(html('<div class="ql-editor" contenteditable="true"><p> </p></div>'))).toBe(true);
    expect(isEmpty(html('<div contenteditable="true"><p>x</p></div>'))).toBe(false);
  });

  it('reads 60,000 characters in a few milliseconds', () => {
    const el = html('<div contenteditable="true" data-lexical-editor="true"></div>');
    for (let i = 0; i < 600; i++) {
      const p = document.createElement('p');
      p.append('x'.repeat(99));
      el.append(p);
    }
    const t0 = performance.now();
    const text = readText(el);
    expect(text.length).toBe(600 * 100 - 1);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
