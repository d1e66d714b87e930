import { type Control, useWatch } from 'react-hook-form';
import { COMMON } from '../../content/pages';
import type { OptionCopy, StepCopy } from '../../content/steps';
import { type FormValue, NONE, NOT_KNOWN, type StepForm } from '../forms';
import { PageHeading } from './Page';

interface Props {
  name: string;
  copy: StepCopy;
  control: Control<StepForm, unknown, Record<string, unknown>>;
  /** A new answer, as the form holds it. */
  onChange: (next: FormValue) => void;
  error: string | undefined;
}

/** The id of option `index`: the first option carries the field's own id, so error links land on it. */
export const optionId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

/**
 * A question as a fieldset whose legend is the page's `<h1>`, with hint, inline error and radios,
 * checkboxes or a whole number's box (GOV.UK patterns). Checkboxes' "none" and "not known" options
 * are exclusive: each clears the others, and ticking any other clears it; so is a number's "not
 * known" box, which clears the number (and typing a number clears it).
 */
export function Choices({ name, copy, control, onChange, error }: Props) {
  // The answer as the form holds it, and its changes (no validation until Continue: mode onSubmit).
  const value: FormValue = useWatch({ control, name });
  const radios = copy.kind === 'radios';
  const selected: string[] = Array.isArray(value) ? value : value ? [value] : [];
  const hintId = copy.hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const prefix = radios ? 'govuk-radios' : 'govuk-checkboxes';

  const number = copy.kind === 'number';
  const exclusive = (value: string) => value === NONE || value === NOT_KNOWN;
  const toggle = (value: string, checked: boolean) => {
    if (radios) return onChange(value);
    if (number) return onChange(checked ? NOT_KNOWN : null);
    if (!checked) return onChange(selected.filter((v) => v !== value));
    if (exclusive(value)) return onChange([value]);
    return onChange([...selected.filter((v) => !exclusive(v)), value]);
  };

  const item = (option: OptionCopy, index: number) => {
    // A number's box carries the field's own id; its "not known" box comes second.
    const id = optionId(name, number ? index + 1 : index);
    const itemHint = option.hint ? `${id}-item-hint` : undefined;
    return (
      <div className={`${prefix}__item`} key={option.value}>
        <input
          className={`${prefix}__input`}
          id={id}
          name={name}
          type={radios ? 'radio' : 'checkbox'}
          value={option.value}
          checked={selected.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
          aria-describedby={itemHint}
        />
        <label className={`govuk-label ${prefix}__label`} htmlFor={id}>
          {option.label}
        </label>
        {option.hint ? (
          <div id={itemHint} className={`govuk-hint ${prefix}__hint`}>
            {option.hint}
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <PageHeading className="govuk-fieldset__heading">{copy.title}</PageHeading>
        </legend>
        {copy.hint ? (
          <div id={hintId} className="govuk-hint">
            {copy.hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{COMMON.errorPrefix}</span> {error}
          </p>
        ) : null}
        {number ? (
          <div className="govuk-form-group app-number">
            <label className="govuk-label" htmlFor={name}>
              {copy.inputLabel}
            </label>
            <input
              className={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`}
              id={name}
              name={name}
              type="text"
              inputMode="numeric"
              spellCheck={false}
              autoComplete="off"
              value={typeof value === 'string' && value !== NOT_KNOWN ? value : ''}
              onChange={(event) => onChange(event.target.value)}
            />
          </div>
        ) : null}
        <div className={prefix}>
          {copy.options.map(item)}
          {copy.orOption ? (
            <>
              <div className={`${prefix}__divider`}>{COMMON.or}</div>
              {item(copy.orOption, copy.options.length)}
            </>
          ) : null}
          {copy.notKnown ? (
            <>
              {copy.orOption ? null : <div className={`${prefix}__divider`}>{COMMON.or}</div>}
              {item(copy.notKnown, copy.options.length + (copy.orOption ? 1 : 0))}
            </>
          ) : null}
        </div>
      </fieldset>
    </div>
  );
}
