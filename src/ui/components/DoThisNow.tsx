import type { Service } from '../../../schemas/directory';
import type { Recommendation } from '../../../schemas/output';
import { DO_THIS_NOW } from '../../content/results';
import type { DoThisNow as Action } from '../../engine/doThisNow';
import { SafeLink } from './SafeLink';

/** Where the action belongs: the service's name, shortened to the part before a colon. */
const shortName = (service: Service | undefined, rec: Recommendation) =>
  (service?.name ?? rec.id).split(':')[0] ?? rec.id;

/**
 * The first thing on every result: one service, one number or link that is open now, and one
 * sentence why. Chosen by src/engine/doThisNow.ts; the big button is the action.
 */
export function DoThisNow({
  action,
  recommendation,
  service,
}: {
  action: Action;
  recommendation: Recommendation;
  service: Service | undefined;
}) {
  const { contact } = action;
  const number = contact.type === 'phone' || contact.type === 'short-code' ? contact.number : undefined;
  const label = number
    ? DO_THIS_NOW.call(number)
    : 'label' in contact && contact.label
      ? contact.label
      : action.href;
  const hours =
    action.open === 'open24'
      ? DO_THIS_NOW.open24
      : action.open === 'open'
        ? DO_THIS_NOW.openNow(action.hours?.description ?? '')
        : DO_THIS_NOW.web;
  return (
    <section className="app-do-now" aria-labelledby="do-this-now-title" data-do-this-now={action.id}>
      <h2 className="govuk-heading-m app-do-now__title" id="do-this-now-title">
        {DO_THIS_NOW.title}: {shortName(service, recommendation)}
      </h2>
      <p className="govuk-body app-do-now__why">{recommendation.reasons[0]}</p>
      <SafeLink
        href={action.href}
        className="govuk-button app-do-now__button"
        data-action={action.open === 'web' ? 'web' : 'line'}
        newTab={!number}
      >
        {label}
      </SafeLink>
      <p className="govuk-body-s app-do-now__hours">{hours}</p>
    </section>
  );
}
