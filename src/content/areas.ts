import type { Area } from '../../schemas/answers';

/** How each area is named in copy. */
export const AREA_NAMES: Record<Area, string> = {
  ashford: 'Ashford',
  canterbury: 'Canterbury',
  dartford: 'Dartford',
  dover: 'Dover',
  'folkestone-and-hythe': 'Folkestone and Hythe',
  gravesham: 'Gravesham',
  maidstone: 'Maidstone',
  sevenoaks: 'Sevenoaks',
  swale: 'Swale',
  thanet: 'Thanet',
  'tonbridge-and-malling': 'Tonbridge and Malling',
  'tunbridge-wells': 'Tunbridge Wells',
  medway: 'Medway',
  outside: 'outside Kent and Medway',
  unknown: 'an area you did not tell us',
};

/**
 * The main towns of each council area, for the area question's hints: people know their town, not
 * always their council. Each list is from sources/pages/kent-towns.md (Wikipedia's district pages, the
 * councils' own pages, Britannica); Maidstone's holds no town beyond its name, so it has no hint.
 */
export const AREA_TOWNS: Partial<Record<Area, readonly string[]>> = {
  ashford: ['Ashford', 'Tenterden'],
  canterbury: ['Canterbury', 'Herne Bay', 'Whitstable'],
  dartford: ['Dartford', 'Greenhithe', 'Stone', 'Swanscombe'],
  dover: ['Dover', 'Deal', 'Sandwich', 'Walmer'],
  'folkestone-and-hythe': ['Folkestone', 'Hythe', 'Hawkinge', 'Lydd', 'New Romney'],
  gravesham: ['Gravesend', 'Northfleet'],
  sevenoaks: ['Sevenoaks', 'Swanley', 'Edenbridge', 'Westerham'],
  swale: ['Sittingbourne', 'Faversham', 'Sheerness', 'Queenborough'],
  thanet: ['Margate', 'Ramsgate', 'Broadstairs'],
  'tonbridge-and-malling': ['Tonbridge', 'Snodland', 'Kings Hill', 'West Malling'],
  'tunbridge-wells': ['Royal Tunbridge Wells', 'Paddock Wood', 'Southborough'],
  medway: ['Chatham', 'Gillingham', 'Rainham', 'Rochester', 'Strood'],
};

/** "Includes Chatham, Gillingham, …": the hint under an area's option, if we know its towns. */
export const areaTownsHint = (area: Area): string | undefined => {
  const towns = AREA_TOWNS[area];
  return towns ? `Includes ${towns.join(', ')}` : undefined;
};
