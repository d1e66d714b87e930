/** Copy shown only when the tool is embedded on a partner's site (`/embed`). */
import type { PartnerArea } from '../../schemas/embed';
import { AREA_NAMES } from './areas';

export const EMBED = {
  /** On the start page, when the partner named its area (`data-area`): the tool is not only for there. */
  areaNote: (area: PartnerArea) =>
    `This service covers all of Kent and Medway, and gives national help too. You do not need to live in ${AREA_NAMES[area]} to use it.`,
};
