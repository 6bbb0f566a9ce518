/**
 * A small benchmark harness. Each figure is printed as one JSON line:
 * {"bench", "value", "unit", "baseline", "ratio", "notes"}. Ops/s are measured over at least
 * `minMs` of repeated batches after a warm-up, taking the best of `rounds` so that a busy
 * neighbour on the machine lowers the figure less.
 */
export interface Figure {
  bench: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  notes: string;
  /** Latency percentiles in ms, for a benchmark of single queries. */
  p50?: number;
  p95?: number;
  p99?: number;
}

export interface Benchmark {
  name: string;
  /** One figure, or several (one per query) from one shared set-up. */
  run: () => Figure | Figure[] | Promise<Figure | Figure[]>;
}

/** Operations per second of `op(i)`, called with i = 0, 1, 2, … */
export function opsPerSecond(op: (i: number) => unknown, { minMs = 400, rounds = 3 } = {}): number {
  let sink = 0;
  const batch = (n: number, offset: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) if (op(offset + i) === sink) sink++;
    return performance.now() - start;
  };
  let n = 1000;
  while (batch(n, 0) < 50) n *= 2; // warm-up and sizing
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    let ms = 0;
    while (ms < minMs) {
      ms += batch(n, ops);
      ops += n;
    }
    best = Math.max(best, (ops / ms) * 1000);
  }
  return Math.round(best);
}

export function figure(
  bench: string,
  value: number,
  unit: string,
  baseline: number | null,
  notes: string,
): Figure {
  return {
    bench,
    value,
    unit,
    baseline,
    // Two significant digits: engine.submit's 0.071 against its goal of 0.3 read "0.1" at one decimal.
    ratio: baseline === null || baseline === 0 ? null : Number((value / baseline).toPrecision(2)),
    notes,
  };
}
