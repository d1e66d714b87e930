import { useSyncExternalStore } from 'react';
import type { DestinationId, Directory, Service } from '../../schemas/directory';
import { directoryStore } from '../directory/store';

/** The service directory the app shows now (bundled, or a live copy when one arrives). */
export const useDirectory = (): Directory =>
  useSyncExternalStore(directoryStore.subscribe, directoryStore.getSnapshot, directoryStore.getSnapshot);

export const findService = (directory: Directory, id: DestinationId): Service | undefined =>
  directory.services.find((s) => s.id === id);
