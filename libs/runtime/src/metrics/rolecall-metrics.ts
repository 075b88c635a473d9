import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const JOB_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/** Rolecall's Prometheus metrics, one registry per process (the api and each worker). */
export class RolecallMetrics {
  readonly registry = new Registry();
  readonly scans = new Gauge({ name: 'rolecall_scans', help: 'Scans by state (read from the database at scrape time)', labelNames: ['state'], registers: [this.registry] });
  readonly accountsScanned = new Counter({ name: 'rolecall_accounts_scanned_total', help: 'Account scans finished by this process, by result', labelNames: ['status'], registers: [this.registry] });
  readonly awsCalls = new Counter({ name: 'rolecall_aws_calls_total', help: 'AWS HTTP attempts (retries included) by service and operation', labelNames: ['service', 'operation'], registers: [this.registry] });
  readonly awsFailures = new Counter({ name: 'rolecall_aws_call_failures_total', help: 'AWS calls that failed after retries (collection gaps), by service and error code', labelNames: ['service', 'error'], registers: [this.registry] });
  readonly awsAttempts = new Counter({ name: 'rolecall_aws_attempts_total', help: 'AWS HTTP attempts (retries included) by service and outcome: success, throttled, client_error, server_error or network_error', labelNames: ['service', 'outcome'], registers: [this.registry] });
  readonly throttles = new Counter({ name: 'rolecall_aws_throttles_total', help: 'AWS calls still throttled after retries, by service (every throttled attempt: rolecall_aws_attempts_total{outcome="throttled"})', labelNames: ['service'], registers: [this.registry] });
  readonly notAssessed = new Counter({ name: 'rolecall_not_assessed_total', help: 'Places (region or resource of an account) a rule could not assess because a read it needs failed, by rule', labelNames: ['rule'], registers: [this.registry] });
  readonly findings = new Counter({ name: 'rolecall_findings_total', help: 'Findings stored by this process, by severity', labelNames: ['severity'], registers: [this.registry] });
  readonly jobDuration = new Histogram({ name: 'rolecall_job_duration_seconds', help: 'Time a job ran, by queue and outcome', labelNames: ['queue', 'outcome'], buckets: JOB_SECONDS_BUCKETS, registers: [this.registry] });
  readonly jobWait = new Histogram({ name: 'rolecall_job_wait_seconds', help: 'Time from enqueue to start, by queue', labelNames: ['queue'], buckets: JOB_SECONDS_BUCKETS, registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'rolecall_' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

let shared: RolecallMetrics | undefined;

/** This process's metrics (created on first use). */
export function processMetrics(): RolecallMetrics {
  shared ??= new RolecallMetrics();
  return shared;
}
