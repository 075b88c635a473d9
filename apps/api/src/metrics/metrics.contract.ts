import { route } from '../contract/route-contract';

export const metricsRoutes = {
  metrics: route({
    operationId: 'getMetrics',
    tag: 'metrics',
    summary: 'Prometheus metrics: scans by state, accounts scanned, AWS calls, throttles, job latency, findings by severity',
    description: 'Public unless ROLECALL_METRICS_TOKEN is set; then send "Authorization: Bearer <ROLECALL_METRICS_TOKEN>" (api tokens are not accepted here).',
    scope: 'public',
    metricsToken: true,
    errors: [401],
    success: { description: 'Prometheus text exposition format', content: [{ mediaType: 'text/plain', schema: { type: 'string' } }] },
  }),
};
