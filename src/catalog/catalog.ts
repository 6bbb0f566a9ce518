/**
 * The catalog in memory: every service version of every act, and the rule that picks the
 * version an application follows — the one in force on its registration date. Pure.
 */
import { AppError } from '../errors/app-error.ts';
import type { Act, CatalogFile, Service } from './schema.ts';

export interface CatalogEntry {
  act: Act;
  service: Service;
  /** The data file it came from, for messages. */
  file: string;
}

export interface Resolved extends CatalogEntry {
  /**
   * True when the act is repealed. A deployment that accepts repealed services (the demo)
   * still gets the last version, and must show the mark.
   */
  repealed: boolean;
}

export class Catalog {
  private readonly byId = new Map<string, CatalogEntry[]>();

  constructor(files: { file: string; data: CatalogFile }[]) {
    for (const { file, data } of files)
      for (const service of data.services) {
        const list = this.byId.get(service.id) ?? [];
        list.push({ act: data.act, service, file });
        this.byId.set(service.id, list);
      }
    for (const list of this.byId.values())
      list.sort((a, b) => a.service.validFrom.localeCompare(b.service.validFrom));
  }

  /** The newest version of each service, in act order. */
  list(): CatalogEntry[] {
    return [...this.byId.values()]
      .map((versions) => versions.at(-1) as CatalogEntry)
      .sort((a, b) => a.act.id.localeCompare(b.act.id) || a.service.id.localeCompare(b.service.id));
  }

  /**
   * Replaces every version of `id`, new ones included: a catalog file published at run time
   * (`publish` in src/catalog/publish.ts, which checks the versions and their dates first).
   */
  replaceVersions(id: string, versions: CatalogEntry[]): void {
    this.byId.set(
      id,
      [...versions].sort((a, b) => a.service.validFrom.localeCompare(b.service.validFrom)),
    );
  }

  versions(id: string): CatalogEntry[] {
    const versions = this.byId.get(id);
    if (versions === undefined)
      throw new AppError('catalog.unknown_service', `Unknown service ${id}`, { id });
    return versions;
  }

  /**
   * The version in force on `date`. Past the last version's end (the act repealed), the last
   * version is returned only when the deployment accepts repealed services.
   */
  resolve(id: string, date: string, options: { acceptRepealed: boolean }): Resolved {
    const versions = this.versions(id);
    const inForce = versions.find(
      (v) => v.service.validFrom <= date && (v.service.validTo === null || date < v.service.validTo),
    );
    const last = versions.at(-1) as CatalogEntry;
    const repealed = last.act.status === 'repealed';
    if (inForce !== undefined)
      return { ...inForce, repealed: repealed && inForce === last && last.service.validTo === null };
    if (options.acceptRepealed && last.service.validTo !== null && date >= last.service.validTo)
      return { ...last, repealed: true };
    throw new AppError('catalog.no_version_on_date', `No version of ${id} in force on ${date}`, {
      id,
      date,
      versions: versions
        .map((v) => `${v.service.version}: ${v.service.validFrom} – ${v.service.validTo ?? '…'}`)
        .join('; '),
    });
  }
}
