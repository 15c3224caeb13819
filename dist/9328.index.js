export const id = 9328;
export const ids = [9328];
export const modules = {

/***/ 70997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57430);



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .findKey */ .Tj)(keyring, key.keyId);
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValidAt */ .je)(entry, at);
    if (!valid.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: valid.code,
            message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
        });
    }
    return {
        signerId: entry.signerId,
        role: entry.role,
        keyId: entry.keyId,
        demo: entry.demo,
        at,
        sign: (message) => key.sign(message)
    };
}


/***/ }),

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validationLog)
/* harmony export */ });
// The validation logs under strategy-approval/{window}/validation/: one per packet revision,
// decision, outcome review and divergence record, written in the same commit as the file it
// describes. Like closure's verify-rNNN.log they are informative: verify never reads them back,
// so an edited log cannot turn a failure into a pass (and editing one is still a write-once
// violation, found by verify).
function validationLog(what, lines) {
    const width = Math.max(...lines.map(([k]) => k.length));
    return [`release-evidence strategy ${what} validation`, ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 79328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand),
/* harmony export */   context: () => (/* binding */ context),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   required: () => (/* binding */ required),
/* harmony export */   signCommand: () => (/* binding */ signCommand),
/* harmony export */   signerFor: () => (/* binding */ signerFor),
/* harmony export */   statusCommand: () => (/* binding */ statusCommand),
/* harmony export */   str: () => (/* binding */ str)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54565);
/* harmony import */ var _closure_family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70269);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99062);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70997);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58750);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(15027);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(84598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(74976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(72405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(83029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(99935);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(89176);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(27085);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(47134);
/* harmony import */ var _outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(64665);
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(96483);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(83167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(7756);

























const OPTION_OF = {
    ranking_snapshot: 'ranking',
    forecast_band_snapshot: 'forecast',
    dashboard_extract: 'dashboard',
    simulation_rules: 'simulation-rules',
    fail_matrix_run: 'fail-matrix-run'
};
function str(inv, name) {
    const v = inv.values[name];
    return typeof v === 'string' ? v : undefined;
}
function required(inv, name) {
    const v = str(inv, name);
    if (v === undefined || v === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `strategy ${inv.positionals[0]}: --${name} is required` });
    return v;
}
async function context(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings, { writer: true });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(top);
    const branch = str(inv, 'store-branch') || (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit to; check out a branch or pass --store-branch NAME' });
    const parent = await repo.tryResolveRef(`refs/heads/${branch}`);
    const committer = { name: str(inv, 'committer-name') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerName, email: str(inv, 'committer-email') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerEmail, timestamp: Math.floor(settings.now / 1000) };
    return { settings, top, trust, branch, parent, committer };
}
async function signerFor(inv, ctx) {
    const keyFile = str(inv, 'key-file');
    const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .readSigningSecret */ .yG)({ keyFile: keyFile === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inv.cwd, keyFile), env: inv.env });
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNING_KEY_ENV */ .on}` });
    for (const w of secret.warnings)
        inv.log.warning(w);
    return (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .createSigner */ .r)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSigningKey */ .UG)(secret.text, secret.source), ctx.trust.keyring, ctx.settings.now, str(inv, 'signer-id'));
}
/** The window's latest closure packet at the parent commit: lesson 114's link in the chain. */
async function closureLink(top, parent, window) {
    const latest = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .latestRevision */ .HA)(top, parent, _closure_family_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOSURE_FAMILY */ .L, { window });
    if (!latest)
        return null;
    const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(latest.packet);
    const digest = doc?.['signature_digest'];
    return typeof digest === 'string' ? { path: latest.paths.packet, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(latest.revision), signature_digest: digest } : null;
}
/** The ledger gate's decision for the window, from the configured ledger inputs; null when they are absent. */
async function gateLink(settings, window, log) {
    try {
        const { runLedgerGate } = await Promise.all(/* import() */[__webpack_require__.e(5186), __webpack_require__.e(1814)]).then(__webpack_require__.bind(__webpack_require__, 11814));
        const gate = await runLedgerGate(settings);
        const w = gate.windows.find((x) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.idOf)(x.release_window_id) === window);
        return w ? { decision: w.decision, ledger_policy_sha256: gate.policy.sha256 } : null;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) {
            log.info(`No ledger gate decision cited: ${err.headline}`);
            return null;
        }
        throw err;
    }
}
function report(inv, r, what, extra) {
    const blocking = r.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ action: r.action, revision: r.revision, commit: r.commitOid, files: r.files, findings: r.findings, ...extra }, null, 2)}\n`);
    else {
        if (r.action === 'written')
            inv.io.stdout(`${what}: wrote ${r.files.packet} (${r.commitOid})\n`);
        else if (r.action === 'unchanged')
            inv.io.stdout(`${what}: unchanged (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Math.max(r.revision, 1))}); nothing written\n`);
        else
            inv.io.stdout(`${what}: refused, nothing written\n`);
        for (const f of r.findings)
            inv.io.stdout(`  ${(0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us)(f) ? 'BLOCK' : 'warn '} ${f.code} ${f.field}: ${f.detail}\n`);
    }
    return r.action === 'rejected' || blocking.length > 0 ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
}
async function buildCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const ws = ctx.settings.workspace;
    const rankingInput = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'ranking'), 'ranking');
    const ranking = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseRanking */ .g2)(rankingInput);
    const decision = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseDecision */ .cg)(await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'decision-file'), 'decision-file'));
    const evidence = { ranking_snapshot: rankingInput };
    for (const kind of _policy_js__WEBPACK_IMPORTED_MODULE_15__/* .EVIDENCE_KINDS */ .At) {
        const path = kind === 'ranking_snapshot' ? undefined : str(inv, OPTION_OF[kind]);
        if (path)
            evidence[kind] = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, path, OPTION_OF[kind]);
    }
    const signer = await signerFor(inv, ctx);
    const [closure, gate] = [await closureLink(ctx.top, ctx.parent, series.window), await gateLink(ctx.settings, series.window, inv.log)];
    const status = ctx.parent ? (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now), ctx.trust) : [];
    const current = status.find((s) => s.exception_cluster_id === series.key);
    let built;
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj,
        series,
        committer: ctx.committer,
        build: (next, previous) => {
            const prevDoc = previous ? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet) : null;
            const packet = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .buildPacket */ .Hs)({
                window: series.window,
                cluster: series.key,
                revision: next,
                supersedes: prevDoc ? { revision: prevDoc.revision, packet_sha256: prevDoc.packet_sha256 } : null,
                policy: ctx.trust.policy.data,
                policySha256: ctx.trust.policy.sha256,
                ranking,
                decision,
                evidence,
                closure,
                gate,
                builtAtUtc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(ctx.settings.now),
                signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
            });
            built = packet;
            if (prevDoc && (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(prevDoc) === (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(packet)) {
                built = prevDoc;
                return { kind: 'unchanged' };
            }
            const findings = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .checkPacket */ .dH)(packet, { policy: ctx.trust.policy.data, ranking });
            const pending = current?.revisions.at(-1);
            if (pending && pending.state === 'pending_signatures') {
                findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${pending.revision} is still pending_signatures; a required signer rejects it (strategy sign --decision reject) before a new revision is published` });
            }
            if (findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us))
                return { kind: 'rejected', findings };
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, packet, signer);
            const check = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, signed.json, signed.sig, ctx.trust.keyring, ctx.settings.now);
            if (!check.ok)
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${check.code}: ${check.message}` }] };
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, { ...series, revision: next });
            const log = packetLog(paths.packet, packet, findings, ctx.trust, ctx.settings.now);
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: packet.packet_sha256 } };
        }
    });
    return report(inv, r, `strategy packet ${built?.strategy_packet_id ?? ''}`, { strategy_packet_id: built?.strategy_packet_id, packet_sha256: built?.packet_sha256 });
}
function packetLog(path, p, findings, trust, now) {
    return (0,_logs_js__WEBPACK_IMPORTED_MODULE_23__/* .validationLog */ .e)('approval packet', [
        ['packet', path],
        ['payload_type', _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj.payloadType],
        ['strategy_packet_id', p.strategy_packet_id],
        ['revision', `${p.revision}${p.supersedes ? ` (supersedes ${p.supersedes.revision} sha256:${p.supersedes.packet_sha256})` : ' (first)'}`],
        ['packet_sha256', p.packet_sha256],
        ['selected_lane', `${p.selected_lane_id} / ${p.selected_mitigation_option_id} (confidence ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier})`],
        ['publisher', `${p.signer.signer_id} (key id ${p.signer.key_id})`],
        ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
        ['strategy_policy', `${trust.policy.file} sha256:${trust.policy.sha256}`],
        ['checks', 'schema completeness; roster (A2); lane in ranking (A3); evidence hashes (A4); packet_sha256 reproduces (A5); rationale (A6); no pending predecessor'],
        ['warnings', findings.length === 0 ? 'none' : findings.map((f) => `${f.code} ${f.field}`).join('; ')],
        ['result', 'VERIFIED (state: pending_signatures)'],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(now)]
    ]);
}
async function signCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const decision = required(inv, 'decision');
    const recommend = required(inv, 'recommend');
    if (decision !== 'approve' && decision !== 'reject')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--decision is approve or reject, not '${decision}'` });
    if (recommend !== 'go' && recommend !== 'hold')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--recommend is go or hold, not '${recommend}'` });
    const signer = await signerFor(inv, ctx);
    const policy = ctx.trust.policy.data;
    const refuse = (code, detail) => {
        if (inv.values.json)
            inv.io.stdout(`${JSON.stringify({ action: 'rejected', findings: [{ code, field: '', detail }] }, null, 2)}\n`);
        else
            inv.io.stdout(`strategy decision: refused, nothing written\n  BLOCK ${code}: ${detail}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
    };
    if (policy.ci_signer_ids.includes(signer.signerId))
        return refuse('STRATEGY_CI_KEY_APPROVAL', `'${signer.signerId}' is a CI signer: the pipeline key publishes packets and never approves`);
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_15__/* .signerEntry */ .d2)(policy, signer.signerId);
    if (!entry)
        return refuse('STRATEGY_APPROVAL_INVALID', `'${signer.signerId}' is not a signer of ${ctx.trust.policy.file}`);
    const status = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(ctx.parent ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust);
    const s = status.find((x) => x.exception_cluster_id === series.key);
    const wanted = str(inv, 'revision');
    const target = wanted ? s?.revisions.find((r) => r.revision === (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Number(wanted.replace(/^r/, '')))) : s?.revisions.at(-1);
    if (!target || !target.packet)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no published packet ${wanted ?? ''} for ${series.window}/${series.key}; run 'strategy build' first` });
    if (decision === 'approve' && target.state === 'incomplete_evidence') {
        return refuse('STRATEGY_EVIDENCE_INCOMPLETE', `${target.revision} has blocking findings (${[...new Set(target.findings.map((f) => f.code))].join(', ')}); an approval of it would not count`);
    }
    const confirmed = new Set(inv.values['confirm']);
    const checklist = Object.fromEntries(policy.reviewer_checklist.map((item) => [item, confirmed.has('all') || confirmed.has(item)]));
    const unknown = [...confirmed].filter((c) => c !== 'all' && !policy.reviewer_checklist.includes(c));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--confirm ${unknown.join(', ')}: not a reviewer_checklist item (${policy.reviewer_checklist.join(', ')})` });
    if (decision === 'approve' && Object.values(checklist).some((v) => !v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `an approval confirms every checklist item: --confirm ${policy.reviewer_checklist.filter((i) => !checklist[i]).join(' --confirm ')} (or --confirm all)` });
    }
    const revision = Number(target.revision.slice(1));
    const doc = {
        schema: _types_js__WEBPACK_IMPORTED_MODULE_24__/* .SIGNOFF_SCHEMA */ .xi,
        strategy_packet_id: target.packet.strategy_packet_id,
        release_window_id: series.window,
        exception_cluster_id: series.key,
        packet_revision: target.revision,
        packet_sha256: target.packet.packet_sha256,
        decision,
        recommendation: recommend,
        signer_class: entry.class,
        authority_scope: entry.authority_scope,
        reviewer_checklist: checklist,
        note: str(inv, 'note') ?? '',
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
    };
    const key = (0,_family_js__WEBPACK_IMPORTED_MODULE_13__/* .signoffKey */ .k5)(series.key, revision, (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(signer.signerId, 'signer id'));
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet);
                if (before?.decision === decision)
                    return { kind: 'unchanged' };
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_TRANSITION_INVALID', field: 'decision', detail: `'${signer.signerId}' already decided '${before?.decision}' on ${target.revision}; a decision is final (a new packet revision asks again)` }] };
            }
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_PAYLOAD_KIND */ .Py, doc, signer);
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj, { window: series.window, key, revision: next });
            const log = (0,_logs_js__WEBPACK_IMPORTED_MODULE_23__/* .validationLog */ .e)('decision', [
                ['decision', paths.packet],
                ['payload_type', _family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj.payloadType],
                ['packet', `${target.packet_path} sha256:${doc.packet_sha256} (${target.state} at signing)`],
                ['signer', `${signer.signerId} (${entry.class}, ${entry.authority_scope}, key id ${signer.keyId})`],
                ['verdict', `${decision} (recommends ${recommend})`],
                ['checklist', policy.reviewer_checklist.map((item) => `${item}=${checklist[item] ? 'yes' : 'no'}`).join(', ')],
                ['checks', 'signer in the policy with its class and scope; not a CI key; packet published and not incomplete; checklist confirmed (approve)'],
                ['result', 'SIGNED'],
                ['signed_at_utc', doc.signer.signed_at_utc]
            ]);
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } };
        }
    });
    return report(inv, r, `strategy decision ${signer.signerId} ${decision} ${target.revision}`, { signer_id: signer.signerId, decision, packet_sha256: doc.packet_sha256 });
}
async function statusCommand(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings, { what: 'strategy status' });
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(required(inv, 'window'), 'release_window_id');
    const clusterRaw = str(inv, 'cluster');
    const cluster = clusterRaw === undefined ? undefined : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(clusterRaw, 'exception cluster');
    const all = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(top, window, trust, settings.now), trust).filter((s) => cluster === undefined || s.exception_cluster_id === cluster);
    const ok = all.length > 0 && all.every(_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .seriesPasses */ .Nu);
    const outcomes = await (0,_outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__/* .outcomesAt */ .h)(top, window, trust, settings.now);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ release_window_id: window, passed: ok, series: all.map((s) => (0,_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .statusJson */ .bj)(s, outcomes)) }, null, 2)}\n`);
    else
        inv.io.stdout((0,_render_js__WEBPACK_IMPORTED_MODULE_17__/* .renderStatus */ .L)(window, all, outcomes));
    return ok ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
}


/***/ })

};
