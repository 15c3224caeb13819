export const id = 4116;
export const ids = [4116];
export const modules = {

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* unused harmony export sha256HexOffThread */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
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


/***/ }),

/***/ 8799:
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
