export const id = 4965;
export const ids = [4965];
export const modules = {

/***/ 7582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ fetchHttp),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony export NetworkTimeoutError */
// isomorphic-git's HTTP client for Node (isomorphic-git/http/node) is built on simple-get, which
// calls url.parse(): Node 24 prints a DEP0169 deprecation warning on every run that talks to a
// remote. This is the same plugin on Node's own fetch (undici), with what the git conversation
// needs on top: a network timeout, and socket errors carried with their code (ECONNREFUSED, ...)
// so src/publish can tell "unreachable" from a bug.
/** The default network timeout: no byte from the remote for this long ends the request. */
const DEFAULT_NETWORK_TIMEOUT_MS = 60_000;
/** A request that got no answer in time: classified as an unreachable remote (src/publish/remote.ts). */
class NetworkTimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(url, ms) {
        super(`no answer from ${new URL(url).host} within ${ms / 1000} s (network-timeout)`);
        this.name = 'NetworkTimeoutError';
    }
}
async function collect(body) {
    if (body === undefined)
        return undefined;
    const parts = [];
    for await (const chunk of body)
        parts.push(chunk);
    return Buffer.concat(parts);
}
/**
 * An isomorphic-git `http` plugin on fetch. The timeout is an idle timeout: it restarts with every
 * chunk received, so a large fetch that keeps streaming is never cut, and a remote that accepts the
 * connection but never answers (or stalls mid-pack) ends with NetworkTimeoutError.
 */
function fetchHttp(timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    return {
        async request({ url, method = 'GET', headers = {}, body }) {
            const controller = new AbortController();
            let timedOut = false;
            let timer;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    timedOut = true;
                    controller.abort();
                }, timeoutMs);
            };
            const fail = (err) => {
                clearTimeout(timer);
                if (timedOut)
                    throw new NetworkTimeoutError(url, timeoutMs);
                // undici wraps socket errors as TypeError('fetch failed') with the system error as cause.
                const cause = err.cause;
                if (typeof cause?.code === 'string')
                    throw Object.assign(new Error(typeof cause.message === 'string' ? cause.message : cause.code), { code: cause.code });
                throw err;
            };
            arm();
            let res;
            try {
                const payload = await collect(body);
                res = await fetch(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}), signal: controller.signal });
            }
            catch (err) {
                return fail(err);
            }
            arm();
            const reader = res.body?.getReader();
            const chunks = {
                [Symbol.asyncIterator]() {
                    return this;
                },
                async next() {
                    if (!reader)
                        return { done: true, value: undefined };
                    try {
                        const r = await reader.read();
                        if (r.done)
                            clearTimeout(timer);
                        else
                            arm();
                        return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
                    }
                    catch (err) {
                        return fail(err);
                    }
                },
                async return() {
                    clearTimeout(timer);
                    await reader?.cancel().catch(() => undefined);
                    return { done: true, value: undefined };
                }
            };
            return {
                url: res.url || url,
                method,
                statusCode: res.status,
                statusMessage: res.statusText,
                headers: Object.fromEntries(res.headers.entries()),
                body: chunks
            };
        }
    };
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchBranch: () => (/* binding */ fetchBranch),
/* harmony export */   pushRef: () => (/* binding */ pushRef),
/* harmony export */   remoteRefOid: () => (/* binding */ remoteRefOid)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3667);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7582);



/** The remote's value of one ref (one ls-refs round trip, protocol v2), or null when it has none. */
async function remoteRefOid(call, ref) {
    const refs = await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].listServerRefs */ .Ay.listServerRefs({ http: (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchHttp */ .DA)(call.timeoutMs), url: call.url, headers: call.headers, prefix: ref, protocolVersion: 2 });
    return refs.find((r) => r.ref === ref)?.oid ?? null;
}
/** Fetches one branch (no tags) and points `trackingRef` at its tip; returns the tip, or null. */
async function fetchBranch(dir, args) {
    const result = await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].fetch */ .Ay.fetch({
        fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()),
        http: (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchHttp */ .DA)(args.timeoutMs),
        dir,
        url: args.url,
        remote: args.remote,
        ref: args.branch,
        remoteRef: `refs/heads/${args.branch}`,
        singleBranch: true,
        tags: false,
        headers: args.headers,
        ...(args.depth !== undefined ? { depth: args.depth } : {})
    });
    const tip = result.fetchHead ?? null;
    // The clone's fetch refspec may not cover this branch (`git clone --depth 1` is single-branch),
    // so the tracking ref is written explicitly rather than left to refspec translation.
    if (tip !== null)
        await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].writeRef */ .Ay.writeRef({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, ref: args.trackingRef, value: tip, force: true });
    return tip;
}
/** One push of one ref, never forced. */
async function pushRef(dir, args) {
    await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].push */ .Ay.push({
        fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()),
        http: (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchHttp */ .DA)(args.timeoutMs),
        dir,
        url: args.url,
        remote: args.remote,
        ref: args.commitOid,
        remoteRef: args.remoteRef,
        headers: args.headers,
        onMessage: (line) => args.onMessage(line),
        onPrePush: async ({ remoteRef }) => args.onPrePush(remoteRef)
    });
}


/***/ })

};
