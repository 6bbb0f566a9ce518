/** An `applications` row as the driver returns it, and as the store's callers see it. */
import type { ApplicationRow } from './store.ts';

export interface ApplicationDbRow {
  id: string;
  version: number;
  state: unknown;
  service_id: string;
  provider_id: string;
  status: string;
  applicant_id: string | null;
  updated_at: Date;
}

export function toApplication(r: ApplicationDbRow): ApplicationRow {
  return {
    id: r.id,
    version: r.version,
    state: r.state,
    serviceId: r.service_id,
    providerId: r.provider_id,
    status: r.status,
    applicantId: r.applicant_id,
    updatedAt: r.updated_at,
  };
}
