import { parentPort, workerData } from 'node:worker_threads'
import { toLedgerPolicy } from './policy.js'
import { scanJobMessage, type ScanWorkerData } from './row-scan.js'

// The read worker's entry (bundled on its own as dist/read-worker/index.js): scans the files it
// was started with, one after another, and posts each as soon as it is done; the receiver takes
// the tables once this thread has exited and freed its copies of the texts (row-scan.ts).

const { jobs, policy: loaded } = workerData as ScanWorkerData
const policy = toLedgerPolicy(loaded)
for (const job of jobs) {
  const { message, transfer } = await scanJobMessage(job, policy)
  parentPort?.postMessage(message, transfer)
}
