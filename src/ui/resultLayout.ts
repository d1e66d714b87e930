/**
 * How the result page lays out the engine's recommendations: "Do this now" first, then the rest under
 * a few plain headings (groups), each group in the engine's order. A group is open when it holds
 * something the person said they want (or, when they told us about BSL or hearing or speech, the
 * routes they can use); the others are folded. Every contact (a number, a web address) is a link
 * once: where it comes again it is named as "shown above", with no second link (and no in-page
 * link either: a #fragment would put a new address in the browser's history).
 */
import type { Contact, DestinationId, Directory, Service } from '../../schemas/directory';
import type { Recommendation } from '../../schemas/output';
import { ASKED_FOR_REASONS } from '../../schemas/reasons';
import { contactHours, contactKey, type DoThisNow, doThisNow } from '../engine/doThisNow';
import { isOpen } from '../engine/hours';
import { londonDateText, scheduleStatus } from './format';

export const GROUPS = [
  'accessible',
  'talk',
  'home',
  'police-and-courts',
  'children',
  'specialist',
  'in-person',
] as const;
export type GroupId = (typeof GROUPS)[number];

const GROUP_OF: Record<DestinationId, GroupId> = {
  'victim-support': 'talk',
  'national-da-helpline': 'talk',
  idva: 'talk',
  dave: 'talk',
  'mens-advice-line': 'talk',
  'rising-sun': 'talk',
  'respect-phoneline': 'talk',
  childline: 'talk',
  'trusted-adult': 'talk',
  refuge: 'home',
  'homelessness-assistance': 'home',
  'housing-options-ashford': 'home',
  'safer-scheme': 'home',
  'medway-sanctuary': 'home',
  'emergency-999': 'police-and-courts',
  'police-101': 'police-and-courts',
  'clares-law': 'police-and-courts',
  'non-molestation-order': 'police-and-courts',
  'occupation-order': 'police-and-courts',
  'prohibited-steps-order': 'police-and-courts',
  dvpo: 'police-and-courts',
  'stalking-protection-order': 'police-and-courts',
  'legal-advice': 'police-and-courts',
  'childrens-services': 'children',
  'nspcc-helpline': 'children',
  sass: 'children',
  'children-community-support': 'children',
  'karma-nirvana': 'specialist',
  'suzy-lamplugh-trust': 'specialist',
  'digital-abuse-advice': 'specialist',
  'ashford-one-stop-shop': 'in-person',
  'drop-ins': 'in-person',
  'support-groups': 'in-person',
};

/** Said BSL, or hearing or speech. */
export const needsAccessibleRoutes = (recs: readonly Pick<Recommendation, 'reasonCodes'>[]) =>
  recs.some((r) => r.reasonCodes.some((c) => c === 'bsl' || c === 'hearing-or-speech' || c === 'bsl-999'));

/** The services whose routes lead when BSL or hearing or speech was said. */
const ACCESSIBLE_SERVICES: readonly DestinationId[] = ['emergency-999', 'victim-support'];

export interface ShownContact {
  contact: Contact;
  /** Shown earlier on the page (in "Do this now" or an earlier card). */
  repeat: boolean;
  /** Open at the page's time (phone lines and chat with hours only). */
  openNow?: boolean;
}

export interface LaidOutCard {
  recommendation: Recommendation;
  service: Service | undefined;
  contacts: ShownContact[];
}

export interface Group {
  id: GroupId;
  open: boolean;
  cards: LaidOutCard[];
}

export interface ResultLayout {
  now: DoThisNow | undefined;
  groups: Group[];
}

/** A card's contacts: its open lines first (the directory's order otherwise), the accessible routes first when asked. */
function orderContacts(service: Service, at: Date, accessible: boolean): ShownContact[] {
  const shown = service.contacts.map((contact) => {
    const hours = contactHours(contact, service);
    const timed =
      contact.type === 'phone' ||
      contact.type === 'chat' ||
      contact.type === 'in-person' ||
      contact.type === 'bsl' ||
      (contact.type === 'short-code' && contact.number !== '55');
    return { contact, repeat: false, ...(timed && hours ? { openNow: isOpen(hours, at) } : {}) };
  });
  const rank = (c: ShownContact) => {
    const route = c.contact.type;
    const access = accessible && (route === 'bsl' || route === 'relay' || route === 'chat') ? 0 : 1;
    return access * 2 + (c.openNow === false ? 1 : 0);
  };
  return shown
    .map((c, index) => ({ c, index }))
    .sort((x, y) => rank(x.c) - rank(y.c) || x.index - y.index)
    .map(({ c }) => c);
}

export function groupOf(rec: Recommendation, accessible: boolean): GroupId {
  if (accessible && ACCESSIBLE_SERVICES.includes(rec.id)) return 'accessible';
  return GROUP_OF[rec.id];
}

export function layoutResult(
  recommendations: readonly Recommendation[],
  directory: Directory,
  at: Date,
): ResultLayout {
  const now = doThisNow(recommendations, directory, at);
  const accessible = needsAccessibleRoutes(recommendations);
  const seen = new Set<string>();
  const nowKey = now ? contactKey(now.contact) : undefined;
  if (nowKey) seen.add(nowKey);

  const groups: Group[] = GROUPS.map((id) => ({ id, open: false, cards: [] }));
  for (const rec of recommendations) {
    const group = groups.find((g) => g.id === groupOf(rec, accessible));
    if (!group) continue;
    group.cards.push({
      recommendation: rec,
      service: directory.services.find((s) => s.id === rec.id),
      contacts: [],
    });
    if (group.id === 'accessible' || rec.reasonCodes.some((c) => ASKED_FOR_REASONS.includes(c)))
      group.open = true;
  }
  const shownGroups = groups.filter((g) => g.cards.length > 0);
  // Contacts in page order, each once.
  for (const group of shownGroups) {
    for (const card of group.cards) {
      if (!card.service) continue;
      card.contacts = orderContacts(card.service, at, accessible).map((shown) => {
        const key = contactKey(shown.contact);
        if (!key) return shown;
        if (seen.has(key)) return { ...shown, repeat: true };
        seen.add(key);
        return shown;
      });
    }
  }
  return { now, groups: shownGroups };
}

/** The cards' order on the page, for tests and the print sheet. */
export const cardOrder = (layout: ResultLayout): DestinationId[] =>
  layout.groups.flatMap((g) => g.cards.map((c) => c.recommendation.id));

/**
 * What of a result page depends on the time: every contact's opening status (open or closed, and
 * when it opens next) and the date. Two moments with the same key show the same page.
 */
export function momentKey(directory: Directory, at: Date): string {
  const statuses = directory.services.flatMap((service) =>
    service.contacts.map((contact) => {
      const status = scheduleStatus(contactHours(contact, service), at);
      return `${status.kind} ${status.text}`;
    }),
  );
  return [londonDateText(at), ...statuses].join('|');
}
