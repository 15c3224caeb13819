export const id = 7717;
export const ids = [7717];
export const modules = {

/***/ 244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ verifySignatureSet)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/signing/approval-requirement.ts


/** A policy author's requirement, refused with the field to fix (a threshold of 0 would accept anything). */
function checkRequirement(value, source = { file: 'approval requirement' }) {
    const problems = [];
    const at = (field) => `${source.pointer ?? ''}/${field}`;
    const roleList = (list, field) => {
        const ok = Array.isArray(list) && list.every((r) => typeof r === 'string' && r !== '');
        if (!ok)
            problems.push({ file: source.file, field: at(field), message: 'is not a list of role names', fix: 'list keyring roles, e.g. [compliance, release-authority]' });
        return ok;
    };
    if (!Number.isInteger(value.threshold) || value.threshold < 1) {
        problems.push({ file: source.file, field: at('threshold'), message: `is ${(0,ids.printable)(String(value.threshold), 40)}, not a whole number of at least 1`, fix: 'set how many distinct people must approve; 0 would accept no approvals at all' });
    }
    if (roleList(value.roles_required, 'roles_required') && value.roles_allowed !== undefined && roleList(value.roles_allowed, 'roles_allowed')) {
        value.roles_required.forEach((role, i) => {
            if (!value.roles_allowed?.includes(role)) {
                problems.push({ file: source.file, field: at(`roles_required/${i}`), message: `'${(0,ids.printable)(role, 80)}' is not in roles_allowed, so it could never be covered`, fix: 'add the role to roles_allowed or drop it from roles_required' });
            }
        });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${source.file}: invalid approval requirement`, problems });
    return value;
}
/**
 * What the counted approvals leave unmet: the threshold counts people, and every required role
 * needs a signer of its own.
 */
function judgeApprovals(requirement, signers, keys, subject) {
    const roles = coverRoles(requirement.roles_required, signers);
    const unmet = [];
    if (signers.length < requirement.threshold) {
        unmet.push({
            code: 'APPROVAL_THRESHOLD_UNMET',
            message: `${signers.length} distinct signer(s) (${keys} distinct key(s)) approved ${(0,ids.printable)(subject, 80)}; ${requirement.threshold} required`,
            fix: 'collect approvals from more people in allowed roles; a second key of the same person does not count'
        });
    }
    for (const role of roles.missing) {
        unmet.push({
            code: 'APPROVAL_ROLE_MISSING',
            message: `no distinct signer in role '${(0,ids.printable)(role, 80)}' approved ${(0,ids.printable)(subject, 80)}`,
            fix: `a signer whose role is '${(0,ids.printable)(role, 80)}', and who covers no other required role, must sign an approval`
        });
    }
    return { roles, unmet };
}
/**
 * Gives each required role its own signer, as many as possible (a bipartite matching by
 * augmenting paths): greedy assignment could spend the only signer of a scarce role on a common one.
 */
function coverRoles(required, signers) {
    const slotOf = new Map(); // signer index -> the required slot it covers
    const assign = (slot, seen) => signers.some((s, i) => {
        if (seen.has(i) || !s.roles.includes(required[slot]))
            return false;
        seen.add(i);
        const held = slotOf.get(i);
        if (held !== undefined && !assign(held, seen))
            return false;
        slotOf.set(i, slot);
        return true;
    });
    required.forEach((_, slot) => assign(slot, new Set()));
    const signerOf = new Map([...slotOf].map(([signer, slot]) => [slot, signers[signer].signerId]));
    return {
        covered: required.flatMap((role, slot) => {
            const signerId = signerOf.get(slot);
            return signerId === undefined ? [] : [{ role, signerId }];
        }),
        missing: required.filter((_, slot) => !signerOf.has(slot))
    };
}

// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/signing/signature-set.ts





/** Verifies every document and signature, counts approvals, and judges them against the requirement. */
function verifySignatureSet(input) {
    const requirement = checkRequirement(input.requirement, input.requirementSource);
    const allowed = requirement.roles_allowed;
    const roleOf = input.roleOf ?? ((key) => key.role);
    const invalid = [];
    const candidates = [];
    const names = new Set();
    for (const d of input.documents) {
        if (names.has(d.name))
            throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `signature set for ${input.subject}: document ${d.name} passed twice` });
        names.add(d.name);
        const checked = (0,signing_document/* checkSignedPair */.B9)(input.kind, d.json, d.sig, input.keyring, input.at, { several: true });
        if (!checked.ok) {
            const { code, message, fix } = checked.failure;
            invalid.push({ document: d.name, index: null, keyid: null, code, message, fix });
            continue;
        }
        const wrongSubject = checked.doc && subjectProblem(checked.doc, input);
        for (const s of checked.signatures) {
            const reject = (code, message, fix) => invalid.push({ document: d.name, index: s.index, keyid: s.keyid, code, message, fix });
            if (!s.ok) {
                reject(s.code, s.message, s.fix);
                continue;
            }
            const role = roleOf(s.key);
            if (wrongSubject)
                reject('SUBJECT_MISMATCH', wrongSubject, 'an approval counts only for the subject it signs; sign an approval of this subject');
            else if (allowed && !allowed.includes(role)) {
                reject('SIGNER_ROLE_NOT_ALLOWED', `'${s.key.signerId}' signs as '${(0,ids.printable)(role, 80)}', not one of ${allowed.join(', ')}`, `only approvals by ${allowed.join(', ')} count; ask a signer in one of those roles`);
            }
            else
                candidates.push({ document: d.name, index: s.index, key: s.key, role, signedAt: s.signedAt, hintMatched: s.hintMatched });
        }
    }
    // The earliest signature of a key is the one that counts, whatever order the files came in.
    candidates.sort((a, b) => a.signedAt - b.signedAt || compare(a.document, b.document) || a.index - b.index);
    const byKey = new Map();
    for (const c of candidates) {
        const first = byKey.get(c.key.keyId);
        if (!first)
            byKey.set(c.key.keyId, c);
        else {
            invalid.push({
                document: c.document,
                index: c.index,
                keyid: c.key.keyId,
                code: 'SIGNATURE_DUPLICATE_KEY',
                message: `the key of '${c.key.signerId}' (${c.key.keyId}) already counted for ${first.document} signature ${first.index + 1}`,
                fix: 'nothing to do: one key counts once; a second approval needs a second person'
            });
        }
    }
    const counted = [...byKey.values()].sort((a, b) => compare(a.key.signerId, b.key.signerId) || compare(a.key.keyId, b.key.keyId));
    const distinctSigners = signersOf(counted);
    const { roles, unmet } = judgeApprovals(requirement, distinctSigners, counted.length, input.subject);
    return {
        kind: input.kind,
        subject: input.subject,
        valid: counted.map((c) => ({ document: c.document, index: c.index, signerId: c.key.signerId, role: c.role, keyId: c.key.keyId, signedAtUtc: (0,time/* formatUtc */.ay)(c.signedAt), demo: c.key.demo, hintMatched: c.hintMatched })),
        invalid: invalid.sort((a, b) => compare(a.document, b.document) || (a.index ?? -1) - (b.index ?? -1) || compare(a.code, b.code)),
        distinctKeys: counted.map((c) => c.key.keyId).sort(compare),
        distinctSigners,
        roles,
        unmet,
        met: unmet.length === 0
    };
}
function subjectProblem(doc, input) {
    const where = typeof input.subjectOf === 'string' ? ` at ${input.subjectOf}` : '';
    const named = typeof input.subjectOf === 'string' ? atPointer(doc, input.subjectOf) : input.subjectOf(doc);
    if (typeof named !== 'string')
        return `the document names no subject${where}`;
    return named === input.subject ? undefined : `the document approves '${(0,ids.printable)(named, 80)}'${where}, not '${(0,ids.printable)(input.subject, 80)}'`;
}
/** RFC 6901: '' is the whole document, '/a/0' a path; own properties only. */
function atPointer(doc, pointer) {
    if (pointer === '')
        return doc;
    let node = doc;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token))
            return undefined;
        node = node[token];
    }
    return node;
}
function signersOf(counted) {
    const bySigner = new Map();
    for (const c of counted) {
        const s = bySigner.get(c.key.signerId) ?? { signerId: c.key.signerId, roles: [], keyIds: [] };
        if (!s.roles.includes(c.role))
            s.roles.push(c.role);
        s.keyIds.push(c.key.keyId);
        bySigner.set(s.signerId, s);
    }
    return [...bySigner.values()].map((s) => ({ ...s, roles: s.roles.sort(compare), keyIds: s.keyIds.sort(compare) })).sort((a, b) => compare(a.signerId, b.signerId));
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   LZ: () => (/* binding */ SHA256_OID),
/* harmony export */   OL: () => (/* binding */ postTimestampRequest),
/* harmony export */   km: () => (/* binding */ buildTimestampRequest),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports QUERY_TYPE, REPLY_TYPE, MAX_REPLY_BYTES, DEFAULT_TIMEOUT_MS, randomNonce, tsaUrlSecrets, shownUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9701);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);




// Asking a time-stamping authority (RFC 3161) to countersign a signature. What is stamped is the
// signature value itself (RFC 3161 Appendix A; sigstore countersigns the raw signature bytes):
// the imprint is SHA-256 of those bytes, so the token proves the signature existed at genTime.
// The request carries a fresh 64-bit nonce, which the reply must echo, and certReq, so the TSA
// puts its certificate in the token and a reader needs only the pinned certificate.
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const QUERY_TYPE = 'application/timestamp-query';
const REPLY_TYPE = 'application/timestamp-reply';
/** A reply is a few kilobytes; anything past this is not one. */
const MAX_REPLY_BYTES = 1 << 20;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Getting a token failed: the user's TSA setting or the TSA itself; the message names which and what to do. */
class TimestampError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    reason;
    constructor(reason, message, cause) {
        super({ code: 'TIMESTAMP_FAILED', message, cause });
        this.reason = reason;
    }
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest();
}
/** A random non-negative 64-bit nonce. */
function randomNonce() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).readBigUInt64BE();
}
/** DER TimeStampReq { version 1, messageImprint sha256(signature), nonce, certReq TRUE }. */
function buildTimestampRequest(signature, nonce = randomNonce()) {
    if (nonce < 0n || nonce >= 1n << 64n)
        throw new RangeError('the nonce is a 64-bit unsigned integer');
    const imprint = sha256(signature);
    const req = new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .TimeStampReq */ .DLy({
        version: 1,
        messageImprint: new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .MessageImprint */ .Jm$({
            // parameters absent, as RFC 5754 asks for SHA-2 and as openssl and sigstore write it
            hashAlgorithm: new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .AlgorithmIdentifier */ .NE_({ algorithmId: SHA256_OID }),
            hashedMessage: new asn1js__WEBPACK_IMPORTED_MODULE_3__/* .OctetString */ .lW({ valueHex: imprint })
        }),
        nonce: asn1js__WEBPACK_IMPORTED_MODULE_3__/* .Integer */ .jz.fromBigInt(nonce),
        certReq: true
    });
    return { der: Buffer.from(req.toSchema().toBER(false)), nonce, imprint };
}
/**
 * What to mask of a configured TSA URL: its credentials (userinfo, query, fragment), so logs still
 * name the host; the whole text when it is not an http(s) URL.
 */
function tsaUrlSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [text];
    }
    // `user:pass@host/tsr` parses as a URL of scheme "user:": anything but http(s) is masked whole
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return [text];
    // a password however short; a user name, query or fragment from 3 characters (shorter ones would mask common text)
    const parts = [url.password, safeDecode(url.password), ...[url.username, safeDecode(url.username), url.search.slice(1), url.hash.slice(1)].filter((p) => p.length >= 3)];
    return [...new Set(parts.filter((p) => p !== ''))];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The TSA URL as it may be shown: no userinfo, no query, no fragment (either may hold a token). */
function shownUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
function parseTsaUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new TimestampError('url-invalid', 'the TSA URL is not a URL', undefined);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new TimestampError('url-invalid', `the TSA URL must be http or https, not ${url.protocol.replace(/:$/, '')} (fix: give the TSA's RFC 3161 HTTP endpoint)`);
    }
    const headers = { 'content-type': QUERY_TYPE, accept: REPLY_TYPE };
    if (url.username !== '' || url.password !== '') {
        // fetch refuses URLs with credentials; RFC 3161 section 3.4 leaves auth to HTTP, so Basic it is
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')}`;
        url.username = '';
        url.password = '';
    }
    return { url, headers };
}
/**
 * POSTs the request to the TSA and returns the reply's DER bytes (a TimeStampResp, not yet
 * verified: verifyTimestamp does that). Throws a TimestampError naming what failed.
 */
async function postTimestampRequest(request, endpoint) {
    const { url, headers } = parseTsaUrl(endpoint.url);
    const shown = shownUrl(url);
    const timeoutMs = endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let response;
    try {
        response = await fetch(url, { method: 'POST', headers, body: request.der, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (err) {
        if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
            throw new TimestampError('timeout', `the TSA at ${shown} did not answer within ${timeoutMs} ms (fix: check the TSA URL and the network, or raise the timeout)`, err);
        }
        throw new TimestampError('unreachable', `cannot reach the TSA at ${shown}${causeCode(err)} (fix: check the TSA URL and that the runner can reach it)`, err);
    }
    if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        const text = response.statusText ? ` ${response.statusText}` : '';
        throw new TimestampError('http-status', `the TSA at ${shown} answered HTTP ${response.status}${text} (fix: check the TSA URL${response.status === 401 || response.status === 403 ? ' and its credentials' : ''}; retry later if the TSA is down)`);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== REPLY_TYPE) {
        await response.body?.cancel().catch(() => undefined);
        throw new TimestampError('reply-invalid', `the TSA at ${shown} answered with content type '${type.slice(0, 80)}', not ${REPLY_TYPE} (fix: the URL must be the TSA's RFC 3161 endpoint)`);
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_REPLY_BYTES)
        throw new TimestampError('reply-invalid', `the TSA at ${shown} sent a reply of ${declared} bytes, more than a timestamp reply holds`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_REPLY_BYTES)
        throw new TimestampError('reply-invalid', `the TSA at ${shown} sent a reply of ${body.length} bytes, more than a timestamp reply holds`);
    return body;
}
/** " (ECONNREFUSED)": the system's reason, never its message (which may repeat the address). */
function causeCode(err) {
    const cause = err instanceof Error ? err.cause : undefined;
    const code = cause && typeof cause.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(cause.code) ? cause.code : undefined;
    return code ? ` (${code})` : '';
}


/***/ }),

/***/ 1899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ verifyTimestamp),
/* harmony export */   i: () => (/* binding */ parsePinnedTsa)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4097);





// Verifying an RFC 3161 timestamp token over a signature, against ONE pinned certificate (the
// TSA's own certificate or a CA above it). pkijs parses the ASN.1 and verifies the CMS signature
// (signed attributes, message digest, the signer's signature); everything that decides whether
// the token may be believed is checked here, explicitly, because no library checks all of it:
//
//   status      granted (0) or grantedWithMods (1), with a token (RFC 3161 2.4.2)
//   token       ContentInfo(SignedData), eContentType id-ct-TSTInfo, exactly one signer, DER
//               with no trailing bytes, TSTInfo version 1
//   imprint     hash algorithm sha256, hashed message = SHA-256(signature bytes)
//   nonce       echoes the request's, when the caller still has the request
//   signature   CMS: content-type and message-digest attributes, signature under the signer cert
//   cert id     the signed SigningCertificate(V2) attribute's first ESSCertID hashes to the signer
//               certificate (RFC 3161 2.4.1 / RFC 5816): the TSA names the cert it signed with
//   chain       signer cert -> ... -> the pinned certificate, by Node's X.509 (issuer name and
//               signature; every issuer a CA), and again by pkijs's chain engine when the
//               pin is a root
//   EKU         the signer cert has exactly one extended key usage, id-kp-timeStamping, critical
//               (RFC 3161 2.3)
//   validity    every certificate on the path is valid at genTime
//
// pkijs on its own checks none of chain, nonce, EKU or certificate identifier unless asked
// (SignedData.verify returns true against an unrelated trusted certificate without checkChain).
const OID = {
    signedData: '1.2.840.113549.1.7.2',
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingCertificate: '1.2.840.113549.1.9.16.2.12',
    signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
    extKeyUsage: '2.5.29.37',
    timeStamping: '1.3.6.1.5.5.7.3.8'
};
const HASHES = {
    '1.3.14.3.2.26': 'sha1',
    [_request_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_OID */ .LZ]: 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
/** Reads the pinned TSA certificate: a PEM holding exactly one certificate. */
function parsePinnedTsa(pem, where = 'the pinned TSA certificate') {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    const fix = 'give the PEM of the one certificate you trust for timestamps: the TSA certificate or the CA that issues it';
    if (blocks.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'KEY_INVALID', message: `${where} must hold exactly one PEM certificate, found ${blocks.length} (fix: ${fix})` });
    }
    try {
        const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(blocks[0]);
        return { cert, pkijs: pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Certificate */ .usT.fromBER(cert.raw), sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(cert.raw).digest('hex') };
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'KEY_INVALID', message: `${where} is not a readable X.509 certificate (fix: ${fix})`, cause: err });
    }
}
/**
 * Verifies a timestamp reply (DER TimeStampResp, as the TSA sent it and `openssl ts -reply`
 * writes it) or a bare token (DER ContentInfo) over `signature` against the pinned certificate.
 * Never throws for a bad token: it returns the first failed check.
 */
async function verifyTimestamp(reply, signature, pinned, options = {}) {
    const anchor = typeof pinned === 'string' ? parsePinnedTsa(pinned) : pinned;
    try {
        return await verifyOrThrow(Buffer.from(reply), signature, anchor, options);
    }
    catch (err) {
        if (err instanceof Refusal)
            return { ok: false, code: err.code, message: err.message };
        // a structure pkijs could not read: not a token, whatever else it is
        return { ok: false, code: 'TIMESTAMP_TOKEN_MALFORMED', message: `the timestamp is not a DER RFC 3161 reply or token (${err instanceof Error ? err.message.slice(0, 120) : 'unreadable'})` };
    }
}
class Refusal extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
function refuse(code, message) {
    throw new Refusal(code, message);
}
/** Strict DER-ish read: one complete ASN.1 value, nothing after it. */
function readAsn1(bytes, what) {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const parsed = asn1js__WEBPACK_IMPORTED_MODULE_4__/* .fromBER */ .mH(view);
    if (parsed.offset === -1 || parsed.offset !== view.byteLength)
        refuse('TIMESTAMP_TOKEN_MALFORMED', `${what} is not one complete ASN.1 value`);
    return parsed.result;
}
async function verifyOrThrow(reply, signature, pinned, options) {
    const token = readToken(reply);
    if (token.contentType !== OID.signedData)
        refuse('TIMESTAMP_TOKEN_MALFORMED', `the token's content type is ${token.contentType}, not SignedData`);
    const signed = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .SignedData */ .dA6({ schema: token.content });
    if (signed.encapContentInfo.eContentType !== OID.tstInfo)
        refuse('TIMESTAMP_TOKEN_MALFORMED', `the token encapsulates ${signed.encapContentInfo.eContentType}, not a TSTInfo`);
    if (signed.signerInfos.length !== 1)
        refuse('TIMESTAMP_TOKEN_MALFORMED', `the token has ${signed.signerInfos.length} signers, RFC 3161 allows exactly one (the TSA)`);
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent)
        refuse('TIMESTAMP_TOKEN_MALFORMED', 'the token has no TSTInfo content');
    const tstBytes = new Uint8Array(eContent.getValue());
    const tst = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TSTInfo */ .YLc({ schema: readAsn1(tstBytes, 'the TSTInfo') });
    if (tst.version !== 1)
        refuse('TIMESTAMP_TOKEN_MALFORMED', `the TSTInfo has version ${tst.version}, expected 1`);
    // What is stamped: this signature, by SHA-256.
    const alg = tst.messageImprint.hashAlgorithm.algorithmId;
    if (alg !== _request_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_OID */ .LZ)
        refuse('TIMESTAMP_IMPRINT_MISMATCH', `the token's imprint uses hash ${alg}, expected SHA-256 (${_request_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_OID */ .LZ})`);
    const imprint = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (!imprint.equals((0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(signature)))
        refuse('TIMESTAMP_IMPRINT_MISMATCH', 'the token stamps other data: its imprint is not SHA-256 of this signature');
    if (options.nonce !== undefined) {
        if (!tst.nonce)
            refuse('TIMESTAMP_NONCE_MISMATCH', 'the token carries no nonce, the request had one');
        if (tst.nonce.toBigInt() !== options.nonce)
            refuse('TIMESTAMP_NONCE_MISMATCH', "the token's nonce is not the request's: it answers another request");
    }
    const genTime = tst.genTime.getTime();
    if (!Number.isFinite(genTime))
        refuse('TIMESTAMP_TOKEN_MALFORMED', 'the token has no readable genTime');
    // The CMS signature, by pkijs: content-type and message-digest attributes and the signer's signature.
    const certs = (signed.certificates ?? []).filter((c) => c instanceof pkijs__WEBPACK_IMPORTED_MODULE_3__/* .Certificate */ .usT);
    const signerInfo = signed.signerInfos[0];
    const attrs = signerInfo.signedAttrs?.attributes ?? [];
    if (attrs.length === 0)
        refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signed attributes, so no signing-certificate attribute');
    const contentTypeAttr = attrs.find((a) => a.type === OID.contentType);
    const contentType = contentTypeAttr?.values.length === 1 && contentTypeAttr.values[0] instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .ObjectIdentifier */ .dS ? contentTypeAttr.values[0].valueBlock.toString() : undefined;
    if (contentType !== OID.tstInfo)
        refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signed content-type attribute does not name TSTInfo');
    if (!attrs.some((a) => a.type === OID.messageDigest))
        refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signed message-digest attribute');
    const data = new Uint8Array(signature).slice().buffer;
    const signerCert = await cmsSignerCertificate(signed, certs, pinned, data);
    // The TSA names, inside what it signed, the certificate it signed with.
    checkEssCertId(attrs, signerCert);
    // Chain: the signer certificate must lead to the pinned certificate, each link valid at genTime.
    const path = chainToPinned(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(signerCert.toSchema().toBER(false))), certs, pinned, genTime);
    // Role: a TSA certificate, and only that (RFC 3161 2.3).
    checkTimestampingEku(signerCert);
    // Second opinion on the chain, by pkijs's validation engine, at genTime, when the pin is a root
    // (its engine wants a self-signed anchor; a pinned TSA certificate is the signer itself, above).
    if (path.length > 1 && pinned.cert.checkIssued(pinned.cert))
        try {
            await signed.verify({ signer: 0, data, checkChain: true, trustedCerts: [pinned.pkijs], checkDate: tst.genTime });
        }
        catch (err) {
            refuse('TIMESTAMP_UNTRUSTED', `the signer certificate does not chain to the pinned certificate at genTime (${describeVerifyError(err)})`);
        }
    const leaf = path[0];
    return {
        ok: true,
        genTime,
        genTimeText: tst.genTime.toISOString(),
        policy: tst.policy,
        serialNumber: Buffer.from(tst.serialNumber.valueBlock.valueHexView).toString('hex'),
        tsa: {
            subject: leaf.subject,
            issuer: leaf.issuer,
            serialNumber: leaf.serialNumber.toUpperCase(),
            sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(leaf.raw).digest('hex')
        }
    };
}
/** A TimeStampResp (status, token) or a bare token (ContentInfo); the status is checked here. */
function readToken(reply) {
    const root = readAsn1(reply, 'the timestamp');
    const first = root instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Sequence */ .gd ? root.valueBlock.value[0] : undefined;
    if (first instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .ObjectIdentifier */ .dS)
        return new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .ContentInfo */ ._Fs({ schema: root });
    const resp = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .TimeStampResp */ .pAG({ schema: root });
    // PKIStatus as a number: 0 granted, 1 grantedWithMods (RFC 3161 §2.4.2)
    const status = Number(resp.status.status);
    if (status !== 0 && status !== 1) {
        const text = resp.status.statusStrings?.map((s) => s.valueBlock.value).join('; ');
        refuse('TIMESTAMP_NOT_GRANTED', `the TSA did not grant the timestamp: status ${status}${text ? ` (${text.slice(0, 200)})` : ''}`);
    }
    if (!resp.timeStampToken)
        refuse('TIMESTAMP_TOKEN_MALFORMED', 'the reply is granted but carries no token');
    return resp.timeStampToken;
}
/**
 * The certificate the CMS signature verifies under (found by the signer identifier among the
 * token's certificates, or the pinned certificate itself when the token carries none).
 */
async function cmsSignerCertificate(signed, certs, pinned, data) {
    // pkijs finds the signer among `certificates`; add the pinned certificate for a token made
    // without certReq that a pinned TSA certificate signed.
    // (Set on the parsed object: a re-encoded copy loses the signed attributes' original bytes.)
    if (!certs.some((c) => Buffer.from(c.toSchema().toBER(false)).equals(pinned.cert.raw)))
        signed.certificates = [...(signed.certificates ?? []), pinned.pkijs];
    let result;
    try {
        result = await signed.verify({ signer: 0, data, checkChain: false, extendedMode: true });
    }
    catch (err) {
        refuse('TIMESTAMP_SIGNATURE_INVALID', `the token's signature does not verify (${describeVerifyError(err)})`);
    }
    if (!result.signatureVerified || !result.signerCertificate)
        refuse('TIMESTAMP_SIGNATURE_INVALID', `the token's signature does not verify (${result.message || 'no signer certificate'})`);
    return result.signerCertificate;
}
function describeVerifyError(err) {
    const text = err instanceof Error ? err.message : typeof err === 'object' && err !== null && 'message' in err ? String((err).message) : String(err);
    return text.slice(0, 160) || 'no reason given';
}
/** RFC 3161 2.4.1 / RFC 5816: the first ESSCertID(v2) of the signed SigningCertificate(V2) is the signer's. */
function checkEssCertId(attrs, signerCert) {
    const der = Buffer.from(signerCert.toSchema().toBER(false));
    const v1 = attrs.filter((a) => a.type === OID.signingCertificate);
    const v2 = attrs.filter((a) => a.type === OID.signingCertificateV2);
    if (v1.length + v2.length === 0)
        refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signing-certificate attribute naming the TSA certificate');
    if (v1.length > 1 || v2.length > 1)
        refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has more than one signing-certificate attribute of a kind');
    const checks = [
        [v2[0], true],
        [v1[0], false]
    ];
    for (const [attr, isV2] of checks) {
        if (!attr)
            continue;
        const value = attr.values.length === 1 ? attr.values[0] : undefined;
        const certIds = value instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Sequence */ .gd ? value.valueBlock.value[0] : undefined;
        const first = certIds instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Sequence */ .gd ? certIds.valueBlock.value[0] : undefined;
        const parts = first instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Sequence */ .gd ? first.valueBlock.value : [];
        let hashName = 'sha1';
        let hashField = parts[0];
        if (isV2) {
            hashName = 'sha256';
            if (parts[0] instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .Sequence */ .gd) {
                const algorithm = new pkijs__WEBPACK_IMPORTED_MODULE_3__/* .AlgorithmIdentifier */ .NE_({ schema: parts[0] });
                hashName = HASHES[algorithm.algorithmId] ?? '';
                if (!hashName || hashName === 'sha1')
                    refuse('TIMESTAMP_SIGNATURE_INVALID', `the signing-certificate attribute hashes with ${algorithm.algorithmId}, which is not accepted`);
                hashField = parts[1];
            }
        }
        if (!(hashField instanceof asn1js__WEBPACK_IMPORTED_MODULE_4__/* .OctetString */ .lW))
            refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signing-certificate attribute is not an ESSCertID list');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hashName).update(der).digest();
        if (!Buffer.from(hashField.valueBlock.valueHexView).equals(expected)) {
            refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signing-certificate attribute names another certificate than the one that signed the token');
        }
    }
}
/** The path signer -> ... -> pinned, checked with Node's X.509 (OpenSSL underneath). */
function chainToPinned(signer, tokenCerts, pinned, genTime) {
    const pool = [pinned.cert, ...tokenCerts.map((c) => new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(c.toSchema().toBER(false))))];
    const path = [];
    let current = signer;
    for (let depth = 0; depth < 8; depth++) {
        checkValidAt(current, genTime, depth === 0 ? 'the TSA certificate' : `the CA certificate '${current.subject.replace(/\n/g, ', ')}'`);
        path.push(current);
        if (current.raw.equals(pinned.cert.raw))
            return path;
        const issuer = pool.find((c) => !c.raw.equals(current.raw) && c.ca && current.checkIssued(c) && current.verify(c.publicKey));
        if (!issuer) {
            refuse('TIMESTAMP_UNTRUSTED', `the TSA certificate '${signer.subject.replace(/\n/g, ', ')}' does not chain to the pinned certificate '${pinned.cert.subject.replace(/\n/g, ', ')}' (sha256 ${pinned.sha256.slice(0, 16)}...)`);
        }
        current = issuer;
    }
    refuse('TIMESTAMP_UNTRUSTED', 'the TSA certificate chain is longer than 8 certificates');
}
function checkValidAt(cert, at, what) {
    const from = Date.parse(cert.validFrom);
    const to = Date.parse(cert.validTo);
    if (!Number.isFinite(from) || !Number.isFinite(to))
        refuse('TIMESTAMP_TSA_CERT_INVALID', `${what} has an unreadable validity period`);
    if (at < from || at > to) {
        refuse('TIMESTAMP_TSA_CERT_INVALID', `${what} is not valid at the token's time ${new Date(at).toISOString()} (valid ${new Date(from).toISOString()} to ${new Date(to).toISOString()})`);
    }
}
/** RFC 3161 2.3: "The corresponding certificate MUST contain only one instance of the extended key usage field extension ... with KeyPurposeID having value id-kp-timeStamping. This extension MUST be critical." */
function checkTimestampingEku(cert) {
    const ekus = (cert.extensions ?? []).filter((e) => e.extnID === OID.extKeyUsage);
    if (ekus.length !== 1)
        refuse('TIMESTAMP_TSA_CERT_INVALID', `the TSA certificate has ${ekus.length} extended key usage extensions, RFC 3161 requires exactly one (timeStamping)`);
    const eku = ekus[0];
    const purposes = eku.parsedValue instanceof pkijs__WEBPACK_IMPORTED_MODULE_3__/* .ExtKeyUsage */ .KdO ? eku.parsedValue.keyPurposes : undefined;
    if (!purposes || purposes.length !== 1 || purposes[0] !== OID.timeStamping) {
        refuse('TIMESTAMP_TSA_CERT_INVALID', `the TSA certificate's extended key usage is [${(purposes ?? []).join(', ')}], RFC 3161 requires exactly timeStamping (${OID.timeStamping})`);
    }
    if (!eku.critical)
        refuse('TIMESTAMP_TSA_CERT_INVALID', "the TSA certificate's extended key usage (timeStamping) is not marked critical, as RFC 3161 requires");
}


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readChain),
/* harmony export */   n: () => (/* binding */ walkChain)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9692);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(870);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9062);
/* harmony import */ var _signing_signature_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(244);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4705);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6043);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4189);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2200);











const PAYLOAD_TYPE = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_1__/* .payloadTypeFor */ .yG)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_KIND */ .wp);
/** The pure walk over revision files (by revision number), from an optional pin, at instant `now`. */
function walkChain(files, pin, now) {
    const numbers = [...files.keys()].sort((a, b) => a - b);
    const revisions = [];
    let rootProblem = null;
    if (pin !== null && !files.get(1)?.json) {
        rootProblem = { code: 'TRUST_ROOT_MISSING', detail: `the trust root is pinned (sha256 ${pin.slice(0, 16)}...) but ${(0,_document_js__WEBPACK_IMPORTED_MODULE_7__/* .rootPaths */ .R7)(1).packet} is not in the verified commit` };
    }
    let prev = null;
    let broken = rootProblem !== null;
    for (const n of numbers) {
        const r = checkRevision(n, files.get(n), prev, broken, pin, now);
        if (n === 1 && r.findings.some((f) => f.code === 'TRUST_ROOT_PIN_MISMATCH')) {
            rootProblem = { code: 'TRUST_ROOT_PIN_MISMATCH', detail: r.findings.find((f) => f.code === 'TRUST_ROOT_PIN_MISMATCH').detail };
        }
        revisions.push(r);
        if (!r.trusted)
            broken = true;
        else
            prev = r;
    }
    return { pin, commit: null, revisions, inForce: prev, rootProblem };
}
function checkRevision(n, files, prev, broken, pin, now) {
    const paths = (0,_document_js__WEBPACK_IMPORTED_MODULE_7__/* .rootPaths */ .R7)(n);
    const out = { revision: n, paths, sha256: null, doc: null, trusted: false, findings: [], counted: [], signedAt: null };
    const find = (code, field, detail, file) => out.findings.push({ code, field, detail, ...(file ? { file } : {}) });
    const parsed = files.sig ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__/* .parseEnvelope */ .mE)(files.sig) : undefined;
    if (parsed?.ok) {
        out.sha256 = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(parsed.payload);
        const doc = canonicalObject(parsed.payload);
        if (doc) {
            const checked = (0,_document_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRootDoc */ .TG)(doc, paths.packet);
            out.doc = checked.doc;
            for (const p of checked.problems)
                find('TRUST_ROOT_INVALID', '', p);
        }
        else
            find('TRUST_ROOT_INVALID', '', 'the signed payload is not canonical JSON of an object', paths.signature);
    }
    if (broken) {
        const why = n === 1 || prev === null ? 'the pinned root revision is missing or does not verify' : `${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(prev.revision + 1)} does not verify`;
        find('TRUST_ROOT_UNTRUSTED', '', `not trusted: ${why}, and every later revision needs the one before it`);
        return out;
    }
    if (!files.json || !files.sig) {
        find('TRUST_ROOT_INVALID', '', `${!files.json ? paths.packet : paths.signature} is missing`);
        return out;
    }
    if (!parsed?.ok) {
        find('TRUST_ROOT_INVALID', '', `the envelope ${parsed ? parsed.reason : 'is missing'}`, paths.signature);
        return out;
    }
    if (parsed.envelope.payloadType !== PAYLOAD_TYPE) {
        find('TRUST_ROOT_INVALID', '', `the envelope is for '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_5__.printable)(parsed.envelope.payloadType, 80)}', expected '${PAYLOAD_TYPE}'`, paths.signature);
        return out;
    }
    if (n === 1 && pin !== null && out.sha256 !== pin) {
        find('TRUST_ROOT_PIN_MISMATCH', '', `the payload sha256 of ${paths.packet} is ${out.sha256}, the pin is ${pin}: this is not the trust root you pinned`, paths.signature);
        return out;
    }
    const doc = out.doc;
    if (!doc || out.findings.length > 0)
        return out;
    // Exactly the next version, linked to exactly the previous payload (rollback, skip, fork).
    if (doc.version !== n)
        find('TRUST_ROOT_VERSION_INVALID', 'version', `the document says version ${doc.version} but is stored as ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(n)}`);
    if (n === 1 && doc.previous !== null)
        find('TRUST_ROOT_VERSION_INVALID', 'previous', 'revision 1 names a previous revision');
    if (n > 1 && prev?.doc) {
        if (prev.revision !== n - 1)
            find('TRUST_ROOT_VERSION_INVALID', 'version', `${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(n)} follows ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(prev.revision)}: versions must be consecutive`);
        else if (doc.previous === null || doc.previous.version !== n - 1 || doc.previous.sha256 !== prev.sha256) {
            find('TRUST_ROOT_VERSION_INVALID', 'previous', `previous must be { version: ${n - 1}, sha256: ${prev.sha256} }, the document says ${JSON.stringify(doc.previous)}`);
        }
        for (const problem of continuity(prev.doc, doc))
            find('TRUST_ROOT_INVALID', '', problem);
    }
    if (out.findings.length > 0)
        return out;
    // Signed by a threshold of the previous root and a threshold of this one (revision 1: its own).
    const sets = prev?.doc ? [['previous', prev.doc], ['new', doc]] : [['own', doc]];
    const counted = new Set();
    let signedAt = 0;
    for (const [which, rootDoc] of sets) {
        const set = rootSignatures(paths, files, rootDoc, now, n);
        for (const v of set.valid) {
            counted.add(v.signerId);
            signedAt = Math.max(signedAt, (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(v.signedAtUtc).ok ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(v.signedAtUtc).ms : 0);
        }
        if (!set.met) {
            const failures = set.invalid.filter((i) => i.code !== 'KEY_UNKNOWN').map((i) => `${i.code}: ${i.message}`);
            find('TRUST_ROOT_THRESHOLD_UNMET', 'signers', `${set.distinctKeys.length} distinct ${which === 'previous' ? `root key(s) of ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(n - 1)}` : 'root key(s) of this revision'} signed; ${rootDoc.root.threshold} required${failures.length > 0 ? ` (${failures.slice(0, 3).join('; ')})` : ''}`, paths.signature);
        }
    }
    out.counted = [...counted].sort();
    out.signedAt = signedAt > 0 ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUtc */ .ay)(signedAt) : null;
    out.trusted = out.findings.length === 0;
    return out;
}
/** What a new revision may not undo: a root key keeps its name, a revocation is never withdrawn or moved later. */
function continuity(prev, next) {
    const problems = [];
    const names = new Map(prev.root.keys.map((k) => [k.key_id, k.name]));
    for (const k of next.root.keys) {
        const was = names.get(k.key_id);
        if (was !== undefined && was !== k.name)
            problems.push(`root key ${k.key_id.slice(0, 16)} was '${was}' and is renamed '${k.name}'; a kept root key keeps its name`);
    }
    for (const old of prev.keys) {
        if (old.revoked_at_utc === undefined)
            continue;
        const now = next.keys.find((k) => k.public_key === old.public_key);
        if (!now)
            continue;
        const before = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(old.revoked_at_utc);
        const after = now.revoked_at_utc === undefined ? undefined : (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(now.revoked_at_utc);
        if (!after || !after.ok || (before.ok && after.ms > before.ms)) {
            problems.push(`the key of '${now.signer_id}' was revoked at ${old.revoked_at_utc}; a later revision cannot withdraw or postpone that revocation`);
        }
    }
    return problems;
}
function rootSignatures(paths, files, rootDoc, now, n) {
    return (0,_signing_signature_set_js__WEBPACK_IMPORTED_MODULE_2__/* .verifySignatureSet */ .C)({
        kind: _family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_KIND */ .wp,
        documents: [{ name: paths.packet, json: files.json, sig: files.sig }],
        keyring: (0,_document_js__WEBPACK_IMPORTED_MODULE_7__/* .rootKeyring */ .o_)(rootDoc, `root keys of trust-root version ${rootDoc.version}`),
        at: now,
        subject: String(n),
        subjectOf: (d) => String(d.version),
        requirement: { threshold: rootDoc.root.threshold, roles_required: [] }
    });
}
function canonicalObject(payload) {
    try {
        const value = JSON.parse(payload.toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalBytes */ .Mr)(value).equals(payload) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const memo = new Map();
/**
 * The chain as committed at `commit` (null: an unborn branch, no chain), with the commit that
 * first published each revision. Memoized per (repository, commit, pin, instant): verify asks for
 * it from the closure inspector, the trust family and the revocation check.
 */
function readChain(top, commit, pin, now) {
    const key = `${top}\0${commit}\0${pin}\0${now}`;
    let p = memo.get(key);
    if (!p) {
        if (memo.size > 32)
            memo.clear();
        p = readChainUncached(top, commit, pin, now);
        memo.set(key, p);
        p.catch(() => memo.delete(key));
    }
    return p;
}
async function readChainUncached(top, commit, pin, now) {
    if (commit === null)
        return { ...walkChain(new Map(), pin, now), commit };
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const root = `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.root}/root`;
    const [listed, scan] = await Promise.all([repo.listTree(commit, root), repo.scanHistory({ root, until: commit, since: null })]);
    const wanted = new Map();
    for (const f of listed) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW, f.path);
        if (p.type !== 'artifact' || p.ref.window !== 'root' || p.kind === 'log')
            continue;
        wanted.set(f.oid, { n: p.ref.revision, kind: p.kind === 'packet' ? 'json' : 'sig' });
    }
    const blobs = await repo.readBlobs([...wanted.keys()]);
    const files = new Map();
    for (const f of listed) {
        const w = wanted.get(f.oid);
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW, f.path);
        if (!w || p.type !== 'artifact' || p.kind === 'log')
            continue;
        const n = p.ref.revision;
        const entry = files.get(n) ?? {};
        entry[p.kind === 'packet' ? 'json' : 'sig'] = blobs.get(f.oid);
        files.set(n, entry);
    }
    const chain = { ...walkChain(files, pin, now), commit };
    // First publication of each revision's .json: the earliest commit that added it.
    const first = new Map();
    for (const e of scan.events) {
        if (e.status !== 'A')
            continue;
        const had = first.get(e.path);
        if (!had || e.order < had.order)
            first.set(e.path, { commit: e.commit, time: e.time, order: e.order });
    }
    for (const r of chain.revisions) {
        const f = first.get(r.paths.packet);
        if (f) {
            r.publishedIn = f.commit;
            r.publishedAt = f.time * 1000;
        }
    }
    return chain;
}


/***/ }),

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ ROOT_ROLE),
/* harmony export */   Md: () => (/* binding */ payloadOf),
/* harmony export */   R5: () => (/* binding */ renderRootJson),
/* harmony export */   R6: () => (/* binding */ renderRootEnvelope),
/* harmony export */   R7: () => (/* binding */ rootPaths),
/* harmony export */   TG: () => (/* binding */ checkRootDoc),
/* harmony export */   i8: () => (/* binding */ signerKeyring),
/* harmony export */   o_: () => (/* binding */ rootKeyring),
/* harmony export */   zT: () => (/* binding */ rootPae)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4742);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(870);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9062);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7478);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4705);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6043);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2200);












const ROOT_ROLE = 'root';
/** Repo-relative paths of revision `n`. */
function rootPaths(n) {
    const rev = (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(n);
    return { packet: `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.json`, signature: `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.sig`, log: `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.log` };
}
/** The canonical payload and its sha256: what is signed, pinned and linked. */
function payloadOf(doc) {
    const payload = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalBytes */ .Mr)(doc);
    return { payload, sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(payload) };
}
/** The DSSE pre-authentication encoding root keys sign. */
function rootPae(payload) {
    return (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_10__/* .pae */ .Zg)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.payloadType, payload);
}
function renderRootJson(doc) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)(doc);
}
function renderRootEnvelope(payload, signatures) {
    const env = { payloadType: _family_js__WEBPACK_IMPORTED_MODULE_8__/* .TRUST_FAMILY */ .UW.payloadType, payload: Buffer.from(payload).toString('base64'), signatures };
    return (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_10__/* .renderEnvelope */ .HP)(env);
}
/**
 * Schema and the checks a schema cannot make: root key ids derived from their keys, no key or
 * name twice, a threshold the root keys can meet, and the keyring rules (src/signing/keyring.ts)
 * for signer keys. Returns the problems, one line each; none means the document is well formed.
 */
function checkRootDoc(value, file) {
    let loaded;
    try {
        loaded = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__.parsePolicy)('trust-root', JSON.stringify(value), file);
    }
    catch (err) {
        return { doc: null, problems: problemsOf(err) };
    }
    const doc = loaded.data;
    const problems = [];
    const ids = new Set();
    const names = new Set();
    doc.root.keys.forEach((k, i) => {
        const raw = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeBase64 */ .y4)(k.public_key);
        if (!raw || raw.length !== _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_KEY_BYTES */ .kf)
            problems.push(`/root/keys/${i}/public_key is not a 32-byte Ed25519 public key`);
        else if ((0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIdOf */ .yg)(raw) !== k.key_id)
            problems.push(`/root/keys/${i}/key_id is not sha256 of its public key`);
        if (ids.has(k.key_id))
            problems.push(`/root/keys/${i} repeats a root key`);
        if (names.has(k.name))
            problems.push(`/root/keys/${i} repeats the name '${k.name}'`);
        ids.add(k.key_id);
        names.add(k.name);
    });
    if (doc.root.threshold > doc.root.keys.length)
        problems.push(`/root/threshold ${doc.root.threshold} is more than the ${doc.root.keys.length} root key(s) could ever meet`);
    for (const [i, k] of doc.keys.entries()) {
        if (k.revoked_at_utc !== undefined && !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(k.revoked_at_utc).ok)
            problems.push(`/keys/${i}/revoked_at_utc is not a UTC instant`);
    }
    if (doc.tsa !== undefined) {
        try {
            (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(doc.tsa.certificate, '/tsa/certificate');
        }
        catch (err) {
            problems.push(...problemsOf(err));
        }
    }
    try {
        signerKeyring(doc, file, '');
    }
    catch (err) {
        problems.push(...problemsOf(err));
    }
    return { doc, problems };
}
function problemsOf(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err.problems.length > 0 ? err.problems.map((p) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)) : [err.headline];
    throw err;
}
/** The root keys of a revision as a Keyring (signer id = the key's name, role root, no expiry). */
function rootKeyring(doc, file) {
    const keys = doc.root.keys.map((k, i) => {
        const raw = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeBase64 */ .y4)(k.public_key) ?? Buffer.alloc(0);
        return {
            signerId: k.name,
            role: ROOT_ROLE,
            publicKey: raw,
            publicKeyBase64: k.public_key,
            keyId: (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIdOf */ .yg)(raw),
            validFrom: Number.MIN_SAFE_INTEGER,
            validUntil: Number.MAX_SAFE_INTEGER,
            demo: false,
            key: (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyFromRaw */ .Zz)(raw),
            pointer: `/root/keys/${i}`
        };
    });
    return { file, sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)((0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalBytes */ .Mr)(doc.root)), keys };
}
/**
 * The signer keys of a revision as the Keyring every signed family verifies under. A revoked key
 * signs nothing from its revocation instant on (its validity ends there); what it signed earlier
 * is judged by publication time (KEY_REVOKED, src/trust/revocation.ts).
 */
function signerKeyring(doc, file, sha256) {
    const policy = { kind: 'keyring', file, sha256, data: { version: 1, keys: doc.keys.map(({ revoked_at_utc: _r, revocation_reason: _why, ...k }) => k) } };
    const keyring = (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .keyringFromPolicy */ .gr)(policy);
    const revocations = [];
    doc.keys.forEach((e, i) => {
        if (e.revoked_at_utc === undefined)
            return;
        const at = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUtc */ .y5)(e.revoked_at_utc);
        const key = keyring.keys.find((k) => k.pointer === `/keys/${i}`);
        if (!at.ok || !key)
            return;
        key.validUntil = Math.min(key.validUntil, at.ms);
        if (key.validFrom >= key.validUntil)
            key.validFrom = key.validUntil - 1;
        revocations.push({ keyId: key.keyId, signerId: key.signerId, at: at.ms, reason: e.revocation_reason ?? '' });
    });
    return { ...keyring, revocations };
}


/***/ }),

/***/ 9043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

// Reading a file the user named (a CSV, a policy, a key file) fails in the user's terms: the
// file is not there (INPUT_MISSING) or cannot be read (INPUT_UNREADABLE). The caller words the
// message, naming the file and the fix; `code` is the errno code (ENOENT, EACCES, ...) or 'error'.
async function readInput(read, message) {
    try {
        return await read();
    }
    catch (err) {
        // a reader's own verdict on the file (too large, say) is already in the user's terms
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw err;
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE', message: message(code ?? 'error'), cause: err });
    }
}


/***/ })

};
