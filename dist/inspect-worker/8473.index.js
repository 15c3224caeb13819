export const id = 8473;
export const ids = [8473,8035,4964,4116];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports ANNOTATION_MESSAGE_MAX, CHECK_TITLE_MAX, CHECK_MESSAGE_MAX, truncate, annotationText */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);
// Untrusted text (CSV cells, ids, policy values) is echoed into four places, each with its own
// grammar. One function per destination, so a call site says where the text is going:
//
// - workflow commands (annotations): @actions/core already escapes % \r \n in the message and
//   additionally : , in properties (file, title). We pass raw text and only bound its length;
//   escaping here as well would show `%25` to the reviewer.
// - log lines (core.info): core writes them verbatim, so a cell holding "\n::error::x" would start
//   a new line that the runner executes as a command. `logText` keeps the text on one line.
// - markdown (the job summary, closure summaries, review notes; GitHub-flavoured markdown with
//   inline HTML): `mdCell` / `mdText` encode every character that can open HTML, a link, code, a
//   table cell or a line break, and break @mentions and issue references.
// - CSV files: src/csv/write.ts prefixes formula starters; nothing to add here.
//
// In every one of them, zero-width and bidirectional formatting characters are shown as \uNNNN
// (src/util/ids.ts showInvisible): `B\u200b-1` must not read as `B-1`, nor an override reorder a line.

/** Runner v2.305+ truncates annotation messages at about 4096 characters; we cut first, visibly. */
const ANNOTATION_MESSAGE_MAX = 4000;
/** Checks API annotation limits: title 255 characters, message 64 KiB. */
const CHECK_TITLE_MAX = 255;
const CHECK_MESSAGE_MAX = (/* unused pure expression or super */ null && (64 * 1024 - 64));
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Never split a surrogate pair: a lone surrogate is invalid UTF-8 in the JSON we send.
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}
/** Text for an annotation message or title: bounded, otherwise verbatim (core escapes it). */
function annotationText(text, max = ANNOTATION_MESSAGE_MAX) {
    return truncate(showInvisible(text), max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex -- escapes the control characters that would split the log line
    const oneLine = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return oneLine.startsWith('::') ? ` ${oneLine}` : oneLine;
}
const MD_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '*': '&#42;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;'
};
const MD_SPECIAL = /[&<>"'|`[\]\\*~#!]/g;
/**
 * Inline markdown text, the one escaper for untrusted text in markdown (job summaries, closure
 * summaries and handoff notes, review notes): every character that could start HTML, a link or
 * image, code, emphasis or a heading is an entity; line breaks become spaces and other control
 * characters are dropped, so a cell, list item or heading cannot end early; zero-width and
 * bidirectional characters are shown as \uNNNN. Entities render as
 * the original characters, and entities (unlike backslash escapes) mean the same inside a GFM
 * table cell as outside one.
 *
 * github.com also links text after markdown is rendered: `@name` pings a user or team, `#123`,
 * `owner/repo#123` and `GH-123` link an issue. An entity does not stop that (the linker reads the
 * decoded text), so a zero-width space (&#8203;) goes after such an `@` and `#` and `GH-`: the text
 * reads the same and links nothing. An `@` after a letter or digit (an e-mail address) mentions
 * no one and is left alone. Bare URLs may still autolink: an autolink shows its own target, so it
 * cannot disguise where it goes (link text in [ ] could, and is escaped).
 */
function mdText(text) {
    return ((0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- strips the control characters Markdown cannot show
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(MD_SPECIAL, (c) => MD_ENTITIES[c])
        // `_` emphasizes only at a word edge (GFM: never inside a word), so snake_case stays legible.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '&#95;')
        // Letters and digits pass through unchanged, so these lookarounds see the original neighbours.
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '@&#8203;')
        .replace(/&#35;(?=\d)/g, '&#35;&#8203;')
        .replace(/(?<![A-Za-z0-9])(GH-)(?=\d)/gi, '$1&#8203;'));
}
/** A table cell: like mdText, bounded so one hostile cell cannot eat the summary's byte budget. */
function mdCell(text, max = 300) {
    if (text === null || text === undefined)
        return '';
    return mdText(truncate(String(text), max));
}
/** Inline code for trusted, generated values (paths we wrote, hashes); backticks cannot occur. */
function mdCode(text) {
    return `<code>${mdText(text)}</code>`;
}


/***/ }),

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
