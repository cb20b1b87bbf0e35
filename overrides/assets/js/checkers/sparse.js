/* The memory snapshot is shipped without its long runs of zeros.
 *
 * A Pyodide snapshot is the whole linear memory (31 MB), of which about two thirds are
 * zeros in long runs: the unused C stack, the memory past the heap's end, the free chunks
 * make_snapshot.mjs zeroed.  Brotli squeezes zeros to almost nothing on the wire, but the
 * browser still decodes, caches and hands the worker all 31 MB on every visit (on the phone
 * profile about a second to read them back from the service worker's cache).  The file
 * keeps only the stretches that are not long zero runs; the worker lays them into a fresh
 * (zero-filled) buffer of the full length.
 *
 * Layout, little-endian: "pcsparse" (8 bytes), u32 full length, u32 stretch count, then per
 * stretch u32 offset and u32 length, then the stretches' bytes in order.  Plain module: no
 * DOM, runs under Node (the build, the restore test) and in the worker.
 */

const MAGIC = [0x70, 0x63, 0x73, 0x70, 0x61, 0x72, 0x73, 0x65]; // "pcsparse"
export const MIN_ZERO_RUN = 4096; // shorter runs stay in: each stretch costs 8 bytes and a copy

export function isSparse(bytes) {
  return bytes.length >= 16 && MAGIC.every((b, i) => bytes[i] === b);
}

/** The stretches of ``bytes`` between zero runs of at least ``minRun`` bytes: [[start, end], ...]. */
function stretches(bytes, minRun) {
  const out = [];
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    while (i < n && bytes[i] === 0) i++;
    if (i >= n) break;
    const start = i;
    let lastNonZero = i;
    for (; i < n && i - lastNonZero <= minRun; i++) if (bytes[i] !== 0) lastNonZero = i;
    out.push([start, lastNonZero + 1]);
  }
  return out;
}

export function pack(bytes, minRun = MIN_ZERO_RUN) {
  const parts = stretches(bytes, minRun);
  const head = 16 + 8 * parts.length;
  const size = parts.reduce((sum, [a, b]) => sum + b - a, head);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(8, bytes.length, true);
  view.setUint32(12, parts.length, true);
  let at = head;
  parts.forEach(([a, b], k) => {
    view.setUint32(16 + 8 * k, a, true);
    view.setUint32(20 + 8 * k, b - a, true);
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  });
  return out;
}

/** The full bytes again.  ``baseOf(laidOut)``, if given, names what the file is a delta against:
 * pieces {at, bytes} XOR-ed in, read once the stretches are laid out (the header that places them is
 * in the first stretch).  Where no stretch lies the file's bytes are zeros, so a piece is copied
 * (native speed) and only its parts under a stretch are XOR-ed byte by byte: for the snapshot, 120 KB
 * of the wasm's 3.2 MB of data instead of all of it. */
export function unpack(packed, baseOf = null) {
  if (!isSparse(packed)) throw new Error("sparse: not a sparse snapshot");
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const full = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const out = new Uint8Array(full);
  const laid = [];
  let at = 16 + 8 * count;
  for (let k = 0; k < count; k++) {
    const offset = view.getUint32(16 + 8 * k, true);
    const length = view.getUint32(20 + 8 * k, true);
    if (offset + length > full || at + length > packed.length) throw new Error("sparse: a stretch lies outside the file");
    out.set(packed.subarray(at, at + length), offset);
    laid.push([offset, offset + length]);
    at += length;
  }
  if (baseOf) {
    const pieces = [...baseOf(out)].sort((p, q) => p.at - q.at);
    let first = 0; // the stretches before it end before every later piece starts
    for (const piece of pieces) first = xorOnto(out, piece.at, piece.bytes, laid, first);
  }
  return out;
}

/** out[at..] ^= bytes, where out is zero outside the (sorted, disjoint) ``laid`` stretches; returns
 * the index of the first stretch that ends past this piece. */
function xorOnto(out, at, bytes, laid, first) {
  const end = at + bytes.length;
  if (end > out.length) throw new Error("sparse: a base piece lies past the end");
  let pos = at;
  let k = first;
  while (k < laid.length && laid[k][1] <= pos) k++;
  for (let j = k; j < laid.length && laid[j][0] < end; j++) {
    const [a, b] = laid[j];
    if (a > pos) out.set(bytes.subarray(pos - at, a - at), pos);
    const stop = Math.min(b, end);
    for (let i = Math.max(a, pos); i < stop; i++) out[i] ^= bytes[i - at];
    pos = stop;
  }
  if (pos < end) out.set(bytes.subarray(pos - at), pos);
  while (k < laid.length && laid[k][1] <= end) k++;
  return k;
}
