/** A summary-list row: a label and what it names (GOV.UK summary list). */
import type { ComponentChildren } from 'preact';

export function SummaryRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
