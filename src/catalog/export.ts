/**
 * The catalog as one JSON array for other systems (`ruqsat catalog export --format json`):
 * a flat, stable shape per service. Field names here are a public contract.
 */
import type { CatalogEntry } from './catalog.ts';

const duration = (d: { amount: number; unit: string; source: string } | null) =>
  d === null ? null : { amount: d.amount, unit: d.unit, source: d.source };

export function exportEntry({ act, service }: CatalogEntry) {
  return {
    id: service.id,
    version: service.version,
    validFrom: service.validFrom,
    validTo: service.validTo,
    act: { id: act.id, number: act.number, date: act.date, status: act.status, title: act.title },
    title: service.title,
    provider: service.provider.name,
    channels: service.channels.map((c) => c.kind),
    applicantTypes: service.applicantTypes,
    cases: service.cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      title: c.title,
      deadline:
        c.deadline === null
          ? null
          : { ...duration(c.deadline), basis: c.deadline.basis, countsFrom: c.deadline.countsFrom },
      deadlineDeferredTo: c.deadlineDeferredTo,
      completenessCheck: duration(c.completenessCheck),
      feeMci: c.fee?.mci ?? null,
      free: c.fee?.free ?? null,
      steps: service.processes
        .filter((p) => p.cases.includes(c.id))
        .flatMap((p) =>
          p.steps.map((s) => ({
            process: p.id,
            channel: p.channel,
            id: s.id,
            label: s.label ?? null,
            role: p.participants.find((r) => r.id === s.role)?.name ?? s.role,
            roleKind: p.participants.find((r) => r.id === s.role)?.kind ?? null,
            action: s.action,
            duration: duration(s.duration),
            source: s.source,
          })),
        ),
    })),
    refusalGrounds: service.refusalGrounds.map((g) => ({
      id: g.id,
      text: g.text,
      kind: g.kind,
      source: g.source,
    })),
    documents: service.documents.map((d) => ({
      id: d.id,
      name: d.name,
      cases: d.cases,
      channels: d.channels,
      applicantTypes: d.applicantTypes,
      obtainedFrom: d.obtainedFrom,
      source: d.source,
    })),
    // The rules the engine keeps time by, as the catalog has them (issue 13: they were dropped).
    hearing: service.hearing,
    tacitConsent: service.tacitConsent,
    appeal: service.appeal,
  };
}
