// Where the pill goes, as a pure function of boxes (viewport coordinates), so it can be checked
// without a browser. It used to sit inside the composer's bottom-right corner, over the
// last line of text in X's reply box and LinkedIn's share box. Now the text's box is never
// covered when any other place exists: beside the composer's edge first, then above or below it,
// clear of the site's own buttons and inside the viewport.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 6;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * The pill's top-left corner for a `w`×`h` pill beside `text` (the composer's box), given the
 * site's controls to keep clear of (`avoid`) and the viewport's size. Penalties, in this order of
 * weight: covering the text, leaving the viewport, covering a control; ties go to the earlier
 * candidate (right edge, then below, then above, then the left edge).
 */
export function placePill(
  text: Box,
  w: number,
  h: number,
  avoid: readonly Box[],
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const candidates: [number, number][] = [
    [text.right + GAP, text.bottom - h], // right of the box, level with its last line
    [text.right + GAP, text.top], // right of the box, level with its first line
    [text.right - w, text.bottom + GAP], // below, right-aligned
    [text.right - w, text.top - h - GAP], // above, right-aligned
    [text.left, text.bottom + GAP], // below, left-aligned
    [text.left, text.top - h - GAP], // above, left-aligned
    [text.left - w - GAP, text.bottom - h], // left of the box
  ];
  let best = candidates[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const [x, y] of candidates) {
    const box = { left: x, top: y, right: x + w, bottom: y + h };
    let cost = 0;
    if (overlaps(box, text)) cost += 1000;
    if (x < 0 || y < 0 || x + w > viewport.width || y + h > viewport.height) cost += 100;
    for (const r of avoid) if (overlaps(box, r)) cost += 10;
    if (cost < bestCost) {
      best = [x, y];
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  return { x: best[0], y: best[1] };
}
