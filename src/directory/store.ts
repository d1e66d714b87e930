/**
 * The directory the app shows: the bundled copy at once, replaced by a live copy when one arrives
 * and passes the schema (issue: live service directory). UI components read it with
 * `useSyncExternalStore(directoryStore.subscribe, directoryStore.getSnapshot)`.
 */
import type { Directory } from '../../schemas/directory';
import { bundledDirectory } from './bundled';

type Listener = () => void;

let current: Directory = bundledDirectory;
const listeners = new Set<Listener>();

export const directoryStore = {
  getSnapshot: (): Directory => current,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Replaces the directory the app shows (callers validate first). */
  set(next: Directory) {
    current = next;
    for (const listener of listeners) listener();
  },
  /** Back to the bundled copy (tests, and "Start again" does not need it). */
  reset() {
    directoryStore.set(bundledDirectory);
  },
};
