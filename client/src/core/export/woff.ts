/**
 * WOFF 1.0 → TrueType (sfnt), as the W3C WOFF 1.0 recommendation lays it out: a 44-byte header, a
 * 20-byte directory entry per table, each table zlib-compressed unless compressing did not help. The
 * PDF writer (jsPDF) embeds TrueType only, and @fontsource ships each face as WOFF2 and WOFF; WOFF
 * needs nothing but zlib, which the browser has (DecompressionStream), so no font library is bundled.
 * Pure: the caller passes the inflater, and the table checksums the WOFF records are checked.
 */
export type Inflate = (data: Uint8Array) => Promise<Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** The OpenType table checksum: the sum of the table's big-endian uint32s (zero-padded), modulo 2^32. */
export function tableChecksum(bytes: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

interface Entry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

export function isWoff(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE
  );
}

export async function woffToSfnt(woff: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (!isWoff(woff)) throw new Error('Not a WOFF font (no wOFF signature).');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  if (44 + numTables * 20 > woff.length) throw new Error('A cut-off WOFF font (its table directory is incomplete).');
  const entries: Entry[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const at = 44 + i * 20;
    entries.push({
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    });
  }
  const tables = await Promise.all(
    entries.map(async (e) => {
      if (e.offset + e.compLength > woff.length) throw new Error('A cut-off WOFF font (a table runs past its end).');
      const stored = woff.subarray(e.offset, e.offset + e.compLength);
      const data = e.compLength < e.origLength ? await inflate(stored) : stored;
      if (data.length !== e.origLength) throw new Error('A damaged WOFF font (a table inflates to the wrong size).');
      // head's checksum is taken with checkSumAdjustment zeroed, as the font's own records expect.
      const check = e.tag === 0x68656164 ? withZeroAdjustment(data) : data;
      if (tableChecksum(check) !== e.checksum) throw new Error('A damaged WOFF font (a table checksum differs).');
      return data;
    }),
  );
  // sfnt: offset table, then 16-byte records sorted by tag, then the tables 4-byte aligned.
  let log2 = 0;
  while (2 ** (log2 + 1) <= numTables) log2 += 1;
  const searchRange = 2 ** log2 * 16;
  const order = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.tag - b.e.tag);
  let size = 12 + 16 * numTables;
  const offsets = order.map(({ i }) => {
    const at = size;
    size += Math.ceil((tables[i]?.length ?? 0) / 4) * 4;
    return at;
  });
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange);
  o.setUint16(8, log2);
  o.setUint16(10, numTables * 16 - searchRange);
  order.forEach(({ e, i }, k) => {
    const data = tables[i] ?? new Uint8Array(0);
    const at = 12 + k * 16;
    o.setUint32(at, e.tag);
    o.setUint32(at + 4, e.checksum);
    o.setUint32(at + 8, offsets[k] ?? 0);
    o.setUint32(at + 12, data.length);
    out.set(data, offsets[k] ?? 0);
  });
  return out;
}

function withZeroAdjustment(head: Uint8Array): Uint8Array {
  const copy = head.slice();
  if (copy.length >= 12) copy.fill(0, 8, 12);
  return copy;
}

/** zlib inflate with the browser's Compression Streams API (WOFF tables are zlib streams). */
export const browserInflate: Inflate = async (data) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};
