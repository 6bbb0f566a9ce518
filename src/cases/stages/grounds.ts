/** The refusal grounds a command cites: at least one, each the act's, each of the right kind. */
import type { Service } from '../../catalog/schema.ts';
import { AppError } from '../../errors/app-error.ts';

export function requireGrounds(service: Service, ids: string[], kind: 'incomplete' | 'other'): void {
  if (ids.length === 0)
    throw new AppError('cases.invalid_input', 'no grounds', { reason: 'cite at least one refusal ground' });
  for (const id of ids) {
    const ground = service.refusalGrounds.find((g) => g.id === id);
    if (ground === undefined) throw new AppError('cases.unknown_ground', 'unknown ground', { ground: id });
    if (ground.kind !== kind)
      throw new AppError('cases.ground_kind', 'wrong kind', {
        ground: id,
        reason:
          kind === 'incomplete'
            ? 'it is not an incompleteness ground'
            : 'incompleteness is decided at the completeness check',
      });
  }
}
