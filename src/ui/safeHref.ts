/**
 * The last gate before any link to the outside world is rendered (SafeLink): only https:, tel:,
 * mailto: and sms: addresses pass. Anything else (javascript:, data:, http:, relative paths, odd
 * spacing, a tel: with anything but digits) is refused, and SafeLink shows the text without a link.
 * Contacts' hrefs are built by src/engine/links.ts (`safeHref(contact)`) and pass through here too.
 */

const SCHEMES = ['https:', 'tel:', 'mailto:', 'sms:'] as const;

export function allowedHref(href: string | undefined | null): string | undefined {
  if (typeof href !== 'string') return undefined;
  // Refuse rather than clean: a browser ignores some control characters and whitespace inside a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what we refuse
  if (href !== href.trim() || /[\u0000-\u001f\u007f\s\\]/.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!(SCHEMES as readonly string[]).includes(url.protocol)) return undefined;
  if (!href.toLowerCase().startsWith(url.protocol)) return undefined;
  if (url.protocol === 'https:' && (url.username || url.password || !url.hostname)) return undefined;
  if ((url.protocol === 'tel:' || url.protocol === 'sms:') && !/^(tel|sms):\d{2,15}$/i.test(href))
    return undefined;
  return href;
}
