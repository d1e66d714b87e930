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
  };
}

/** The emergency box: how to call 999, what to do if you cannot speak, and 999 in BSL. */
export function EmergencyBox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { call, silent, bsl } = emergencyContacts(useDirectory());
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="app-emergency" aria-labelledby="emergency-box-title">
      <Heading className="govuk-heading-m" id="emergency-box-title">
        {EMERGENCY_BOX.title}
      </Heading>
      {call ? (
        <p className="govuk-body govuk-!-font-weight-bold app-emergency__call">
          {EMERGENCY_BOX.call.before}
          <SafeLink href={safeHref(call)} className="govuk-link app-emergency__number">
            {call.number}
          </SafeLink>
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
    </section>
  );
}
