export const id = 599;
export const ids = [599];
export const modules = {

/***/ 10244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ verifySignatureSet)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
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
var signing_document = __webpack_require__(99062);
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

/***/ 86599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readChain),
/* harmony export */   n: () => (/* binding */ walkChain)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51561);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90870);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99062);
/* harmony import */ var _signing_signature_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10244);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59077);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95138);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76043);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24189);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62200);











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

/***/ 24189:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64742);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90870);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99062);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87478);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95138);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62200);











const ROOT_ROLE = 'root';
/** Repo-relative paths of revision `n`. */
function rootPaths(n) {
    const rev = (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(n);
    return { packet: `${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.json`, signature: `${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.sig`, log: `${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .TRUST_FAMILY */ .UW.root}/root/root-${rev}.log` };
}
/** The canonical payload and its sha256: what is signed, pinned and linked. */
function payloadOf(doc) {
    const payload = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalBytes */ .Mr)(doc);
    return { payload, sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(payload) };
}
/** The DSSE pre-authentication encoding root keys sign. */
function rootPae(payload) {
    return (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__/* .pae */ .Zg)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .TRUST_FAMILY */ .UW.payloadType, payload);
}
function renderRootJson(doc) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)(doc);
}
function renderRootEnvelope(payload, signatures) {
    const env = { payloadType: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .TRUST_FAMILY */ .UW.payloadType, payload: Buffer.from(payload).toString('base64'), signatures };
    return (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__/* .renderEnvelope */ .HP)(env);
}
/**
 * Schema and the checks a schema cannot make: root key ids derived from their keys, no key or
 * name twice, a threshold the root keys can meet, and the keyring rules (src/signing/keyring.ts)
 * for signer keys. Returns the problems, one line each; none means the document is well formed.
 */
function checkRootDoc(value, file) {
    let loaded;
    try {
        loaded = (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .O)('trust-root', JSON.stringify(value), file);
    }
    catch (err) {
        return { doc: null, problems: problemsOf(err) };
    }
    const doc = loaded.data;
    const problems = [];
    const ids = new Set();
    const names = new Set();
    doc.root.keys.forEach((k, i) => {
        const raw = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__/* .decodeBase64 */ .y4)(k.public_key);
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
        const raw = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_9__/* .decodeBase64 */ .y4)(k.public_key) ?? Buffer.alloc(0);
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


/***/ })

};
