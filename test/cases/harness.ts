/**
 * Drives the pure decision core without a store: decide, then fold the events, exactly as the
 * shell does inside its transaction.
 */
import { kazakhstanCalendar, workingTime } from '../../src/calendar/index.ts';
import { loadCatalog, loadPermitsLaw } from '../../src/catalog/files.ts';
import type { Service } from '../../src/catalog/schema.ts';
import { decide, type DecideContext } from '../../src/cases/decide.ts';
import { officeScheduleOf } from '../../src/cases/engine.ts';
import { evolve } from '../../src/cases/evolve.ts';
import type { Actor, ApplicationState, Command, Recorded } from '../../src/cases/model.ts';

export const { catalog } = loadCatalog();
export const law = loadPermitsLaw();
const defaultSchedule = { open: '09:00', close: '18:00', lunch: { from: '13:00', to: '14:00' } };

export function newest(id: string): { service: Service; actId: string } {
  const entry = catalog.versions(id).at(-1);
  if (entry === undefined) throw new Error(id);
  return { service: entry.service, actId: entry.act.id };
}

export class Case {
  state: ApplicationState | null = null;
  readonly service: Service;
  readonly actId: string;
  readonly office;
  private seq = 0;

  constructor(
    service: Service,
    actId: string,
    readonly id = 'app-1',
  ) {
    this.service = service;
    this.actId = actId;
    this.office = workingTime(officeScheduleOf(service) ?? defaultSchedule);
  }

  ctx(now: Date, actor: Actor, extra: Partial<DecideContext> = {}): DecideContext {
    return {
      now,
      actor,
      service: this.service,
      actId: this.actId,
      time: { calendar: kazakhstanCalendar, office: this.office },
      law,
      ...extra,
    };
  }

  /** Runs a command; throws the refusal's AppError. */
  run(command: Command, now: Date, actor: Actor, extra: Partial<DecideContext> = {}): Recorded[] {
    const numbered: Partial<DecideContext> = {
      allocatedInboundNumber: `2025-${String(++this.seq).padStart(6, '0')}`,
      allocatedPermitNumber: 'KZ00TST25000001',
      ...extra,
    };
    const decision = decide(this.state, command, this.ctx(now, actor, numbered));
    if (!decision.ok) throw decision.error;
    const events = decision.events.map((e) => ({
      ...e,
      at: now.toISOString(),
      by: actor.id,
      role: actor.role,
    }));
    const process = () =>
      this.service.processes.find(
        (p) => p.id === (this.state?.processId ?? (events[0] as { processId?: string }).processId),
      );
    for (const e of events) this.state = evolve(this.state, e, this.id, process());
    return events;
  }

  get s(): ApplicationState {
    if (this.state === null) throw new Error('no state');
    return this.state;
  }
}

export const applicantActor = (id: string): Actor => ({ id, role: 'applicant' });
export const system: Actor = { id: 'system', role: 'system' };
