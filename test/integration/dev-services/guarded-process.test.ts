import { describe, it } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeExit, GuardedProcess } from '@app/dev-services';
import { createScratchVarDir, processesGoneWithin, processesMentioning } from '@app/testing';

const lib = resolve(__dirname, '../../../libs/dev-services/src/index.js');
/** A sleep no other test runs, so its command line finds exactly this one. */
const uniqueSleep = () => `${300 + Math.floor(Math.random() * 1e6) / 1e3}`;

describe('a guarded process', () => {
  it('is stopped with its stop signal when asked, and says how it exited', async () => {
    const dir = createScratchVarDir();
    const logFile = join(dir.path, 'service.log');
    const script = 'trap "echo stopped by TERM; exit 0" TERM; echo running; while :; do sleep 0.05; done';
    const child = GuardedProcess.start({
      name: 'a loop',
      command: '/bin/sh',
      args: ['-c', script],
      stopSignal: 'TERM',
      output: { logFile },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(child.hasExited).toBe(false);
    expect(describeExit(await child.stop())).toBe('exit code 0');
    expect(readFileSync(logFile, 'utf8')).toBe('running\nstopped by TERM\n');
    dir.remove();
  });

  it('reports the command dying on its own as its own exit, signal included', async () => {
    const failing = GuardedProcess.start({ name: 'x', command: '/bin/sh', args: ['-c', 'exit 3'], stopSignal: 'TERM', output: 'terminal' });
    expect(describeExit(await failing.exited)).toBe('exit code 3');

    const seconds = uniqueSleep();
    const sleeper = GuardedProcess.start({ name: 'y', command: 'sleep', args: [seconds], stopSignal: 'TERM', output: 'terminal' });
    await new Promise((r) => setTimeout(r, 200));
    const [sleepPid] = processesMentioning(`sleep ${seconds}`).filter((pid) => pid !== sleeper.pid);
    process.kill(sleepPid!, 'SIGKILL');
    expect(describeExit(await sleeper.exited)).toBe('killed by SIGKILL');
    expect(await processesGoneWithin(`sleep ${seconds}`, 2_000)).toEqual([]);
  });

  it('stops the command when the process that started it is killed outright (SIGKILL)', async () => {
    const seconds = uniqueSleep();
    const starter = spawn(
      process.execPath,
      [
        '-e',
        `const { GuardedProcess } = require(${JSON.stringify(lib)});
         GuardedProcess.start({ name: 's', command: 'sleep', args: [${JSON.stringify(seconds)}], stopSignal: 'TERM', output: 'terminal' });
         console.log('started');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((r) => starter.stdout!.once('data', r));
    await new Promise((r) => setTimeout(r, 200));
    expect(processesMentioning(`sleep ${seconds}`).length).toBeGreaterThan(0);
    starter.kill('SIGKILL');
    expect(await processesGoneWithin(`sleep ${seconds}`, 5_000)).toEqual([]);
  });
});
