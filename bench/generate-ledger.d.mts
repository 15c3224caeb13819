/** Writes alarms.csv, ack-ledger.csv and evidence.csv for `alarms` alarms into dir; returns the row counts. */
export function generate(dir: string, alarms: number): { alarms: number; ledger: number; evidence: number }
