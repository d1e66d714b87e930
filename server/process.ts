/**
 * A long-running command's process (the server, the embed demo): it stops cleanly on Ctrl-C or a
 * SIGTERM once its servers have closed, and a start-up failure exits 1 with just its message.
 */

/** On SIGINT or SIGTERM: `close`, then exit 0 (1 if closing failed). */
export function stopOnSignal(close: () => Promise<unknown>) {
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs the command's `main`; if it fails, prints the error's message and exits 1. */
export function run(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
