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
