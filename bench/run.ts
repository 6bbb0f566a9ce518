/**
 * Runs every benchmark in bench/*.bench.ts, or those whose name starts with the prefix given
 * (`npm run bench -- calendar`), printing one JSON line per figure. Arguments after the prefix
 * are the benchmark's own (`npm run bench -- scale 10000000 --keep`: scale.bench.ts's header and
 * docs/store.md say what they are).
 */
import { readdirSync } from 'node:fs';
import type { Benchmark } from './harness.ts';

const prefix = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let ran = 0;
for (const file of files) {
  const mod = (await import(new URL(file, import.meta.url).href)) as { benchmarks: Benchmark[] };
  for (const bench of mod.benchmarks.filter((b) => b.name.startsWith(prefix))) {
    const result = await bench.run();
    for (const f of Array.isArray(result) ? result : [result]) process.stdout.write(`${JSON.stringify(f)}\n`);
    ran++;
  }
}
if (ran === 0) {
  process.stderr.write(`no benchmark name starts with "${prefix}"\n`);
  process.exitCode = 1;
}
