/**
 * Error benchmarks:
 * (a) the catalog's bundled size, and its first-load time (a fresh Node process requires the bundle and
 *     does one lookup) next to the recogniser's bundle, which the extension loads eagerly;
 * (b) findErrorAt on one log line (what a hover costs) vs a plain regex test of the same line;
 * (c) parseErrorResponse per response over the fixture samples vs JSON.parse of a token-endpoint body.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findErrorAt } from '../src/core/errors/recognize';
import { parseErrorResponse } from '../src/core/errors/responses/parse';
import { measure, microseconds, report, sink } from './harness';

const ROOT = join(__dirname, '..');

async function bundle(entry: string, dir: string, name: string): Promise<{ file: string; bytes: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  const file = join(dir, `${name}.js`);
  writeFileSync(file, code);
  return { file, bytes: code.length, gzip: gzipSync(code).length };
}

/** Median of several fresh processes: require the bundle and call `call` once; milliseconds. */
function firstLoad(file: string, call: string, runs = 7): number {
  const script = `const s=process.hrtime.bigint();const m=require(${JSON.stringify(file)});const r=${call};const t=Number(process.hrtime.bigint()-s)/1e6;if(!r)throw new Error('no result');process.stdout.write(String(t));`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  // (a)
  const dir = mkdtempSync(join(tmpdir(), 'authlens-bench-'));
  const catalog = await bundle('src/core/errors/catalog/index.ts', dir, 'catalog');
  const recogniser = await bundle('src/core/errors/recognize.ts', dir, 'recognize');
  const parser = await bundle('src/core/errors/explain.ts', dir, 'explain');
  console.log(`catalog bundle: ${(catalog.bytes / 1024).toFixed(0)} KiB minified, ${(catalog.gzip / 1024).toFixed(0)} KiB gzip`);
  console.log(
    `explain bundle (catalog + response parsers): ${(parser.bytes / 1024).toFixed(0)} KiB minified; recogniser bundle (loaded eagerly by scan): ${(recogniser.bytes / 1024).toFixed(1)} KiB`,
  );
  const catalogLoad = firstLoad(catalog.file, `m.lookupError('AADSTS50058')`);
  const recogniserLoad = firstLoad(recogniser.file, `m.findErrors('AADSTS50058: x').length`);
  report('catalog first load (require + first lookup)', { value: catalogLoad, unit: 'ms' }, { value: recogniserLoad, unit: 'ms' });
  const explainLoad = firstLoad(
    parser.file,
    `m.explainText('{"error":"invalid_grant","error_description":"AADSTS70008: x"}').entries.length`,
  );
  report('explainText first call (require + parse + lookups)', { value: explainLoad, unit: 'ms' }, { value: recogniserLoad, unit: 'ms' });

  // (b)
  const line =
    '2026-11-28T09:12:33.120Z ERROR auth  token endpoint returned 400 {"error":"invalid_grant","error_description":"AADSTS50173: The grant has expired"}';
  const cursor = line.indexOf('AADSTS') + 4;
  const hover = measure(() => findErrorAt(line, cursor)?.end, { rounds: 5, iterations: 50_000 });
  const regex = /AADSTS\d{5,7}/;
  const plain = measure(() => regex.test(line), { rounds: 5, iterations: 50_000 });
  report('findErrorAt on a log line', microseconds(hover), microseconds(plain));

  // (c)
  const samples = join(ROOT, 'test/fixtures/errors/samples');
  const texts = readdirSync(samples).map((name) => readFileSync(join(samples, name), 'utf8'));
  let i = 0;
  parseErrorResponse(texts[0]!); // the catalog loads here, outside the timing
  const parse = measure(() => parseErrorResponse(texts[i++ % texts.length]!).ok, { rounds: 5, iterations: 2000 });
  const body =
    '{"error":"invalid_grant","error_description":"AADSTS70008: expired","error_codes":[70008],"timestamp":"2026-11-27 09:41:07Z"}';
  const json = measure(() => JSON.parse(body) as unknown, { rounds: 5, iterations: 2000 });
  report(`parseErrorResponse per response (${texts.length} shapes)`, microseconds(parse), microseconds(json));
  sink(i);
}
