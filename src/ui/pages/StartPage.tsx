import { COMMON, START } from '../../content/pages';
import { EmergencyBox } from '../components/EmergencyBox';
import { HelplineList } from '../components/HelplineList';
import { BulletList, LinkButton } from '../components/Lines';
import { Page, PageHeading } from '../components/Page';

export function StartButton({
  onClick,
  children = COMMON.startNow,
}: {
  onClick: () => void;
  children?: string;
}) {
  return (
    <button type="button" className="govuk-button govuk-button--start" onClick={onClick}>
      {children}
      <svg
        className="govuk-button__start-icon"
        xmlns="http://www.w3.org/2000/svg"
        width="17.5"
        height="19"
        viewBox="0 0 33 40"
        aria-hidden="true"
        focusable="false"
      >
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </button>
  );
}

export function StartPage({
  onStart,
  onProfessional,
  note,
}: {
  onStart: () => void;
  onProfessional: () => void;
  /** One more line under the introduction (embedded on a partner's site that named its area). */
  note?: string;
}) {
  return (
    <Page title={START.title}>
      <PageHeading className="govuk-heading-xl">{START.title}</PageHeading>
      <p className="govuk-body-l">{START.intro}</p>
      {note ? <p className="govuk-body">{note}</p> : null}
      <p className="govuk-body">{START.forLead}</p>
      <BulletList lines={START.forList} />
      <p className="govuk-body">{START.time}</p>
      <EmergencyBox />
      <StartButton onClick={onStart} />
      <p className="govuk-body app-needs-js-note">{START.needsJavaScript}</p>
      <h2 className="govuk-heading-m">{START.talkTitle}</h2>
      <p className="govuk-body">{START.talkLead}</p>
      <HelplineList />
      <h2 className="govuk-heading-m">{START.doesTitle}</h2>
      <BulletList lines={START.does} />
      <h2 className="govuk-heading-m">{START.doesNotTitle}</h2>
      <BulletList lines={START.doesNot} />
      <aside className="app-related" aria-labelledby="professional-title">
        <h2 className="govuk-heading-m" id="professional-title">
          {START.professionalTitle}
        </h2>
        <p className="govuk-body">{START.professionalText}</p>
        <LinkButton onClick={onProfessional}>{START.professionalLink}</LinkButton>
      </aside>
    </Page>
  );
}
