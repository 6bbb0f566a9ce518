/**
 * The quality survey an applicant is asked after the result: the questions of the service's own
 * act where it has them; otherwise those of the e-regulation of seed 003 (annex 3, "Нысан": the
 * only survey form among the acts), which Ruqsat uses as its general survey. Answers are the
 * option's number, 1 (not satisfied) to the number of options (satisfied).
 */
import type { Catalog } from './catalog.ts';
import type { Service } from './schema.ts';

export interface SurveyQuestion {
  /** q1, q2, … in the act's order: the keys answers are stored under. */
  id: string;
  text: string;
  options: string[];
  source: string;
}

export function surveyFor(catalog: Catalog, service: Service): SurveyQuestion[] {
  const own = service.quality.surveyQuestions;
  const questions =
    own.length > 0
      ? own
      : (catalog
          .list()
          .flatMap((e) => catalog.versions(e.service.id))
          .find((e) => e.act.id === '003' && e.service.quality.surveyQuestions.length > 0)?.service.quality
          .surveyQuestions ?? []);
  return questions.map((q, i) => ({ id: `q${i + 1}`, text: q.text, options: q.options, source: q.source }));
}
