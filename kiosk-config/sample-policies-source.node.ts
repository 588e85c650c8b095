import { listPolicyFiles, readPolicyFile } from '#sync/county-cli/policy-files';

/**
 * Builds the text of sample-policies.generated.ts from the Markdown files in
 * kiosk-config/policies/ (the same files `county policies import` publishes), so the kiosk shows
 * useful policies out of the box, before its county has published any. The renderer cannot read
 * files, hence a generated module; sample-policies.node.test.ts fails when it is stale:
 *   npx vitest run --project unit-node kiosk-config/sample-policies.node.test.ts -u
 * Every document goes through the kiosk's own validator (readPolicyFile), so a sample that
 * would not validate cannot be embedded.
 */

/** The "published" time of the embedded samples: fixed, so the module is reproducible. */
export const SAMPLE_POLICIES_PUBLISHED_AT = '2026-11-01T00:00:00.000Z';

export function buildSamplePoliciesModule(directory: string): string {
  const docs = [];
  const problems: string[] = [];
  for (const file of listPolicyFiles(directory)) {
    const result = readPolicyFile(file, new Date(SAMPLE_POLICIES_PUBLISHED_AT));
    problems.push(...result.problems);
    for (const { _id, ...fields } of result.docs) docs.push({ id: _id, ...fields });
  }
  if (problems.length > 0) throw new Error(`sample policies do not validate:\n${problems.join('\n')}`);
  return [
    '// GENERATED from kiosk-config/policies/*.md by buildSamplePoliciesModule (sample-policies-source.node.ts). Do not edit.',
    '// Regenerate: npx vitest run --project unit-node kiosk-config/sample-policies.node.test.ts -u',
    "import type { PolicyDocType } from '#sync/schema/policy-schema';",
    '',
    `export const samplePolicies: readonly PolicyDocType[] = ${JSON.stringify(docs, null, 2)};`,
    '',
  ].join('\n');
}
