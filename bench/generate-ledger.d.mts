/** Writes alarms.csv, ack-ledger.csv and evidence.csv for `alarms` alarms over `windows` release windows (default 50) into dir; returns the row counts. */
export function generate(dir: string, alarms: number, windows?: number): { alarms: number; ledger: number; evidence: number }
