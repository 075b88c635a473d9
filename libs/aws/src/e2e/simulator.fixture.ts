// Starts the AWS simulator for end-to-end specs and points the SDK's default chain at it.
import { startSimulator, type Faults, type RunningSimulator, type World } from '@rolecall/aws-sim';
import { createAwsContext, type AwsContext, type AwsContextConfig } from '../aws-context';
import { EXTERNAL_ID, MEMBER_ROLE } from './world-parts.fixture';

export const SOURCE_SECRET = 'scanner-source-secret-never-logged';

export async function startTestSimulator(world: World, faults?: Faults): Promise<RunningSimulator> {
  const sim = await startSimulator({ world, port: 0, faults });
  // The SDK reads these itself: the endpoint and the scanner's own (non-simulator) credentials.
  process.env.AWS_ENDPOINT_URL = sim.url;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDSCANNER';
  process.env.AWS_SECRET_ACCESS_KEY = SOURCE_SECRET;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  return sim;
}

export function testContext(overrides: Partial<AwsContextConfig> = {}): AwsContext {
  return createAwsContext({
    memberRoleName: MEMBER_ROLE,
    externalId: EXTERNAL_ID,
    region: 'us-east-1',
    accessAdvisor: { pollIntervalMs: 1 },
    // The simulator serves its clusters' Kubernetes APIs over http on loopback.
    kubernetes: { allowInsecureLoopback: true },
    ...overrides,
  });
}
