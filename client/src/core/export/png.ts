/**
 * PNG text chunks: an exported PNG carries its title, caption and maker as iTXt (UTF-8) chunks under
 * the standard keywords (Title, Description, Software), so a file manager or an image library shows
 * what the picture is even in Khmer or Thai. Pure: bytes in, bytes out.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword, no language, the text in UTF-8. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const key = enc.encode(keyword.replace(/[^\x20-\x7e]/g, '').slice(0, 79));
  const body = enc.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // key \0, compression flag 0, method 0, empty language \0, empty translated keyword \0
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG with the given texts after its header chunk (IHDR); empty texts are left out. */
export function withPngText(png: Uint8Array, texts: Record<string, string | null | undefined>): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file.');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(8);
  const chunks = Object.entries(texts)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim().length > 0)
    .map(([k, v]) => itxtChunk(k, v));
  const size = chunks.reduce((a, c) => a + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}
