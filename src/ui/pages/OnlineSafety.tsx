import { ONLINE_SAFETY } from '../../content/pages';
import { Page, PageHeading } from '../components/Page';
import { findService, useDirectory } from '../useDirectory';

/** "Staying safe online": cover your tracks, a safer device, and Kent Police's digital abuse advice. */
export function OnlineSafety({ onBack }: { onBack: () => void }) {
  const digital = findService(useDirectory(), 'digital-abuse-advice');
  return (
    <Page title={ONLINE_SAFETY.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{ONLINE_SAFETY.title}</PageHeading>
      <p className="govuk-body-l">{ONLINE_SAFETY.intro}</p>
      {ONLINE_SAFETY.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="govuk-heading-m">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p className="govuk-body" key={p}>
              {p}
            </p>
          ))}
        </section>
      ))}
      {digital ? (
        <section>
          <h2 className="govuk-heading-m">{ONLINE_SAFETY.digitalHeading}</h2>
          <p className="govuk-body">{digital.summary}</p>
          <p className="govuk-body">{digital.whatHappens}</p>
        </section>
      ) : null}
    </Page>
  );
}
