// The fault matrix: for every AWS operation the collectors call, one scan of the sample organization
// with that operation denied, and one with it unknown to the endpoint. Nothing may be lost silently:
// every finding of the clean scan is still reported or listed as not assessed with that operation
// among the missing, and no finding appears that the clean scan did not have.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccountAccessError,
  OPERATIONS,
  collectAccount,
  createAwsContext,
  discoverOrganization,
  type AwsContext,
} from '@rolecall/aws';
import { loadWorld, sampleWorldPath, startSimulator, type Faults, type RunningSimulator } from '@rolecall/aws-sim';
import { notAssessedCovers, type FingerprintedFinding, type NotAssessed, type OrganizationContext } from '@rolecall/model';
import {
  ALL_RULES,
  RuleEngine,
  accountNotAssessed,
  evaluateOrganization,
  loadActionCatalog,
  summarizeAccount,
  type AccountIdentitySummary,
} from '@rolecall/rules';

interface OrganizationResult {
  findings: FingerprintedFinding[];
  notAssessed: NotAssessed[];
}

/** Organizations is read once, by discovery: a failure there fails the scan as a whole, visibly. */
const MATRIX_SERVICES = Object.keys(OPERATIONS).filter((service) => service !== 'organizations') as (keyof typeof OPERATIONS)[];
const MATRIX: { service: string; operation: string }[] = MATRIX_SERVICES.flatMap((service) =>
  Object.keys(OPERATIONS[service].commands).map((operation) => ({ service, operation })),
);
/** Throttled on every attempt until the retries run out, on a few operations of each kind of answer. */
const THROTTLED = [
  { service: 'iam', operation: 'GetAccountAuthorizationDetails' },
  { service: 'ecs', operation: 'ListClusters' },
  { service: 'eks', operation: 'DescribeCluster' },
  { service: 'ec2', operation: 'DescribeInstances' },
];

describe('fault matrix: one failed operation never loses a finding silently', () => {
  let sim: RunningSimulator;
  let ctx: AwsContext;
  let engine: RuleEngine;
  let organization: OrganizationContext;
  let clean: OrganizationResult;
  let scans = 0;

  before(async () => {
    sim = await startSimulator({ world: loadWorld(sampleWorldPath()), port: 0 });
    process.env.AWS_ENDPOINT_URL = sim.url;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDSCANNER';
    process.env.AWS_SECRET_ACCESS_KEY = 'scanner-secret';
    delete process.env.AWS_SESSION_TOKEN;
    delete process.env.AWS_PROFILE;
    ctx = createAwsContext({ memberRoleName: 'RolecallAudit', externalId: 'rolecall-demo', region: 'us-east-1', maxAttempts: 2, accessAdvisor: { pollIntervalMs: 1 }, kubernetes: { allowInsecureLoopback: true } });
    engine = new RuleEngine(ALL_RULES, await loadActionCatalog());
    organization = await discoverOrganization(ctx);
    clean = await scanOrganization();
  });
  after(() => sim.stop());

  /** What the account jobs and the finalizer compute, without the queue and the database. */
  async function scanOrganization(faults?: Faults): Promise<OrganizationResult> {
    sim.setFaults(faults ?? {});
    scans += 1;
    const ruleIds = engine.rules.map((rule) => rule.metadata.id);
    const perAccount = await Promise.all(
      organization.accounts.map(async ({ id }) => {
        try {
          const { inventory } = await collectAccount(ctx, { scanId: `matrix-${scans}`, accountId: id });
          const roles = engine.analyzerFor({ inventory, organization });
          const assessed = engine.assessAccount({ inventory, organization }, roles);
          return { ...assessed, summary: summarizeAccount({ inventory, organization, roles }) };
        } catch (error) {
          if (!(error instanceof AccountAccessError)) throw error;
          const missing = { service: 'sts', operation: 'AssumeRole', errorCode: error.code };
          return { findings: [], notAssessed: accountNotAssessed(ruleIds, id, missing), summary: undefined };
        }
      }),
    );
    const summaries = perAccount.flatMap((account) => account.summary ?? []) as AccountIdentitySummary[];
    const stage = evaluateOrganization(engine.rules, { summaries, organization });
    return {
      findings: [...perAccount.flatMap((account) => account.findings), ...stage.findings],
      notAssessed: [...perAccount.flatMap((account) => account.notAssessed), ...stage.notAssessed],
    };
  }

  /** The clean findings the faulty scan lacks, each with whether a not-assessed entry naming the operation covers it. */
  function compare(faulty: OrganizationResult, failed: { service: string; operation: string }) {
    const reported = new Set(faulty.findings.map((finding) => finding.fingerprint));
    const lost = clean.findings.filter((finding) => !reported.has(finding.fingerprint));
    const silent = lost.filter(
      (finding) =>
        !faulty.notAssessed.some(
          (entry) =>
            notAssessedCovers(entry, finding) &&
            entry.missing.some((missing) => missing.service === failed.service && missing.operation === failed.operation),
        ),
    );
    const cleanPrints = new Set(clean.findings.map((finding) => finding.fingerprint));
    const invented = faulty.findings.filter((finding) => !cleanPrints.has(finding.fingerprint));
    return { lost: lost.length, silent: silent.map((f) => `${f.ruleId} ${f.resource.arn}`), invented: invented.map((f) => `${f.ruleId} ${f.resource.arn}`) };
  }

  test('the clean scan finds the sample organization\'s findings, and is not assessed only where the audit role cannot be assumed or read a cluster', () => {
    assert.ok(clean.findings.length >= 40, `clean findings: ${clean.findings.length}`);
    const reasons = new Set(clean.notAssessed.map((entry) => entry.missing.map((missing) => `${missing.service}:${missing.operation}:${missing.errorCode}`).join(',')));
    // prod-eks has no access entry for the audit role: its Kubernetes API answers 401.
    const unauthorized = ['GetConfigMap', 'ListClusterRoleBindings', 'ListPods', 'ListServiceAccounts'].map((operation) => `k8s:${operation}:Unauthorized`);
    assert.deepEqual([...reasons].sort(), [...unauthorized, 'sts:AssumeRole:AccessDenied']);
  });

  for (const failed of MATRIX) {
    for (const kind of ['accessDenied', 'unsupported'] as const) {
      test(`${failed.service}:${failed.operation} ${kind}`, async () => {
        const faulty = await scanOrganization({ errors: [{ match: failed, error: kind }] });
        const { silent, invented } = compare(faulty, failed);
        assert.deepEqual({ silent, invented }, { silent: [], invented: [] });
      });
    }
  }

  for (const failed of THROTTLED) {
    test(`${failed.service}:${failed.operation} throttled until the retries run out`, async () => {
      const faulty = await scanOrganization({ errors: [{ match: failed, error: 'throttle' }] });
      const { lost, silent, invented } = compare(faulty, failed);
      assert.deepEqual({ silent, invented }, { silent: [], invented: [] });
      assert.ok(lost > 0 || faulty.notAssessed.length > clean.notAssessed.length, 'the throttled operation was called and failed');
    });
  }
});
