/**
 * Cross-references the schema cannot express: every step, role, case, result and refusal
 * ground a file names must exist in it. Pure; returns the problems, never throws.
 */
import type { CatalogFile } from './schema.ts';

export interface IntegrityProblem {
  path: string;
  message: string;
}

export function checkIntegrity(file: CatalogFile): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const seen = new Set<string>();
  file.services.forEach((service, si) => {
    const at = `services.${si}`;
    const key = `${service.id}@${service.version}`;
    if (seen.has(key)) problems.push({ path: `${at}.version`, message: `duplicate version ${key}` });
    seen.add(key);
    if (service.validTo !== null && service.validTo <= service.validFrom)
      problems.push({ path: `${at}.validTo`, message: 'validTo must be after validFrom' });

    const caseIds = new Set(service.cases.map((c) => c.id));
    const resultIds = new Set(service.results.map((r) => r.id));
    const groundIds = new Set(service.refusalGrounds.map((g) => g.id));
    const unique = (ids: string[], where: string) => {
      const s = new Set<string>();
      for (const id of ids) {
        if (s.has(id)) problems.push({ path: where, message: `duplicate id "${id}"` });
        s.add(id);
      }
    };
    unique(
      service.cases.map((c) => c.id),
      `${at}.cases`,
    );
    unique(
      service.documents.map((d) => d.id),
      `${at}.documents`,
    );
    unique(
      service.refusalGrounds.map((g) => g.id),
      `${at}.refusalGrounds`,
    );
    unique(
      service.processes.map((p) => p.id),
      `${at}.processes`,
    );

    service.cases.forEach((c, ci) => {
      c.resultIds.forEach((r) => {
        if (!resultIds.has(r))
          problems.push({ path: `${at}.cases.${ci}.resultIds`, message: `unknown result "${r}"` });
      });
      if (c.deadline === null && c.deadlineDeferredTo === null)
        problems.push({
          path: `${at}.cases.${ci}.deadline`,
          message:
            'no deadline: give the term with its paragraph, or deadlineDeferredTo naming where the act sends it',
        });
    });
    service.documents.forEach((d, di) =>
      d.cases.forEach((c) => {
        if (!caseIds.has(c))
          problems.push({ path: `${at}.documents.${di}.cases`, message: `unknown case "${c}"` });
      }),
    );
    service.refusalGrounds.forEach((g, gi) =>
      g.cases.forEach((c) => {
        if (!caseIds.has(c))
          problems.push({ path: `${at}.refusalGrounds.${gi}.cases`, message: `unknown case "${c}"` });
      }),
    );
    service.processes.forEach((p, pi) => {
      const pat = `${at}.processes.${pi}`;
      p.cases.forEach((c) => {
        if (!caseIds.has(c)) problems.push({ path: `${pat}.cases`, message: `unknown case "${c}"` });
      });
      const roles = new Set(p.participants.map((r) => r.id));
      const steps = new Set(p.steps.map((s) => s.id));
      unique(
        p.steps.map((s) => s.id),
        `${pat}.steps`,
      );
      unique(
        p.participants.map((r) => r.id),
        `${pat}.participants`,
      );
      if (!steps.has(p.start)) problems.push({ path: `${pat}.start`, message: `unknown step "${p.start}"` });
      p.steps.forEach((s, i) => {
        const sat = `${pat}.steps.${i}`;
        if (!roles.has(s.role))
          problems.push({ path: `${sat}.role`, message: `unknown participant "${s.role}"` });
        if (s.next !== null && !steps.has(s.next))
          problems.push({ path: `${sat}.next`, message: `unknown step "${s.next}"` });
        s.branches.forEach((b, bi) => {
          if (b.next !== null && !steps.has(b.next))
            problems.push({ path: `${sat}.branches.${bi}.next`, message: `unknown step "${b.next}"` });
          b.groundIds.forEach((g) => {
            if (!groundIds.has(g))
              problems.push({
                path: `${sat}.branches.${bi}.groundIds`,
                message: `unknown refusal ground "${g}"`,
              });
          });
        });
      });
    });
  });
  return problems;
}
