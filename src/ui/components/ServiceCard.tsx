import type { Service } from '../../../schemas/directory';
import type { Recommendation } from '../../../schemas/output';
import { RESULT } from '../../content/results';
import { dateText, openingStatus } from '../format';
import { ContactList } from './ContactList';

interface Props {
  recommendation: Recommendation;
  service: Service | undefined;
  best?: boolean;
}

/** Open now, closed (and when it opens), or open 24 hours. */
export function OpeningTag({ recommendation }: { recommendation: Recommendation }) {
  const status = openingStatus(recommendation);
  if (status.kind === 'unknown') return null;
  return <p className={`app-tag app-tag--${status.kind}`}>{status.text}</p>;
}

/** One recommendation: what it is, why it is shown, how to get in touch, hours, what happens next. */
export function ServiceCard({ recommendation, service, best = false }: Props) {
  const titleId = `service-${recommendation.id}`;
  const legal = recommendation.kind === 'legal-option';
  return (
    // A plain container, not a landmark: a page of cards as regions would crowd a screen reader's list.
    <div className={`app-card${best ? ' app-card--best' : ''}`} data-recommendation={recommendation.id}>
      <h3 className="govuk-heading-m app-card__title" id={titleId}>
        {service?.name ?? recommendation.id}
      </h3>
      <OpeningTag recommendation={recommendation} />
      {service ? (
        <p className="govuk-body">{service.summary}</p>
      ) : (
        <p className="govuk-body">{RESULT.notFound}</p>
      )}
      <h4 className="govuk-heading-s">{RESULT.why}</h4>
      <ul className="govuk-list govuk-list--bullet app-card__reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {service ? (
        <>
          <h4 className="govuk-heading-s">{RESULT.how}</h4>
          {service.contacts.length > 0 ? (
            <ContactList contacts={service.contacts} />
          ) : (
            <p className="govuk-body">{RESULT.noContacts}</p>
          )}
          <h4 className="govuk-heading-s">{legal ? RESULT.howItWorks : RESULT.whatHappens}</h4>
          <p className="govuk-body">{service.whatHappens}</p>
          {service.breach ? (
            <>
              <h4 className="govuk-heading-s">{RESULT.breach}</h4>
              <p className="govuk-body">{service.breach}</p>
            </>
          ) : null}
          <p className="govuk-body-s app-card__checked">{RESULT.checkedOn(dateText(service.checkedOn))}</p>
        </>
      ) : null}
    </div>
  );
}
