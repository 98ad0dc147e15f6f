// Draws the toolbar icon (a speech bubble with a check mark on a teal square) into PNGs.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y) {
  // unit square coordinates
  const r = 0.2;
  const inRounded = (px, py, x0, y0, x1, y1, rad) => {
    const cx = Math.min(Math.max(px, x0 + rad), x1 - rad);
    const cy = Math.min(Math.max(py, y0 + rad), y1 - rad);
    return (px - cx) ** 2 + (py - cy) ** 2 <= rad * rad;
  };
  if (!inRounded(x, y, 0, 0, 1, 1, r)) return [0, 0, 0, 0];
  const bubble = inRounded(x, y, 0.18, 0.2, 0.82, 0.7, 0.12);
  const tail = y >= 0.68 && y <= 0.85 && x >= 0.3 && x <= 0.45 && x - 0.3 <= (0.85 - y) * 0.9;
  if (bubble || tail) {
    // check mark: two strokes
    const d1 = Math.abs(y - 0.47 - (x - 0.36)) / Math.SQRT2;
    const d2 = Math.abs(y - 0.55 + (x - 0.45) * 1.2) / 1.56;
    const onCheck = (x >= 0.33 && x <= 0.46 && d1 < 0.04) || (x >= 0.44 && x <= 0.68 && d2 < 0.04);
    return onCheck ? [13, 110, 110, 255] : [255, 255, 255, 255];
  }
  return [13, 110, 110, 255];
}

for (const size of [16, 32, 48, 128]) {
  const rows = [];
  const ss = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const p = pixel((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
          acc[3] += p[3];
        }
      const a = acc[3] / (ss * ss);
      row.push(...(a ? [0, 1, 2].map((k) => Math.round(acc[k] / acc[3])) : [0, 0, 0]), Math.round(a));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(`public/icons/icon-${size}.png`, png);
}
