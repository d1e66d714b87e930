import type { ReactNode } from 'react';
import type { Contact } from '../../../schemas/directory';
import { RESULT } from '../../content/results';
import { SafeLink } from './SafeLink';

type Phone = Extract<Contact, { type: 'phone' }>;

/**
 * A phone line of the directory: who it is, the tap-to-call (or text) link, and when it is open.
 * `status` (the result page's own "open now" for this line) is passed in, so that the start page,
 * which shows these lines too, does not load the hours code.
 */
export function PhoneContact({ contact, status }: { contact: Phone; status?: ReactNode }) {
  const verb = {
    voice: RESULT.call,
    text: RESULT.text,
    textphone: RESULT.textphone,
    video: RESULT.videoCall,
  }[contact.phoneType];
  return (
    <>
      {contact.label ? <span className="app-contact__label">{contact.label}</span> : null}
      <span className="app-contact__action">
        {verb} <SafeLink number={contact} className="govuk-link app-contact__number" />
      </span>
      {status}
      {contact.hours?.description && !(status && contact.hours.kind === 'always') ? (
        <span className="app-contact__hours">{contact.hours.description}</span>
      ) : null}
    </>
  );
}
