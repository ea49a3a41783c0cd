/** Starts bench/server.ts as a child process and talks to it over IPC; only ever ends the child it started. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ParentMessage, ServerMessage } from './server.js';

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));

export interface ServerHandle {
  appPort: number;
  helloPort: number;
  engine: string;
  /** Whether reads were answered from the in-process read model, and how long building it took; null: not in use. */
  readModel: { inMemory: boolean; ms: number } | null;
  /** False once the process has exited (e.g. out of memory). */
  alive(): boolean;
  memory(): Promise<NodeJS.MemoryUsage>;
  gc(): void;
  stop(): Promise<void>;
}

export function startServer(env: NodeJS.ProcessEnv, readyTimeoutMs = 180_000): Promise<ServerHandle> {
  const child: ChildProcess = fork(SERVER, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192'],
    // As deployed: graphql-js checks every type test against a second copy of itself outside production
    // (its dev-mode instanceOf was 4–8 % of the API's time in a profile).
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A server that died (e.g. out of memory, killed by a signal) has no channel left: nothing to send to.
  const send = (m: ParentMessage) => void (child.connected && child.send(m, () => {})); // a send error is reported to the callback, not thrown
  // A server dying mid-send (EPIPE) emits 'error' on the child: the benchmark notices the death through alive().
  child.on('error', () => {});
  const waitFor = <K extends ServerMessage['kind']>(kind: K, ms: number) =>
    new Promise<Extract<ServerMessage, { kind: K }>>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', on);
        reject(new Error(`bench server: no ${kind} within ${ms} ms`));
      }, ms);
      const on = (m: ServerMessage) => {
        if (m.kind !== kind) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m as Extract<ServerMessage, { kind: K }>);
      };
      child.on('message', on);
    });
  child.on('message', (m: ServerMessage) => {
    if (m.kind === 'log') console.error(`  server: ${m.line.split('\n').slice(0, 3).join(' | ')}`);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = waitFor('ready', readyTimeoutMs);
  return Promise.race([
    ready,
    exited.then(() => {
      throw new Error('bench server exited before it was ready');
    }),
  ]).catch((e: unknown) => {
    child.kill('SIGKILL');
    throw e;
  }).then((r) => ({
    appPort: r.appPort,
    helloPort: r.helloPort,
    engine: r.engine,
    readModel: r.readModel,
    alive: () => child.exitCode === null && child.signalCode === null,
    memory: async () => {
      if (!child.connected) throw new Error('bench server: not running');
      const m = waitFor('memory', 10_000);
      send({ kind: 'memory' });
      return (await m).memory;
    },
    gc: () => send({ kind: 'gc' }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      send({ kind: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  }));
}
