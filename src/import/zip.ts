// A small ZIP reader (PKWARE APPNOTE 6.3.x: end of central directory, ZIP64, central directory
// and local headers) over random-access reads, so a multi-gigabyte X archive full of media is
// never read whole: only its directory and the few text entries we need. Inflation is fflate's.
// Guards: entry and total size limits, and a compression-ratio limit against zip bombs. fflate
// inflates into a buffer of the declared size, so an entry that lies about its size cannot grow
// past it either.
import { inflateSync } from 'fflate';
import { ImportError, LIMITS, type Source } from './types';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

export function looksLikeZip(head: Uint8Array): boolean {
  return (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  );
}

export async function listZip(src: Source): Promise<ZipEntry[]> {
  const file = src.name;
  const tailLength = Math.min(src.size, 22 + 65535 + 20);
  const tailStart = src.size - tailLength;
  const tail = await src.read(tailStart, tailLength);
  let e = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      e = i;
      break;
    }
  }
  if (e === -1) {
    throw new ImportError(
      'this zip file has no directory at its end: it was cut short while downloading, or it is not a zip',
      { file, offset: src.size },
    );
  }
  let count = u16(tail, e + 10);
  let cdSize = u32(tail, e + 12);
  let cdOffset = u32(tail, e + 16);
  if (
    (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
    e >= 20 &&
    u32(tail, e - 20) === 0x07064b50
  ) {
    const z64At = u64(tail, e - 20 + 8);
    const z = await src.read(z64At, 56);
    if (u32(z, 0) !== 0x06064b50)
      throw new ImportError('the ZIP64 directory record is damaged', { file, offset: z64At });
    count = u64(z, 32);
    cdSize = u64(z, 40);
    cdOffset = u64(z, 48);
  }
  if (cdOffset + cdSize > src.size) {
    throw new ImportError('the zip directory points past the end of the file (the file was cut short?)', {
      file,
      offset: cdOffset,
    });
  }
  const cd = await src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let o = 0;
  for (let i = 0; i < count; i++) {
    if (o + 46 > cd.length || u32(cd, o) !== 0x02014b50) {
      throw new ImportError(`zip directory entry ${i + 1} is damaged`, { file, offset: cdOffset + o });
    }
    const flags = u16(cd, o + 8);
    const method = u16(cd, o + 10);
    let compressedSize = u32(cd, o + 20);
    let size = u32(cd, o + 24);
    const nameLength = u16(cd, o + 28);
    const extraLength = u16(cd, o + 30);
    const commentLength = u16(cd, o + 32);
    let localOffset = u32(cd, o + 42);
    const nameBytes = cd.subarray(o + 46, o + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    // ZIP64 extended information: the 64-bit values of the fields that hold 0xFFFFFFFF, in order.
    let x = o + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = u16(cd, x);
      const len = u16(cd, x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (size === 0xffffffff) {
          size = u64(cd, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, p);
          p += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(cd, p);
      }
      x += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 });
    o = xEnd + commentLength;
  }
  return entries;
}

/** Refuses, before inflating anything, entries that are too large or compressed suspiciously well. */
export function guardEntries(entries: ZipEntry[], file: string): void {
  let total = 0;
  for (const e of entries) {
    const where = `${file} › ${e.name}`;
    if (e.encrypted)
      throw new ImportError('this entry is encrypted; export the archive again without a password', {
        file: where,
      });
    if (e.size > LIMITS.maxFileBytes) {
      throw new ImportError(
        `this entry would inflate to ${fmt(e.size)}, more than the ${fmt(LIMITS.maxFileBytes)} we read from one file`,
        { file: where },
      );
    }
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size >= LIMITS.zipRatioFloorBytes && ratio > LIMITS.maxZipRatio) {
      throw new ImportError(
        `this entry inflates ${Math.round(ratio)} times its size (${fmt(e.compressedSize)} to ${fmt(e.size)}); ` +
          `real exports stay far below ${LIMITS.maxZipRatio}:1, so this looks like a zip bomb and is refused`,
        { file: where },
      );
    }
    total += e.size;
  }
  if (total > LIMITS.maxZipTotalBytes) {
    throw new ImportError(
      `the entries to read would inflate to ${fmt(total)}, more than ${fmt(LIMITS.maxZipTotalBytes)}`,
      {
        file,
      },
    );
  }
}

export async function readEntry(src: Source, entry: ZipEntry): Promise<Uint8Array> {
  const where = `${src.name} › ${entry.name}`;
  guardEntries([entry], src.name);
  const header = await src.read(entry.localOffset, 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) {
    throw new ImportError('the entry’s local header is missing or damaged', {
      file: where,
      offset: entry.localOffset,
    });
  }
  const start = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > src.size) {
    throw new ImportError('the entry runs past the end of the file (the zip was cut short?)', {
      file: where,
      offset: start,
    });
  }
  const data = await src.read(start, entry.compressedSize);
  if (entry.method === 0) return data.slice();
  if (entry.method !== 8) {
    throw new ImportError(
      `the entry uses compression method ${entry.method}; only stored and deflate are supported`,
      {
        file: where,
      },
    );
  }
  let out: Uint8Array;
  try {
    // One byte more than declared: filling it means the entry lied about its size.
    out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (error) {
    throw new ImportError(`the compressed data is damaged (${(error as Error).message})`, {
      file: where,
      offset: start,
    });
  }
  if (out.length !== entry.size) {
    const got = out.length > entry.size ? 'more than' : `${out.length} bytes, not`;
    throw new ImportError(
      `the entry inflated to ${got} the ${entry.size} bytes its header declares (a damaged or forged zip)`,
      {
        file: where,
      },
    );
  }
  return out;
}

function fmt(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
