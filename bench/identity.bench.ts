/** IIN/BIN validation throughput (every request with an applicant goes through it). */
import { checkId, withControlDigit } from '../src/identity/iin-bin.ts';
import { figure, opsPerSecond, type Benchmark } from './harness.ts';

const ids = Array.from(
  { length: 1024 },
  (_, i) => withControlDigit(`9001013${String(i).padStart(4, '0')}`) ?? '900101300000',
);

export const benchmarks: Benchmark[] = [
  {
    name: 'identity.checkId',
    run: () =>
      figure(
        'identity.checkId',
        opsPerSecond((i) => checkId(ids[i % ids.length] as string)),
        'ops/s',
        null,
        'valid IINs, decoded',
      ),
  },
];
