// Reading the text of a composer, whatever editor library renders it. Read only: nothing here
// writes to, selects in, focuses or measures the editor. Line breaks are kept (one line per
// block, `<br>` as a line break unless it is a block's trailing placeholder); mentions, links and
// other inline decorations become their plain text. No innerHTML anywhere.

export type EditorKind = 'textarea' | 'draftjs' | 'quill' | 'lexical' | 'prosemirror' | 'contenteditable';

/** Elements that start a new line of their own inside a contenteditable. */
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'SECTION',
  'ARTICLE',
  'FIGURE',
  'TABLE',
  'TR',
]);

/** Which editor library renders `el` (the element the site adapter found). */
export function editorKind(el: Element): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.querySelector('[data-contents]') || el.closest('.DraftEditor-root')) return 'draftjs';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** The element whose children are the editor's blocks. */
function contentRoot(el: Element, kind: EditorKind): Element {
  if (kind === 'draftjs') return el.querySelector('[data-contents]') ?? el;
  return el;
}

/** The text of one inline run; `<br>` is a line break unless it ends its block. */
function inlineText(node: Node, out: string[], block: Element): void {
  for (let child = node.firstChild; child; child = child.nextSibling) inlineNode(child, out, block);
}

function inlineNode(child: Node, out: string[], block: Element): void {
  if (child.nodeType === 3) {
    out.push((child as Text).data);
    return;
  }
  if (child.nodeType !== 1) return;
  const el = child as Element;
  const tag = el.tagName;
  if (tag === 'BR') {
    if (!isTrailing(el, block)) out.push('\n');
  } else if (tag === 'IMG') {
    // Emoji rendered as images (X, Facebook) carry the character in alt.
    const alt = el.getAttribute('alt');
    if (alt) out.push(alt);
  } else if (tag !== 'STYLE' && tag !== 'SCRIPT' && el.getAttribute('aria-hidden') !== 'true') {
    if (BLOCK.has(tag)) {
      const lines: string[] = [];
      blockLines(el, lines);
      if (out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
      out.push(lines.join('\n'));
    } else {
      inlineText(el, out, block);
    }
  }
}

/** A `<br>` with nothing after it in its block only keeps the block open: not a line break. */
function isTrailing(br: Element, block: Element): boolean {
  let n: Node | null = br;
  while (n && n !== block) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 1 || (s.nodeType === 3 && (s as Text).data.length > 0)) return false;
    }
    n = n.parentNode;
  }
  return true;
}

/** Appends one line per block of `root` (lists descend into their items). */
function blockLines(root: Element, lines: string[]): void {
  let inline: string[] | null = null;
  const flushInline = () => {
    if (inline) lines.push(inline.join(''));
    inline = null;
  };
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && BLOCK.has((child as Element).tagName)) {
      flushInline();
      const el = child as Element;
      if (el.tagName === 'UL' || el.tagName === 'OL' || hasBlockChildren(el)) {
        blockLines(el, lines);
      } else {
        const out: string[] = [];
        inlineText(el, out, el);
        lines.push(out.join(''));
      }
    } else {
      inline ??= [];
      if (child.nodeType === 1 && (child as Element).tagName === 'BR') {
        if (!isTrailing(child as Element, root)) {
          lines.push(inline.join(''));
          inline = [];
        }
      } else {
        inlineNode(child, inline, root);
      }
    }
  }
  flushInline();
}

function hasBlockChildren(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK.has(c.tagName)) return true;
  return false;
}

/** The composer's text with its line breaks. */
export function readText(el: Element, kind: EditorKind = editorKind(el)): string {
  if (kind === 'textarea') return (el as HTMLTextAreaElement).value;
  const root = contentRoot(el, kind);
  const lines: string[] = [];
  if (kind === 'draftjs') {
    // Each `[data-block]` is one line, wherever lists wrap it.
    for (const block of root.querySelectorAll('[data-block="true"]')) {
      const out: string[] = [];
      inlineText(block, out, block);
      lines.push(out.join(''));
    }
    return lines.join('\n');
  }
  blockLines(root, lines);
  return lines.join('\n');
}

/** True when the composer holds no text at all (cheap: no full read for the common case). */
export function isEmpty(el: Element, kind: EditorKind = editorKind(el)): boolean {
  if (kind === 'textarea') return (el as HTMLTextAreaElement).value.length === 0;
  return (el.textContent ?? '').trim().length === 0 && !el.querySelector('img[alt]');
}
