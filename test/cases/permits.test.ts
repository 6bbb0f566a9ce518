import { describe, expect, it } from 'vitest';
import { serviceCode } from '../../src/cases/permits.ts';
import { isServiceCode } from '../../src/registry/index.ts';
import { catalog } from './harness.ts';

describe('permit numbers per service', () => {
  it('every service of the catalog has its own three-letter code', () => {
    const ids = catalog.list().map((e) => e.service.id);
    const codes = ids.map(serviceCode);
    expect(codes.every(isServiceCode)).toBe(true);
    expect(new Set(codes).size).toBe(ids.length);
  });
});
