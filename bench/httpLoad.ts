/**
 * Drives one scenario over HTTP on loopback with autocannon: N keep-alive connections, each sending the next
 * request as soon as the last answer arrives, for a bounded time and a bounded number of requests. Every
 * response is checked: a non-200 status or a GraphQL `errors` entry counts as an error.
 */
import autocannon from 'autocannon';
import type { Scenario } from './queries.js';

export interface LoadOptions {
  connections: number;
  durationS: number;
  /** Hard cap on requests, whatever the duration. */
  maxRequests?: number;
  /** Seconds before a request counts as timed out. */
  timeoutS?: number;
}

export interface LoadResult {
  requests: number;
  /** Per family of a mixed load (timed from building the request to reading the answer). */
  byKind?: Record<string, { requests: number; errors: number; p50: number; p95: number; p99: number }>;
  errors: number;
  firstError?: string;
  seconds: number;
  rps: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

export function measure(port: number, scenario: Scenario, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const kinds = new Map<string, { ms: number[]; errors: number }>();
  const fail = (message: string, kind?: string) => {
    errors++;
    firstError ??= `${kind ? `${kind}: ` : ''}${message.slice(0, 300)}`;
    if (kind) kinds.get(kind)!.errors++;
  };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: options.connections,
        duration: options.durationS,
        timeout: options.timeoutS ?? 30,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req, context) => {
              const { kind, ...op } = scenario.next();
              context.kind = kind;
              context.t0 = performance.now();
              return { ...req, body: JSON.stringify(op) };
            },
            onResponse: (status, body, context) => {
              const kind = context.kind as string | undefined;
              if (kind) {
                const k = kinds.get(kind) ?? { ms: [], errors: 0 };
                kinds.set(kind, k);
                k.ms.push(performance.now() - (context.t0 as number));
              }
              if (status !== 200) return fail(`HTTP ${status}: ${body}`, kind);
              // A key can only appear unescaped as a key: cheaper than parsing every large answer.
              if (body.includes('"errors":[')) {
                const message = (JSON.parse(body) as { errors: { message: string; extensions?: { code?: string } }[] }).errors[0];
                fail(`${message.extensions?.code ?? ''} ${message.message}`, kind);
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const sorted = latencies.sort((a, b) => a - b);
        const transport = result.errors + result.timeouts;
        if (transport > 0) {
          errors += transport;
          firstError ??= `${result.errors} connection errors, ${result.timeouts} timeouts`;
        }
        const byKind = kinds.size
          ? Object.fromEntries(
              [...kinds].map(([k, v]) => {
                const ms = v.ms.sort((a, b) => a - b);
                return [k, { requests: ms.length, errors: v.errors, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) }];
              }),
            )
          : undefined;
        resolve({
          requests: sorted.length,
          byKind,
          errors,
          firstError,
          seconds: round(seconds),
          rps: round(sorted.length / seconds, 1),
          p50: round(percentile(sorted, 50)),
          p95: round(percentile(sorted, 95)),
          p99: round(percentile(sorted, 99)),
          max: round(sorted[sorted.length - 1] ?? NaN),
          mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
        });
      },
    );
    // autocannon ignores `duration` when `amount` is set, so the request cap is enforced here instead.
    const cap = options.maxRequests ?? Infinity;
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (latencies.push(ms) === cap) instance.stop();
    });
  });
}
