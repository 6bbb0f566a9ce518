/**
 * How a page names a process step: Ruqsat's short label in the reader's language where the
 * catalog has one (catalog `short`), else the act's own label or its words cut short, in
 * Kazakh. The act's full text stays one click away wherever a step is shown.
 */
import type { ShortLabel } from '../../../src/catalog/schema.ts';
import type { Lang } from '../i18n.ts';
import { shorten } from '../pages/desk.tsx';

export interface NamedStep {
  short?: ShortLabel | null | undefined;
  label?: string | null | undefined;
  action?: string | null | undefined;
  stepId?: string | null | undefined;
}

/** The step's name and the language it is in. */
export function stepName(step: NamedStep, lang: Lang, max = 70): { text: string; lang: Lang } {
  if (step.short != null) return { text: step.short[lang], lang };
  return { text: step.label ?? shorten(step.action ?? step.stepId ?? '—', max), lang: 'kk' };
}

/** The step's name as an element with its language. */
export function StepName({ step, lang, max }: { step: NamedStep; lang: Lang; max?: number }) {
  const name = stepName(step, lang, max);
  return <span lang={name.lang}>{name.text}</span>;
}
