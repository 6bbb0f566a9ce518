/** Issue: the signed permit is entered in the registry under its number, and the result handed over. Pure. */
import type { Event } from '../model.ts';
import { requireOfficial } from '../roles.ts';
import type { CommandOf, OnCase } from './context.ts';

export type IssueCommand = CommandOf<'issue' | 'deliver'>;

export function decideIssue(command: IssueCommand, on: OnCase): Event[] {
  const { state, actor, process } = on;
  switch (command.type) {
    case 'issue':
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'issued', permitNumber: command.permitNumber, tacit: false }];

    case 'deliver':
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'delivered' }];
  }
}
