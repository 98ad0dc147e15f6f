// Where the pill goes (src/content/pill/place.ts): never over the text's box when another place
// exists, clear of the site's buttons, inside the viewport. Boxes written out by hand.
import { describe, expect, it } from 'vitest';
import { type Box, placePill } from '../../../src/content/pill/place';

const vp = { width: 1200, height: 900 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const covers = (p: { x: number; y: number }, w: number, h: number, b: Box) =>
  p.x < b.right && p.x + w > b.left && p.y < b.bottom && p.y + h > b.top;

describe('placePill', () => {
  it('beside the right edge of a composer with room, level with its last line', () => {
    expect(placePill(box(100, 100, 600, 200), 60, 26, [], vp)).toEqual({ x: 606, y: 174 });
  });

  it('a full-width composer: below it, right-aligned, not over the text', () => {
    const text = box(0, 100, 1200, 200);
    const p = placePill(text, 60, 26, [], vp);
    expect(p).toEqual({ x: 1140, y: 206 });
    expect(covers(p, 60, 26, text)).toBe(false);
  });

  it("clear of the site's send button below the composer: above it instead", () => {
    const text = box(0, 100, 1200, 200);
    const send = box(1100, 205, 1200, 240);
    const p = placePill(text, 60, 26, [send], vp);
    expect(p).toEqual({ x: 1140, y: 68 });
  });

  it('the composer growing moves the pill down with its last line', () => {
    const a = placePill(box(100, 100, 600, 200), 60, 26, [], vp);
    const b = placePill(box(100, 100, 600, 400), 60, 26, [], vp);
    expect(b.y - a.y).toBe(200);
  });

  it('no room anywhere but over the text: the viewport and buttons give way first', () => {
    const text = box(0, 0, 1200, 900); // the composer fills the viewport
    const p = placePill(text, 60, 26, [], vp);
    expect(covers(p, 60, 26, text)).toBe(false); // outside the viewport rather than over the text
  });
});
