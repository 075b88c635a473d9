import type { ReportingDescriptor } from 'sarif';
import type { ReportFinding, ReportRule } from './sarif-input';
import { SARIF_LEVEL, SECURITY_SEVERITY } from './sarif-severity';

const MAX_TEXT = 1024;
const MAX_TAGS = 20;

/** A rule descriptor as GitHub code scanning shows it: descriptions, help with remediation and references, severity, tags. */
export function sarifRule(rule: ReportRule): ReportingDescriptor {
  const references = rule.references.map((url) => `- [${url}](${url})`).join('\n');
  const markdown = [`**${rule.title}**`, rule.description, `**Risk.** ${rule.risk}`, `**Remediation.** ${rule.remediation}`];
  if (references) markdown.push(`**References**\n\n${references}`);
  const text = [rule.description, `Risk: ${rule.risk}`, `Remediation: ${rule.remediation}`, ...rule.references.map((url) => `See ${url}`)];
  const descriptor: ReportingDescriptor = {
    id: rule.id,
    name: rule.title,
    shortDescription: { text: truncate(rule.title) },
    fullDescription: { text: truncate(rule.description) },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'aws', rule.resourceType, ...rule.compliance].slice(0, MAX_TAGS),
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
  if (rule.references[0]) descriptor.helpUri = rule.references[0];
  return descriptor;
}

/** A descriptor for a finding whose rule is no longer in the catalog, so every ruleId stays in rules[]. */
export function fallbackRule(finding: ReportFinding): ReportRule {
  return {
    id: finding.ruleId,
    title: finding.title,
    severity: finding.severity,
    resourceType: finding.resource.type,
    description: finding.title,
    risk: finding.message,
    remediation: finding.remediation,
    references: [],
    compliance: [],
  };
}

function truncate(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}
