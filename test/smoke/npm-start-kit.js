/* Shared by the `npm start` smoke tests: run it as a user would, read what it prints, and find what it left. */
const { execFileSync, spawn } = require('node:child_process');
const { chmodSync, mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '../..');

/** The environment of a shell in the checkout: npm's own lifecycle variables removed. */
function userEnv(overrides) {
  const env = { ...process.env, ...overrides };
  for (const name of Object.keys(env)) if (name.startsWith('npm_') || env[name] === undefined) delete env[name];
  return env;
}

/** `npm start` in its own process group; every line it prints is echoed (indented) and kept. */
function npmStart(env, label = 'npm start') {
  const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const line of parts) {
        lines.push(line);
        process.stdout.write(`  ${label} | ${line}\n`);
      }
    });
    stream.on('end', () => rest && lines.push(rest));
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, lines, exited };
}

/** The lines it printed itself: npm's "> jobboard@… start" banner and blank lines left out. */
function ownLines(lines) {
  return lines.filter((line) => line.trim() !== '' && !line.startsWith('> ') && !line.startsWith('npm '));
}

function descendants(pid) {
  try {
    const children = execFileSync('pgrep', ['-P', String(pid)])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}

function processesMentioning(text) {
  try {
    return execFileSync('pgrep', ['-f', '--', text]).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the exit status, or null when the process is still running after `ms`. */
function exitWithin(run, ms) {
  return Promise.race([run.exited, sleep(ms).then(() => null)]);
}

async function untilReady(port, timeoutMs, run) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (run && run.child.exitCode !== null) return false;
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return true;
    await sleep(500);
  }
  return false;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh VAR_DIR that the postgres user may enter (as root, the embedded Postgres runs as postgres). */
function scratchVarDir() {
  const dir = mkdtempSync(join(tmpdir(), 'jobboard-smoke-'));
  chmodSync(dir, 0o755);
  return dir;
}

module.exports = {
  root,
  userEnv,
  npmStart,
  ownLines,
  descendants,
  processesMentioning,
  alive,
  sleep,
  exitWithin,
  untilReady,
  freePort,
  scratchVarDir,
};
