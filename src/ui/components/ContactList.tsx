import type { Contact, Schedule } from '../../../schemas/directory';
import { RESULT } from '../../content/results';
import { safeHref } from '../../engine/links';
import { scheduleStatus } from '../format';
import { PhoneContact } from './PhoneContact';
import { SafeLink } from './SafeLink';

/** A contact's own opening status at `at` (open 24 hours, open now, closed and when it opens). */
export function ContactStatus({ hours, at }: { hours: Schedule | undefined; at: Date | undefined }) {
  if (!at) return null;
  const status = scheduleStatus(hours, at);
  if (status.kind === 'unknown') return null;
  return <span className={`app-tag app-tag--${status.kind} app-contact__status`}>{status.text}</span>;
}

/** The words that name a contact when it was shown earlier on the page. */
export function contactName(contact: Contact): string {
  switch (contact.type) {
    case 'phone':
    case 'short-code':
      return contact.label ? `${contact.label}, ${contact.number}` : contact.number;
    case 'email':
      return contact.address;
    default:
      return contact.label;
  }
}

/** One way to get in touch: tap-to-call and text links, web and chat links, and routes given as words. */
function ContactItem({ contact, hours, at }: { contact: Contact; hours?: Schedule; at?: Date }) {
  switch (contact.type) {
    case 'phone':
      return <PhoneContact contact={contact} status={<ContactStatus hours={hours} at={at} />} />;
    case 'short-code':
      // 55 is pressed during a silent 999 call: it is never a number to dial on its own.
      return contact.number === '55' ? (
        <span className="app-contact__label">{contact.label}</span>
      ) : (
        <>
          {contact.label ? <span className="app-contact__label">{contact.label}</span> : null}
          <span className="app-contact__action">
            {RESULT.call} <SafeLink number={contact} className="govuk-link app-contact__number" />
          </span>
          <ContactStatus hours={hours} at={at} />
        </>
      );
    case 'web':
      return (
        <SafeLink href={safeHref(contact)} newTab>
          {contact.label}
        </SafeLink>
      );
    case 'chat':
    case 'bsl':
      return (
        <>
          {contact.url ? (
            <SafeLink href={safeHref(contact)} newTab>
              {contact.label}
            </SafeLink>
          ) : (
            <span className="app-contact__label">{contact.label}</span>
          )}
          <ContactStatus hours={hours} at={at} />
          {contact.type === 'chat' && contact.hours?.description && contact.hours.kind !== 'always' ? (
            <span className="app-contact__hours">{contact.hours.description}</span>
          ) : null}
        </>
      );
    case 'relay':
      return <span className="app-contact__label">{contact.label}</span>;
    case 'email':
      return (
        <span className="app-contact__action">
          {RESULT.email} <SafeLink href={safeHref(contact)}>{contact.address}</SafeLink>
        </span>
      );
    case 'in-person':
      return (
        <>
          <span className="app-contact__label">{contact.label}</span>
          <span className="app-contact__address">{contact.address}</span>
          <ContactStatus hours={hours} at={at} />
          {contact.hours?.description ? (
            <span className="app-contact__hours">{contact.hours.description}</span>
          ) : null}
        </>
      );
  }
}

export interface ListedContact {
  contact: Contact;
  /** Its hours (its own, or its service's). */
  hours?: Schedule | undefined;
  /** Shown earlier on the page: named, not linked again. */
  repeat?: boolean;
}

const listed = (c: Contact | ListedContact): ListedContact => ('contact' in c ? c : { contact: c });

/** A service's ways in: plain contacts, or the result page's (with hours, and repeats named, not linked). */
export function ContactList({ contacts, at }: { contacts: readonly (Contact | ListedContact)[]; at?: Date }) {
  return (
    <ul className="govuk-list app-contacts">
      {contacts.map(listed).map(({ contact, hours, repeat }, index) => (
        // Contacts have no ids; their order in the directory is fixed.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li className="app-contact" key={index}>
          {repeat ? (
            <span className="app-contact__label">{RESULT.shownAbove(contactName(contact))}</span>
          ) : (
            <ContactItem contact={contact} hours={hours} at={at} />
          )}
        </li>
      ))}
    </ul>
  );
}
