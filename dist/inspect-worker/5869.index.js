export const id = 5869;
export const ids = [5869,4484,4663,7044];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ csvHeader),
/* harmony export */   gD: () => (/* binding */ toCsv),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export escapeFormula */
// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
function escapeFormula(cell) {
    return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
// RFC 4180 quoting, written out rather than delegated to csv-stringify: the rule is one line, and
// at 35,000 report rows the library's per-cell option handling cost about a third of a second.
// It is exactly the rule csv-stringify applied with record_delimiter '\n', which quotes a field
// with a comma, a quote or a LF (not a lone CR), so reports stay byte-identical;
// __tests__/foundation/csv.test.ts checks it against csv-stringify, which stays the oracle.
const NEEDS_QUOTES = /[",\n]/;
function quote(cell) {
    return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
// Most cells need neither: one test finds the few that need either rule.
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n]/;
/** One cell as written: formula-escaped, then quoted. */
function cellText(c) {
    const text = c === null || c === undefined ? '' : String(c);
    return NEEDS_WORK.test(text) ? quote(escapeFormula(text)) : text;
}
/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
function toCsv(header, rows) {
    let out = csvHeader(header);
    for (const row of rows)
        out += csvLine(row);
    return out;
}
/** toCsv's first line. */
function csvHeader(header) {
    return `${header.map(quote).join(',')}\n`;
}
/** One row of toCsv, with its line ending: a writer that streams a large table writes these in turn. */
function csvLine(row) {
    let line = '';
    for (let i = 0; i < row.length; i++)
        line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
    return `${line}\n`;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ defectCsvRow),
/* harmony export */   TL: () => (/* binding */ defectCsvHeader),
/* harmony export */   XJ: () => (/* binding */ sortDefects),
/* harmony export */   c7: () => (/* binding */ defectsToCsv),
/* harmony export */   o3: () => (/* binding */ countByCode)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, compareDefects */
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);

const SEVERITY_RANK = { blocking: 0, warning: 1, info: 2 };
/** Deterministic order: severity, window, subject, code, file, line, field, detail. */
function compareDefects(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        cmp(a.release_window_id, b.release_window_id) ||
        cmp(a.subject, b.subject) ||
        cmp(a.defect_code, b.defect_code) ||
        cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.field, b.field) ||
        cmp(a.detail, b.detail));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy; a list that is already in order (the gate's result) is only checked. */
function sortDefects(defects) {
    for (let i = 1; i < defects.length; i++)
        if (compareDefects(defects[i - 1], defects[i]) > 0)
            return [...defects].sort(compareDefects);
    return [...defects];
}
/** The seed's deterministic columns first (with the stage's subject column name), then location. */
function defectsToCsv(defects, subjectColumn = 'alarm_id') {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .gD)(defectCsvHeader(subjectColumn), sortDefects(defects).map(defectCsvRow));
}
/** defectsToCsv's header, for a writer that streams the rows (csv/write-file.ts). */
function defectCsvHeader(subjectColumn) {
    return [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
}
/** One defect as a defectsToCsv row. */
function defectCsvRow(d) {
    return [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail];
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ }),

/***/ 8811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_DEFECTS_FILE: () => (/* binding */ VERIFY_DEFECTS_FILE),
/* harmony export */   VERIFY_REPORT_FILE: () => (/* binding */ VERIFY_REPORT_FILE),
/* harmony export */   renderVerifySummary: () => (/* binding */ renderVerifySummary),
/* harmony export */   reportVerify: () => (/* binding */ reportVerify),
/* harmony export */   runVerifyStage: () => (/* binding */ runVerifyStage),
/* harmony export */   storeRefOf: () => (/* binding */ storeRefOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3365);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9692);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4031);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7799);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6581);
/* harmony import */ var _verify_all_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3558);










const VERIFY_DEFECTS_FILE = 'verify-defects.csv';
const VERIFY_REPORT_FILE = 'store-verify.json';
function renderVerifySummary(r) {
    const verdict = r.blocking === 0 ? '✅ VERIFIED' : '⛔ FAILED';
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const rows = r.windows.map((w) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(w.release_window_id)} | ${w.revisions.length} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(w.latest ?? '')} | ${w.ok ? 'yes' : '**no**'} |`);
    const table = rows.length > 0 ? `| Window | Revisions | Latest | OK |\n| --- | --- | --- | --- |\n${rows.slice(0, 200).join('\n')}\n${rows.length > 200 ? `\n_${rows.length - 200} more windows in ${VERIFY_REPORT_FILE}._\n` : ''}\n` : '';
    return (`## Closure store verification: ${verdict}\n\n` +
        `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(`${r.root}/`)} at ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.headOid ?? '(no commits)')}: ${r.windows.length} windows, ${revisions} revisions, ${r.blocking} blocking defects ` +
        `(${r.stats.commits_scanned} commits scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packets inspected, cache ${r.stats.cache}).\n\n` +
        (r.verifiedTip ? `Verified tip: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.verifiedTip)}: pass it as the \`since\` input of the next run, so a rewrite of the store is caught.\n\n` : '') +
        table);
}
async function reportVerify(result, settings) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const defectsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, VERIFY_DEFECTS_FILE);
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, VERIFY_REPORT_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(defectsFile, (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .defectsToCsv */ .c7)(result.defects, 'subject'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportFile, `${JSON.stringify(result, null, 2)}\n`);
    const report = {
        stage: 'verify',
        subjectColumn: 'subject',
        defects: result.defects,
        blocks: (d) => d.severity === 'blocking',
        summaryHead: renderVerifySummary(result),
        summaryTail: '',
        files: [defectsFile, reportFile],
        defectsFile
    };
    const outcome = result.blocking > 0
        ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure, failure: `Closure store verification failed: ${result.blocking} blocking defect${result.blocking === 1 ? '' : 's'}; see the job summary.` }
        : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass };
    return { result, report, outputs: { verified: String(result.blocking === 0), 'verify-defects-file': defectsFile, 'verified-tip': result.verifiedTip ?? '' }, outcome };
}
/**
 * With a `store-branch`, the store is that branch as the remote holds it (fetched whole first),
 * not whatever is checked out: a scheduled re-verify of `main` would otherwise pass over nothing.
 * Without a remote (a local run, no remote-url) it is the clone's own branch.
 */
async function storeRefOf(settings, log) {
    const branch = settings.git?.storeBranch;
    if (!branch || !settings.publish)
        return undefined;
    const top = await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .repoTopLevel */ .MS)(settings.workspace);
    const publish = (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePublishSettings */ .fy)(settings.publish.target);
    if (publish.url === null && (await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .configuredRemoteUrl */ .cZ)(top, publish.remote)) === null) {
        log.warning(`The clone has no remote '${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(publish.remote)}' and no remote-url is set: verifying the local branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)}, not a published copy.`);
        return { branch, oid: await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(top).tryResolveRef(`refs/heads/${branch}`), source: 'this clone (no remote configured)' };
    }
    const target = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRemoteTarget */ .Gg)(top, { ...publish, token: settings.publish.token });
    const tip = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchStoreTip */ .T1)({ dir: top, target, branch });
    if (tip.unpublished)
        log.warning(`Verifying the local ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)} at ${tip.oid}: it has revisions ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(tip.source)} does not have yet (not pushed).`);
    else if (tip.oid !== null)
        log.info(`Verifying store branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)} at ${tip.oid}, as fetched from ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(tip.source)}.`);
    return { branch, oid: tip.oid, source: tip.source };
}
async function runVerifyStage(settings, ctx) {
    const at = await storeRefOf(settings, ctx.log);
    const r = await reportVerify(await (0,_verify_all_js__WEBPACK_IMPORTED_MODULE_8__.verifyRegistered)(settings, ctx.families, { cache: true, ...(at ? { at } : {}) }), settings);
    ctx.log.info(`Store verification: ${r.result.blocking === 0 ? 'verified' : `${r.result.blocking} blocking defects`}`);
    return r;
}


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);









/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
function tsaOfChain(chain) {
    const tsa = chain.inForce?.doc?.tsa;
    if (!tsa)
        return null;
    return { pinned: (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(tsa.certificate, `${chain.inForce.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true };
}
/** The chain's keyring at the store's commit, walked from `pin`. */
async function trustedKeyring(settings, pin) {
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .storeCommit */ .Jv)(settings);
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .readChain */ .U)(top, commit, pin, settings.now);
    return keyringOfChain(chain);
}
function keyringOfChain(chain) {
    const r = chain.inForce;
    if (!r?.doc || r.sha256 === null) {
        // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain, tsa: tsaOfChain(chain) };
}
/**
 * The keyring every signed family is judged under: the pinned trust root's. One function for
 * every lesson, so no family can trust the working tree while another is pinned. `what` names
 * the command in the TRUST_ROOT_UNPINNED message.
 */
async function loadVerifierKeyring(settings, what = 'verify') {
    return trustedKeyring(settings, await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePin */ .rC)(settings, what));
}
/**
 * The keyring a writer finds its own key in: the pinned chain's when a pin is configured (so it
 * signs only with a key the chain trusts), else the working-tree keyring policy. Never use it to
 * judge someone else's signature.
 */
async function loadSignerKeyring(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePin */ .Qw)(settings);
    if (pin !== null)
        return { ...(await trustedKeyring(settings, pin)), pinned: true };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['keyring']);
    return { ...(await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKeyring */ .Or)(abs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, abs))), pinned: false };
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
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

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ })

};
