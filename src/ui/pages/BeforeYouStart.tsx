import { COMMON, INTERRUPTION } from '../../content/pages';
import { LinkButton } from '../components/Lines';
import { Page, PageHeading } from '../components/Page';

/** The interruption page before the first question: how to leave quickly, and what that cannot do. */
export function BeforeYouStart(props: {
  onContinue: () => void;
  onBack: () => void;
  onOnlineSafety: () => void;
}) {
  const { onContinue, onBack, onOnlineSafety } = props;
  return (
    <Page title={INTERRUPTION.title} onBack={onBack}>
      <div className="app-interruption">
        <PageHeading className="govuk-heading-l">{INTERRUPTION.title}</PageHeading>
        {INTERRUPTION.paragraphs.map((p) => (
          <p className="govuk-body" key={p}>
            {p}
          </p>
        ))}
        <p className="govuk-body govuk-!-font-weight-bold">{INTERRUPTION.historyWarning}</p>
        <LinkButton onClick={onOnlineSafety}>{INTERRUPTION.onlineSafetyLink}</LinkButton>
        <button type="button" className="govuk-button app-button--inverse" onClick={onContinue}>
          {COMMON.continue}
        </button>
      </div>
    </Page>
  );
}
