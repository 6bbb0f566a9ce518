/**
 * Complaints kept in the store (src/store/complaints.ts): a command runs against the state read
 * in the same transaction that writes its result.
 */
import type { Store } from '../store/index.ts';
import {
  overdue,
  runComplaint,
  type ComplaintCommand,
  type ComplaintContext,
  type ComplaintState,
  type OverdueFlag,
  type RecordedComplaintEvent,
} from './complaint.ts';

/** Runs a complaint command: the new state and the events it recorded. */
export function executeComplaint(
  store: Store,
  complaintId: string,
  command: ComplaintCommand,
  ctx: ComplaintContext & { serviceId?: string | null },
): Promise<{ state: ComplaintState; events: RecordedComplaintEvent[] }> {
  return store.repos.complaints.change(complaintId, ctx.serviceId ?? null, (before) =>
    runComplaint(before, command, ctx),
  );
}

export async function findComplaint(store: Store, id: string): Promise<ComplaintState | undefined> {
  return (await store.repos.complaints.find(id))?.state;
}

/** Complaints with something overdue today, for the supervisors' view. */
export async function overdueComplaints(
  store: Store,
  today: string,
  providerId?: string,
): Promise<{ complaint: ComplaintState; flags: OverdueFlag[] }[]> {
  return (await store.repos.complaints.open(providerId))
    .map((complaint) => ({ complaint, flags: overdue(complaint, today) }))
    .filter((r) => r.flags.length > 0);
}

/** A complaint with the service it is about (whose catalog gives its terms), if there is one. */
export function findComplaintWithService(
  store: Store,
  id: string,
): Promise<{ state: ComplaintState; serviceId: string | null } | undefined> {
  return store.repos.complaints.find(id);
}

/** Complaints about an application, or of a provider (every provider's for none), newest first. */
export function listComplaints(
  store: Store,
  filter: { applicationId?: string; providerId?: string; status?: string },
): Promise<ComplaintState[]> {
  return store.repos.complaints.list(filter);
}
