/* The memory snapshot is shipped as a delta against the runtime's own static data.
 *
 * About 3.2 MB of the 31 MB snapshot is the data section of pyodide.asm.wasm (CPython's
 * static tables), which the reader downloads anyway inside the wasm file and which start-up
 * hardly changes (99.8% of those bytes are equal).  XOR-ing those ranges with the wasm's data
 * segments turns them into zeros, and the snapshot shrinks by about a quarter after brotli.
 * XOR is its own inverse: the build (tools/make_snapshot.mjs) and the worker (pyworker.js)
 * call the same function.  Plain module: no DOM, runs under Node and in a worker.
 */

/** The active data segments of a wasm module: [{offset, start, length}], offset in linear memory,
 * start in the module's bytes.  Only the forms Emscripten emits for a non-relocatable main module
 * (flags 0 with an i32.const offset, or passive segments, which are skipped); anything else throws,
 * so a changed runtime fails the build instead of corrupting a restore. */
export function dataSegments(wasm) {
  if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) throw new Error("wasmdata: not a wasm module");
  // LEB128 numbers read at a cursor, without an array per number: the worker parses 14,579
  // segments on every start, before its JIT has warmed up.
  let p = 8;
  const leb = (signed) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[p++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    if (signed) return shift < 32 && byte & 0x40 ? value | (-1 << shift) : value;
    return value >>> 0;
  };
  const u32 = () => leb(false);
  const i32 = () => leb(true);
  const segments = [];
  while (p < wasm.length) {
    const id = wasm[p++];
    const size = u32();
    const end = p + size;
    if (id === 11) {
      const count = u32();
      for (let k = 0; k < count; k++) {
        const flags = u32();
        let offset = null;
        if (flags === 0) {
          if (wasm[p++] !== 0x41) throw new Error("wasmdata: a data segment offset is not an i32.const");
          offset = i32();
          if (wasm[p++] !== 0x0b) throw new Error("wasmdata: unexpected data segment offset expression");
        } else if (flags !== 1) {
          throw new Error(`wasmdata: data segment form ${flags} is not supported`);
        }
        const length = u32();
        if (offset !== null) segments.push({ offset: offset >>> 0, start: p, length });
        p += length;
      }
    }
    p = end;
  }
  return segments;
}

/** Where a Pyodide snapshot's memory starts: its header's length, the header's second 32-bit word. */
export function memoryStart(snapshot) {
  return new DataView(snapshot.buffer, snapshot.byteOffset, 8).getUint32(4, true);
}

/** What a snapshot's memory is a delta against: the wasm's data segments, placed after its header
 * (for sparse.js's unpack, which XORs them in while it lays the file out). */
export function dataPieces(snapshot, wasm) {
  const header = memoryStart(snapshot);
  return dataSegments(wasm).map(({ offset, start, length }) => ({ at: header + offset, bytes: wasm.subarray(start, start + length) }));
}

/** XOR the memory part of a Pyodide snapshot (after its header) with the wasm's data segments, in place. */
export function xorWithDataSegments(snapshot, wasm) {
  const header = memoryStart(snapshot);
  for (const { offset, start, length } of dataSegments(wasm)) {
    const at = header + offset;
    if (at + length > snapshot.length) throw new Error("wasmdata: a data segment lies past the snapshot's memory");
    for (let k = 0; k < length; k++) snapshot[at + k] ^= wasm[start + k];
  }
  return snapshot;
}
