export const id = 523;
export const ids = [523];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   Qu: () => (/* binding */ settingsFromOptions),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   yo: () => (/* binding */ COMMON_USAGE)
/* harmony export */ });
/* unused harmony exports parseMode, parseStages */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6043);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8750);





/** Options every evaluating command understands; they map 1:1 onto Settings. */
const COMMON_OPTIONS = {
    repo: { type: 'string', short: 'C' },
    now: { type: 'string' },
    mode: { type: 'string' },
    stages: { type: 'string' },
    alarms: { type: 'string' },
    ledger: { type: 'string' },
    evidence: { type: 'string' },
    'ledger-policy': { type: 'string' },
    'closure-policy': { type: 'string' },
    keyring: { type: 'string' },
    'out-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const COMMON_USAGE = `Common options:
  -C, --repo DIR          repository root (default: current directory)
      --now TIME          evaluation instant, RFC 3339 (default: the clock)
      --mode MODE         rollout mode: observe | soft | full (default: full)
      --alarms FILE       alarms CSV (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.alarms})
      --ledger FILE       acknowledgment ledger CSV (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.ledger})
      --evidence FILE     evidence CSV (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.evidence})
      --ledger-policy F   (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.ackLedger})
      --closure-policy F  (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.closurePacket})
      --keyring F         (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.keyring})
      --out-dir DIR       where reports are written (default: .release-evidence under the repo)
      --json              machine-readable output
  -h, --help              this help`;
/** Strict argv parsing: an unknown or malformed option is a usage error (exit 2), never ignored. */
function parseCommand(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: true });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'USAGE',
            message: `${command}: ${err.message}; run 'release-evidence ${command} --help'`,
            cause: err
        });
    }
}
/** Builds Settings from the common options, exactly as src/index.ts builds them from inputs. */
function settingsFromOptions(values, ctx, defaultStages) {
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, values.repo ?? '.');
    return {
        workspace,
        stages: values.stages ? parseStages(values.stages) : defaultStages,
        mode: parseMode(values.mode ?? 'full'),
        now: parseNow(values.now, ctx.clock),
        inputs: {
            alarms: values.alarms ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.alarms,
            ledger: values.ledger ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.ledger,
            evidence: values.evidence ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INPUTS */ .yV.evidence
        },
        policies: {
            ackLedger: values['ledger-policy'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.ackLedger,
            closurePacket: values['closure-policy'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.closurePacket,
            keyring: values.keyring ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_POLICIES */ .fb.keyring
        },
        outDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, values['out-dir'] ?? '.release-evidence'),
        ...(ctx.readWorker ? { readWorker: ctx.readWorker } : {})
    };
}
function parseMode(raw) {
    const m = raw.trim().toLowerCase();
    if (!_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLLOUT_MODES */ .Z8.includes(m)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `mode '${raw}' is not one of ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .ROLLOUT_MODES */ .Z8.join(', ')}` });
    }
    return m;
}
function parseStages(raw) {
    const names = raw
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    const bad = names.filter((n) => !_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGE_NAMES */ .y1.includes(n));
    if (bad.length > 0 || names.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `stages '${raw}': use a comma-separated list of ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGE_NAMES */ .y1.join(', ')}` });
    }
    return _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGE_NAMES */ .y1.filter((s) => names.includes(s));
}
function parseNow(raw, clock) {
    try {
        return (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNow */ .Nq)(raw, clock);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `${err.message}; pass e.g. --now 2026-11-23T14:00:00Z`, cause: err });
    }
}


/***/ }),

/***/ 5523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codesCommand: () => (/* binding */ codesCommand),
  codesMarkdown: () => (/* binding */ codesMarkdown)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/store/codes.ts
var codes = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var ledger_codes = __webpack_require__(9151);
;// CONCATENATED MODULE: ./src/closure/codes.ts
// Closure-stage defect codes (lesson 114). Build codes reject a row from a packet; packet codes
// are found when a written packet is read back; review codes come from post-incident review.
const CLOSURE_CODES = {
    CLOSURE_EVIDENCE_UNRESOLVED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A resolved alarm lacks a resolvable evidence row of a kind the closure policy requires (C1); the row is left out of the packet.'
    },
    LINEAGE_INCOMPLETE: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'Approver lineage is incomplete: owner role, backup role (if the backup acknowledged), incident commander (if overridden), resolver or final approver missing (C2).'
    },
    CLOSURE_TIMESTAMP_INVALID: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A timestamp a closure row needs cannot be normalized to UTC; the row is left out of the packet.'
    },
    PACKET_FIELD_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A written packet lacks a field the closure policy requires, or the field has the wrong type.'
    },
    PACKET_DIGEST_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A written packet has no signature_digest (C3).'
    },
    PACKET_DIGEST_MISMATCH: {
        stage: 'closure',
        severity: 'blocking',
        meaning: "A written packet's signature_digest is not the sha256 of its canonical bytes without that field."
    },
    PACKET_TIMESTAMP_NOT_UTC: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A *_utc field in a written packet is not canonical UTC (C5).'
    },
    PACKET_ROWS_UNSORTED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'Packet rows are not sorted by alarm_id or repeat an alarm_id.'
    },
    PACKET_REVISION_INVALID: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'The revision is not r001, r002, ... or its supersedes link does not match (r001 supersedes nothing; later revisions name their predecessor).'
    },
    REVIEW_SCHEMA_UNAPPROVED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: "The packet's schema version is not in the closure policy's approved_schema_versions."
    },
    REVIEW_REF_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A sampled evidence ref names an evidence row that is no longer in the evidence input.'
    },
    REVIEW_REF_CHANGED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A sampled evidence ref no longer matches its evidence row (window, alarm, kind, uri, time or recorder changed).'
    }
};

;// CONCATENATED MODULE: ./src/signing/codes.ts
// Why a signed document failed verification. Every kind (closure packets, index rows, lineage
// graphs, strategy packets) reports the same codes, so one runbook entry covers them all.
const VERIFY_CODES = {
    ENVELOPE_INVALID: 'The .sig file is not a DSSE envelope with exactly one base64 Ed25519 signature.',
    PAYLOAD_TYPE_MISMATCH: 'The envelope was signed for another document kind (DSSE payloadType differs).',
    KEY_UNKNOWN: "The envelope's key id is not in the keyring.",
    KEY_EXPIRED: 'The signing instant is at or after the key\'s valid_until_utc.',
    KEY_NOT_YET_VALID: "The signing instant is before the key's valid_from_utc.",
    SIGNATURE_INVALID: 'The Ed25519 signature does not verify over the DSSE pre-authentication encoding.',
    DOCUMENT_INVALID: 'The signed payload or the .json file is not canonical JSON of an object with a signer block.',
    SIGNER_MISMATCH: "The document's signer block names a different key or signer than the envelope and keyring.",
    SIGNED_IN_FUTURE: 'The document claims a signing instant later than the verification instant.',
    PAYLOAD_MISMATCH: 'The .json file does not have the same content as the signed payload.',
    JSON_RENDERING_MISMATCH: 'The .json file has the signed content but not the exact bytes the tool wrote (reformatted or duplicate keys).'
};
const SIGNING_CODES = Object.fromEntries(Object.entries(VERIFY_CODES).map(([code, meaning]) => [code, { stage: 'closure', severity: 'blocking', meaning }]));

;// CONCATENATED MODULE: ./src/report/codes.ts




const INPUT_CODES = {
    ROW_MALFORMED: {
        stage: 'input',
        severity: 'blocking',
        meaning: 'A CSV row is structurally broken (wrong column count, unterminated quote); it was not read.'
    }
};
const DEFECT_CODES = {
    ...INPUT_CODES,
    ...ledger_codes/* LEDGER_CODES */.v,
    ...codes/* STORE_CODES */.Z,
    ...CLOSURE_CODES,
    ...SIGNING_CODES
};

// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/codes-command.ts




// `release-evidence codes` answers "what does this code mean" from the registry itself; the
// README's table is this command's --markdown output, and a test keeps the two identical.
const STAGE_ORDER = ['input', 'ledger', 'closure', 'store', 'publish'];
function rows() {
    return Object.entries(DEFECT_CODES)
        .map(([code, info]) => [code, info.stage, info.severity, info.meaning])
        .sort((a, b) => STAGE_ORDER.indexOf(a[1]) - STAGE_ORDER.indexOf(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function codesMarkdown() {
    const esc = (s) => s.replace(/\|/g, '\\|');
    return [
        '| code | stage | severity | meaning |',
        '|---|---|---|---|',
        ...rows().map(([code, stage, severity, meaning]) => `| \`${code}\` | ${stage} | ${severity} | ${esc(meaning)} |`)
    ].join('\n');
}
const codesCommand = {
    name: 'codes',
    usage: `Usage: release-evidence codes [--markdown] [CODE]

Prints the defect-code registry, or one code's entry.`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('codes', args, { markdown: { type: 'boolean' } });
        if (positionals.length > 0) {
            const code = positionals[0].toUpperCase();
            const info = DEFECT_CODES[code];
            if (!info) {
                ctx.io.stderr(`release-evidence codes: unknown code '${code}'; run 'release-evidence codes' for the list\n`);
                return errors/* ExitCode */.yU.CannotEvaluate;
            }
            ctx.io.stdout(`${code} (${info.stage}, ${info.severity}): ${info.meaning}\n`);
            return errors/* ExitCode */.yU.Pass;
        }
        if (values.markdown)
            ctx.io.stdout(`${codesMarkdown()}\n`);
        else
            ctx.io.stdout(`${(0,table/* renderTable */.b)(['code', 'stage', 'severity', 'meaning'], rows(), { maxCell: 200 })}\n`);
        return errors/* ExitCode */.yU.Pass;
    }
};


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTable)
/* harmony export */ });
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);

function renderTable(header, rows, opts = {}) {
    const maxCell = opts.maxCell ?? 60;
    const gap = ' '.repeat(opts.gap ?? 2);
    const text = (c) => {
        const s = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((c === null || c === undefined ? '' : String(c)).replace(/[\r\n\t]+/g, ' '), Number.MAX_SAFE_INTEGER);
        return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
    };
    const cells = [header.map(text), ...rows.map((r) => header.map((_, i) => text(r[i])))];
    const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
    const line = (r) => r
        .map((c, i) => (opts.align?.[i] === 'right' ? c.padStart(widths[i]) : i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join(gap)
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join(gap);
    return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ DEFAULT_GIT),
/* harmony export */   Z8: () => (/* binding */ ROLLOUT_MODES),
/* harmony export */   fb: () => (/* binding */ DEFAULT_POLICIES),
/* harmony export */   y1: () => (/* binding */ STAGE_NAMES),
/* harmony export */   yV: () => (/* binding */ DEFAULT_INPUTS)
/* harmony export */ });
const STAGE_NAMES = ['ledger', 'closure', 'verify'];
const ROLLOUT_MODES = ['observe', 'soft', 'full'];
const DEFAULT_INPUTS = {
    alarms: 'examples/alarms.csv',
    ledger: 'examples/ack-ledger.csv',
    evidence: 'examples/evidence.csv'
};
const DEFAULT_POLICIES = {
    ackLedger: 'policies/ack-ledger.yaml',
    closurePacket: 'policies/closure-packet.yaml',
    keyring: 'policies/keyring.yaml'
};
const DEFAULT_GIT = {
    committerName: 'release-evidence',
    committerEmail: 'release-evidence@users.noreply.github.com'
};


/***/ }),

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ STORE_CODES)
/* harmony export */ });
const blocking = (meaning, owner_role, required_action) => ({
    stage: 'store',
    severity: 'blocking',
    meaning,
    owner_role,
    required_action
});
const STORE_CODES = {
    STORE_FILE_REWRITTEN: blocking('A commit changed the bytes of a published packet file: write-once violated. [immutability policy]', 'repository-admin', 'restore the published bytes from history and publish the change as the next revision'),
    STORE_FILE_DELETED: blocking('A commit deleted a published packet file, or it is missing at HEAD. [C7, immutability policy]', 'repository-admin', 'restore the file from the commit that published it; revisions are never removed'),
    STORE_ARTIFACT_MISSING: blocking('A revision lacks one of its three files (packet .json, .sig envelope, verify .log). [C7]', 'release-signer', 're-run export-closure so the revision is published with all three files'),
    STORE_REVISION_GAP: blocking('Revision numbers of a window are not consecutive from r001.', 'release-signer', 'publish the missing revisions or restore them from history'),
    STORE_REVISION_ORDER: blocking('A revision was committed before the revision it supersedes.', 'repository-admin', 'revisions must land in order; investigate the history of the window'),
    STORE_CHAIN_BROKEN: blocking("A revision's supersedes link is not the signature digest of the previous revision (or r001 claims a predecessor).", 'release-signer', 'export the change again so the new revision links to the latest published digest'),
    STORE_DUPLICATE_PACKET_ID: blocking('Two files of one release window carry the same packet identity (packet_id and revision, or the same signature digest): a replayed or copied packet. [C6]', 'repository-admin', 'find out who published the copy; changes are published only through export-closure'),
    STORE_PACKET_ID_MISMATCH: blocking("A revision's packet_id differs from the window's first revision: one window holds one packet lineage.", 'release-signer', 'export revisions of the window under the packet_id of r001'),
    STORE_LOCATION_MISMATCH: blocking('The packet names a different release window or revision than the path it is stored under.', 'repository-admin', 'a packet was copied or moved; restore the original file'),
    STORE_WORKTREE_MODIFIED: blocking('The working-tree copy of a published file differs from what was committed.', 'repository-admin', "discard the local edit ('git checkout -- <file>'); published files are never edited"),
    STORE_WINDOW_EMPTY: blocking('The requested release window has no published packet.', 'release-manager', 'run export-closure for the window, or check the window id'),
    STORE_UNEXPECTED_FILE: {
        stage: 'store',
        severity: 'warning',
        meaning: 'A file under the store folder does not follow the layout {window}/packet-rNNN.json|.sig, verify-rNNN.log.',
        owner_role: 'repository-admin',
        required_action: 'move the file out of the store folder'
    },
    STORE_UNCOMMITTED: {
        stage: 'store',
        severity: 'warning',
        meaning: 'An untracked file sits in the store folder; it is not published and proves nothing.',
        owner_role: 'repository-admin',
        required_action: 'remove it, or publish through export-closure'
    }
};


/***/ })

};
