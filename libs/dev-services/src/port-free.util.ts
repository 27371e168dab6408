import { createServer } from 'node:net';
import { StartupError } from '@app/config';

/** The api listens on 0.0.0.0:PORT; a port already taken is said in words before anything starts. */
export function assertPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'is taken by another process (an earlier npm start still running?)'
          : `cannot be used (${error.code})`;
      reject(new StartupError(`PORT ${port} ${why}: stop that process, or set PORT to a free port.`));
    });
    server.listen(port, '0.0.0.0', () => server.close(() => resolve()));
  });
}
