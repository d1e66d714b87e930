import { COMMON } from '../../content/pages';
import { EMERGENCY_PAGE } from '../../content/results';
import { EmergencyBox } from '../components/EmergencyBox';
import { Page, PageHeading } from '../components/Page';

/** Shown when someone is in danger now: 999, the silent solution and BSL, then a way to carry on. */
export function EmergencyPage({ onContinue, onBack }: { onContinue: () => void; onBack: () => void }) {
  return (
    <Page title={EMERGENCY_PAGE.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{EMERGENCY_PAGE.title}</PageHeading>
      <p className="govuk-body-l">{EMERGENCY_PAGE.lead}</p>
      <EmergencyBox />
      <p className="govuk-body">{EMERGENCY_PAGE.after}</p>
      <button type="button" className="govuk-button" onClick={onContinue}>
        {COMMON.continue}
      </button>
    </Page>
  );
}
