import { UserError, type Problem } from '../errors.js'
import { loadPolicyFile, parsePolicy, type LoadedPolicy } from '../policy/load.js'

// policies/closure-packet.yaml, typed. The JSON Schema checks shape; the cross-field rules a schema
// cannot express (unique kinds and fields, the final approver's kind being one of the linked kinds)
// are checked here so a bad policy fails at load, not halfway through an export.

export interface ClosurePolicy {
  schema_version: number
  packet_id_prefix: string
  required_packet_fields: string[]
  required_row_fields: string[]
  evidence_refs: { kind: string; field: string; description?: string }[]
  lineage: { final_approver_from: string; final_approver_distinct_from_acknowledger?: boolean }
  review: { sample_size: number; approved_schema_versions: number[] }
}

export type LoadedClosurePolicy = LoadedPolicy<ClosurePolicy>

export async function loadClosurePolicy(path: string, file = path): Promise<LoadedClosurePolicy> {
  return checkClosurePolicy(await loadPolicyFile<ClosurePolicy>('closure-packet', path, file))
}

export function parseClosurePolicy(text: string, file: string): LoadedClosurePolicy {
  return checkClosurePolicy(parsePolicy<ClosurePolicy>('closure-packet', text, file))
}

export function checkClosurePolicy(policy: LoadedClosurePolicy): LoadedClosurePolicy {
  const { data, file } = policy
  const problems: Problem[] = []
  const kinds = new Set<string>()
  const fields = new Set<string>()
  data.evidence_refs.forEach((r, i) => {
    if (kinds.has(r.kind)) problems.push({ file, field: `/evidence_refs/${i}/kind`, message: `kind '${r.kind}' is listed twice`, fix: 'list each evidence kind once' })
    if (fields.has(r.field)) problems.push({ file, field: `/evidence_refs/${i}/field`, message: `field '${r.field}' is used twice`, fix: 'give each kind its own field name' })
    kinds.add(r.kind)
    fields.add(r.field)
  })
  if (!kinds.has(data.lineage.final_approver_from)) {
    problems.push({
      file,
      field: '/lineage/final_approver_from',
      message: `'${data.lineage.final_approver_from}' is not one of the evidence_refs kinds`,
      fix: `use one of ${[...kinds].join(', ')}`
    })
  }
  if (problems.length > 0) throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid closure-packet policy`, problems })
  return policy
}
