// Generated from the OpenAPI document by `npm run client:generate`; do not edit.

export interface components {
  schemas: {
    "Error": {
      "statusCode": number;
      "message": string | string[];
      "error"?: string;
    };
    "Health": {
      "status": "ready" | "not-ready";
      "live": true;
      "checks": {
        "database": "up" | "down";
        "redis": "up" | "down";
      };
    };
    "AuditEventPage": {
      "items": ({
        "id": string;
        "occurredAt": string;
        "token": {
          "id": string;
          "name": string;
        };
        "action": string;
        "method": string;
        "path": string;
        "targetId": string | null;
        "status": number;
        "sourceAddress": string | null;
        "userAgent": string | null;
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "CurrentFindingPage": {
      "items": ({
        "id": string;
        "fingerprint": string;
        "ruleId": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "title": string;
        "message": string;
        "accountId": string;
        /** An AWS region, or "global" for IAM */
        "region": string;
        "resource": {
          "arn": string;
          "type": string;
          "name": string;
        };
        "relatedResources": string[];
        /** Facts that made the rule fire; never a secret value */
        "evidence": Record<string, unknown>;
        "remediation": string;
        /** Why it matters, from the rule's catalog entry (empty for a rule this build no longer has) */
        "risk": string;
        /** Where to read more, from the rule's catalog entry */
        "references": string[];
        /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again */
        "carried": ({
          "fromScanId": string;
          "assessedAt": string;
        }) | null;
        "state": "new" | "unchanged";
        /** The suppression that applies, or null */
        "suppression": ({
          "id": string;
          "reason": string;
          "expiresAt": string | null;
          "createdBy": string | null;
        }) | null;
        "scanId": string;
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "SarifLog": {
      "version": "2.1.0";
      "$schema"?: string;
      "runs": ({
        "tool": {
          "driver": {
            "name": string;
            [key: string]: unknown;
          };
          [key: string]: unknown;
        };
        "results": (Record<string, unknown>)[];
        [key: string]: unknown;
      })[];
      [key: string]: unknown;
    };
    "GithubIntegrationList": {
      "items": ({
        "id": string;
        "owner": string;
        "repo": string;
        "ref": string;
        "apiBaseUrl": string;
        "createdBy": string;
        "createdAt": string;
      })[];
    };
    "GithubIntegration": {
      "id": string;
      "owner": string;
      "repo": string;
      "ref": string;
      "apiBaseUrl": string;
      "createdBy": string;
      "createdAt": string;
    };
    "CreateGithubIntegrationRequest": {
      "owner": string;
      "repo": string;
      "ref"?: string;
      "apiBaseUrl"?: string;
      "token": string;
    };
    "RuleList": {
      "items": ({
        "id": string;
        "title": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "resourceType": string;
        "description": string;
        "risk": string;
        "remediation": string;
        "references": string[];
        "compliance": string[];
        "reads": {
          "needs": string[];
          "enriches": string[];
          "concludesFromAbsence"?: boolean;
        };
      })[];
    };
    "ScanPage": {
      "items": ({
        "id": string;
        "status": "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";
        "scope": ({
          "organization": true;
        }) | ({
          "accounts": string[];
        });
        /** null: every enabled region */
        "regions": string[] | null;
        "requestedBy": string | null;
        /** ISO 8601 date-time (UTC) */
        "createdAt": string;
        "startedAt": string | null;
        "finishedAt": string | null;
        "error": string | null;
        /** Accounts planned; 0 until the scan is planned */
        "accountTotal": number;
        "githubUpload": ({
          "integrationId": string;
          "commitSha"?: string;
        }) | null;
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "Scan": {
      "id": string;
      "status": "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";
      "scope": ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      /** null: every enabled region */
      "regions": string[] | null;
      "requestedBy": string | null;
      /** ISO 8601 date-time (UTC) */
      "createdAt": string;
      "startedAt": string | null;
      "finishedAt": string | null;
      "error": string | null;
      /** Accounts planned; 0 until the scan is planned */
      "accountTotal": number;
      "githubUpload": ({
        "integrationId": string;
        "commitSha"?: string;
      }) | null;
    };
    "CreateScanRequest": {
      "scope": ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      "regions"?: string[];
      "githubUpload"?: {
        "integrationId": string;
        "commitSha"?: string;
      };
    };
    "ScanDetail": {
      "id": string;
      "status": "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";
      "scope": ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      /** null: every enabled region */
      "regions": string[] | null;
      "requestedBy": string | null;
      /** ISO 8601 date-time (UTC) */
      "createdAt": string;
      "startedAt": string | null;
      "finishedAt": string | null;
      "error": string | null;
      /** Accounts planned; 0 until the scan is planned */
      "accountTotal": number;
      "githubUpload": ({
        "integrationId": string;
        "commitSha"?: string;
      }) | null;
      /** Accounts by run status; done = succeeded + partial + failed + cancelled */
      "progress": {
        "queued": number;
        "running": number;
        "succeeded": number;
        "partial": number;
        "failed": number;
        "cancelled": number;
      };
      /** Open (unsuppressed) findings by severity */
      "findingCounts": {
        "critical": number;
        "high": number;
        "medium": number;
        "low": number;
        "info": number;
      };
      "coverage": {
        "assessed": number;
        "notAssessed": number;
        "notAssessedEntries": number;
      };
      "accounts": ({
        "accountId": string;
        "accountName": string | null;
        "status": "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";
        "error": string | null;
        "startedAt": string | null;
        "finishedAt": string | null;
        "attempts": number;
        "findingCount": number;
        /** AWS calls made, keyed "service:Operation" */
        "awsCalls": Record<string, number>;
        "gaps": ({
          "service": string;
          "operation": string;
          "region": string;
          "errorCode": string;
          "message"?: string;
          "resource"?: string;
        })[];
      })[];
      "githubUploads": ({
        "id": string;
        "integrationId": string;
        "status": "queued" | "pending" | "complete" | "failed" | "timeout" | "error";
        /** request: POST /v1/scans/{id}/github-uploads; scan: the scan asked for it */
        "trigger": "request" | "scan";
        "sarifIds": string[];
        "errors": string[];
        "commitSha": string | null;
        "createdAt": string;
        "finishedAt": string | null;
      })[];
    };
    "ScanDiff": {
      "scanId": string;
      "previousScanId": string | null;
      "summary": {
        "new": number;
        "unchanged": number;
        "resolved": number;
      };
      "new": ({
        "id": string;
        "fingerprint": string;
        "ruleId": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "title": string;
        "message": string;
        "accountId": string;
        /** An AWS region, or "global" for IAM */
        "region": string;
        "resource": {
          "arn": string;
          "type": string;
          "name": string;
        };
        "relatedResources": string[];
        /** Facts that made the rule fire; never a secret value */
        "evidence": Record<string, unknown>;
        "remediation": string;
        /** Why it matters, from the rule's catalog entry (empty for a rule this build no longer has) */
        "risk": string;
        /** Where to read more, from the rule's catalog entry */
        "references": string[];
        /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again */
        "carried": ({
          "fromScanId": string;
          "assessedAt": string;
        }) | null;
        "state": "new" | "unchanged";
        /** The suppression that applies, or null */
        "suppression": ({
          "id": string;
          "reason": string;
          "expiresAt": string | null;
          "createdBy": string | null;
        }) | null;
      })[];
      "unchanged": ({
        "id": string;
        "fingerprint": string;
        "ruleId": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "title": string;
        "message": string;
        "accountId": string;
        /** An AWS region, or "global" for IAM */
        "region": string;
        "resource": {
          "arn": string;
          "type": string;
          "name": string;
        };
        "relatedResources": string[];
        /** Facts that made the rule fire; never a secret value */
        "evidence": Record<string, unknown>;
        "remediation": string;
        /** Why it matters, from the rule's catalog entry (empty for a rule this build no longer has) */
        "risk": string;
        /** Where to read more, from the rule's catalog entry */
        "references": string[];
        /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again */
        "carried": ({
          "fromScanId": string;
          "assessedAt": string;
        }) | null;
        "state": "new" | "unchanged";
        /** The suppression that applies, or null */
        "suppression": ({
          "id": string;
          "reason": string;
          "expiresAt": string | null;
          "createdBy": string | null;
        }) | null;
      })[];
      "resolved": ({
        "id": string;
        "fingerprint": string;
        "ruleId": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "title": string;
        "message": string;
        "accountId": string;
        /** An AWS region, or "global" for IAM */
        "region": string;
        "resource": {
          "arn": string;
          "type": string;
          "name": string;
        };
        "relatedResources": string[];
        /** Facts that made the rule fire; never a secret value */
        "evidence": Record<string, unknown>;
        "remediation": string;
        /** Why it matters, from the rule's catalog entry (empty for a rule this build no longer has) */
        "risk": string;
        /** Where to read more, from the rule's catalog entry */
        "references": string[];
        /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again */
        "carried": ({
          "fromScanId": string;
          "assessedAt": string;
        }) | null;
      })[];
    };
    "ScanFindingPage": {
      "items": ({
        "id": string;
        "fingerprint": string;
        "ruleId": string;
        "severity": "critical" | "high" | "medium" | "low" | "info";
        "title": string;
        "message": string;
        "accountId": string;
        /** An AWS region, or "global" for IAM */
        "region": string;
        "resource": {
          "arn": string;
          "type": string;
          "name": string;
        };
        "relatedResources": string[];
        /** Facts that made the rule fire; never a secret value */
        "evidence": Record<string, unknown>;
        "remediation": string;
        /** Why it matters, from the rule's catalog entry (empty for a rule this build no longer has) */
        "risk": string;
        /** Where to read more, from the rule's catalog entry */
        "references": string[];
        /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again */
        "carried": ({
          "fromScanId": string;
          "assessedAt": string;
        }) | null;
        "state": "new" | "unchanged";
        /** The suppression that applies, or null */
        "suppression": ({
          "id": string;
          "reason": string;
          "expiresAt": string | null;
          "createdBy": string | null;
        }) | null;
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "GithubUpload": {
      "id": string;
      "integrationId": string;
      "status": "queued" | "pending" | "complete" | "failed" | "timeout" | "error";
      /** request: POST /v1/scans/{id}/github-uploads; scan: the scan asked for it */
      "trigger": "request" | "scan";
      "sarifIds": string[];
      "errors": string[];
      "commitSha": string | null;
      "createdAt": string;
      "finishedAt": string | null;
    };
    "CreateGithubUploadRequest": {
      "integrationId": string;
      "commitSha"?: string;
    };
    "IdentityPage": {
      "items": ({
        "accountId": string;
        "workloadType": string;
        "workload": string;
        "sourceArn": string;
        "roleArn": string;
        "roleName": string | null;
        "region": string;
        "cluster"?: string;
        "namespace"?: string;
        "serviceAccount"?: string;
        "adminEquivalent": boolean | null;
        "sensitiveClasses": string[];
        "trustWeaknesses": string[];
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "NotAssessedPage": {
      "items": ({
        "ruleId": string;
        "accountId": string;
        "region": string;
        "resource": ({
          "arn": string;
          "type": string;
          "name": string;
        }) | null;
        "missing": ({
          "service": string;
          "operation": string;
          "errorCode": string;
        })[];
      })[];
      /** Pass as ?cursor= (with the same filters) for the next page; null on the last page */
      "nextCursor": string | null;
    };
    "ScheduleList": {
      "items": ({
        "id": string;
        "cron": string;
        "timezone": string;
        "scope": ({
          "organization": true;
        }) | ({
          "accounts": string[];
        });
        "regions": string[] | null;
        "githubUpload": ({
          "integrationId": string;
          "commitSha"?: string;
        }) | null;
        "createdBy": string | null;
        "createdAt": string;
        "updatedAt": string;
      })[];
    };
    "Schedule": {
      "id": string;
      "cron": string;
      "timezone": string;
      "scope": ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      "regions": string[] | null;
      "githubUpload": ({
        "integrationId": string;
        "commitSha"?: string;
      }) | null;
      "createdBy": string | null;
      "createdAt": string;
      "updatedAt": string;
    };
    "CreateScheduleRequest": {
      "cron": string;
      "timezone"?: string;
      "scope": ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      "regions"?: string[];
      "githubUpload"?: ({
        "integrationId": string;
        "commitSha"?: string;
      }) | null;
    };
    "UpdateScheduleRequest": {
      "cron"?: string;
      "timezone"?: string;
      "scope"?: ({
        "organization": true;
      }) | ({
        "accounts": string[];
      });
      "regions"?: string[] | null;
      "githubUpload"?: ({
        "integrationId": string;
        "commitSha"?: string;
      }) | null;
    };
    "ScheduleRunList": {
      "items": ({
        "dueAt": string;
        "outcome": "started" | "skipped";
        "scanId": string | null;
        /** Why the firing was skipped */
        "reason": string | null;
        "recordedAt": string;
      })[];
    };
    "SuppressionList": {
      "items": ({
        "id": string;
        "ruleId": string | null;
        "resourcePattern": string | null;
        "accountId": string | null;
        "reason": string;
        "expiresAt": string | null;
        "createdBy": string | null;
        "createdAt": string;
        /** false once expiresAt has passed */
        "active": boolean;
      })[];
    };
    "Suppression": {
      "id": string;
      "ruleId": string | null;
      "resourcePattern": string | null;
      "accountId": string | null;
      "reason": string;
      "expiresAt": string | null;
      "createdBy": string | null;
      "createdAt": string;
      /** false once expiresAt has passed */
      "active": boolean;
    };
    "CreateSuppressionRequest": {
      "ruleId"?: string;
      "resourcePattern"?: string;
      "accountId"?: string;
      "reason": string;
      "expiresAt"?: string;
    };
    "TokenList": {
      "items": ({
        "id": string;
        "name": string;
        "scopes": ("scans:write" | "findings:read" | "admin")[];
        "createdAt": string;
        "createdBy": string | null;
        "lastUsedAt": string | null;
        "revokedAt": string | null;
      })[];
    };
    "CreatedToken": {
      "id": string;
      "name": string;
      "scopes": ("scans:write" | "findings:read" | "admin")[];
      "createdAt": string;
      "createdBy": string | null;
      "lastUsedAt": string | null;
      "revokedAt": string | null;
      /** The secret (rc_...): shown once, store it now */
      "token": string;
    };
    "CreateTokenRequest": {
      "name": string;
      "scopes": ("scans:write" | "findings:read" | "admin")[];
    };
  };
}

export interface operations {
  /** Liveness and readiness of Redis and the database */
  getHealth: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["Health"] };
      503: { "application/json": components['schemas']["Health"] };
    };
  };
  /** Prometheus metrics: scans by state, accounts scanned, AWS calls, throttles, job latency, findings by severity */
  getMetrics: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "text/plain": string };
      401: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Changes made through the api, newest first: token (id and name), action, path, target, status, source address; cursor pagination */
  listAuditEvents: {
    path: never;
    query: { limit?: number; cursor?: string; tokenId?: string };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["AuditEventPage"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** The organization's current state: each account's latest completed result */
  listFindings: {
    path: never;
    query: { limit?: number; cursor?: string; severity?: ("critical" | "high" | "medium" | "low" | "info")[]; state?: ("new" | "unchanged")[]; ruleId?: string; accountId?: string; region?: string | "global"; resourceType?: string };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["CurrentFindingPage"]; "text/csv": string };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** The current state as SARIF 2.1.0 */
  getCurrentSarif: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/sarif+json": components['schemas']["SarifLog"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Registered GitHub repositories */
  listGithubIntegrations: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["GithubIntegrationList"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Register a GitHub repository for SARIF uploads; the token is stored encrypted and never returned */
  createGithubIntegration: {
    path: never;
    query: never;
    body: components['schemas']["CreateGithubIntegrationRequest"];
    responses: {
      201: { "application/json": components['schemas']["GithubIntegration"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      409: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Remove a GitHub integration (refused while a schedule uploads to it) */
  deleteGithubIntegration: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      204: never;
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      409: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** The rule catalog */
  listRules: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["RuleList"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** List scans, newest first (cursor pagination) */
  listScans: {
    path: never;
    query: { limit?: number; cursor?: string };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScanPage"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Start a scan of the organization or of listed accounts */
  createScan: {
    path: never;
    query: never;
    body: components['schemas']["CreateScanRequest"];
    responses: {
      202: { "application/json": components['schemas']["Scan"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
      503: { "application/json": components['schemas']["Error"] };
    };
  };
  /** A scan with per-account progress, errors, collection gaps and counts by severity */
  getScan: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScanDetail"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Cancel a scan; accounts not yet scanned are skipped */
  cancelScan: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      202: { "application/json": components['schemas']["Scan"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      409: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** New, unchanged and resolved findings against the previous completed scan of the same scope */
  getScanDiff: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScanDiff"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** A scan's findings, filtered, most severe first */
  listScanFindings: {
    path: { id: string };
    query: { limit?: number; cursor?: string; severity?: ("critical" | "high" | "medium" | "low" | "info")[]; state?: ("new" | "unchanged")[]; ruleId?: string; accountId?: string; region?: string | "global"; resourceType?: string };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScanFindingPage"]; "text/csv": string };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Upload the scan's SARIF to a registered GitHub repository; GET /v1/scans/{id} shows the outcome */
  createGithubUpload: {
    path: { id: string };
    query: never;
    body: components['schemas']["CreateGithubUploadRequest"];
    responses: {
      202: { "application/json": components['schemas']["GithubUpload"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      409: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
      503: { "application/json": components['schemas']["Error"] };
    };
  };
  /** The identity map: every workload -> role binding of the scan, with the role's risk summary */
  listIdentities: {
    path: { id: string };
    query: { limit?: number; cursor?: string; accountId?: string; roleArn?: string; workloadType?: "ecs-task" | "ecs-execution" | "irsa" | "pod-identity" | "fargate-pod-execution" | "eks-node" | "ecs-container-instance"; cluster?: string; namespace?: string; adminEquivalent?: "true" | "false" };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["IdentityPage"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Where the scan's rules could not assess a resource (or a region of an account), with the AWS operations that failed */
  listNotAssessed: {
    path: { id: string };
    query: { limit?: number; cursor?: string; ruleId?: string; accountId?: string; region?: string | "global" };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["NotAssessedPage"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** The scan's findings as SARIF 2.1.0 for GitHub code scanning (absent results are never included) */
  getScanSarif: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/sarif+json": components['schemas']["SarifLog"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** List schedules */
  listSchedules: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScheduleList"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Scan a scope on a cron schedule; a firing while a scan of the scope is active is skipped and recorded */
  createSchedule: {
    path: never;
    query: never;
    body: components['schemas']["CreateScheduleRequest"];
    responses: {
      201: { "application/json": components['schemas']["Schedule"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
      503: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Delete a schedule and stop its firings */
  deleteSchedule: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      204: never;
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
      503: { "application/json": components['schemas']["Error"] };
    };
  };
  /** A schedule */
  getSchedule: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["Schedule"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Change a schedule (cron, timezone, scope, regions, githubUpload) */
  updateSchedule: {
    path: { id: string };
    query: never;
    body: components['schemas']["UpdateScheduleRequest"];
    responses: {
      200: { "application/json": components['schemas']["Schedule"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
      503: { "application/json": components['schemas']["Error"] };
    };
  };
  /** A schedule's firings, newest first: the scan each started, or why it was skipped */
  listScheduleRuns: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["ScheduleRunList"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Active suppressions (includeExpired=true adds expired ones) */
  listSuppressions: {
    path: never;
    query: { includeExpired?: "true" | "false" };
    body: never;
    responses: {
      200: { "application/json": components['schemas']["SuppressionList"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Suppress findings by rule id and/or resource ARN glob, optionally in one account, until an expiry */
  createSuppression: {
    path: never;
    query: never;
    body: components['schemas']["CreateSuppressionRequest"];
    responses: {
      201: { "application/json": components['schemas']["Suppression"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Delete a suppression; its findings count again */
  deleteSuppression: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      204: never;
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** A suppression */
  getSuppression: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["Suppression"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** List tokens (never their secrets) */
  listTokens: {
    path: never;
    query: never;
    body: never;
    responses: {
      200: { "application/json": components['schemas']["TokenList"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Create a token; its secret is in this response only */
  createToken: {
    path: never;
    query: never;
    body: components['schemas']["CreateTokenRequest"];
    responses: {
      201: { "application/json": components['schemas']["CreatedToken"] };
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      413: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
  /** Revoke a token */
  revokeToken: {
    path: { id: string };
    query: never;
    body: never;
    responses: {
      204: never;
      400: { "application/json": components['schemas']["Error"] };
      401: { "application/json": components['schemas']["Error"] };
      403: { "application/json": components['schemas']["Error"] };
      404: { "application/json": components['schemas']["Error"] };
      429: { "application/json": components['schemas']["Error"] };
    };
  };
}

export const OPERATIONS = {
  getHealth: { method: 'GET', path: '/health' },
  getMetrics: { method: 'GET', path: '/metrics' },
  listAuditEvents: { method: 'GET', path: '/v1/audit-events' },
  listFindings: { method: 'GET', path: '/v1/findings' },
  getCurrentSarif: { method: 'GET', path: '/v1/findings/sarif' },
  listGithubIntegrations: { method: 'GET', path: '/v1/integrations/github' },
  createGithubIntegration: { method: 'POST', path: '/v1/integrations/github' },
  deleteGithubIntegration: { method: 'DELETE', path: '/v1/integrations/github/{id}' },
  listRules: { method: 'GET', path: '/v1/rules' },
  listScans: { method: 'GET', path: '/v1/scans' },
  createScan: { method: 'POST', path: '/v1/scans' },
  getScan: { method: 'GET', path: '/v1/scans/{id}' },
  cancelScan: { method: 'POST', path: '/v1/scans/{id}/cancel' },
  getScanDiff: { method: 'GET', path: '/v1/scans/{id}/diff' },
  listScanFindings: { method: 'GET', path: '/v1/scans/{id}/findings' },
  createGithubUpload: { method: 'POST', path: '/v1/scans/{id}/github-uploads' },
  listIdentities: { method: 'GET', path: '/v1/scans/{id}/identities' },
  listNotAssessed: { method: 'GET', path: '/v1/scans/{id}/not-assessed' },
  getScanSarif: { method: 'GET', path: '/v1/scans/{id}/sarif' },
  listSchedules: { method: 'GET', path: '/v1/schedules' },
  createSchedule: { method: 'POST', path: '/v1/schedules' },
  deleteSchedule: { method: 'DELETE', path: '/v1/schedules/{id}' },
  getSchedule: { method: 'GET', path: '/v1/schedules/{id}' },
  updateSchedule: { method: 'PATCH', path: '/v1/schedules/{id}' },
  listScheduleRuns: { method: 'GET', path: '/v1/schedules/{id}/runs' },
  listSuppressions: { method: 'GET', path: '/v1/suppressions' },
  createSuppression: { method: 'POST', path: '/v1/suppressions' },
  deleteSuppression: { method: 'DELETE', path: '/v1/suppressions/{id}' },
  getSuppression: { method: 'GET', path: '/v1/suppressions/{id}' },
  listTokens: { method: 'GET', path: '/v1/tokens' },
  createToken: { method: 'POST', path: '/v1/tokens' },
  revokeToken: { method: 'DELETE', path: '/v1/tokens/{id}' },
} as const;
