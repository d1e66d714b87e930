import type { AnchorHTMLAttributes, ReactNode } from 'react';
import type { Contact } from '../../../schemas/directory';
import { COMMON } from '../../content/pages';
import { safeHref } from '../../engine/links';
import { allowedHref } from '../safeHref';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target' | 'rel'> {
  href: string | undefined;
  children: ReactNode;
  /** Opens web pages in a new tab, so that the answers on this page are not lost. */
  newTab?: boolean;
}

/**
 * A link to the outside world. Renders an `<a>` only for https:, tel:, mailto: and sms: addresses;
 * anything else is shown as plain text.
 */
export function SafeLink({ href, children, newTab, className, ...rest }: Props) {
  const safe = allowedHref(href);
  if (!safe) return <span className={className}>{children}</span>;
  const external = newTab && safe.startsWith('https:');
  return (
    <a
      {...rest}
      className={className ?? 'govuk-link'}
      href={safe}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noreferrer' })}
    >
      {children}
      {external ? ` ${COMMON.opensInNewTab}` : null}
    </a>
  );
}

/**
 * A contact's number as its tap-to-call (or text) link: the element itself (a call, not a component
 * of its own, so it adds nothing to render).
 */
export const numberLink = (contact: Extract<Contact, { number: string }>, className: string) => (
  <SafeLink href={safeHref(contact)} className={className}>
    {contact.number}
  </SafeLink>
);
