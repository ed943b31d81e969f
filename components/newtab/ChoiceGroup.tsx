interface Props<V extends string> {
  legend: string;
  name: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
}

/** A labelled row of radio chips: one question, a few short answers. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: Props<V>) {
  return (
    <fieldset class="chips" role="radiogroup">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="chip">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
