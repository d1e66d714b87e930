import { createContext } from 'react';

/**
 * The professional checks' way to each other (a SAFER result to the MARAC check, a MARAC result to
 * the SAFER check): App provides it. Opening the other check leaves this one, and its answers, behind.
 */
export interface OtherCheck {
  openSafer: () => void;
  openMarac: () => void;
}
export const OtherCheckContext = createContext<OtherCheck | null>(null);
