/**
 * "Do this now": the one action a result page starts with. A decision, so it lives here, pure, and is
 * tested on its own: given the engine's recommendations (in the engine's order), the directory and
 * the time, it picks one contact that can be used at that moment.
 *
 * - In danger now (the engine put 999 first for it): 999; or, when the person told us about BSL or
 *   hearing or speech, 999 BSL's web address, which is free and open 24/7 (sources/pages/accessible-routes.md).
 * - Otherwise the first recommendation, in the engine's order, that has a line open now: a phone line
 *   or live chat whose own hours (or its service's) say it is open at `at`. A line with no hours in
 *   the directory is never chosen: it may be closed. When BSL or hearing or speech was said, a chat or
 *   BSL route with a web address comes before a voice line.
 * - When no recommendation has such a line (a child's result: Childline's hours are not in our
 *   sources), the first recommendation's web address: a web page can be read at any time.
 * - 999 is chosen outside danger only if nothing else can be.
 */
import type { Contact, DestinationId, Directory, Schedule, Service } from '../../schemas/directory';
import type { Recommendation } from '../../schemas/output';
import { isOpen } from './hours';
import { safeHref } from './links';

export interface DoThisNow {
  /** The recommendation the action belongs to. */
  id: DestinationId;
  contact: Contact;
  /** The href to render: tel: or https:, checked by safeHref. */
  href: string;
  /** How the contact is open now: 24 hours, open now within its hours, or a web page (any time). */
  open: 'open24' | 'open' | 'web';
  /** The contact's schedule, when it has one. */
  hours?: Schedule;
}

type Rec = Pick<Recommendation, 'id' | 'reasonCodes'>;

/** The schedule that applies to a contact: its own, or its service's. */
export function contactHours(contact: Contact, service: Service | undefined): Schedule | undefined {
  return ('hours' in contact && contact.hours) || service?.hours;
}

/** The key that says two contacts are the same way in (the same number, or the same address). */
export function contactKey(contact: Contact): string | undefined {
  switch (contact.type) {
    case 'phone':
      return `${contact.phoneType === 'text' ? 'sms' : 'tel'}:${contact.number.replace(/\s/g, '')}`;
    case 'short-code':
      return `tel:${contact.number}`;
    case 'web':
    case 'chat':
    case 'bsl':
      return contact.url ? contact.url.replace(/\/$/, '') : undefined;
    case 'email':
      return `mailto:${contact.address}`;
    default:
      return undefined;
  }
}

const accessibleNeeds = (recs: readonly Rec[]) =>
  recs.some((r) => r.reasonCodes.some((c) => c === 'bsl' || c === 'hearing-or-speech' || c === 'bsl-999'));

/** A line that can be used now, of one recommendation: a call or a chat, open at `at`. */
function openLine(
  rec: Rec,
  service: Service | undefined,
  at: Date,
  accessible: boolean,
): DoThisNow | undefined {
  if (!service) return undefined;
  const candidates: DoThisNow[] = [];
  for (const contact of service.contacts) {
    const href = safeHref(contact);
    if (!href) continue;
    const voice =
      (contact.type === 'phone' && (contact.phoneType === 'voice' || contact.phoneType === 'textphone')) ||
      contact.type === 'short-code';
    const online = contact.type === 'chat' || contact.type === 'bsl';
    if (!voice && !online) continue;
    const hours = contactHours(contact, service);
    if (!hours || !isOpen(hours, at)) continue;
    candidates.push({
      id: rec.id,
      contact,
      href,
      open: hours.kind === 'always' ? 'open24' : 'open',
      hours,
    });
  }
  if (accessible) {
    const online = candidates.find((c) => c.contact.type === 'chat' || c.contact.type === 'bsl');
    if (online) return online;
  }
  return candidates.find((c) => c.contact.type === 'phone' || c.contact.type === 'short-code');
}

function webLink(rec: Rec, service: Service | undefined): DoThisNow | undefined {
  for (const contact of service?.contacts ?? []) {
    const href = contact.type === 'web' ? safeHref(contact) : undefined;
    if (href) return { id: rec.id, contact, href, open: 'web' };
  }
  return undefined;
}

export function doThisNow(
  recommendations: readonly Rec[],
  directory: Directory,
  at: Date,
): DoThisNow | undefined {
  const find = (id: DestinationId) => directory.services.find((s) => s.id === id);
  const accessible = accessibleNeeds(recommendations);
  const danger = recommendations.find(
    (r) => r.id === 'emergency-999' && r.reasonCodes.includes('immediate-danger'),
  );
  if (danger) {
    const line = openLine(danger, find(danger.id), at, accessible);
    if (line) return line;
  }
  const others = recommendations.filter((r) => r.id !== 'emergency-999');
  for (const rec of others) {
    const line = openLine(rec, find(rec.id), at, accessible);
    if (line) return line;
  }
  for (const rec of others) {
    const link = webLink(rec, find(rec.id));
    if (link) return link;
  }
  const emergency = recommendations.find((r) => r.id === 'emergency-999');
  return emergency ? openLine(emergency, find(emergency.id), at, accessible) : undefined;
}
