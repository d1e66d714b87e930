import { COMMON } from '../../content/pages';
import { CHECK_ANSWERS } from '../../content/results';
import { Page, PageHeading } from './Page';

export interface AnswerRow {
  question: string;
  /** How the question is named. */
  key: string;
  /** The answer, one line per chosen option. */
  values: string[];
  /** Visually hidden text after "Change". */
  change: string;
}

interface Props {
  rows: AnswerRow[];
  confirm: string;
  onChange: (question: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** "Check your answers": a GOV.UK summary list with a Change link for each answer. */
export function CheckAnswersPage({ rows, confirm, onChange, onConfirm, onBack }: Props) {
  return (
    <Page title={CHECK_ANSWERS.title} onBack={onBack}>
      <PageHeading>{CHECK_ANSWERS.title}</PageHeading>
      <p className="govuk-body">{CHECK_ANSWERS.lead}</p>
      <dl className="govuk-summary-list">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.question}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">
              {row.values.length === 1 ? (
                row.values[0]
              ) : (
                <ul className="govuk-list">
                  {row.values.map((value) => (
                    <li key={value}>{value}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dd className="govuk-summary-list__actions">
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => onChange(row.question)}
              >
                {COMMON.change} <span className="govuk-visually-hidden">{row.change}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="govuk-button" onClick={onConfirm}>
        {confirm}
      </button>
    </Page>
  );
}
