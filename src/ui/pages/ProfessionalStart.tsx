import { PROFESSIONAL_START } from '../../content/pages';
import { Page, PageHeading } from '../components/Page';
import { StartButton } from './StartPage';

export function ProfessionalStart({
  onStart,
  onBack,
  onPublic,
}: {
  onStart: () => void;
  onBack?: () => void;
  onPublic: () => void;
}) {
  return (
    <Page title={PROFESSIONAL_START.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{PROFESSIONAL_START.title}</PageHeading>
      <p className="govuk-body-l">{PROFESSIONAL_START.intro}</p>
      <p className="govuk-body">{PROFESSIONAL_START.how}</p>
      <p className="govuk-body">{PROFESSIONAL_START.get}</p>
      <p className="govuk-body">{PROFESSIONAL_START.private}</p>
      <StartButton onClick={onStart} />
      <p className="govuk-body">
        <button type="button" className="govuk-link app-link-button" onClick={onPublic}>
          {PROFESSIONAL_START.publicLink}
        </button>
      </p>
    </Page>
  );
}
