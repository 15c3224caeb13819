export const id = 1508;
export const ids = [1508,4484,4663,7044];
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

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ NO_PROGRESS)
/* harmony export */ });
/* unused harmony export createProgress */
// Progress of long work (verify of a large store, an export of many windows, the gate on a large
// ledger) on stderr, so a person at a terminal sees it move. On a terminal one line is redrawn in
// place (at most every `intervalMs`); elsewhere (a CI log, a pipe) a phase prints one line when it
// ends and nothing else, so logs stay short. The CLI injects it through its Io; tests inject the
// writer, the terminal flag and the clock.
const NOOP_PHASE = { tick: () => undefined, done: () => undefined };
/** Progress that shows nothing (the Action, tests, any caller that did not ask for it). */
const NO_PROGRESS = { phase: () => NOOP_PHASE };
function createProgress(opts) {
    const now = opts.now ?? (() => Date.now());
    const interval = opts.intervalMs ?? 100;
    return {
        phase(name, total) {
            const started = now();
            let count = 0;
            let drawn = -Infinity;
            let finished = false;
            // A phase without items (the gate, a whole verify) says it is done, not "0".
            const status = () => (total === undefined ? (count === 0 ? 'done' : `${count}`) : `${count}/${total}${total > 0 ? ` (${Math.floor((count / total) * 100)}%)` : ''}`);
            const seconds = () => `${((now() - started) / 1000).toFixed(1)} s`;
            return {
                tick(n = 1) {
                    count += n;
                    if (!opts.tty || finished)
                        return;
                    const t = now();
                    if (t - drawn < interval)
                        return;
                    drawn = t;
                    opts.write(`\r${name}: ${status()}\x1b[K`);
                },
                done() {
                    if (finished)
                        return;
                    finished = true;
                    opts.write(`${opts.tty ? '\r' : ''}${name}: ${status()} in ${seconds()}${opts.tty ? '\x1b[K' : ''}\n`);
                }
            };
        }
    };
}


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ viewWindow),
/* harmony export */   Cf: () => (/* binding */ renderPage),
/* harmony export */   Rt: () => (/* binding */ viewPath),
/* harmony export */   TG: () => (/* binding */ viewOwner),
/* harmony export */   YX: () => (/* binding */ viewBlobs),
/* harmony export */   k$: () => (/* binding */ viewInput),
/* harmony export */   x8: () => (/* binding */ viewVersionOf)
/* harmony export */ });
/* unused harmony export viewHeader */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9077);



// A family's window view: one derived page per window folder (README.md, which GitHub shows under
// the folder listing), rendered from the signed files in that folder and nothing else. The store
// writes it with every revision it publishes (view-write.ts) and verify re-renders it at every
// commit that changed it (view-check.ts), so the page can never say more than the signed files do.
//
// A rendering is a contract: the page's first line names the view version it was made with, and
// verify re-renders with that version. Changing what a view prints means adding a version and
// keeping the old one, or every page written before the change would fail verify.
function viewPath(family, window) {
    return family.view ? `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/${family.view.file}` : null;
}
/** The window whose view `path` is, or null when it is not a view file. */
function viewWindow(family, path) {
    if (!family.view)
        return null;
    const prefix = `${family.root}/`;
    const suffix = `/${family.view.file}`;
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return null;
    const window = path.slice(prefix.length, path.length - suffix.length);
    return (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .isCanonicalId */ ._I)(window) ? window : null;
}
const HEADER = /^<!-- release-evidence view ([a-z0-9-]+) v(\d{1,6}):/;
/**
 * The page's first line: which family and view version made it, and that it is not to be edited.
 * The family name is in it so a page copied into another family's folder does not re-render.
 */
function viewHeader(family, version) {
    return `<!-- release-evidence view ${family.name} v${version}: generated from the signed files in this folder; do not edit (release-evidence verify re-renders it and fails on any difference) -->\n`;
}
/** The view version a page names on its first line, or null when it names none. */
function viewVersionOf(page) {
    const m = HEADER.exec(page.subarray(0, 200).toString('utf8'));
    return m ? { family: m[1], version: Number(m[2]) } : null;
}
/** The family whose name a page carries and whose verify checks it: the first of a shared view's families. */
function viewOwner(family) {
    return family.view?.families?.()[0] ?? family;
}
/** The families whose revisions a page shows: the owner, then the families that share its folder. */
function viewFamilies(family) {
    return family.view?.families?.() ?? [family];
}
/** The whole page of `version` for a window, header included; null when this release has no such version. */
function renderPage(family, views, version, input) {
    const render = Object.hasOwn(views.renderers, version) ? views.renderers[version] : undefined;
    return render ? viewHeader(family, version) + render(input) : null;
}
/**
 * What a renderer is given for a window, from the files of its folder at one commit (`files`: every
 * file under `{root}/{window}/`) and their bytes (`blobs`, by blob id; a missing blob reads as empty).
 */
function viewInput(family, window, files, blobs) {
    const [own, ...others] = viewFamilies(family);
    const input = { family: { name: own.name, root: own.root }, window, revisions: revisionsOf(own, window, files, blobs) };
    return others.length === 0 ? input : { ...input, related: others.map((f) => ({ family: f.name, revisions: revisionsOf(f, window, files, blobs) })) };
}
function revisionsOf(family, window, files, blobs) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const dir = `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/`;
    const rel = (path) => path.slice(dir.length);
    const revisions = [];
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.window !== window)
            continue;
        const other = (kind) => (byPath.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) ? rel((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) : null);
        revisions.push({
            ...(p.ref.key !== undefined ? { key: p.ref.key } : {}),
            revision: p.ref.revision,
            label: (0,_family_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRevision */ .T)(p.ref.revision),
            files: { packet: rel(f.path), signature: other('signature'), log: other('log') },
            packet: blobs.get(f.oid) ?? Buffer.alloc(0),
            order: (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesId */ .hG)(p.ref)
        });
    }
    revisions.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.revision - b.revision));
    return revisions.map(({ order: _order, ...r }) => r);
}
/** The packet blobs a window's view needs, from a listing of its folder. */
function viewBlobs(family, files) {
    const families = viewFamilies(family);
    return files.filter((f) => families.some((fam) => {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(fam, f.path);
        return p.type === 'artifact' && p.kind === 'packet';
    })).map((f) => f.oid);
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
