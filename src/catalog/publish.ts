/**
 * Publishing a checked catalog file at run time with an effective date. The semantics:
 *
 * - every service in the file becomes a new version taking effect on `effectiveFrom`: its
 *   `validFrom` is that date (the act's own dates stay in `act`); its `validTo` is kept, and
 *   must be later;
 * - its `version` must be higher than every version of that service already in the catalog
 *   (an application names the version it follows, so a number is never reused);
 * - the version in force on `effectiveFrom` ends that day (`validTo = effectiveFrom`), so
 *   `Catalog.resolve` gives the old version before the date and the new one from it;
 *   applications already created keep the version they follow;
 * - no version of the service may already take effect on or after `effectiveFrom` (publish
 *   in date order).
 *
 * Pure: the caller checks the file (`checkFile`), stores it and calls `applyPublication`.
 */
import type { Catalog, CatalogEntry } from './catalog.ts';
import type { FileProblem } from './files.ts';
import type { CatalogFile } from './schema.ts';

export interface PlannedPublication {
  /** The versions of each service the file touches, after publication. */
  versions: Map<string, CatalogEntry[]>;
}

export function planPublication(
  catalog: Catalog,
  file: string,
  data: CatalogFile,
  effectiveFrom: string,
): { plan: PlannedPublication } | { problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const versions = new Map<string, CatalogEntry[]>();
  data.services.forEach((service, i) => {
    const at = `services.${i}`;
    let existing: CatalogEntry[] = [];
    try {
      existing = versions.get(service.id) ?? catalog.versions(service.id);
    } catch {
      existing = versions.get(service.id) ?? [];
    }
    const newest = Math.max(0, ...existing.map((v) => v.service.version));
    if (service.version <= newest)
      problems.push({
        file,
        path: `${at}.version`,
        message: `version ${service.version} of ${service.id} is not newer than version ${newest} in the catalog; give it version ${newest + 1}`,
      });
    const later = existing.find((v) => v.service.validFrom >= effectiveFrom);
    if (later !== undefined)
      problems.push({
        file,
        path: `${at}.validFrom`,
        message: `version ${later.service.version} of ${service.id} already takes effect on ${later.service.validFrom}; choose an effective date after it`,
      });
    if (service.validTo !== null && service.validTo <= effectiveFrom)
      problems.push({
        file,
        path: `${at}.validTo`,
        message: `validTo ${service.validTo} is not after the effective date ${effectiveFrom}`,
      });
    const ended = existing.map((v) =>
      v.service.validTo === null || v.service.validTo > effectiveFrom
        ? { ...v, service: { ...v.service, validTo: effectiveFrom } }
        : v,
    );
    versions.set(service.id, [
      ...ended,
      { act: data.act, service: { ...service, validFrom: effectiveFrom }, file },
    ]);
  });
  return problems.length > 0 ? { problems } : { plan: { versions } };
}

export function applyPublication(catalog: Catalog, plan: PlannedPublication): void {
  for (const [id, list] of plan.versions) catalog.replaceVersions(id, list);
}
