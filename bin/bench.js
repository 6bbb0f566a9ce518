#!/usr/bin/env node
// `npm run bench [-- <prefix>]`: runs the benchmarks in bench/, one JSON line per figure.
import { register } from 'tsx/esm/api';

register();
await import('../bench/run.ts');
