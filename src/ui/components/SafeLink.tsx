import type { AnchorHTMLAttributes, ReactNode } from 'react';
import type { Contact } from '../../../schemas/directory';
import { COMMON } from '../../content/pages';
import { safeHref } from '../../engine/links';
import { allowedHref } from '../safeHref';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target' | 'rel' | 'children'> & {
  /** Opens web pages in a new tab, so that the answers on this page are not lost. */
  newTab?: boolean;
} & (
    | { href: string | undefined; children: ReactNode; number?: never }
    /** A contact's number: its tap-to-call (or text) link (safeHref), the number as its text. */
    | { number: Extract<Contact, { number: string }>; href?: never; children?: never }
  );

/**
 * A link to the outside world. Renders an `<a>` only for https:, tel:, mailto: and sms: addresses;
 * anything else is shown as plain text.
 */
export function SafeLink({ href, number, children = number?.number, newTab, className, ...rest }: Props) {
  const safe = allowedHref(number ? safeHref(number) : href);
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
