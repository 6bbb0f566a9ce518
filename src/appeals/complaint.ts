/**
 * A complaint (шағым) against a decision, action or inaction, as seed 000 ch. 3 (Қағидалар
 * 16–17-т.) sets it: filed within the term after the applicant learned of it; reviewed by the
 * provider or by the quality authority; the review extended once, within the maximum, with
 * notice to the applicant; forwarded to the reviewing body unless the provider granted all that
 * was asked; the reviewing body decides; then another reviewing body or the court.
 *
 * A pure `decide`/`evolve` pair like src/cases: every term comes from the catalog's
 * `service.appeal` and is counted on the working-day calendar; nothing here reads the clock.
 */
import type { WorkCalendar } from '../calendar/calendar.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { addTerm } from '../calendar/term-end.ts';
import type { Duration } from '../catalog/schema.ts';
import type { z } from 'zod';
import type { Appeal } from '../catalog/schema.ts';
import { AppError } from '../errors/app-error.ts';
import type { TermsBasis, TermsBasisOf } from './terms.ts';

// One day-off rule for complaints and case deadlines (issue 13 item 10): src/calendar/term-end.ts.
export { addTerm, calendarTermEnd, lastDayOnDayOff } from '../calendar/term-end.ts';

export type AppealTerms = z.infer<typeof Appeal>;
export type Reviewer = 'provider' | 'quality-authority' | 'reviewing-body';
export type Outcome = 'satisfied' | 'partly-satisfied' | 'rejected';
export type ComplaintStatus = 'under-review' | 'to-forward' | 'closed' | 'decided';
export type NextRemedy = 'another-reviewing-body-or-court' | 'court';

/** The paper receipt of seed 004 25-т.: when it was accepted, by whom, and its journal entry. */
export interface Talon {
  acceptedAt: string;
  receivedBy: string;
  journal: string | null;
  entry: string;
  source: string;
}

/** On what terms the complaint runs: the service's own act, or the general rules (and why). */
export interface ComplaintTermsBasis {
  basis: TermsBasis;
  source: string;
  text: { kk: string; ru: string; en: string } | null;
}

export type ComplaintCommand =
  | {
      type: 'file';
      id: string;
      applicationId: string | null;
      providerId: string;
      subject: 'decision' | 'action' | 'inaction';
      /** The day the applicant learned of the act or action (the filing term runs from it). */
      learnedOn: LocalDate;
      reviewer: 'provider' | 'quality-authority';
      text: string;
      /** Who received it (the talon names them, seed 004 25-т.): an official; else the portal. */
      receivedBy?: string;
    }
  | { type: 'extend'; workingDays: number; reason: string }
  | { type: 'notify-extension' }
  | { type: 'decide'; outcome: Outcome; text: string }
  | { type: 'forward'; body: string };

export type ComplaintEvent =
  | {
      type: 'complaint-filed';
      id: string;
      applicationId: string | null;
      providerId: string;
      subject: 'decision' | 'action' | 'inaction';
      learnedOn: LocalDate;
      fileBy: LocalDate | null;
      reviewer: 'provider' | 'quality-authority';
      text: string;
      reviewDue: LocalDate;
      terms: ComplaintTermsBasis;
      talon: Talon | null;
    }
  | {
      type: 'review-extended';
      workingDays: number;
      reason: string;
      reviewDue: LocalDate;
      noticeDue: LocalDate;
    }
  | { type: 'extension-notified'; onTime: boolean }
  | {
      type: 'complaint-decided';
      reviewer: Reviewer;
      outcome: Outcome;
      text: string;
      onTime: boolean;
      /** When the provider did not grant everything: forward by this day. */
      forwardDue: LocalDate | null;
      /** Where the applicant may turn next when nobody reviews it further. */
      nextRemedy: NextRemedy;
      /** How the applicant must be told when the act fixes it (seed 004 25-т.: by post). */
      replyBy: 'post' | 'electronic' | null;
    }
  | { type: 'complaint-forwarded'; body: string; onTime: boolean; reviewDue: LocalDate };

export type RecordedComplaintEvent = ComplaintEvent & { on: LocalDate; at: string };

export interface ComplaintState {
  id: string;
  version: number;
  applicationId: string | null;
  providerId: string;
  subject: 'decision' | 'action' | 'inaction';
  learnedOn: LocalDate;
  filedOn: LocalDate;
  fileBy: LocalDate | null;
  reviewer: Reviewer;
  status: ComplaintStatus;
  reviewDue: LocalDate;
  extension: {
    workingDays: number;
    reason: string;
    noticeDue: LocalDate;
    noticedOn: LocalDate | null;
  } | null;
  forwardDue: LocalDate | null;
  forwarded: { body: string; on: LocalDate } | null;
  decisions: {
    reviewer: Reviewer;
    outcome: Outcome;
    text: string;
    on: LocalDate;
    onTime: boolean;
    replyBy: 'post' | 'electronic' | null;
  }[];
  /** After the last reviewer: another reviewing body or the court (000 17-т.), or the court (004 23-т.). */
  nextRemedy: NextRemedy | null;
  /** The terms it runs on (null on complaints filed before this was recorded). */
  terms: ComplaintTermsBasis | null;
  talon: Talon | null;
}

export interface ComplaintContext {
  terms: AppealTerms;
  /** Whether the terms are the service act's or the general rules (default: the act's). */
  basis?: TermsBasisOf;
  calendar: WorkCalendar;
  /** Today in Kazakhstan (the shell's clock). */
  today: LocalDate;
  /** The instant, recorded on the events. */
  at: string;
}

function need(term: Duration | null, name: string): Duration {
  if (term === null)
    throw new AppError('appeal.no_terms', `the catalog has no appeal.${name}`, { service: name });
  return term;
}

const wrongStatus = (state: ComplaintState | null, command: ComplaintCommand['type']) =>
  new AppError('appeal.wrong_status', `${command} on a complaint that is ${state?.status ?? 'not filed'}`, {
    status: state?.status ?? '—',
    command,
  });

/** The events a command gives, or an AppError saying why not. Pure. */
export function decideComplaint(
  state: ComplaintState | null,
  command: ComplaintCommand,
  ctx: ComplaintContext,
): ComplaintEvent[] {
  const { terms, calendar, today } = ctx;
  switch (command.type) {
    case 'file': {
      if (state !== null) throw wrongStatus(state, command.type);
      const fileBy =
        terms.fileWithin === null ? null : addTerm(calendar, command.learnedOn, terms.fileWithin);
      if (fileBy !== null && today > fileBy)
        throw new AppError('appeal.late', `filed ${today}, the term ended ${fileBy}`, {
          due: fileBy,
          source: terms.fileWithin?.source ?? terms.source,
        });
      const review =
        command.reviewer === 'provider'
          ? need(terms.reviewByProvider, 'reviewByProvider')
          : need(terms.reviewByQualityAuthority, 'reviewByQualityAuthority');
      const { type: _type, receivedBy, ...rest } = command;
      const talon: Talon | null =
        terms.talon === null
          ? null
          : {
              acceptedAt: ctx.at,
              receivedBy: receivedBy ?? 'portal',
              journal: terms.journal?.name ?? null,
              entry: command.id,
              source: terms.talon.source,
            };
      return [
        {
          type: 'complaint-filed',
          ...rest,
          fileBy,
          reviewDue: addTerm(calendar, today, review),
          terms: {
            basis: ctx.basis?.basis ?? 'service-act',
            source: terms.source,
            text: ctx.basis?.basisText ?? null,
          },
          talon,
        },
      ];
    }
    case 'extend': {
      if (state === null || state.status !== 'under-review' || state.extension !== null)
        throw wrongStatus(state, command.type);
      // Only the provider's and the quality authority's review may be extended (000 16-т. 3-бөлік).
      const by = terms.extensionBy;
      if (by === null || state.reviewer === 'reviewing-body' || !by.reviewers.includes(state.reviewer))
        throw new AppError('appeal.not_extendable', `the ${state.reviewer}'s review cannot be extended`, {
          reviewer: state.reviewer,
          source: by?.source ?? terms.source,
        });
      const max = need(terms.extensionMax, 'extensionMax');
      if (
        !Number.isInteger(command.workingDays) ||
        command.workingDays < 1 ||
        command.workingDays > max.amount
      )
        throw new AppError(
          'appeal.extension_too_long',
          `extension of ${command.workingDays} > ${max.amount}`,
          {
            max: `${max.amount} ${max.unit}`,
            source: max.source,
          },
        );
      const notice = need(terms.extensionNoticeWithin, 'extensionNoticeWithin');
      return [
        {
          type: 'review-extended',
          workingDays: command.workingDays,
          reason: command.reason,
          reviewDue: calendar.addWorkingDays(state.reviewDue, command.workingDays),
          noticeDue: addTerm(calendar, today, notice),
        },
      ];
    }
    case 'notify-extension': {
      if (state?.extension == null || state.extension.noticedOn !== null)
        throw wrongStatus(state, command.type);
      return [{ type: 'extension-notified', onTime: today <= state.extension.noticeDue }];
    }
    case 'decide': {
      if (state === null || state.status !== 'under-review') throw wrongStatus(state, command.type);
      // Forwarded within the term from the day the complaint arrived (000 16-т. 5-бөлік), where
      // the act has a reviewing body at all (004 has none: the court, 23-т.).
      const forwardTerm = terms.forwardToReviewingBodyWithin;
      const forward =
        state.reviewer === 'provider' && command.outcome !== 'satisfied' && forwardTerm !== null
          ? addTerm(calendar, state.filedOn, forwardTerm)
          : null;
      return [
        {
          type: 'complaint-decided',
          reviewer: state.reviewer,
          outcome: command.outcome,
          text: command.text,
          onTime: today <= state.reviewDue,
          forwardDue: forward,
          nextRemedy: terms.nextRemedy?.to ?? 'another-reviewing-body-or-court',
          replyBy: terms.replyBy?.channel ?? null,
        },
      ];
    }
    case 'forward': {
      if (state === null || state.status !== 'to-forward' || state.forwardDue === null)
        throw wrongStatus(state, command.type);
      const review = need(terms.reviewByReviewingBody, 'reviewByReviewingBody');
      return [
        {
          type: 'complaint-forwarded',
          body: command.body,
          onTime: today <= state.forwardDue,
          reviewDue: addTerm(calendar, today, review),
        },
      ];
    }
  }
}

/** Folds one event into the state. Pure. */
export function evolveComplaint(state: ComplaintState | null, e: RecordedComplaintEvent): ComplaintState {
  if (e.type === 'complaint-filed')
    return {
      id: e.id,
      version: 1,
      applicationId: e.applicationId,
      providerId: e.providerId,
      subject: e.subject,
      learnedOn: e.learnedOn,
      filedOn: e.on,
      fileBy: e.fileBy,
      reviewer: e.reviewer,
      status: 'under-review',
      reviewDue: e.reviewDue,
      extension: null,
      forwardDue: null,
      forwarded: null,
      decisions: [],
      nextRemedy: null,
      terms: e.terms ?? null,
      talon: e.talon ?? null,
    };
  if (state === null) throw new RangeError(`${e.type} before complaint-filed`);
  const s = { ...state, version: state.version + 1 };
  switch (e.type) {
    case 'review-extended':
      return {
        ...s,
        reviewDue: e.reviewDue,
        extension: { workingDays: e.workingDays, reason: e.reason, noticeDue: e.noticeDue, noticedOn: null },
      };
    case 'extension-notified':
      return s.extension === null ? s : { ...s, extension: { ...s.extension, noticedOn: e.on } };
    case 'complaint-decided': {
      const decisions = [
        ...s.decisions,
        {
          reviewer: e.reviewer,
          outcome: e.outcome,
          text: e.text,
          on: e.on,
          onTime: e.onTime,
          replyBy: e.replyBy ?? null,
        },
      ];
      if (e.forwardDue !== null) return { ...s, decisions, status: 'to-forward', forwardDue: e.forwardDue };
      if (e.outcome === 'satisfied') return { ...s, decisions, status: 'closed' };
      // Events recorded before nextRemedy was: seed 000's rule, the only one then.
      return {
        ...s,
        decisions,
        status: 'decided',
        nextRemedy: e.nextRemedy ?? 'another-reviewing-body-or-court',
      };
    }
    case 'complaint-forwarded':
      return {
        ...s,
        reviewer: 'reviewing-body',
        status: 'under-review',
        forwarded: { body: e.body, on: e.on },
        reviewDue: e.reviewDue,
        extension: null,
      };
  }
}

export type OverdueFlag = 'review' | 'extension-notice' | 'forward';

/** What is overdue today: the review, the notice of an extension, the forwarding. Pure. */
export function overdue(state: ComplaintState, today: LocalDate): OverdueFlag[] {
  const flags: OverdueFlag[] = [];
  if (state.status === 'under-review' && today > state.reviewDue) flags.push('review');
  if (state.extension !== null && state.extension.noticedOn === null && today > state.extension.noticeDue)
    flags.push('extension-notice');
  if (state.status === 'to-forward' && state.forwardDue !== null && today > state.forwardDue)
    flags.push('forward');
  return flags;
}

/** decide then evolve: the new state and the events, for the shell and the tests. */
export function runComplaint(
  state: ComplaintState | null,
  command: ComplaintCommand,
  ctx: ComplaintContext,
): { state: ComplaintState; events: RecordedComplaintEvent[] } {
  const events = decideComplaint(state, command, ctx).map((e) => ({ ...e, on: ctx.today, at: ctx.at }));
  let next = state;
  for (const e of events) next = evolveComplaint(next, e);
  if (next === null) throw new RangeError('no events');
  return { state: next, events };
}
