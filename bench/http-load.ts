/**
 * A load generator for the HTTP benchmarks, run as its own process so that it does not share
 * the server's event loop: `tsx bench/http-load.ts <url> <concurrency> <ms>` keeps `concurrency`
 * requests in flight on kept-alive connections for `ms`, and prints one JSON line
 * {requests, errors, rps, p50Ms, p99Ms}.
 */
const [url = '', concurrencyArg = '16', msArg = '3000'] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const end = performance.now() + Number(msArg);
const latencies: number[] = [];
let errors = 0;

const start = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
    }
  }),
);
const seconds = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
process.stdout.write(
  `${JSON.stringify({ requests: latencies.length, errors, rps: Math.round(latencies.length / seconds), p50Ms: at(0.5), p99Ms: at(0.99) })}\n`,
);
