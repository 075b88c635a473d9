/** Temporary or long-term AWS credentials, as SDK v3 clients accept them. Never log or store these. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type CredentialProvider = () => Promise<AwsCredentials>;
