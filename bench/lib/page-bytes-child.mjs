// Runs in a child process whose working folder is the checkout to measure (bench/40-page-bytes.mjs starts
// it): esbuild names a metafile's inputs relative to the folder it started in, and scripts/size.mjs reads
// them so. Prints, as JSON, the JavaScript each kind of page loads: files, minified, gzip and brotli bytes.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length;

const size = await import(pathToFileURL(path.join(process.cwd(), 'scripts', 'size.mjs')).href);
const outputs = await size.measure();
const pages = { api: size.API_PAGE, demo: size.PAGE, all: size.ALL_PAGE };
const result = {};
for (const [key, page] of Object.entries(pages)) {
  const plan = size.pagePlan(outputs, page);
  result[key] = {
    files: plan.counted.length,
    minified: plan.counted.reduce((sum, o) => sum + o.bytes, 0),
    gzip: plan.total.gzip,
    brotli: plan.counted.reduce((sum, o) => sum + brotli(o.text), 0),
  };
}
process.stdout.write(JSON.stringify(result));
