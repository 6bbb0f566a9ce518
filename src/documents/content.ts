/**
 * What each document says, as plain data: the title, the labelled fields and the paragraphs of
 * a license, its appendix, a reasoned refusal, a preliminary decision or a receipt (талон),
 * taken from the application's state and the catalog version it follows. Pure: the PDF layout
 * (pdf.ts) and the signing (service.ts) are elsewhere; terms come from the catalog, never from
 * literals here.
 */
import { wallClock } from '../calendar/index.ts';
import { sourceIn, textIn } from '../catalog/local-text.ts';
import type { Service } from '../catalog/schema.ts';
import { estimateLabel, resultDate } from '../cases/deadlines.ts';
import type { ApplicationState } from '../cases/model.ts';
import { visitMeasures, type Visit } from '../cases/visit.ts';
import { appendixNumber } from '../registry/index.ts';
import formLabelsRu from './form-labels-ru.json' with { type: 'json' };
import { inventoryContent } from './inventory.ts';
import licenseForm from './license-form.json' with { type: 'json' };
import { labels, officialPosition, termText, type Labels } from './wording.ts';

/** Printed under a Russian form: its labels are Ruqsat's translation, the act's text is Kazakh. */
const FORM_TRANSLATION_NOTE =
  'Наименования полей переведены с казахского текста нормативного акта; при расхождении применяется текст акта на казахском языке.';

export const documentKinds = [
  'license',
  'appendix',
  'refusal',
  'preliminary-decision',
  'receipt',
  'application-form',
  'qualification-info',
  'inventory',
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentLangs = ['kk', 'ru'] as const;
export type DocumentLang = (typeof documentLangs)[number];

/**
 * The layout new documents are signed with (documents.layout, migrations 0014 and 0019): 1 the
 * certificate subject at the foot, 2 the signer's name and position, 3 also the state emblem on
 * the licence and its appendix, the Russian address in Russian documents, a duplicate marked as
 * one with the first issue date, and the portal named by the channel the application came
 * through. A recorded document is re-rendered with its own layout, so its bytes do not change.
 */
export const CURRENT_LAYOUT = 3;

export interface DocumentContent {
  kind: DocumentKind;
  lang: DocumentLang;
  /** The issuing body, printed above the title. */
  issuer: string;
  title: string;
  /** The number the document carries (permit, appendix or inbound number). */
  number: string;
  fields: { label: string; value: string }[];
  paragraphs: { heading?: string; text: string }[];
  /** Under the title: "ТЕЛНҰСҚА" / "ДУБЛИКАТ" on a duplicate (layout 3). */
  mark?: string;
  /** The licence's "DD.MM.YYYY жылғы" line under the title, where the form has one. */
  dateLine?: string;
  /** The public page the QR code and the short link point to; null when nothing is in the registry yet. */
  link: string | null;
}

/** Where the public registry lives; the page of a permit is `<base>/p/<number>` (src/server public routes). */
export interface DocumentLinks {
  publicBaseUrl: string;
}

/** A person a document names: an official by the name in their account and their role. */
export interface NamedOfficial {
  name: string;
  role: string;
  /** The region of their territorial unit, printed as a licence's place of issue. */
  region: string | null;
}

/**
 * What documents say about people that the application's state does not hold, looked up by the
 * shell (parties.ts): the holder as the state database has them, the officials by login, the
 * first issue date of a reissued permit. `NO_PARTIES` prints what the state has.
 */
export interface DocumentParties {
  holder: {
    name: { kk: string; ru: string | null };
    address: string | null;
    /** The state database's Russian form of the address, where it keeps one (layout 3). */
    addressRu?: string | null;
  } | null;
  officials: Record<string, NamedOfficial>;
  /** The permit's subtype in the registry, if any. */
  permitSubtype: string | null;
  /** For a reissue or a duplicate: the issue date of the first permit in the chain. */
  firstIssuedAt: string | null;
  /** The counter visit the application was registered during, once ended (src/cases/visit.ts). */
  visit?: Visit;
}

export const NO_PARTIES: DocumentParties = {
  holder: null,
  officials: {},
  permitSubtype: null,
  firstIssuedAt: null,
};

/** An instant on Kazakhstan's wall clock (Asia/Almaty, the offset in force at that instant). */
function documentClock(iso: string): { date: string; time: string } {
  const { date, time } = wallClock(Date.parse(iso));
  return { date: `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`, time };
}

/**
 * A date in the document's style: DD.MM.YYYY, in Kazakhstan time (Asia/Almaty: UTC+6 before
 * 1 March 2024, UTC+5 since).
 */
export function formatDate(iso: string | null | undefined): string {
  if (iso == null) return '—';
  return documentClock(iso).date;
}

/**
 * Date and time in Kazakhstan (Asia/Almaty: UTC+6 before 1 March 2024, UTC+5 since) as
 * dd.mm.yyyy HH:MM, e.g. for the portal's acknowledgement.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (iso == null) return '—';
  const { date, time } = documentClock(iso);
  return `${date} ${time}`;
}

/**
 * The date the service is due, as a receipt prints it: the legal term, or where the act states
 * none (seeds 001–003) the estimate from the steps, labelled as not a legal term.
 */
function plannedText(state: ApplicationState, lang: DocumentLang): string {
  const due = resultDate(state);
  if (due === null) return '—';
  return due.legal ? formatDate(due.at) : `${formatDate(due.at)} (${estimateLabel[lang]})`;
}

/**
 * A form label in the document's language: the catalog's Kazakh label, or for Russian its
 * translation in form-labels-ru.json (made for Ruqsat: the seeds hold the Kazakh text only).
 */
export function formLabel(label: string, lang: DocumentLang): string {
  if (lang !== 'ru') return label;
  return (formLabelsRu.labels as Record<string, string>)[label] ?? label;
}

/**
 * A receipt's lines for the counter visit it was registered during (seed 004 7-т.): arrival,
 * start and end of service, and each limit with the time actually taken, "асып кетті" when over.
 */
function visitFields(visit: Visit | undefined, l: Labels): { label: string; value: string }[] {
  if (visit === undefined || visit.endedAt === null) return [];
  const m = visitMeasures(visit, new Date(visit.endedAt));
  const limit = (lim: Visit['limits']['wait'], actual: number | null, over: boolean | null) =>
    lim === null
      ? []
      : [
          `${Math.round(lim.ms / 60_000)} ${l.minutes} (${lim.source}); ${l.actual}: ${actual ?? 0} ${l.minutes}${over === true ? ` — ${l.over}` : ''}`,
        ];
  return [
    { label: l.arrivedAt, value: formatDateTime(visit.arrivedAt) },
    { label: l.calledAt, value: formatDateTime(visit.calledAt) },
    { label: l.endedAt, value: formatDateTime(visit.endedAt) },
    ...limit(visit.limits.wait, m.waitedMinutes, m.waitOver).map((value) => ({ label: l.waitLimit, value })),
    ...limit(visit.limits.service, m.servedMinutes, m.serviceOver).map((value) => ({
      label: l.serviceLimit,
      value,
    })),
  ];
}

/** A blank on the paper form: what the applicant did not fill is left to be written by hand. */
const BLANK = '____________';

type FormField = NonNullable<Service['qualificationForm']>['fields'][number];

/**
 * A catalog form filled from the application's `form` (values by field id): one labelled line
 * per field, a group's fields under its label, each entry of a repeatable field numbered.
 */
export function filledFormFields(
  fields: readonly FormField[],
  values: Record<string, unknown>,
  lang: DocumentLang,
): { label: string; value: string }[] {
  const l = labels[lang];
  const scalar = (v: unknown): string => {
    if (v === undefined || v === null || v === '') return BLANK;
    if (typeof v === 'boolean') return v ? l.yes : l.no;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
  const out: { label: string; value: string }[] = [];
  for (const f of fields) {
    const v = values[f.id];
    if (f.type === 'group') {
      const entries = Array.isArray(v) ? v : [v];
      entries.forEach((entry, i) => {
        const own = formLabel(f.label, lang);
        const label = f.repeatable && entries.length > 1 ? `${own} (${i + 1})` : own;
        out.push({ label, value: '' });
        const inner = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
        out.push(...filledFormFields(f.fields ?? [], inner, lang));
      });
    } else if (Array.isArray(v)) {
      out.push({ label: formLabel(f.label, lang), value: v.length === 0 ? BLANK : v.map(scalar).join('; ') });
    } else {
      out.push({ label: formLabel(f.label, lang), value: scalar(v) });
    }
  }
  return out;
}

/**
 * The catalog keeps a service's one form in `qualificationForm`; for seed 004 it is the paper
 * application form (annex 2, titled "ӨТІНІШ" — see the catalog's note: the schema has no other
 * slot), for seed 000 the qualification-requirements information (annex 1).
 */
export const isApplicationForm = (title: string): boolean => /^ӨТІНІШ/u.test(title.trim());

/** The document's content, or an error code naming why this application has no such document. */
export function documentContent(
  state: ApplicationState,
  service: Service,
  kind: DocumentKind,
  lang: DocumentLang,
  links: DocumentLinks,
  parties: DocumentParties = NO_PARTIES,
  /** The layout it is printed with (CURRENT_LAYOUT; a recorded document's own when re-rendered). */
  layout: number = CURRENT_LAYOUT,
): { ok: true; content: DocumentContent } | { ok: false; code: 'document.not_available'; reason: string } {
  const l = labels[lang];
  const f = licenseForm.fields;
  const issuer = textIn(service.provider.name, lang);
  const serviceTitle = textIn(service.title, lang);
  // The state database's name in the document's language (its Russian form for Russian).
  const holderName =
    (lang === 'ru' ? parties.holder?.name.ru : undefined) ?? parties.holder?.name.kk ?? state.applicant.name;
  const holder = [
    { label: l.holder, value: holderName },
    { label: l.holderId, value: state.applicant.id },
  ];
  const official = (
    id: string | undefined,
  ): { name: string; position: string; region: string | null } | null => {
    if (id === undefined || id === 'system') return null;
    const o = parties.officials[id];
    return o === undefined
      ? { name: id, position: '', region: null }
      : { name: o.name, position: officialPosition(o, lang), region: o.region };
  };
  // Who received a portal filing: the portal the application came through (seed 000 Қағидалар
  // 5-т.; seed 001 Регламент 1-т.; seed 004 Стандарт 9-т. 2)), never "system".
  const portal =
    layout < 3 ? l.portal : state.channel === 'elicense-portal' ? l.elicensePortal : l.egovPortal;
  const no = (reason: string) => ({ ok: false as const, code: 'document.not_available' as const, reason });
  const permitLink = (n: string) => `${links.publicBaseUrl.replace(/\/$/, '')}/p/${encodeURIComponent(n)}`;
  const inbound = state.registration?.inboundNumber ?? null;
  const groundParagraphs = (ids: string[]) =>
    ids.map((id) => {
      const g = service.refusalGrounds.find((r) => r.id === id);
      return { text: g === undefined ? id : `${textIn(g.text, lang)} (${sourceIn(g.source, lang)})` };
    });

  switch (kind) {
    case 'license':
    case 'appendix': {
      if (state.issued === null)
        return no(`application ${state.id} has no permit issued (status ${state.status})`);
      const permit = state.issued.permitNumber;
      const number = kind === 'license' ? permit : appendixNumber(permit, 1);
      // The licence form (license-form.json says where each field comes from).
      const activity = service.licensedActivity;
      const subtype =
        parties.permitSubtype ??
        (activity === null || activity.subtypes.length === 0
          ? null
          : activity.subtypes.map((t) => textIn(t.name, lang)).join('; '));
      const signer = official(state.signature?.by ?? state.decision?.by);
      const place =
        signer?.region ?? (service.provider.seat === undefined ? null : textIn(service.provider.seat, lang));
      // A duplicate is the same permit again (seed 001 "лицензияның телнұсқасы"): marked, with its first issue date.
      const duplicate = layout >= 3 && state.caseKind === 'duplicate';
      const reissue = (state.caseKind === 'reissue' || duplicate) && parties.firstIssuedAt !== null;
      const address =
        (layout >= 3 && lang === 'ru' ? parties.holder?.addressRu : undefined) ?? parties.holder?.address;
      const fields = [
        ...(kind === 'appendix' ? [{ label: l.permit, value: permit }] : []),
        { label: f.holder[lang], value: holderName },
        { label: f.holderId[lang], value: state.applicant.id },
        ...(address == null ? [] : [{ label: f.address[lang], value: address }]),
        { label: f.activity[lang], value: activity === null ? serviceTitle : textIn(activity.name, lang) },
        ...(subtype === null ? [] : [{ label: f.subtype[lang], value: subtype }]),
        { label: f.licensor[lang], value: issuer },
        ...(signer === null
          ? []
          : [
              {
                label: f.signer[lang],
                value: signer.position === '' ? signer.name : `${signer.position}: ${signer.name}`,
              },
            ]),
        ...(reissue ? [{ label: f.firstIssued[lang], value: formatDate(parties.firstIssuedAt) }] : []),
        { label: f.validity[lang], value: l.indefinite },
        ...(place === null ? [] : [{ label: f.place[lang], value: place }]),
      ];
      return {
        ok: true,
        content: {
          kind,
          lang,
          issuer,
          title: kind === 'license' ? l.license : l.appendix,
          ...(duplicate ? { mark: l.duplicate } : {}),
          number,
          dateLine: `${formatDate(state.issued.at)} ${l.issuedIn}`,
          fields,
          paragraphs: [
            ...(state.issued.tacit ? [{ text: l.tacit }] : []),
            { text: licenseForm.electronicEqualsPaper[lang] },
          ],
          link: permitLink(permit),
        },
      };
    }
    case 'refusal': {
      if (state.decision?.kind !== 'refuse')
        return no(`application ${state.id} was not refused (status ${state.status})`);
      const appeal = service.appeal;
      const appealText =
        appeal === null
          ? null
          : l.appealText
              .replace('{within}', termText(appeal.fileWithin, lang))
              .replace('{where}', appeal.whereToFile.join('; '))
              .replace('{provider}', termText(appeal.reviewByProvider, lang))
              .replace('{quality}', termText(appeal.reviewByQualityAuthority, lang))
              // "за 15 раб. дн.. При": an abbreviated unit ends the sentence (layout 3).
              .replace(/\.\.(?=\s|$)/gu, layout >= 3 ? '.' : '..');
      return {
        ok: true,
        content: {
          kind,
          lang,
          issuer,
          title: l.refusal,
          number: inbound ?? state.id,
          fields: [
            ...holder,
            { label: l.service, value: serviceTitle },
            { label: l.inbound, value: inbound ?? '—' },
            { label: l.registeredOn, value: formatDate(state.registration?.registeredAt) },
            { label: l.decidedOn, value: formatDate(state.decision.at) },
          ],
          paragraphs: [
            { heading: l.grounds, text: '' },
            ...groundParagraphs(state.decision.groundIds),
            ...(state.decision.reasoning ? [{ heading: l.reasoning, text: state.decision.reasoning }] : []),
            ...(appealText === null
              ? []
              : [{ heading: l.appeal, text: `${appealText} (${appeal?.source ?? ''})` }]),
          ],
          link: null,
        },
      };
    }
    case 'preliminary-decision': {
      const pd = state.preliminaryDecision;
      if (pd === null) return no(`application ${state.id} has no preliminary decision`);
      return {
        ok: true,
        content: {
          kind,
          lang,
          issuer,
          title: l.preliminary,
          number: inbound ?? state.id,
          fields: [
            ...holder,
            { label: l.service, value: serviceTitle },
            { label: l.inbound, value: inbound ?? '—' },
            { label: l.sentOn, value: formatDate(pd.sentAt) },
            { label: l.objectionDue, value: formatDate(pd.objectionDue?.at) },
          ],
          paragraphs: [
            { heading: l.grounds, text: '' },
            ...groundParagraphs(pd.groundIds),
            { heading: l.reasoning, text: pd.text },
            {
              heading: l.objection,
              text: l.objectionText.replace('{due}', formatDate(pd.objectionDue?.at)),
            },
          ],
          link: null,
        },
      };
    }
    case 'receipt': {
      const r = state.registration;
      if (r === null) return no(`application ${state.id} is not registered (status ${state.status})`);
      // A portal registration is the portal's, automatic: no official received it.
      const receiver = official(r.official);
      // Seed 004 annex 3: inbound number, date of acceptance, date the service is rendered, the official.
      return {
        ok: true,
        content: {
          kind,
          lang,
          issuer,
          title: l.receipt,
          number: r.inboundNumber,
          fields: [
            { label: l.inbound, value: r.inboundNumber },
            { label: l.registeredOn, value: formatDate(r.registeredAt) },
            { label: l.plannedOn, value: plannedText(state, lang) },
            {
              label: l.official,
              value:
                receiver === null
                  ? portal
                  : `${receiver.name}${receiver.position === '' ? '' : ` (${receiver.position})`}`,
            },
            ...holder,
            { label: l.service, value: serviceTitle },
            ...visitFields(parties.visit, l),
          ],
          paragraphs: [],
          link: null,
        },
      };
    }
    case 'inventory': {
      // Seed 004 14-т. 1), 16-т.: the copy of the inventory, the proof after tacit consent.
      const receiver = official(state.registration?.official);
      const built = inventoryContent(
        state,
        service,
        lang,
        issuer,
        receiver === null
          ? layout < 3
            ? null
            : portal
          : `${receiver.name}${receiver.position === '' ? '' : ` (${receiver.position})`}`,
        holder,
      );
      return built.ok ? built : no(built.reason);
    }
    case 'application-form':
    case 'qualification-info': {
      const form = service.qualificationForm;
      const wanted = kind === 'application-form';
      if (form === null || isApplicationForm(form.title) !== wanted)
        return no(
          `service ${service.id} has no ${wanted ? 'paper application form' : 'qualification-requirements information form'} in the catalog`,
        );
      // Seed 004 annex 2 / seed 000 annex 1: the form's own labels, as the act prints them.
      return {
        ok: true,
        content: {
          kind,
          lang,
          issuer,
          title: formLabel(form.title, lang),
          number: inbound ?? state.id,
          fields: [
            ...holder,
            { label: l.service, value: serviceTitle },
            ...filledFormFields(form.fields, state.form, lang),
          ],
          paragraphs: [
            { text: `${l.formSource}: ${form.source}` },
            ...(lang === 'ru' ? [{ text: FORM_TRANSLATION_NOTE }] : []),
          ],
          link: null,
        },
      };
    }
  }
}
