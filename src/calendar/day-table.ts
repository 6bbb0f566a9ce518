/**
 * Prefix sums over a run of days: which are "on" (working days, office days), how many come
 * before each, and where the k-th one is. Adding or counting working days is then two array
 * reads instead of a walk over the days (see bench/calendar.bench.ts for the measured gain).
 */
export class DayTable {
  /** First day number covered. */
  readonly first: number;
  /** One past the last day number covered. */
  readonly end: number;
  private readonly on: Uint8Array;
  /** before[i] = number of "on" days among indices < i (length n + 1). */
  private readonly before: Int32Array;
  /** positions[k] = index of the k-th "on" day. */
  private readonly positions: Int32Array;

  constructor(first: number, on: Uint8Array) {
    this.first = first;
    this.end = first + on.length;
    this.on = on;
    this.before = new Int32Array(on.length + 1);
    let count = 0;
    for (let i = 0; i < on.length; i++) {
      this.before[i] = count;
      count += on[i] === 1 ? 1 : 0;
    }
    this.before[on.length] = count;
    this.positions = new Int32Array(count);
    for (let i = 0, k = 0; i < on.length; i++) if (on[i] === 1) this.positions[k++] = i;
  }

  covers(day: number): boolean {
    return day >= this.first && day < this.end;
  }

  isOn(day: number): boolean {
    return this.on[day - this.first] === 1;
  }

  /**
   * The n-th "on" day after `day` (n > 0) or before it (n < 0); `day` itself for n = 0.
   * Returns undefined when the answer falls outside the table.
   */
  add(day: number, n: number): number | undefined {
    if (n === 0) return day;
    const i = day - this.first;
    const k = n > 0 ? (this.before[i + 1] as number) + n - 1 : (this.before[i] as number) + n;
    const p = this.positions[k];
    return k < 0 || p === undefined ? undefined : p + this.first;
  }

  /** "On" days in (a, b] — negative when b < a — so that count(a, add(a, n)) = n. */
  count(a: number, b: number): number {
    const ia = a - this.first;
    const ib = b - this.first;
    return (this.before[ib + 1] as number) - (this.before[ia + 1] as number);
  }

  /** "On" days in [a, b). */
  countRange(a: number, b: number): number {
    return (this.before[b - this.first] as number) - (this.before[a - this.first] as number);
  }
}
