import type { RuleReads } from '../engine/reads';
import type { Rule } from '../engine/rule';

/** docs/rules.md, generated from the rules' metadata so the two never disagree. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# Rule catalog',
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${rules.length} rules.`,
    '',
    '| id | severity | resource | title |',
    '| --- | --- | --- | --- |',
    ...rules.map(({ metadata: m }) => `| [${m.id}](#${anchor(m.id)}) | ${m.severity} | ${m.resourceType} | ${m.title} |`),
    '',
  ];
  for (const { metadata: m } of rules) {
    lines.push(
      `## ${m.id}`,
      '',
      `**${m.title}** — severity ${m.severity}, resource ${m.resourceType}.`,
      '',
      ...readsLines(m.reads),
      '',
      m.description,
      '',
      `**Risk.** ${m.risk}`,
      '',
      `**Remediation.** ${m.remediation}`,
      '',
    );
    if (m.compliance.length > 0) lines.push(`**Compliance.** ${m.compliance.join(', ')}`, '');
    lines.push('**References.**', '', ...m.references.map((url) => `- ${url}`), '');
  }
  return lines.join('\n');
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}

/** What the rule needs and what only enriches it, as AWS operations (docs/rules.md, per rule). */
function readsLines(reads: RuleReads): string[] {
  const list = (operations: readonly string[]) => (operations.length === 0 ? 'nothing' : operations.map((operation) => `\`${operation}\``).join(', '));
  const lines = [`**Needs.** ${list(reads.needs)}; without one of these the resources it would show are not assessed.`, ''];
  lines.push(`**Enriched by.** ${list(reads.enriches)}; without these a finding still fires and its evidence lists what was not read.`, '');
  if (reads.concludesFromAbsence) lines.push('It concludes from absence: where a needed read failed it withholds its finding and reports the resource as not assessed.', '');
  return lines;
}
