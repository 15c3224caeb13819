export const id = 932;
export const ids = [932,138];
export const modules = {

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ OUTPUT)
/* harmony export */ });
// Step output names, one place; action.yml documents each (checked by __tests__/action/inputs.test.ts).
const OUTPUT = {
    decision: 'decision',
    blockingDefects: 'blocking-defects',
    defectsFile: 'defects-file',
    packetPaths: 'packet-paths',
    commitSha: 'commit-sha',
    revisions: 'revisions',
    storeBranch: 'store-branch',
    pushed: 'pushed',
    verified: 'verified',
    verifyDefectsFile: 'verify-defects-file'
};


/***/ }),

/***/ 88932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLedgerStage: () => (/* binding */ runLedgerStage)
});

// UNUSED EXPORTS: reportGate

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(9043);
// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(37077);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
;// CONCATENATED MODULE: ./src/ledger/reports.ts





// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,write/* toCsv */.g)(ESCALATION_COLUMNS, result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]));
}
/**
 * The result without its bulky per-row parts: the headline, windows, counts, readback and
 * digests. `--json` adds the defect and escalation lists; ledger-gate.json names the CSVs that
 * hold them by digest instead, so it stays small at any ledger size.
 */
function resultSummary(result, lists = true) {
    return {
        decision: result.decision,
        mode: result.mode,
        failed: result.failed,
        now_utc: result.now_utc,
        policy: result.policy,
        inputs: result.inputs,
        counts: { ...result.counts, defects: result.defects.length, blocking_in_mode: result.blocking.length, escalations: result.escalations.length },
        windows: result.windows,
        defect_counts: Object.fromEntries((0,defect/* countByCode */.o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const defectsCsv = (0,defect/* defectsToCsv */.c7)(result.defects, 'alarm_id');
    const escalationsCsv = escalationsToCsv(result);
    const summary = {
        ...resultSummary(result, false),
        reports: { 'defects.csv': (0,hash/* sha256Hex */.fg)(defectsCsv), 'escalations.csv': (0,hash/* sha256Hex */.fg)(escalationsCsv) }
    };
    const paths = { defects: (0,external_node_path_.join)(outDir, 'defects.csv'), escalations: (0,external_node_path_.join)(outDir, 'escalations.csv'), summary: (0,external_node_path_.join)(outDir, 'ledger-gate.json') };
    await atomicWrite(paths.defects, defectsCsv);
    await atomicWrite(paths.escalations, escalationsCsv);
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
async function atomicWrite(path, text) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, text);
    await (0,promises_.rename)(tmp, path);
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/summary.ts + 3 modules
var summary = __webpack_require__(55022);
// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(18948);
;// CONCATENATED MODULE: ./src/action/stages/ledger.ts





/** Turns a gate result into the step's report, outputs and exit code; writes the gate's reports. */
async function reportGate(gate, settings) {
    const written = await writeLedgerReports(gate, settings.outDir);
    const defectsFile = written.defects;
    const report = {
        stage: 'ledger',
        subjectColumn: 'alarm_id',
        defects: gate.defects,
        blocks: (0,annotations/* blockingPredicate */.$_)(gate.blocking),
        summaryHead: (0,summary/* renderGateSummary */.oU)(gate),
        summaryTail: '',
        files: [written.defects, written.escalations, written.summary],
        defectsFile
    };
    const outputs = {
        [action_outputs/* OUTPUT */.a.decision]: gate.decision,
        [action_outputs/* OUTPUT */.a.blockingDefects]: String(gate.blocking.length),
        [action_outputs/* OUTPUT */.a.defectsFile]: defectsFile
    };
    const outcome = gate.failed
        ? { exitCode: errors/* ExitCode */.yU.PolicyFailure, failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.` }
        : { exitCode: errors/* ExitCode */.yU.Pass };
    return { gate, report, outputs, outcome };
}
async function runLedgerStage(settings) {
    const { runLedgerGate } = await Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 79351));
    return reportGate(await runLedgerGate(settings), settings);
}


/***/ }),

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98799);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ }),

/***/ 98799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
