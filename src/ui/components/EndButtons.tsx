import { COMMON } from '../../content/pages';

/** A final page's two ways on: start again (wipes every answer), or back to change the answers. */
export interface EndActions {
  onBack: () => void;
  onStartAgain: () => void;
}

/** The buttons at the foot of a result page: start again, or change the answers (`changeAnswers`). */
export function EndButtons({ onStartAgain, onBack, changeAnswers }: EndActions & { changeAnswers: string }) {
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
