import { COMMON, START } from '../../content/pages';
import { EmergencyBox } from '../components/EmergencyBox';
import { HelplineList } from '../components/HelplineList';
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
      <ul className="govuk-list govuk-list--bullet">
        {START.forList.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="govuk-body">{START.time}</p>
      <EmergencyBox />
      <StartButton onClick={onStart} />
      <p className="govuk-body app-needs-js-note">{START.needsJavaScript}</p>
      <h2 className="govuk-heading-m">{START.talkTitle}</h2>
      <p className="govuk-body">{START.talkLead}</p>
      <HelplineList />
      <h2 className="govuk-heading-m">{START.doesTitle}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {START.does.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">{START.doesNotTitle}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {START.doesNot.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <aside className="app-related" aria-labelledby="professional-title">
        <h2 className="govuk-heading-m" id="professional-title">
          {START.professionalTitle}
        </h2>
        <p className="govuk-body">{START.professionalText}</p>
        <p className="govuk-body">
          <button type="button" className="govuk-link app-link-button" onClick={onProfessional}>
            {START.professionalLink}
          </button>
        </p>
      </aside>
    </Page>
  );
}
