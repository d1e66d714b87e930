import { useLayoutEffect, useRef } from 'react';
import { COMMON } from '../../content/pages';

export interface FieldError {
  /** The id of the field's first input. */
  field: string;
  message: string;
}

/**
 * Moves focus to the field's first input and shows its question. The link's own jump is cancelled:
 * a `#fragment` in the address bar would name a question, and would add a history entry.
 */
export function focusField(id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  const legend = input.closest('fieldset')?.querySelector('legend');
  legend?.scrollIntoView?.();
  input.focus({ preventScroll: Boolean(legend) });
}

/** "There is a problem", focused when it appears, with a link to each field in error. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="error-summary-title">
          {COMMON.errorSummaryTitle}
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${error.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(error.field);
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
