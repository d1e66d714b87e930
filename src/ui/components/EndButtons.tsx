import { COMMON } from '../../content/pages';

/** The buttons at the foot of a result page: start again (wipes every answer), or change the answers. */
export function EndButtons({
  onStartAgain,
  onBack,
  changeAnswers,
}: {
  onStartAgain: () => void;
  onBack: () => void;
  changeAnswers: string;
}) {
  return (
    <div className="govuk-button-group app-no-print">
      <button type="button" className="govuk-button govuk-button--warning" onClick={onStartAgain}>
        {COMMON.startAgain}
      </button>
      <button type="button" className="govuk-link app-link-button" onClick={onBack}>
        {changeAnswers}
      </button>
    </div>
  );
}
