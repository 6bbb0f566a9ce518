/**
 * The catalog as one JSON array for other systems (`ruqsat catalog export --format json`):
 * a flat, stable shape per service (field names here are a public contract), and beside it the
 * whole service version and its act as the catalog holds them, so an export can be read back
 * into the same catalog files (`ruqsat catalog import`) with nothing lost (issue 13 item 14).
 */
import { z } from 'zod';
import type { CatalogEntry } from './catalog.ts';
import { checkIntegrity } from './integrity.ts';
import { Act, CatalogFile, Service } from './schema.ts';

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
            short: s.short ?? null,
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

/** One element of `ruqsat catalog export`: the flat summary plus the whole definition. */
export function exportService(entry: CatalogEntry) {
  return { ...exportEntry(entry), definition: { file: entry.file, act: entry.act, service: entry.service } };
}

const Exported = z.array(
  z.object({ definition: z.object({ file: z.string().min(1), act: Act, service: Service }) }),
);

export interface ImportProblem {
  path: string;
  message: string;
}

/**
 * Reads an export back into catalog files: the definitions grouped by the file they came from,
 * each file checked by the schema and the cross-references as `ruqsat catalog validate` does.
 * Two definitions of one file must carry the same act.
 */
export function importExport(
  json: unknown,
): { files: { file: string; data: CatalogFile }[] } | { problems: ImportProblem[] } {
  const parsed = Exported.safeParse(json);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    };
  const byFile = new Map<string, CatalogFile>();
  const problems: ImportProblem[] = [];
  parsed.data.forEach(({ definition: { file, act, service } }, i) => {
    const data = byFile.get(file);
    if (data === undefined) byFile.set(file, { act, services: [service] });
    else if (JSON.stringify(data.act) !== JSON.stringify(act))
      problems.push({
        path: `${i}.definition.act`,
        message: `a different act than earlier entries of ${file}`,
      });
    else data.services.push(service);
  });
  for (const [file, data] of byFile)
    for (const p of checkIntegrity(data)) problems.push({ path: `${file}: ${p.path}`, message: p.message });
  if (problems.length > 0) return { problems };
  return { files: [...byFile].map(([file, data]) => ({ file, data: CatalogFile.parse(data) })) };
}
