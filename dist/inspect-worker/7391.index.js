export const id = 7391;
export const ids = [7391];
export const modules = {

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectorOfChain: () => (/* binding */ inspectorOfChain),
/* harmony export */   trustInspector: () => (/* binding */ trustInspector)
/* harmony export */ });
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(870);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4705);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2200);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9021);





// The trust family's inspector. A revision's verdict depends on every revision before it, so the
// chain is walked once (chain.ts) and each revision's facts are looked up; the fingerprint covers
// the pin and every revision's digest and verdict, so a cached verdict never outlives its chain.
const VERIFIER_VERSION = 'trust-root-verifier/1';
async function trustInspector(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_3__/* .requirePin */ .rC)(settings, 'verify');
    // The chain of the commit being verified (a store branch's tip, not the checked-out HEAD).
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_3__/* .storeCommit */ .Jv)(settings);
    return inspectorOfChain(await (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .readChain */ .U)(top, commit, pin, settings.now), settings.now);
}
function inspectorOfChain(chain, now) {
    const byPath = new Map(chain.revisions.map((r) => [r.paths.packet, r]));
    const summary = chain.revisions.map((r) => `${r.revision}:${r.sha256}:${r.findings.map((f) => f.code).join(',')}`).join(';');
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_FAMILY */ .UW,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${chain.pin ?? 'unpinned'}\0${summary}`),
        now,
        inspect: (input) => inspectRevision(input, byPath.get(input.path))
    };
}
function inspectRevision(input, r) {
    const parsed = input.signature ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnvelope */ .mE)(input.signature) : undefined;
    const sha = parsed?.ok ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(parsed.payload) : null;
    if (!r || (input.signature !== undefined && sha !== r.sha256)) {
        // A working-tree copy that differs from the committed revision (the store reports the edit).
        return { packetId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_PACKET_ID */ .si, digest: sha, supersedes: null, windowId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_WINDOW */ .gi, revision: input.ref.revision, signerId: null, keyId: null, signedAt: null, findings: [{ code: 'TRUST_ROOT_INVALID', field: '', detail: `${input.path} is not the revision committed at the verified commit` }] };
    }
    return {
        packetId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_PACKET_ID */ .si,
        digest: r.sha256,
        supersedes: r.doc?.previous?.sha256 ?? null,
        windowId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_WINDOW */ .gi,
        revision: r.doc?.version ?? null,
        signerId: r.counted.length > 0 ? r.counted.join(',') : null,
        keyId: null,
        signedAt: r.signedAt,
        findings: r.findings
    };
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


/***/ })

};
