/** What the official case endpoint returns, and what a command posted from the case page answers. */
import type { ApplicationState, Attachment, ServiceDetail, Timeline } from '../../api/types.ts';
import type { OfferedAction } from '../../../../src/cases/actions.ts';

export interface CaseView {
  application: ApplicationState;
  timeline: Timeline;
  events: { type: string; at: string; data: { by?: string; role?: string } | null }[];
  actions: OfferedAction[];
}

/** The case with what the page loads beside it: the service (for titles and grounds) and the files. */
export type LoadedCase = CaseView & { service: ServiceDetail | null; attachments: Attachment[] };

export interface CommandResult {
  applicationId: string;
  version: number;
  status: ApplicationState['status'];
  events: string[];
}
