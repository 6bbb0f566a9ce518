/** A `permits` row as the driver returns it, and as the store's callers see it. */
import type { PermitRow } from './store.ts';

export interface PermitDbRow {
  number: string;
  holder_id: string;
  service_id: string;
  status: string;
  data: unknown;
}

export function toPermit(r: PermitDbRow): PermitRow {
  return { number: r.number, holderId: r.holder_id, serviceId: r.service_id, status: r.status, data: r.data };
}
