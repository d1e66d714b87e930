/**
 * The only links the app ever renders for a contact: `tel:`, `sms:`, `mailto:` and `https:`.
 * The directory schema already allows only https addresses, digit-and-space phone numbers and plain
 * email addresses; this checks again at the point of rendering, so that a link built from a live
 * directory can never become `javascript:`, `data:`, `http:` or a link to a different number.
 */
import type { Contact } from '../../schemas/directory';

export const SAFE_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

const DIALLABLE = /^\d{3,15}$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** An https address as a normalised string, or undefined for anything else (including credentials). */
function httpsHref(url: string | undefined): string | undefined {
  if (!url || /\s/.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname)
    return undefined;
  return parsed.href;
}

/** `tel:` or `sms:` with the digits only, or undefined if the number is not plain digits and spaces. */
function phoneHref(scheme: 'tel:' | 'sms:', number: string): string | undefined {
  if (!/^[\d ]+$/.test(number)) return undefined;
  const digits = number.replace(/ /g, '');
  return DIALLABLE.test(digits) ? `${scheme}${digits}` : undefined;
}

/**
 * The href to render for a contact, or undefined when it has none (Relay UK, an address, "press 55",
 * or anything that does not pass). Text phones get `sms:`; every other phone type `tel:`.
 */
export function safeHref(contact: Contact): string | undefined {
  switch (contact.type) {
    case 'phone':
      return phoneHref(contact.phoneType === 'text' ? 'sms:' : 'tel:', contact.number);
    case 'short-code':
      // 55 is pressed during a silent 999 call; it is not a number to dial on its own.
      return contact.number === '55' ? undefined : phoneHref('tel:', contact.number);
    case 'email':
      return EMAIL.test(contact.address) ? `mailto:${contact.address}` : undefined;
    case 'web':
    case 'chat':
    case 'bsl':
      return httpsHref(contact.url);
    default:
      return undefined;
  }
}

/** Whether an href (from anywhere) uses one of the safe schemes; for checks on rendered pages. */
export function isSafeHref(href: string): boolean {
  try {
    return (SAFE_SCHEMES as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}
