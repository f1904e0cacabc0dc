/**
 * sfnt → WOFF 1.0 with Node's own zlib. The hall ships WOFF (troika reads it, not WOFF2); the
 * converter the build used compresses in JavaScript, about a second for the hall's subset, which a
 * studio publish cannot spare. Native deflate does the same tables in tens of milliseconds.
 * Layout (W3C WOFF 1.0): a 44-byte header, a 20-byte directory entry a table, then each table's
 * data, compressed when that makes it smaller, padded to four bytes.
 */
import { deflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;
const pad4 = (n: number) => (n + 3) & ~3;

/** The WOFF 1.0 file of an sfnt (TrueType or CFF-flavoured OpenType) font. */
export function sfntToWoff(sfnt: Uint8Array): Buffer {
  const src = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = src.readUInt16BE(4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 12 + 16 * i;
    const offset = src.readUInt32BE(at + 8);
    const length = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + length);
    const packed = deflateSync(raw);
    // A table that does not shrink is stored as it is (the format says so: compLength = origLength).
    return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 4), length, data: packed.length < length ? packed : raw };
  });
  // The directory is sorted by tag, as in the sfnt.
  tables.sort((a, b) => a.tag - b.tag);
  const sfntSize = 12 + 16 * numTables + tables.reduce((s, t) => s + pad4(t.length), 0);
  const size = HEADER + ENTRY * numTables + tables.reduce((s, t) => s + pad4(t.data.length), 0);
  const out = Buffer.alloc(size);
  out.write('wOFF', 0, 'latin1');
  out.writeUInt32BE(src.readUInt32BE(0), 4); // flavor: the sfnt's version tag
  out.writeUInt32BE(size, 8);
  out.writeUInt16BE(numTables, 12);
  out.writeUInt32BE(sfntSize, 16);
  out.writeUInt16BE(1, 20); // font version 1.0; no metadata, no private block (left zero)
  let offset = HEADER + ENTRY * numTables;
  tables.forEach((t, i) => {
    const at = HEADER + ENTRY * i;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(offset, at + 4);
    out.writeUInt32BE(t.data.length, at + 8);
    out.writeUInt32BE(t.length, at + 12);
    out.writeUInt32BE(t.checksum, at + 16);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
