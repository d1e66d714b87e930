import type { Contact } from '../../../schemas/directory';
import { RESULT } from '../../content/results';
import { safeHref } from '../../engine/links';
import { PhoneContact } from './PhoneContact';
import { SafeLink } from './SafeLink';

/** One way to get in touch: tap-to-call and text links, web and chat links, and routes given as words. */
function ContactItem({ contact }: { contact: Contact }) {
  switch (contact.type) {
    case 'phone':
      return <PhoneContact contact={contact} />;
    case 'short-code':
      // 55 is pressed during a silent 999 call: it is never a number to dial on its own.
      return contact.number === '55' ? (
        <span className="app-contact__label">{contact.label}</span>
      ) : (
        <>
          {contact.label ? <span className="app-contact__label">{contact.label}</span> : null}
          <span className="app-contact__action">
            {RESULT.call}{' '}
            <SafeLink href={safeHref(contact)} className="govuk-link app-contact__number">
              {contact.number}
            </SafeLink>
          </span>
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
          {contact.type === 'chat' && contact.hours?.description ? (
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
          {contact.hours?.description ? (
            <span className="app-contact__hours">{contact.hours.description}</span>
          ) : null}
        </>
      );
  }
}

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <ul className="govuk-list app-contacts">
      {contacts.map((contact, index) => (
        // Contacts have no ids; their order in the directory is fixed.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li className="app-contact" key={index}>
          <ContactItem contact={contact} />
        </li>
      ))}
    </ul>
  );
}
