import { COMMON } from '../../content/pages';
import { EMERGENCY_PAGE } from '../../content/results';
import { safeHref } from '../../engine/links';
import { EmergencyBox, emergencyContacts } from '../components/EmergencyBox';
import { Page, PageHeading } from '../components/Page';
import { SafeLink } from '../components/SafeLink';
import { useDirectory } from '../useDirectory';

/** Shown when someone is in danger now: a big "Call 999" button, the silent solution and BSL, then a way to carry on. */
export function EmergencyPage({ onContinue, onBack }: { onContinue: () => void; onBack: () => void }) {
  const { call } = emergencyContacts(useDirectory());
  return (
    <Page title={EMERGENCY_PAGE.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{EMERGENCY_PAGE.title}</PageHeading>
      <p className="govuk-body-l">{EMERGENCY_PAGE.lead}</p>
      {call ? (
        <SafeLink href={safeHref(call)} className="govuk-button app-call-999" data-call-999="">
          {EMERGENCY_PAGE.callButton}
        </SafeLink>
      ) : null}
      <EmergencyBox withCall={!call} />
      <p className="govuk-body">{EMERGENCY_PAGE.after}</p>
      <button type="button" className="govuk-button" onClick={onContinue}>
        {COMMON.continue}
      </button>
    </Page>
  );
}
