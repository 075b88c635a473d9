import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentials } from '../credentials/credentials';
import { partitionOf } from '../transforms/shared';
import { Sha256 } from './sha256';

/** The header that binds a token to one cluster: the cluster's authenticator rejects a token signed for another. */
export const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
export const TOKEN_PREFIX = 'k8s-aws-v1.';
/** As `aws eks get-token`: the URL is valid for 60 seconds (EKS accepts it for 15 minutes after signing). */
const EXPIRES_IN_SECONDS = 60;

export interface EksTokenRequest {
  clusterName: string;
  /** The cluster's region: the token names that region's STS endpoint. */
  region: string;
  credentials: AwsCredentials;
  signingDate?: Date;
}

/**
 * An EKS bearer token, made as `aws eks get-token` makes it: a presigned STS GetCallerIdentity URL with
 * the `x-k8s-aws-id: <cluster name>` header signed in, `k8s-aws-v1.` + base64url without padding. The
 * cluster (not Rolecall) calls STS with it to learn who is asking; the token proves only that identity.
 */
export async function eksToken(request: EksTokenRequest): Promise<string> {
  const hostname = stsHost(request.region);
  const signer = new SignatureV4({ credentials: request.credentials, region: request.region, service: 'sts', sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: hostname, [CLUSTER_ID_HEADER]: request.clusterName },
    },
    { expiresIn: EXPIRES_IN_SECONDS, signingDate: request.signingDate },
  );
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(signed.query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== null && one !== undefined) query.append(key, one);
  }
  const url = `https://${hostname}/?${query.toString()}`;
  return TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url');
}

/** The regional STS endpoint of the region's partition. */
function stsHost(region: string): string {
  return partitionOf(region) === 'aws-cn' ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`;
}
