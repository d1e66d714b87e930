import type { Contact, Directory } from '../../../schemas/directory';
import { EMERGENCY_BOX } from '../../content/pages';
import { safeHref } from '../../engine/links';
import { findService, useDirectory } from '../useDirectory';
import { SafeLink } from './SafeLink';

type ShortCode = Extract<Contact, { type: 'short-code' }>;

/** 999, the silent solution code and the BSL route, from the directory's emergency entry. */
export function emergencyContacts(directory: Directory) {
  const contacts = findService(directory, 'emergency-999')?.contacts ?? [];
  const codes = contacts.filter((c): c is ShortCode => c.type === 'short-code');
  return {
    call: codes.find((c) => c.number === '999'),
    silent: codes.find((c) => c.number === '55'),
    bsl: contacts.find((c) => c.type === 'bsl'),
    /** Relay UK's 999 button and 18000, emergency SMS: steps, in the directory's words. */
    relay: contacts.flatMap((c) => (c.type === 'relay' ? [c] : [])),
  };
}

/**
 * The emergency box: how to call 999, what to do if you cannot speak, and 999 in BSL. On the
 * emergency page (`withCall={false}`: the page's own big button calls 999) it also gives the text
 * routes: Relay UK's 999 button, 18000 from a textphone and emergency SMS.
 */
export function EmergencyBox({
  headingLevel = 2,
  withCall = true,
}: {
  headingLevel?: 2 | 3;
  withCall?: boolean;
}) {
  const { call, silent, bsl, relay } = emergencyContacts(useDirectory());
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="app-emergency" aria-labelledby="emergency-box-title">
      <Heading className="govuk-heading-m" id="emergency-box-title">
        {EMERGENCY_BOX.title}
      </Heading>
      {call && withCall ? (
        <p className="govuk-body govuk-!-font-weight-bold app-emergency__call">
          {EMERGENCY_BOX.call.before}
          <SafeLink number={call} className="govuk-link app-emergency__number" />
          {EMERGENCY_BOX.call.after}
        </p>
      ) : null}
      {silent ? <p className="govuk-body">{EMERGENCY_BOX.silent(silent.number)}</p> : null}
      {bsl && bsl.type === 'bsl' ? (
        <p className="govuk-body">
          {bsl.url ? (
            <SafeLink href={safeHref(bsl)} newTab>
              {bsl.label}
            </SafeLink>
          ) : (
            bsl.label
          )}
        </p>
      ) : null}
      {withCall
        ? null
        : relay.map((r) => (
            <p className="govuk-body" key={r.label}>
              {r.label}
            </p>
          ))}
    </section>
  );
}
