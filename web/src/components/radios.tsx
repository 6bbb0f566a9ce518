/** A GOV.UK radio group: one choice of a few, each option labelled. */
export interface RadioOption<T> {
  value: T;
  label: string;
  /** The option's language when it is not the page's (the act's Kazakh wording). */
  lang?: string;
}

export function Radios<T extends string | number>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <div class="govuk-radios govuk-radios--small">
      {options.map((o) => (
        <div class="govuk-radios__item" key={String(o.value)}>
          <input
            class="govuk-radios__input"
            id={`${name}-${o.value}`}
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label class="govuk-label govuk-radios__label" for={`${name}-${o.value}`} lang={o.lang}>
            {o.label}
          </label>
        </div>
      ))}
    </div>
  );
}
