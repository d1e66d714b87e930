import { PROFESSIONAL_START } from '../../content/pages';
import { LinkButton } from '../components/Lines';
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
      <LinkButton onClick={onPublic}>{PROFESSIONAL_START.publicLink}</LinkButton>
    </Page>
  );
}
