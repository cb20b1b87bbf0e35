// Write FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each FILE given.
// usage: node tools/compress.mjs FILE...
// Node's own zlib: no extra dependency.  Skips a file whose .br and .gz are newer.
// BROTLI_QUALITY (default 11, the smallest; 11 takes about 3 minutes for the 31 MB
// snapshot on a busy machine, 5 a few seconds) for quick local rebuilds.
import { readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

function fresh(src, dst) {
  try {
    return statSync(dst).mtimeMs >= statSync(src).mtimeMs;
  } catch {
    return false;
  }
}

for (const file of process.argv.slice(2)) {
  if (fresh(file, file + ".br") && fresh(file, file + ".gz")) continue;
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: Number(process.env.BROTLI_QUALITY || 11),
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: 9 });
  writeFileSync(file + ".br.part", br);
  writeFileSync(file + ".gz.part", gz);
  renameSync(file + ".br.part", file + ".br");
  renameSync(file + ".gz.part", file + ".gz");
  console.log(`${file}: ${data.length} raw, ${gz.length} gzip, ${br.length} brotli`);
}
