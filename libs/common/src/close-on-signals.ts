/**
 * Graceful shutdown for a process: on SIGTERM/SIGINT close the app (in-flight requests and
 * active jobs finish), then exit 0. A second signal, or 25 s without finishing, exits at once.
 */
export function closeOnSignals(app: { close(): Promise<void> }, log: (message: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal} received: shutting down`);
    setTimeout(() => process.exit(1), 25_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
