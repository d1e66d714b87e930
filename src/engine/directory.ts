/** The service directory bundled with the app: validated at load, so a bad edit fails loudly in tests. */
import data from '../../fixtures/directory.json';
import { Directory } from '../../schemas/directory';

export const bundledDirectory: Directory = Directory.parse(data);
