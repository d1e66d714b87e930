import type { Service } from '../../../schemas/directory';
import type { Recommendation } from '../../../schemas/output';
import { RESULT } from '../../content/results';
import { contactHours } from '../../engine/doThisNow';
import { dateText } from '../format';
import type { ShownContact } from '../resultLayout';
import { ContactList } from './ContactList';

interface Props {
  recommendation: Recommendation;
  service: Service | undefined;
  best?: boolean;
  /** The contacts as the page lays them out (open lines first, each contact linked once on the page). */
  contacts?: readonly ShownContact[];
  /** The time each line's "open now" is worked out for. */
  at?: Date;
}

/** One recommendation: what it is, why it is shown, how to get in touch (each line open or closed), what happens next. */
export function ServiceCard({ recommendation, service, best = false, contacts, at }: Props) {
  const titleId = `service-${recommendation.id}`;
  const legal = recommendation.kind === 'legal-option';
  const listed = (contacts ?? service?.contacts.map((contact) => ({ contact, repeat: false })) ?? []).map(
    (c) => ({ ...c, hours: service ? contactHours(c.contact, service) : undefined }),
  );
  return (
    // A plain container, not a landmark: a page of cards as regions would crowd a screen reader's list.
    <div className={`app-card${best ? ' app-card--best' : ''}`} data-recommendation={recommendation.id}>
      <h3 className="govuk-heading-m app-card__title" id={titleId}>
        {service?.name ?? recommendation.id}
      </h3>
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
          {listed.length > 0 ? (
            <>
              <h4 className="govuk-heading-s">{RESULT.how}</h4>
              <ContactList contacts={listed} {...(at ? { at } : {})} />
            </>
          ) : null}
          <details className="app-card__more" open={listed.length === 0}>
            <summary>{legal ? RESULT.howItWorks : RESULT.whatHappens}</summary>
            <p className="govuk-body">{service.whatHappens}</p>
            {service.breach ? (
              <>
                <h4 className="govuk-heading-s">{RESULT.breach}</h4>
                <p className="govuk-body">{service.breach}</p>
              </>
            ) : null}
            <p className="govuk-body-s app-card__checked">{RESULT.checkedOn(dateText(service.checkedOn))}</p>
          </details>
        </>
      ) : null}
    </div>
  );
}
