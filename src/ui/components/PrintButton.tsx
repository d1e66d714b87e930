import { useLayoutEffect, useRef, useState } from 'react';
import { PRINT } from '../../content/results';

/**
 * "Print or save your results": first a warning that a printout or saved file can be found, then the
 * browser's own print dialogue (which also saves as PDF). Nothing is downloaded.
 */
export function PrintButton({
  label = PRINT.button,
  warning = PRINT.warning,
  option,
}: {
  label?: string;
  warning?: string;
  /** A choice to make before printing (the result page: whether to include the person's answers). */
  option?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
}) {
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (asking) heading.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-no-print"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <section className="app-print-warning app-no-print" aria-labelledby="print-warning-title">
      <h2 className="govuk-heading-m" id="print-warning-title" tabIndex={-1} ref={heading}>
        {PRINT.warningTitle}
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          {warning}
        </strong>
      </div>
      {option ? (
        <div className="govuk-checkboxes__item app-print-option">
          <input
            className="govuk-checkboxes__input"
            id="print-option"
            type="checkbox"
            checked={option.checked}
            onChange={(event) => option.onChange(event.currentTarget.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="print-option">
            {option.label}
          </label>
        </div>
      ) : null}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          onClick={() => {
            setAsking(false);
            window.print();
          }}
        >
          {PRINT.confirm}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => setAsking(false)}
        >
          {PRINT.cancel}
        </button>
      </div>
    </section>
  );
}
