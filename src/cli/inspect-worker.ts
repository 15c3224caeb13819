import { parentPort, workerData } from 'node:worker_threads'
import { FAMILIES } from '../lessons.js'
import { serveInspections, type InspectWorkerData } from '../store/inspect-pool.js'

// The inspect worker's entry (bundled on its own as dist/inspect-worker/index.js): a second thread
// for a full verify's packet inspection (src/store/inspect-pool.ts). It is an entry point like the
// CLI, so it reads the family registry the way the faces do.

if (parentPort) serveInspections(FAMILIES, workerData as InspectWorkerData, parentPort)
