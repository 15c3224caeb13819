export const id = 594;
export const ids = [594];
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

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ SEED_BYTES),
/* harmony export */   F7: () => (/* binding */ rawPublicKey),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   Zz: () => (/* binding */ publicKeyFromRaw),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   be: () => (/* binding */ generateSeed),
/* harmony export */   kf: () => (/* binding */ PUBLIC_KEY_BYTES),
/* harmony export */   n3: () => (/* binding */ seedOf),
/* harmony export */   we: () => (/* binding */ privateKeyFromSeed),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony exports PKCS8_PREFIX, SPKI_PREFIX, SIGNATURE_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Ed25519 through node:crypto (about 150x faster than tweetnacl, byte-identical output). Keys
// travel as raw RFC 8032 bytes (a 32-byte seed, a 32-byte public key) because that is what a
// keyring line and an OpenSSL one-liner can both hold; node:crypto wants DER, so the raw bytes are
// wrapped in the fixed PKCS8 / SPKI prefixes for the Ed25519 OID 1.3.101.112.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SEED_BYTES = 32;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
function privateKeyFromSeed(seed) {
    if (seed.length !== SEED_BYTES)
        throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}
function publicKeyFromRaw(raw) {
    if (raw.length !== PUBLIC_KEY_BYTES)
        throw new RangeError(`an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes, got ${raw.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}
/** The raw 32-byte public key of a private or public Ed25519 KeyObject. */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(SPKI_PREFIX.length));
}
/** The raw 32-byte seed inside an Ed25519 PKCS8 private key (as `openssl genpkey` writes it). */
function seedOf(key) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
        throw new TypeError('not an Ed25519 private key');
    const der = key.export({ format: 'der', type: 'pkcs8' });
    if (der.length !== PKCS8_PREFIX.length + SEED_BYTES || !der.subarray(0, PKCS8_PREFIX.length).equals(PKCS8_PREFIX)) {
        throw new TypeError('unexpected PKCS8 layout for an Ed25519 key');
    }
    return Buffer.from(der.subarray(PKCS8_PREFIX.length));
}
function signBytes(message, privateKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, privateKey);
}
/** False for any bad signature, wrong length or wrong key type: verification never throws. */
function verifyBytes(message, signature, publicKey) {
    if (signature.length !== SIGNATURE_BYTES)
        return false;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** The key id used in envelopes and keyrings: sha256 of the raw public key, lowercase hex. */
function keyIdOf(rawPublic) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rawPublic).digest('hex');
}
/** A fresh random seed; only `keygen` calls this, the engine never needs randomness. */
function generateSeed() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(SEED_BYTES);
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keygenCommand: () => (/* binding */ keygenCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/signing/ed25519.ts
var ed25519 = __webpack_require__(7478);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/signing/keygen.ts


function describeNewKey(seed, signerId, role, validFrom, validUntil) {
    const publicKey = (0,ed25519/* rawPublicKey */.F7)((0,ed25519/* privateKeyFromSeed */.we)(seed));
    const publicKeyBase64 = publicKey.toString('base64');
    const keyFileText = [
        '# release-evidence Ed25519 signing key. PRIVATE: do not commit, share or log this file.',
        `# signer_id: ${signerId}`,
        `# public_key: ${publicKeyBase64}`,
        '# format: base64 of the 32-byte RFC 8032 seed (a PKCS8 PEM key is accepted too)',
        '# use: release-evidence ... --key-file <this file>, or the RELEASE_EVIDENCE_SIGNING_KEY secret',
        seed.toString('base64'),
        ''
    ].join('\n');
    return {
        keyFileText,
        publicKeyBase64,
        keyId: (0,ed25519/* keyIdOf */.yg)(publicKey),
        entry: { signer_id: signerId, public_key: publicKeyBase64, role, valid_from_utc: (0,time/* formatUtc */.ay)(validFrom), valid_until_utc: (0,time/* formatUtc */.ay)(validUntil) }
    };
}
/** The YAML list item to paste under `keys:` in policies/keyring.yaml. */
function keyringEntryYaml(e) {
    return [
        `  - signer_id: ${e.signer_id}`,
        `    public_key: ${e.public_key}`,
        `    role: ${e.role}`,
        `    valid_from_utc: ${e.valid_from_utc}`,
        `    valid_until_utc: ${e.valid_until_utc}`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/signing/keygen-command.ts







const OPTIONS = {
    'signer-id': { type: 'string' },
    role: { type: 'string' },
    'out-dir': { type: 'string' },
    'valid-days': { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const DAY_MS = 86_400_000;
const keygenCommand = {
    name: 'keygen',
    usage: `Usage: release-evidence keygen [--signer-id ID] [--role ROLE] [--out-dir DIR] [--valid-days N]

Writes a new private signing key to DIR/<signer-id>.key (mode 0600, never overwritten) and prints
the public key and the entry to add under keys: in policies/keyring.yaml. The private key is never
printed. Store the file's content as the RELEASE_EVIDENCE_SIGNING_KEY secret (or pass --key-file).

Options:
      --signer-id ID    who signs (default: release-lane)
      --role ROLE       the signer's role in the keyring (default: release-lane)
      --out-dir DIR     where to write the key (default: $HOME/.config/release-evidence/keys)
      --valid-days N    keyring validity from now (default: 365)
      --now TIME        valid_from_utc, RFC 3339 (default: the clock)
      --json            print the public key and entry as JSON
  -h, --help            this help`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('keygen', args, OPTIONS);
        if (positionals.length > 0)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `keygen: unexpected argument '${positionals[0]}'; run 'release-evidence keygen --help'` });
        const signerId = (0,ids/* normalizeId */.XB)(values['signer-id'] ?? 'release-lane', 'signer id');
        const role = (0,ids/* normalizeId */.XB)(values.role ?? 'release-lane', 'role');
        const days = Number(values['valid-days'] ?? '365');
        if (!Number.isInteger(days) || days < 1 || days > 3660)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `keygen: --valid-days '${values['valid-days']}' must be a whole number of days from 1 to 3660` });
        const now = (0,context/* parseNow */.A7)(values.now, ctx.clock);
        const home = ctx.env.HOME ?? ctx.env.USERPROFILE;
        if (values['out-dir'] === undefined && !home)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: 'keygen: no HOME directory; pass --out-dir DIR' });
        const dir = values['out-dir'] !== undefined ? (0,external_node_path_.resolve)(ctx.cwd, values['out-dir']) : (0,external_node_path_.join)(home, '.config', 'release-evidence', 'keys');
        const key = describeNewKey((0,ed25519/* generateSeed */.be)(), signerId, role, now, now + days * DAY_MS);
        const path = (0,external_node_path_.join)(dir, `${signerId}.key`);
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            // 'wx' = O_CREAT|O_EXCL: never overwrite a key, and never follow a planted symlink.
            const handle = await (0,promises_.open)(path, 'wx', 0o600);
            try {
                await handle.writeFile(key.keyFileText, 'utf8');
            }
            finally {
                await handle.close();
            }
            await (0,promises_.chmod)(path, 0o600);
        }
        catch (err) {
            if (err.code === 'EEXIST') {
                throw new errors/* UserError */.yo({ code: 'USAGE', message: `keygen: ${path} already exists; a key is never overwritten; choose another --signer-id or --out-dir`, cause: err });
            }
            throw err;
        }
        const shown = (0,external_node_path_.relative)(ctx.cwd, path) || path;
        if (values.json) {
            ctx.io.stdout(`${JSON.stringify({ key_file: shown, key_id: key.keyId, keyring_entry: key.entry }, null, 2)}\n`);
        }
        else {
            ctx.io.stdout([
                `Wrote private key ${shown} (mode 0600). Keep it secret: store its content as the`,
                'RELEASE_EVIDENCE_SIGNING_KEY secret, or pass --key-file. It is not shown here.',
                '',
                `Public key: ${key.publicKeyBase64}`,
                `Key id:     ${key.keyId}`,
                '',
                'Add this entry under keys: in policies/keyring.yaml:',
                '',
                keyringEntryYaml(key.entry)
            ].join('\n'));
        }
        return errors/* ExitCode */.yU.Pass;
    }
};


/***/ })

};
