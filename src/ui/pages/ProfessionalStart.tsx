import { PROFESSIONAL_START } from '../../content/pages';
import { LinkButton } from '../components/Lines';
import { Page, PageHeading } from '../components/Page';
import { StartButton } from './StartPage';

/** The professionals' start page: the SAFER check and the MARAC threshold check. */
export function ProfessionalStart({
  onStart,
  onStartMarac,
  onBack,
  onPublic,
}: {
  /** The SAFER check. */
  onStart: () => void;
  /** The MARAC threshold check. */
  onStartMarac: () => void;
  onBack?: () => void;
  onPublic: () => void;
}) {
  return (
    <Page title={PROFESSIONAL_START.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{PROFESSIONAL_START.title}</PageHeading>
      <p className="govuk-body-l">{PROFESSIONAL_START.intro}</p>
      <h2 className="govuk-heading-l">{PROFESSIONAL_START.saferTitle}</h2>
      <p className="govuk-body">{PROFESSIONAL_START.saferAbout}</p>
      <p className="govuk-body">{PROFESSIONAL_START.how}</p>
      <p className="govuk-body">{PROFESSIONAL_START.get}</p>
      <StartButton onClick={onStart} />
      <h2 className="govuk-heading-l">{PROFESSIONAL_START.maracTitle}</h2>
      <p className="govuk-body">{PROFESSIONAL_START.maracAbout}</p>
      <p className="govuk-body">{PROFESSIONAL_START.maracGet}</p>
      <StartButton onClick={onStartMarac}>{PROFESSIONAL_START.maracStart}</StartButton>
      <p className="govuk-body">{PROFESSIONAL_START.private}</p>
      <LinkButton onClick={onPublic}>{PROFESSIONAL_START.publicLink}</LinkButton>
    </Page>
  );
}
