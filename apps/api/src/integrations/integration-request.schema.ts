import { z } from 'zod';
import { hasControlCharacter } from '@rolecall/egress';

/** GitHub's rules: 1-39 letters, digits and single hyphens, neither first nor last. */
export const githubOwnerSchema = z
  .string()
  .regex(/^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'must be a GitHub user or organization name (1-39 letters, digits or single hyphens, not at either end)');

/** GitHub's rules: 1-100 letters, digits, `.`, `_` and `-`; `.` and `..` are not names (they are path steps). */
export const githubRepoSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a GitHub repository name (1-100 letters, digits, ., _ or -)')
  .refine((name) => name !== '.' && name !== '..', 'must be a GitHub repository name, not . or ..');

export const createGithubIntegrationSchema = z
  .object({
    owner: githubOwnerSchema,
    repo: githubRepoSchema,
    ref: z.string().regex(/^refs\/(heads|tags)\/\S+$/, 'must be a full ref such as refs/heads/main').default('refs/heads/main'),
    apiBaseUrl: z.string().max(2048).default('https://api.github.com'),
    // A newline or NUL would split or end the Authorization header; the value is never echoed.
    token: z.string().min(1, 'is required').max(1000).refine((token) => !hasControlCharacter(token), 'must not contain control characters (newline, NUL ...)'),
  })
  .strict();
export type CreateGithubIntegrationRequest = z.infer<typeof createGithubIntegrationSchema>;

export const integrationIdSchema = z.string().uuid({ message: 'integration id must be a UUID' });

export const createGithubUploadSchema = z
  .object({
    integrationId: integrationIdSchema,
    commitSha: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit sha').optional(),
  })
  .strict();
export type CreateGithubUploadRequest = z.infer<typeof createGithubUploadSchema>;
