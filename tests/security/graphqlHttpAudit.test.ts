/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http` (issue 7), run against the real app's /graphql:
 * createApp over a private Kuzu store loaded from the fixture seed, on a free loopback port.
 *
 * Every MUST audit is a test of its own, so a failure names the audit. SHOULD and MAY audits are recommendations:
 * their results are printed, not asserted. Some are refused on purpose by our hardening and stay so: GETs without
 * `apollo-require-preflight` or a JSON content type are refused by Apollo's CSRF prevention (400), batching is off,
 * and errors before execution answer 400 (docs/security.md). The audits' own POSTs are `application/json`, which
 * CSRF prevention lets through.
 *
 * The audits run twice. With the default settings (introspection on, as in development) every MUST audit passes.
 * With production settings introspection is off, deliberately, and two MUST audits cannot pass there: they test
 * UTF-8 and `variables` handling with `__type(name: …)`, an introspection field, so they get
 * INTROSPECTION_DISABLED. Those two are pinned by id and must fail for exactly that reason (the same requests
 * without introspection are audited by 78D5, 13EE and B8B3); every other MUST audit passes in production too.
 */
import { serverAudits, type Audit, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, type Http } from './securityHarness.js';

/** MUST audits whose request is an introspection query (`__type`), refused when introspection is off. */
const INTROSPECTING_MUST_AUDITS = new Set(['BF61', '28B9']);

const isMust = (a: Audit) => a.name.startsWith('MUST');

/** What a failed audit saw, for the test output: status, reason and the response it judged. */
async function describeResult(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  let body = '';
  try {
    body = await result.response.clone().text();
  } catch {
    body = '(body already read)';
  }
  return `${result.status}: ${result.reason} — HTTP ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`;
}

/**
 * One configuration's audits. The list of audits does not depend on the URL (each audit reads it when it runs),
 * so it is built before the server is up and `it.each` gets one test per audit.
 */
function auditSuite(title: string, production: boolean) {
  let http: Http;
  let url = '';
  const audits = serverAudits({ url: () => url, fetchFn: fetch });
  const must = audits.filter(isMust);
  const recommended = audits.filter((a) => !isMust(a));

  describe(title, () => {
    beforeAll(async () => {
      http = await startHttp({ production });
      url = `${http.url}/graphql`;
    });
    afterAll(async () => {
      await http?.close();
    });

    it('has MUST audits to run (the package still names them by requirement level)', () => {
      expect(must.length).toBeGreaterThanOrEqual(10);
      for (const id of INTROSPECTING_MUST_AUDITS) expect(must.map((a) => a.id)).toContain(id);
    });

    it.each(must.map((a) => [`${a.id} ${a.name}`, a] as const))('%s', async (_name, audit) => {
      const result = await audit.fn();
      if (production && INTROSPECTING_MUST_AUDITS.has(audit.id)) {
        // Introspection off in production is deliberate (docs/security.md); the refusal must be that and nothing else.
        expect(result.status).toBe('error');
        if (result.status === 'ok') return;
        const body = (await result.response.clone().json()) as { data?: unknown; errors?: { extensions?: { validationErrorCode?: string; code?: string } }[] };
        expect(body.errors?.map((e) => e.extensions?.validationErrorCode ?? e.extensions?.code)).toEqual(['INTROSPECTION_DISABLED']);
        return;
      }
      expect(result.status, await describeResult(result)).toBe('ok');
    });

    it('runs every SHOULD and MAY audit and prints those that are not met', async () => {
      const failed: string[] = [];
      for (const audit of recommended) {
        const result = await audit.fn();
        if (result.status !== 'ok') failed.push(`  ${audit.id} ${audit.name}\n      ${await describeResult(result)}`);
      }
      console.log(
        `graphql-http (${title}): ${recommended.length - failed.length} of ${recommended.length} SHOULD/MAY audits pass` +
          (failed.length ? `; not met:\n${failed.join('\n')}` : ''),
      );
      // Their outcome is not asserted; each ran to the end without a fatal error.
      expect(recommended.length).toBeGreaterThan(0);
    });
  });
}

auditSuite('graphql-http audits, default settings (introspection on)', false);
auditSuite('graphql-http audits, production settings (introspection and field suggestions off)', true);
