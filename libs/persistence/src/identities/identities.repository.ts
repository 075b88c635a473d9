import type { Kysely, Selectable } from 'kysely';
import type { FingerprintedFinding, NotAssessed } from '@rolecall/model';
import { carriedFindings, organizationBaseline, replaceNotAssessed } from '../not-assessed/carry-forward';
import { toFindingRow } from '../findings/finding';
import { insertChunks } from '../findings/insert-chunks';
import { refreshFindingCounts } from '../scan-accounts/finding-counts';
import { toJsonb } from '../jsonb';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { withIdentityTables, type IdentitiesSchema, type IdentitiesTable } from './identities-schema';
import {
  identityFiltersSchema, identityPositionSchema, identitySchema,
  type Identity, type IdentityFilters, type IdentityPosition,
} from './identity';

/**
 * Per-account identity summaries and identity-map rows of a scan, and the organization-stage findings.
 * Every write replaces what it covers, so a retried account job or finalizer never duplicates rows.
 */
export class IdentitiesRepository {
  private readonly db: Kysely<IdentitiesSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = withIdentityTables(db);
  }

  async saveAccount(scanId: string, accountId: string, summary: unknown, identities: readonly Identity[]): Promise<void> {
    const rows = identities.map((identity) => toRow(scanId, identitySchema.parse(identity)));
    if (rows.some((row) => row.account_id !== accountId)) throw new Error(`identities must belong to account ${accountId}`);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('scan_account_summaries')
        .values({ scan_id: scanId, account_id: accountId, summary: toJsonb(summary) })
        .onConflict((conflict) => conflict.columns(['scan_id', 'account_id']).doUpdateSet((eb) => ({ summary: eb.ref('excluded.summary') })))
        .execute();
      await tx.deleteFrom('identities').where('scan_id', '=', scanId).where('account_id', '=', accountId).execute();
      for (const chunk of insertChunks(rows)) await tx.insertInto('identities').values(chunk).execute();
    });
  }

  async summaries(scanId: string): Promise<unknown[]> {
    if (!isUuid(scanId)) return [];
    const rows = await this.db.selectFrom('scan_account_summaries').select('summary').where('scan_id', '=', scanId).orderBy('account_id').execute();
    return rows.map((row) => row.summary);
  }

  /**
   * Replaces the scan's organization-stage findings; account-stage findings are left alone. Each
   * account's finding count is refreshed to include the organization-stage findings it now has.
   * The organization stage's result: its findings, where it could not assess, and findings carried for that.
   */
  async replaceOrganizationFindings(scanId: string, findings: readonly FingerprintedFinding[], notAssessed: readonly NotAssessed[] = []): Promise<void> {
    await (this.db as unknown as Kysely<Schema>).transaction().execute(async (tx) => {
      const scope = { stage: 'organization' as const };
      const carried = await carriedFindings(tx, await organizationBaseline(tx, scanId), scope, findings, notAssessed);
      await tx.deleteFrom('findings').where('scan_id', '=', scanId).where('stage', '=', 'organization').execute();
      const rows = [...findings, ...carried].map((finding) => ({ ...toFindingRow(scanId, finding), stage: 'organization' as const }));
      for (const chunk of insertChunks(rows)) await tx.insertInto('findings').values(chunk).execute();
      await replaceNotAssessed(tx, scanId, scope, notAssessed);
      await refreshFindingCounts(tx, scanId);
    });
  }

  async list(scanId: string, filters: IdentityFilters, page: { limit: number; after?: IdentityPosition }): Promise<Page<Identity, IdentityPosition>> {
    const { accountId, roleArn, workloadType, cluster, namespace, adminEquivalent } = identityFiltersSchema.parse(filters);
    const limit = pageLimitSchema.parse(page.limit);
    const after = identityPositionSchema.optional().parse(page.after);
    if (!isUuid(scanId)) return { items: [] };
    let query = this.db.selectFrom('identities').selectAll().where('scan_id', '=', scanId).orderBy('seq').limit(limit + 1);
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    if (roleArn !== undefined) query = query.where('role_arn', '=', roleArn);
    if (workloadType !== undefined) query = query.where('workload_type', '=', workloadType);
    if (cluster !== undefined) query = query.where('cluster', '=', cluster);
    if (namespace !== undefined) query = query.where('namespace', '=', namespace);
    if (adminEquivalent !== undefined) query = query.where('admin_equivalent', '=', adminEquivalent);
    if (after !== undefined) query = query.where('seq', '>', after.seq);
    return toPage(await query.execute(), limit, toIdentity, (row) => ({ seq: String(row.seq) }));
  }
}

function toRow(scanId: string, identity: Identity) {
  return {
    scan_id: scanId,
    account_id: identity.accountId,
    workload_type: identity.workloadType,
    workload: identity.workload,
    source_arn: identity.sourceArn,
    role_arn: identity.roleArn,
    role_name: identity.roleName,
    region: identity.region,
    cluster: identity.cluster ?? null,
    namespace: identity.namespace ?? null,
    service_account: identity.serviceAccount ?? null,
    admin_equivalent: identity.adminEquivalent,
    sensitive_classes: toJsonb(identity.sensitiveClasses),
    trust_weaknesses: toJsonb(identity.trustWeaknesses),
  };
}

function toIdentity(row: Selectable<IdentitiesTable>): Identity {
  return {
    accountId: row.account_id,
    workloadType: row.workload_type,
    workload: row.workload,
    sourceArn: row.source_arn,
    roleArn: row.role_arn,
    roleName: row.role_name,
    region: row.region,
    ...(row.cluster === null ? {} : { cluster: row.cluster }),
    ...(row.namespace === null ? {} : { namespace: row.namespace }),
    ...(row.service_account === null ? {} : { serviceAccount: row.service_account }),
    adminEquivalent: row.admin_equivalent,
    sensitiveClasses: row.sensitive_classes,
    trustWeaknesses: row.trust_weaknesses,
  };
}
