export const id = 145;
export const ids = [145];
export const modules = {

/***/ 21373:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const {Transform, PassThrough} = __webpack_require__(2203);
const zlib = __webpack_require__(43106);
const mimicResponse = __webpack_require__(69991);

module.exports = response => {
	const contentEncoding = (response.headers['content-encoding'] || '').toLowerCase();

	if (!['gzip', 'deflate', 'br'].includes(contentEncoding)) {
		return response;
	}

	// TODO: Remove this when targeting Node.js 12.
	const isBrotli = contentEncoding === 'br';
	if (isBrotli && typeof zlib.createBrotliDecompress !== 'function') {
		response.destroy(new Error('Brotli is not supported on Node.js < 12'));
		return response;
	}

	let isEmpty = true;

	const checker = new Transform({
		transform(data, _encoding, callback) {
			isEmpty = false;

			callback(null, data);
		},

		flush(callback) {
			callback();
		}
	});

	const finalStream = new PassThrough({
		autoDestroy: false,
		destroy(error, callback) {
			response.destroy();

			callback(error);
		}
	});

	const decompressStream = isBrotli ? zlib.createBrotliDecompress() : zlib.createUnzip();

	decompressStream.once('error', error => {
		if (isEmpty && !response.readable) {
			finalStream.end();
			return;
		}

		finalStream.destroy(error);
	});

	mimicResponse(response, finalStream);
	response.pipe(checker).pipe(decompressStream).pipe(finalStream);

	return finalStream;
};


/***/ }),

/***/ 69991:
/***/ ((module) => {



// We define these manually to ensure they're always copied
// even if they would move up the prototype chain
// https://nodejs.org/api/http.html#http_class_http_incomingmessage
const knownProperties = [
	'aborted',
	'complete',
	'headers',
	'httpVersion',
	'httpVersionMinor',
	'httpVersionMajor',
	'method',
	'rawHeaders',
	'rawTrailers',
	'setTimeout',
	'socket',
	'statusCode',
	'statusMessage',
	'trailers',
	'url'
];

module.exports = (fromStream, toStream) => {
	if (toStream._readableState.autoDestroy) {
		throw new Error('The second stream must have the `autoDestroy` option set to `false`');
	}

	const fromProperties = new Set(Object.keys(fromStream).concat(knownProperties));

	const properties = {};

	for (const property of fromProperties) {
		// Don't overwrite existing properties.
		if (property in toStream) {
			continue;
		}

		properties[property] = {
			get() {
				const value = fromStream[property];
				const isFunction = typeof value === 'function';

				return isFunction ? value.bind(fromStream) : value;
			},
			set(value) {
				fromStream[property] = value;
			},
			enumerable: true,
			configurable: false
		};
	}

	Object.defineProperties(toStream, properties);

	fromStream.once('aborted', () => {
		toStream.destroy();

		toStream.emit('aborted');
	});

	fromStream.once('close', () => {
		if (fromStream.complete) {
			if (toStream.readable) {
				toStream.once('end', () => {
					toStream.emit('close');
				});
			} else {
				toStream.emit('close');
			}
		} else {
			toStream.emit('close');
		}
	});

	return toStream;
};


/***/ }),

/***/ 55560:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var wrappy = __webpack_require__(58264)
module.exports = wrappy(once)
module.exports.strict = wrappy(onceStrict)

once.proto = once(function () {
  Object.defineProperty(Function.prototype, 'once', {
    value: function () {
      return once(this)
    },
    configurable: true
  })

  Object.defineProperty(Function.prototype, 'onceStrict', {
    value: function () {
      return onceStrict(this)
    },
    configurable: true
  })
})

function once (fn) {
  var f = function () {
    if (f.called) return f.value
    f.called = true
    return f.value = fn.apply(this, arguments)
  }
  f.called = false
  return f
}

function onceStrict (fn) {
  var f = function () {
    if (f.called)
      throw new Error(f.onceError)
    f.called = true
    return f.value = fn.apply(this, arguments)
  }
  var name = fn.name || 'Function wrapped with `once`'
  f.onceError = name + " shouldn't be called more than once"
  f.called = false
  return f
}


/***/ }),

/***/ 85385:
/***/ ((module) => {

/*! simple-concat. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
module.exports = function (stream, cb) {
  var chunks = []
  stream.on('data', function (chunk) {
    chunks.push(chunk)
  })
  stream.once('end', function () {
    if (cb) cb(null, Buffer.concat(chunks))
    cb = null
  })
  stream.once('error', function (err) {
    if (cb) cb(err)
    cb = null
  })
}


/***/ }),

/***/ 16215:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*! simple-get. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
module.exports = simpleGet

const concat = __webpack_require__(85385)
const decompressResponse = __webpack_require__(21373) // excluded from browser build
const http = __webpack_require__(58611)
const https = __webpack_require__(65692)
const once = __webpack_require__(55560)
const querystring = __webpack_require__(83480)
const url = __webpack_require__(87016)

const isStream = o => o !== null && typeof o === 'object' && typeof o.pipe === 'function'

function simpleGet (opts, cb) {
  opts = Object.assign({ maxRedirects: 10 }, typeof opts === 'string' ? { url: opts } : opts)
  cb = once(cb)

  if (opts.url) {
    const { hostname, port, protocol, auth, path } = url.parse(opts.url) // eslint-disable-line node/no-deprecated-api
    delete opts.url
    if (!hostname && !port && !protocol && !auth) opts.path = path // Relative redirect
    else Object.assign(opts, { hostname, port, protocol, auth, path }) // Absolute redirect
  }

  const headers = { 'accept-encoding': 'gzip, deflate' }
  if (opts.headers) Object.keys(opts.headers).forEach(k => (headers[k.toLowerCase()] = opts.headers[k]))
  opts.headers = headers

  let body
  if (opts.body) {
    body = opts.json && !isStream(opts.body) ? JSON.stringify(opts.body) : opts.body
  } else if (opts.form) {
    body = typeof opts.form === 'string' ? opts.form : querystring.stringify(opts.form)
    opts.headers['content-type'] = 'application/x-www-form-urlencoded'
  }

  if (body) {
    if (!opts.method) opts.method = 'POST'
    if (!isStream(body)) opts.headers['content-length'] = Buffer.byteLength(body)
    if (opts.json && !opts.form) opts.headers['content-type'] = 'application/json'
  }
  delete opts.body; delete opts.form

  if (opts.json) opts.headers.accept = 'application/json'
  if (opts.method) opts.method = opts.method.toUpperCase()

  const originalHost = opts.hostname // hostname before potential redirect
  const protocol = opts.protocol === 'https:' ? https : http // Support http/https urls
  const req = protocol.request(opts, res => {
    if (opts.followRedirects !== false && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      opts.url = res.headers.location // Follow 3xx redirects
      delete opts.headers.host // Discard `host` header on redirect (see #32)
      res.resume() // Discard response

      const redirectHost = url.parse(opts.url).hostname // eslint-disable-line node/no-deprecated-api
      // If redirected host is different than original host, drop headers to prevent cookie leak (#73)
      if (redirectHost !== null && redirectHost !== originalHost) {
        delete opts.headers.cookie
        delete opts.headers.authorization
      }

      if (opts.method === 'POST' && [301, 302].includes(res.statusCode)) {
        opts.method = 'GET' // On 301/302 redirect, change POST to GET (see #35)
        delete opts.headers['content-length']; delete opts.headers['content-type']
      }

      if (opts.maxRedirects-- === 0) return cb(new Error('too many redirects'))
      else return simpleGet(opts, cb)
    }

    const tryUnzip = typeof decompressResponse === 'function' && opts.method !== 'HEAD'
    cb(null, tryUnzip ? decompressResponse(res) : res)
  })
  req.on('timeout', () => {
    req.abort()
    cb(new Error('Request timed out'))
  })
  req.on('error', cb)

  if (isStream(body)) body.on('error', cb).pipe(req)
  else req.end(body)

  return req
}

simpleGet.concat = (opts, cb) => {
  return simpleGet(opts, (err, res) => {
    if (err) return cb(err)
    concat(res, (err, data) => {
      if (err) return cb(err)
      if (opts.json) {
        try {
          data = JSON.parse(data.toString())
        } catch (err) {
          return cb(err, res, data)
        }
      }
      cb(null, res, data)
    })
  })
}

;['get', 'post', 'put', 'patch', 'head', 'delete'].forEach(method => {
  simpleGet[method] = (opts, cb) => {
    if (typeof opts === 'string') opts = { url: opts }
    return simpleGet(Object.assign({ method: method.toUpperCase() }, opts), cb)
  }
})


/***/ }),

/***/ 58264:
/***/ ((module) => {

// Returns a wrapper function that returns a wrapped callback
// The wrapper function should do some stuff, and return a
// presumably different callback function.
// This makes sure that own properties are retained, so that
// decorations and such are not lost along the way.
module.exports = wrappy
function wrappy (fn, cb) {
  if (fn && cb) return wrappy(fn)(cb)

  if (typeof fn !== 'function')
    throw new TypeError('need wrapper function')

  Object.keys(fn).forEach(function (k) {
    wrapper[k] = fn[k]
  })

  return wrapper

  function wrapper() {
    var args = new Array(arguments.length)
    for (var i = 0; i < args.length; i++) {
      args[i] = arguments[i]
    }
    var ret = fn.apply(this, args)
    var cb = args[args.length-1]
    if (typeof ret === 'function' && ret !== cb) {
      Object.keys(cb).forEach(function (k) {
        ret[k] = cb[k]
      })
    }
    return ret
  }
}


/***/ }),

/***/ 86145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertEventAllowed: () => (/* binding */ assertEventAllowed),
  exportAndPublish: () => (/* binding */ exportAndPublish)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(29395);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./node_modules/isomorphic-git/index.cjs
var isomorphic_git = __webpack_require__(63667);
// EXTERNAL MODULE: ./node_modules/simple-get/index.js
var simple_get = __webpack_require__(16215);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./node_modules/isomorphic-git/http/node/index.js



/**
 * @typedef {Object} GitProgressEvent
 * @property {string} phase
 * @property {number} loaded
 * @property {number} total
 */

/**
 * @callback ProgressCallback
 * @param {GitProgressEvent} progress
 * @returns {void | Promise<void>}
 */

/**
 * @typedef {Object} GitHttpRequest
 * @property {string} url - The URL to request
 * @property {string} [method='GET'] - The HTTP method to use
 * @property {Object<string, string>} [headers={}] - Headers to include in the HTTP request
 * @property {Object} [agent] - An HTTP or HTTPS agent that manages connections for the HTTP client (Node.js only)
 * @property {AsyncIterableIterator<Uint8Array>} [body] - An async iterator of Uint8Arrays that make up the body of POST requests
 * @property {ProgressCallback} [onProgress] - Reserved for future use (emitting `GitProgressEvent`s)
 * @property {AbortSignal} [signal] - Signal to abort the HTTP request
 * @property {Object} [fetchOptions={}] - Additional options to pass to fetch (Web) or simple-get (Node)
 */

/**
 * @typedef {Object} GitHttpResponse
 * @property {string} url - The final URL that was fetched after any redirects
 * @property {string} [method] - The HTTP method that was used
 * @property {Object<string, string>} [headers] - HTTP response headers
 * @property {AsyncIterableIterator<Uint8Array>} [body] - An async iterator of Uint8Arrays that make up the body of the response
 * @property {number} statusCode - The HTTP status code
 * @property {string} statusMessage - The HTTP status message
 */

/**
 * @callback HttpFetch
 * @param {GitHttpRequest} request
 * @returns {Promise<GitHttpResponse>}
 */

/**
 * @typedef {Object} HttpClient
 * @property {HttpFetch} request
 */

// Convert a value to an Async Iterator
// This will be easier with async generator functions.
function fromValue(value) {
  let queue = [value];
  return {
    next() {
      return Promise.resolve({ done: queue.length === 0, value: queue.pop() })
    },
    return() {
      queue = [];
      return {}
    },
    [Symbol.asyncIterator]() {
      return this
    },
  }
}

function getIterator(iterable) {
  if (iterable[Symbol.asyncIterator]) {
    return iterable[Symbol.asyncIterator]()
  }
  if (iterable[Symbol.iterator]) {
    return iterable[Symbol.iterator]()
  }
  if (iterable.next) {
    return iterable
  }
  return fromValue(iterable)
}

// Currently 'for await' upsets my linters.
async function forAwait(iterable, cb) {
  const iter = getIterator(iterable);
  while (true) {
    const { value, done } = await iter.next();
    if (value) await cb(value);
    if (done) break
  }
  if (iter.return) iter.return();
}

function asyncIteratorToStream(iter) {
  const stream = new external_stream_.PassThrough();
  setTimeout(async () => {
    await forAwait(iter, chunk => stream.write(chunk));
    stream.end();
  }, 1);
  return stream
}

async function collect(iterable) {
  let size = 0;
  const buffers = [];
  // This will be easier once `for await ... of` loops are available.
  await forAwait(iterable, value => {
    buffers.push(value);
    size += value.byteLength;
  });
  const result = new Uint8Array(size);
  let nextIndex = 0;
  for (const buffer of buffers) {
    result.set(buffer, nextIndex);
    nextIndex += buffer.byteLength;
  }
  return result
}

// Convert a Node stream to an Async Iterator
function fromNodeStream(stream) {
  // Use native async iteration if it's available.
  const asyncIterator = Object.getOwnPropertyDescriptor(
    stream,
    Symbol.asyncIterator
  );
  if (asyncIterator && asyncIterator.enumerable) {
    return stream
  }
  // Author's Note
  // I tried many MANY ways to do this.
  // I tried two npm modules (stream-to-async-iterator and streams-to-async-iterator) with no luck.
  // I tried using 'readable' and .read(), and .pause() and .resume()
  // It took me two loooong evenings to get to this point.
  // So if you are horrified that this solution just builds up a queue with no backpressure,
  // and turns Promises inside out, too bad. This is the first code that worked reliably.
  let ended = false;
  const queue = [];
  let defer = {};
  stream.on('data', chunk => {
    queue.push(chunk);
    if (defer.resolve) {
      defer.resolve({ value: queue.shift(), done: false });
      defer = {};
    }
  });
  stream.on('error', err => {
    if (defer.reject) {
      defer.reject(err);
      defer = {};
    }
  });
  stream.on('end', () => {
    ended = true;
    if (defer.resolve) {
      defer.resolve({ done: true });
      defer = {};
    }
  });
  return {
    next() {
      return new Promise((resolve, reject) => {
        if (queue.length === 0 && ended) {
          return resolve({ done: true })
        } else if (queue.length > 0) {
          return resolve({ value: queue.shift(), done: false })
        } else if (queue.length === 0 && !ended) {
          defer = { resolve, reject };
        }
      })
    },
    return() {
      stream.removeAllListeners();
      if (stream.destroy) stream.destroy();
    },
    [Symbol.asyncIterator]() {
      return this
    },
  }
}

/**
 * HttpClient
 *
 * @param {GitHttpRequest} request
 * @returns {Promise<GitHttpResponse>}
 */
async function request({
  onProgress,
  url,
  method = 'GET',
  headers = {},
  agent,
  fetchOptions = {},
  body,
  signal,
}) {
  // If we can, we should send it as a single buffer so it sets a Content-Length header.
  if (body && Array.isArray(body)) {
    // @ts-expect-error
    body = Buffer.from(await collect(body));
  } else if (body) {
    // @ts-expect-error
    body = asyncIteratorToStream(body);
  }
  const { followRedirects = true, maxRedirects = 10, ...options } = fetchOptions;
  /** @type {RedirectableRequest} */
  let next = { url, method: method.toUpperCase(), headers, body };
  for (let redirects = 0; ; redirects++) {
    const res = await send({
      ...options,
      ...next,
      agent,
      signal: signal ?? options.signal,
    });
    const location = res.headers.location;
    if (
      !followRedirects ||
      res.statusCode < 300 ||
      res.statusCode >= 400 ||
      !location
    ) {
      return toResponse(res)
    }
    // Discard the redirect body. simple-get has already wrapped it in a
    // decompressor, so a malformed body must not become an unhandled error.
    res.on('error', () => {});
    res.resume();
    if (redirects >= maxRedirects) throw new Error('too many redirects')
    next = redirectRequest(next, res.statusCode, location);
    // simple-get builds a body from `form` on every call; like its own
    // redirect handling, send it only with the first request.
    delete options.form;
  }
}

/**
 * @typedef {Object} RedirectableRequest
 * @property {string} url
 * @property {string} method
 * @property {Object<string, string>} headers
 * @property {any} body
 */

/**
 * Follows a redirect the way simple-get did, except that credentials are scoped
 * to an origin (scheme, host and port) rather than to a hostname, like curl,
 * which canonical git uses. simple-get kept the Authorization header when a
 * redirect changed only the port or the scheme.
 *
 * @param {RedirectableRequest} previous
 * @param {number} statusCode
 * @param {string} location
 * @returns {RedirectableRequest}
 */
function redirectRequest(previous, statusCode, location) {
  const url = new URL(location, previous.url);
  const sameOrigin = url.origin === new URL(previous.url).origin;
  let { method, body } = previous;
  const dropped = ['host'];
  if (!sameOrigin) dropped.push('authorization', 'cookie');
  // Like curl and RFC 7231 §6.4.4, a 303 always turns into a GET; a 301 or 302
  // turns only a POST into one.
  if (
    (statusCode === 303 && method !== 'GET' && method !== 'HEAD') ||
    (method === 'POST' && (statusCode === 301 || statusCode === 302))
  ) {
    method = 'GET';
    body = undefined;
    dropped.push('content-length', 'content-type');
  } else if (body && !Buffer.isBuffer(body)) {
    // A streamed body has been read by the first request and would be resent
    // empty.
    throw new Error(
      `cannot follow a ${statusCode} redirect: the request body is a stream and cannot be replayed`
    )
  }
  /** @type {Object<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(previous.headers)) {
    if (!dropped.includes(name.toLowerCase())) headers[name] = value;
  }
  return { url: url.href, method, headers, body }
}

/**
 * @param {object} options
 * @returns {Promise<any>}
 */
function send(options) {
  return new Promise((resolve, reject) => {
    simple_get({ ...options, followRedirects: false }, (err, res) =>
      err ? reject(err) : resolve(res)
    );
  })
}

/**
 * @param {any} res
 * @returns {GitHttpResponse}
 */
function toResponse(res) {
  return {
    url: res.url,
    method: res.method,
    statusCode: res.statusCode,
    statusMessage: res.statusMessage,
    body: fromNodeStream(res),
    headers: res.headers,
  }
}

var index = { request };

/* harmony default export */ const node = (index);


;// CONCATENATED MODULE: ./src/publish/remote.ts




/** The largest depth git's protocol accepts: native `git fetch --unshallow` sends the same. */
const FULL_DEPTH = 2147483647;
function authHeaders(token) {
    if (token === null)
        return {};
    // GITHUB_TOKEN and GitHub App installation tokens authenticate as user x-access-token.
    const basic = Buffer.from(`x-access-token:${token.reveal()}`, 'utf8').toString('base64');
    return { Authorization: `Basic ${basic}` };
}
/** The URL as it may appear in a message: any userinfo removed. */
function redactUrl(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
/**
 * Checks that the URL is one isomorphic-git can push to (http/https only) and carries no
 * credentials; a token inside a URL ends up in logs, so it must come through github-token.
 */
function checkRemoteUrl(raw, where) {
    const url = raw.trim();
    const scpLike = /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(url);
    if (scpLike || /^(ssh|git|file):\/\//i.test(url) || url.startsWith('/') || url.startsWith('.')) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${where}: remote '${redactUrl(url)}' is not an http(s) URL; release-evidence pushes over HTTPS only (ssh, git:// and local paths are not supported)`,
            problems: [{ file: where, message: 'unsupported remote transport', fix: `use the https URL of the repository, e.g. ${httpsSuggestion(url)}` }]
        });
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' is not a valid URL; use e.g. https://github.com/OWNER/REPO.git` });
    }
    // Plain http would carry the token in clear text; it is accepted only on the loopback interface
    // (a local mirror or a test server), never across a network.
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' must use https (the token must not travel in clear text)` });
    }
    if (parsed.username !== '' || parsed.password !== '') {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${where}: remote URL carries credentials; remove them from the URL and pass the token as the github-token input (or RELEASE_EVIDENCE_TOKEN for the CLI)`
        });
    }
    return url;
}
function httpsSuggestion(url) {
    const m = /^(?:ssh:\/\/)?(?:[\w.-]+@)?([\w.-]+)[:/](.+?)(?:\.git)?$/.exec(url);
    return m ? `https://${m[1]}/${m[2]}.git` : 'https://github.com/OWNER/REPO.git';
}
/** The URL configured for a local remote name, or null. */
async function configuredRemoteUrl(dir, remote) {
    const value = await isomorphic_git/* default.getConfig */.Ay.getConfig({ fs: (external_node_fs_default()), dir, path: `remote.${remote}.url` });
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
/** The remote's tip of a branch (one ls-refs round trip), or null when the branch does not exist. */
async function remoteTip(target, branch) {
    const ref = `refs/heads/${branch}`;
    const refs = await isomorphic_git/* default.listServerRefs */.Ay.listServerRefs({ http: node, url: target.url, headers: authHeaders(target.token), prefix: ref, protocolVersion: 2 });
    return refs.find((r) => r.ref === ref)?.oid ?? null;
}
/**
 * Fetches one branch into refs/remotes/<remote>/<branch>. `fullDepth` removes the shallow
 * boundary for this branch's history (isomorphic-git has no unshallow flag; a depth this large
 * is what native git sends for --unshallow).
 */
async function fetchBranch(dir, target, branch, opts) {
    const result = await isomorphic_git/* default.fetch */.Ay.fetch({
        fs: (external_node_fs_default()),
        http: node,
        dir,
        url: target.url,
        remote: target.remote,
        ref: branch,
        remoteRef: `refs/heads/${branch}`,
        singleBranch: true,
        tags: false,
        headers: authHeaders(target.token),
        ...(opts.fullDepth ? { depth: FULL_DEPTH } : {})
    });
    const tip = result.fetchHead ?? null;
    // The clone's fetch refspec may not cover this branch (`git clone --depth 1` is single-branch),
    // so the tracking ref is written explicitly rather than left to refspec translation.
    if (tip !== null)
        await isomorphic_git/* default.writeRef */.Ay.writeRef({ fs: (external_node_fs_default()), dir, ref: trackingRef(target, branch), value: tip, force: true });
    return tip;
}
function trackingRef(target, branch) {
    return `refs/remotes/${target.remote}/${branch}`;
}
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);
/** Maps what isomorphic-git or the socket threw to a kind the user can act on; null if not transport. */
function classifyTransportError(err) {
    const e = err;
    if (e?.code === 'HttpError' && typeof e.data?.statusCode === 'number') {
        const status = e.data.statusCode;
        const detail = `HTTP ${status} ${e.data.statusMessage ?? ''}`.trim();
        if (status === 401)
            return { kind: 'unauthorized', status, detail };
        if (status === 403)
            return { kind: 'forbidden', status, detail };
        if (status === 404)
            return { kind: 'not-found', status, detail };
        if (status >= 500)
            return { kind: 'server-error', status, detail };
        return { kind: 'protocol', status, detail };
    }
    // The HTTP client raises its own timeout as a plain Error with no code: a remote that stopped
    // answering is unreachable (exit 1 with the fix), not an internal error.
    if (e?.code === undefined && /^Request timed out$|^socket hang up$/.test(e?.message ?? ''))
        return { kind: 'unreachable', detail: e.message };
    if (e?.code !== undefined && UNREACHABLE_CODES.has(e.code))
        return { kind: 'unreachable', detail: `${e.code}: ${redactUrl(e.message ?? '')}` };
    if (e?.code === 'SmartHttpError' || e?.code === 'ParseError' || e?.code === 'EmptyServerResponseError' || e?.code === 'UnknownTransportError') {
        return { kind: 'protocol', detail: `${e.code}: ${redactUrl(e.message ?? '').split('\n')[0]}` };
    }
    return null;
}
/** The remote to publish to: the explicit URL, else the URL the clone has for `remote`. */
async function resolveRemoteTarget(dir, s) {
    if (s.url !== null)
        return { url: checkRemoteUrl(s.url, 'remote-url'), remote: s.remote, token: s.token };
    const configured = await configuredRemoteUrl(dir, s.remote);
    if (configured === null) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the clone has no URL for remote '${s.remote}'; set the 'remote-url' input (or --remote-url) to the repository's https URL`
        });
    }
    return { url: checkRemoteUrl(configured, `remote '${s.remote}'`), remote: s.remote, token: s.token };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/publish/local-branch.ts

async function alignLocalBranch(args) {
    const ref = `refs/heads/${args.branch}`;
    const local = await revParse(args.dir, ref);
    if (local === args.target)
        return 'up-to-date';
    if (local !== null && !args.discardable?.has(local) && !(await isAncestor(args.dir, local, args.target)))
        return 'diverged';
    if (await isCheckedOut(args.dir, ref)) {
        if (!args.moveCheckedOut)
            return 'left-checked-out';
        const r = await (0,exec/* git */.$)(['reset', '--quiet', '--keep', args.target], { cwd: args.dir, allowFail: true });
        return r.code === 0 ? 'advanced' : 'left-checked-out';
    }
    // Compare-and-swap on the ref: a concurrent local writer makes this fail instead of being overwritten.
    const r = await (0,exec/* git */.$)(['update-ref', '-m', 'release-evidence: align with remote', ref, args.target, local ?? ''], { cwd: args.dir, allowFail: true });
    if (r.code !== 0)
        return 'diverged';
    return local === null ? 'created' : 'advanced';
}
async function revParse(dir, ref) {
    const r = await (0,exec/* git */.$)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: dir, allowFail: true });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
async function isAncestor(dir, ancestor, descendant) {
    const r = await (0,exec/* git */.$)(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir, allowFail: true });
    return r.code === 0;
}
async function isCheckedOut(dir, ref) {
    const r = await (0,exec/* git */.$)(['symbolic-ref', '--quiet', 'HEAD'], { cwd: dir, allowFail: true });
    return r.code === 0 && r.stdout.toString('utf8').trim() === ref;
}

;// CONCATENATED MODULE: ./src/publish/deepen.ts






/**
 * Brings the store branch's history into the clone before the store reads it: one ls-refs, then
 * a fetch of that branch (to full depth when the clone is shallow). Throws UserError
 * HISTORY_SHALLOW when the history stays cut off.
 */
async function syncStoreBranch({ dir, target, branch }) {
    const shallowBefore = await shallowCommits(dir);
    let tip;
    try {
        tip = await remoteTip(target, branch);
        if (tip !== null)
            await fetchCompleteHistory({ dir, target, branch, tip });
    }
    catch (err) {
        const failure = classifyTransportError(err);
        if (failure === null)
            throw err;
        return offlineSync(dir, target, branch, shallowBefore, failure, err);
    }
    const after = await shallowCommits(dir);
    const deepened = shallowBefore.length > after.length;
    if (tip === null)
        return { remoteTip: null, baseOid: await localBranchTip(dir, target, branch), deepened, local: 'absent-on-remote' };
    // The store builds on refs/heads/<branch>: bring it to the tip so the first export is already right.
    const local = await alignLocalBranch({ dir, branch, target: tip, moveCheckedOut: false });
    return { remoteTip: tip, baseOid: tip, deepened, local };
}
/**
 * Fetches the branch so that the whole history of `tip` is in the clone. A plain fetch comes
 * first: a dedicated store branch shares no commits with the shallow code branch, so it arrives
 * complete and the code branch stays shallow. Only when the history still runs into a shallow
 * boundary is it fetched at full depth, which upload-pack treats as --unshallow (every shallow
 * boundary of the clone is lifted, as measured against git http-backend 2.39).
 * Throws HISTORY_SHALLOW if a boundary remains; transport errors are thrown as they are.
 */
async function fetchCompleteHistory(args) {
    const { dir, target, branch, tip } = args;
    const local = await localBranchTip(dir, target, branch);
    const shallow = await shallowCommits(dir);
    // When the local copy already runs into a boundary, the plain fetch would be wasted.
    const deepNow = shallow.length > 0 && local !== null && (await shallowBoundariesReachable(dir, local, shallow)).length > 0;
    await fetchBranch(dir, target, branch, { fullDepth: deepNow });
    let cut = await shallowBoundariesReachable(dir, tip);
    if (cut.length > 0 && !deepNow) {
        await fetchBranch(dir, target, branch, { fullDepth: true });
        cut = await shallowBoundariesReachable(dir, tip);
    }
    if (cut.length > 0)
        throw shallowHistoryError(branch, `${cut.length} shallow boundary commit(s) remain after fetching ${redactUrl(target.url)} to full depth`);
}
/** Without the remote, the local branch may still answer history questions if nothing cuts it off. */
async function offlineSync(dir, target, branch, shallow, failure, cause) {
    const local = await localBranchTip(dir, target, branch);
    const cut = local === null ? [] : await shallowBoundariesReachable(dir, local, shallow);
    if (cut.length > 0 || (local === null && shallow.length > 0)) {
        throw shallowHistoryError(branch, `the remote ${redactUrl(target.url)} could not be reached to deepen it (${failure.detail})`, cause);
    }
    return { remoteTip: null, baseOid: local, deepened: false, local: 'offline', offline: failure };
}
/** The local view of the branch: the local branch if it exists, else the tracking ref. */
async function localBranchTip(dir, target, branch) {
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/${target.remote}/${branch}`]) {
        const r = await (0,exec/* git */.$)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: dir, allowFail: true });
        if (r.code === 0)
            return r.stdout.toString('utf8').trim();
    }
    return null;
}
/** Commits listed in .git/shallow: the clone has them but not their parents. */
async function shallowCommits(dir) {
    const gitDir = (await (0,exec/* git */.$)(['rev-parse', '--git-dir'], { cwd: dir })).stdout.toString('utf8').trim();
    try {
        const text = await (0,external_node_fs_promises_.readFile)((0,external_node_path_.resolve)(dir, gitDir, 'shallow'), 'utf8');
        return text.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
}
/** The shallow boundary commits that `tip`'s history runs into (empty: the history is complete). */
async function shallowBoundariesReachable(dir, tip, known) {
    const shallow = known ?? (await shallowCommits(dir));
    const cut = [];
    for (const oid of shallow) {
        const r = await (0,exec/* git */.$)(['merge-base', '--is-ancestor', oid, tip], { cwd: dir, allowFail: true });
        if (r.code === 0)
            cut.push(oid);
    }
    return cut;
}
/** Throws HISTORY_SHALLOW unless the history of `tip` is complete in this clone. */
async function assertCompleteHistory(dir, branch, tip) {
    const cut = await shallowBoundariesReachable(dir, tip);
    if (cut.length > 0)
        throw shallowHistoryError(branch, `its history stops at shallow commit ${cut[0]}`);
}
function shallowHistoryError(branch, why, cause) {
    return new errors/* UserError */.yo({
        code: 'HISTORY_SHALLOW',
        message: `the history of store branch '${branch}' is cut off in this clone (a shallow checkout), and ${why}; ` +
            'a cut-off history cannot prove when a packet was added or that it was never rewritten',
        problems: [
            {
                file: '.git/shallow',
                message: 'shallow clone',
                fix: "set 'fetch-depth: 0' on actions/checkout (or run 'git fetch --unshallow' locally), then run again"
            }
        ],
        cause
    });
}

;// CONCATENATED MODULE: ./src/publish/failure.ts


class PublishFailedError extends errors/* PolicyFailure */.X2 {
    details;
    constructor(details, cause) {
        super({ code: 'PUBLISH_FAILED', message: publishFailureMessage(details), cause });
        this.details = details;
    }
    get files() {
        return this.details.files;
    }
}
const FIXES = {
    unauthorized: () => "the token was refused (HTTP 401). Fix: pass a valid token as the 'github-token' input (the default '${{ github.token }}' works for the same repository); an expired or revoked PAT, or a token for another host, is refused",
    forbidden: (d) => `the token may not push to '${d.branch}' (HTTP 403). Fix: give the job 'permissions: contents: write' (GITHUB_TOKEN is read-only by default in many organisations and always read-only on pull requests from forks), or pass a token that can push`,
    'not-found': () => "the repository was not found (HTTP 404; GitHub also answers 404 when the token cannot see a private repository). Fix: check the 'remote-url' input or the checkout's origin, and that the token has access to this repository",
    unreachable: (d) => `the remote could not be reached (${d.detail}). Fix: check the remote URL and the runner's network access to it, then re-run the job`,
    'server-error': (d) => `the remote failed (${d.detail}). Fix: re-run the job; if it persists, check the git host's status`,
    protocol: (d) => `the remote did not answer as a git smart-HTTP server (${d.detail}). Fix: check that the remote URL points at the repository itself (https://HOST/OWNER/REPO.git)`,
    rejected: (d) => `the remote refused to update '${d.branch}' (${d.detail}); the branch is probably protected or a server hook declined the push. ` +
        "Fix: point the 'store-branch' input at a dedicated branch that the workflow may push to (e.g. release-evidence), or let this workflow's token bypass the branch's protection rules",
    'race-exhausted': (d) => `other runs kept updating '${d.branch}' first: the export was rebuilt on the new tip and pushed ${d.attempts} times without landing. ` +
        "Fix: raise the 'max-attempts' input, or serialize the runs that publish evidence with a workflow 'concurrency' group (cancel-in-progress: false)"
};
function publishFailureMessage(d) {
    const lines = [`could not publish the signed files to ${d.url} (branch '${d.branch}'): ${FIXES[d.reason](d)}.`];
    for (const m of d.serverMessages ?? [])
        lines.push(`  remote: ${(0,ids.printable)(m, 300)}`);
    if (d.commitOid !== null) {
        lines.push(`The signed files are not lost: they are committed locally (commit ${d.commitOid}, ${d.files.length} file(s)); on a runner they are also uploaded as a workflow artifact. Re-running after the fix publishes them.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/publish/push.ts





// One compare-and-swap push: "set refs/heads/<branch> to <commit> if it is still <expected>".
// Nothing is ever forced. Losing a race is detected by comparing object ids, never by matching
// a message string (retry logic keyed on "non-fast-forward" text is a known way to never retry):
//   - before sending, the tip the server advertises is compared with the tip we built on
//     (onPrePush); a mismatch cancels the push before isomorphic-git walks any history;
//   - if the server refuses the update anyway (another push landed between its advertisement
//     and our pack, so its ref lock fails), the tip is read again: moved means we raced,
//     unchanged means the server itself said no (a hook, a branch protection rule).
const ZERO_OID = '0000000000000000000000000000000000000000';
const MAX_SERVER_LINES = 20;
/** Pushes one commit as a fast-forward of `expectedTip`. Transport failures are thrown as-is. */
async function pushCommit(args) {
    const remoteRef = `refs/heads/${args.branch}`;
    const serverMessages = [];
    let advertised;
    try {
        await isomorphic_git/* default.push */.Ay.push({
            fs: (external_node_fs_default()),
            http: node,
            dir: args.dir,
            url: args.target.url,
            remote: args.target.remote,
            ref: args.commitOid,
            remoteRef,
            headers: authHeaders(args.target.token),
            onMessage: (line) => {
                // Server output is untrusted text that ends up in our logs: escape and cap it.
                const text = (0,ids.printable)(line.trim(), 300);
                if (text !== '' && serverMessages.length < MAX_SERVER_LINES)
                    serverMessages.push(text);
            },
            onPrePush: async ({ remoteRef: seen }) => {
                advertised = seen.oid === ZERO_OID ? null : seen.oid;
                return advertised === args.expectedTip;
            }
        });
        return { kind: 'pushed', commitOid: args.commitOid };
    }
    catch (err) {
        const code = err.code;
        if (code === 'UserCanceledError' && advertised !== undefined)
            return { kind: 'raced', remoteTip: advertised };
        if (code === 'PushRejectedError' || code === 'GitPushError') {
            const now = await remoteTip(args.target, args.branch);
            if (now !== args.expectedTip)
                return { kind: 'raced', remoteTip: now };
            return { kind: 'rejected', refError: refErrorOf(err, remoteRef), serverMessages };
        }
        throw err;
    }
}
function refErrorOf(err, remoteRef) {
    const e = err;
    if (e.code === 'PushRejectedError')
        return e.data?.reason ?? 'rejected';
    const text = e.data?.result?.refs?.[remoteRef]?.error;
    return (0,ids.printable)(text && text !== '' ? text : 'rejected', 200);
}

;// CONCATENATED MODULE: ./src/publish/race.ts







const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * Delay before retry number `attempt` (1-based): exponential with a ceiling, plus a jitter below
 * `baseMs` derived from `seed` (the commit being pushed), so runs that collided do not collide
 * again in lockstep, yet the same inputs always wait the same times.
 */
function retryDelayMs(attempt, seed, opts = {}) {
    const base = opts.baseMs ?? 1000;
    const max = opts.maxMs ?? 16_000;
    const exponential = Math.min(max, base * 2 ** (attempt - 1));
    const jitter = base === 0 ? 0 : Number.parseInt((0,hash/* sha256Hex */.fg)(`${seed}:${attempt}`).slice(0, 8), 16) % base;
    return exponential + jitter;
}
async function publishStore(args) {
    const maxAttempts = args.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const sleep = args.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const events = [];
    const emit = (e) => {
        events.push(e);
        args.onEvent?.(e);
    };
    let current = args.candidate;
    let attempts = 0;
    // Export commits this run built; one replaced by a rebuild may be dropped from the local branch.
    const built = new Set();
    if (current.commitOid !== null)
        built.add(current.commitOid);
    const fail = (reason, detail, extra = {}, cause) => new PublishFailedError({ reason, branch: args.branch, url: redactUrl(args.target.url), detail, attempts, commitOid: current.commitOid, files: current.files, ...extra }, cause);
    // Transport failures become PUBLISH_FAILED with the files to keep; anything else is a bug and propagates.
    const guard = async (op) => {
        try {
            return await op();
        }
        catch (err) {
            const t = classifyTransportError(err);
            if (t === null)
                throw err;
            throw fail(t.kind, t.detail, {}, err);
        }
    };
    const done = async (status, remoteTip) => {
        const local = remoteTip === null ? 'not-moved' : await alignLocalBranch({ dir: args.dir, branch: args.branch, target: remoteTip, discardable: built, moveCheckedOut: true });
        return { status, branch: args.branch, remoteTip, export: current, attempts, events, local };
    };
    for (;;) {
        const tip = await guard(() => remoteTip(args.target, args.branch));
        if (current.commitOid !== null && current.commitOid === tip)
            return done('already-published', tip);
        // A branch the remote does not have yet is created from the export as built locally (its
        // parent chain goes with it); otherwise the export must sit directly on the remote tip.
        const onTip = current.baseOid === tip || (tip === null && current.commitOid !== null);
        if (!onTip) {
            // The store is about to ask which revisions exist on the tip: that needs its whole history.
            if (tip !== null)
                await guard(() => fetchCompleteHistory({ dir: args.dir, target: args.target, branch: args.branch, tip }));
            current = await args.rebuildOnTip(tip);
            if (current.commitOid !== null)
                built.add(current.commitOid);
            emit({ kind: 'rebuilt', attempt: attempts + 1, tip, commitOid: current.commitOid, revision: current.revision });
        }
        if (current.commitOid === null) {
            emit({ kind: 'unchanged', attempt: attempts, tip });
            return done('unchanged', tip);
        }
        attempts++;
        const commitOid = current.commitOid;
        const outcome = await guard(() => pushCommit({ dir: args.dir, target: args.target, branch: args.branch, commitOid, expectedTip: tip }));
        if (outcome.kind === 'pushed') {
            emit({ kind: 'pushed', attempt: attempts, commitOid });
            return done('pushed', commitOid);
        }
        if (outcome.kind === 'rejected') {
            throw fail('rejected', outcome.refError, { serverMessages: outcome.serverMessages });
        }
        if (attempts >= maxAttempts) {
            emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs: 0 });
            throw fail('race-exhausted', `the tip moved to ${outcome.remoteTip ?? '(deleted)'}`);
        }
        const waitMs = retryDelayMs(attempts, commitOid, args.backoff);
        emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs });
        await sleep(waitMs);
    }
}

;// CONCATENATED MODULE: ./src/publish/config.ts




const DEFAULT_PUBLISH = { remote: 'origin', url: null, maxAttempts: DEFAULT_MAX_ATTEMPTS };
const MAX_ATTEMPTS_LIMIT = 20;
function resolvePublishSettings(inputs, file = 'action inputs') {
    const problems = [];
    const bad = (field, message, fix) => {
        problems.push({ file, field, message, fix });
    };
    const remote = (inputs.remote ?? '').trim() || DEFAULT_PUBLISH.remote;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        bad('remote', `'${(0,ids.printable)(remote)}' is not a remote name`, "use the name of a configured remote, e.g. 'origin'");
    let url = null;
    const rawUrl = (inputs.remoteUrl ?? '').trim();
    if (rawUrl !== '') {
        try {
            url = checkRemoteUrl(rawUrl, 'remote-url');
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.yo))
                throw err;
            bad('remote-url', err.message.split('\n')[0].replace(/^remote-url: /, ''), 'use the https URL of the repository, e.g. https://github.com/OWNER/REPO.git');
        }
    }
    let maxAttempts = DEFAULT_PUBLISH.maxAttempts;
    const rawAttempts = (inputs.maxAttempts ?? '').trim();
    if (rawAttempts !== '') {
        const n = /^\d{1,3}$/.test(rawAttempts) ? Number(rawAttempts) : Number.NaN;
        if (!(n >= 1 && n <= MAX_ATTEMPTS_LIMIT)) {
            bad('max-attempts', `'${(0,ids.printable)(rawAttempts)}' is not a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`, `use e.g. ${DEFAULT_MAX_ATTEMPTS}`);
        }
        else
            maxAttempts = n;
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: 'invalid publish settings', problems });
    return { remote, url, maxAttempts };
}

;// CONCATENATED MODULE: ./src/publish/unsafe-event.ts



const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
function fullName(repo) {
    const name = repo?.full_name;
    return typeof name === 'string' && name !== '' ? name : null;
}
function get(obj, ...path) {
    let cur = obj;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * Decides whether this run may commit and push evidence. `event` is the parsed GITHUB_EVENT_PATH
 * payload, or null when it was absent or unreadable (then PR-type events fail closed).
 */
function assessPublishEvent(input) {
    const { env, event, allowUnsafe } = input;
    const eventName = env.GITHUB_EVENT_NAME?.trim() || null;
    if (eventName === null)
        return { allowed: true, reason: 'not-a-workflow-run', eventName, detail: 'GITHUB_EVENT_NAME is not set (not a workflow run)' };
    const unsafe = assessUnsafe(eventName, env, event);
    if (unsafe === null) {
        const detail = PR_EVENTS.has(eventName) ? 'the pull request comes from this repository' : `event '${eventName}' runs trusted code`;
        return { allowed: true, reason: PR_EVENTS.has(eventName) ? 'same-repository-pr' : 'trusted-event', eventName, detail };
    }
    if (allowUnsafe)
        return { allowed: true, reason: 'allowed-by-input', eventName, detail: `${unsafe.detail}; allowed by allow-unsafe-pr-commit` };
    return { allowed: false, eventName, ...unsafe };
}
function assessUnsafe(eventName, env, event) {
    const repository = env.GITHUB_REPOSITORY?.trim() || null;
    if (eventName === 'pull_request_target') {
        return { reason: 'pull-request-target', detail: "event 'pull_request_target' runs with this repository's write token on behalf of a pull request" };
    }
    if (PR_EVENTS.has(eventName)) {
        if (event === null || typeof event !== 'object' || get(event, 'pull_request') === undefined) {
            return { reason: 'unreadable-event', detail: `event '${eventName}' but the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request's origin is unknown` };
        }
        const head = fullName(get(event, 'pull_request', 'head', 'repo'));
        const base = fullName(get(event, 'pull_request', 'base', 'repo')) ?? repository;
        // A deleted fork leaves head.repo null: unknown origin is treated as a fork.
        if (head === null || base === null || !same(head, base) || get(event, 'pull_request', 'head', 'repo', 'fork') === true) {
            return { reason: 'fork-pull-request', detail: `the pull request comes from '${(0,ids.printable)(head ?? '(deleted repository)')}', not from '${(0,ids.printable)(base ?? '(unknown)')}'` };
        }
        return null;
    }
    if (eventName === 'workflow_run') {
        if (event === null || typeof event !== 'object') {
            return { reason: 'unreadable-event', detail: "event 'workflow_run' but the event payload (GITHUB_EVENT_PATH) could not be read" };
        }
        const head = fullName(get(event, 'workflow_run', 'head_repository'));
        const base = fullName(get(event, 'repository')) ?? repository;
        const triggeredBy = get(event, 'workflow_run', 'event');
        if (head !== null && base !== null && !same(head, base)) {
            return { reason: 'fork-workflow-run', detail: `the triggering run (${(0,ids.printable)(String(triggeredBy ?? 'unknown event'))}) comes from '${(0,ids.printable)(head)}', not from '${(0,ids.printable)(base)}'` };
        }
        return null;
    }
    return null;
}
/** Throws UserError UNSAFE_EVENT (exit 2) with the fix when the verdict refuses publishing. */
function assertPublishAllowed(verdict) {
    if (verdict.allowed)
        return;
    throw new errors/* UserError */.yo({
        code: 'UNSAFE_EVENT',
        message: `refusing to commit or push evidence: ${verdict.detail}`,
        problems: [
            {
                file: 'workflow',
                field: 'on',
                message: `event '${verdict.eventName}' (${verdict.reason})`,
                fix: "run the publishing job on push, workflow_dispatch or schedule (or on pull_request from this repository); set 'allow-unsafe-pr-commit: true' only if the job never runs code or inputs from the pull request"
            }
        ]
    });
}
/** Reads and parses GITHUB_EVENT_PATH; null when unset, missing or not JSON (callers fail closed). */
async function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return null;
    try {
        return JSON.parse(await readFile(path, 'utf8'));
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/publish/index.ts
// The publish stage's public surface. Order of use in a run:
//   1. assertPublishAllowed(assessPublishEvent({env, event: await readEventPayload(env), allowUnsafe}))
//   2. target = await resolveRemoteTarget(dir, {...(settings.publish ?? DEFAULT_PUBLISH), token: settings.action?.githubToken ?? null})
//   3. sync = await syncStoreBranch({dir, target, branch})   -- before the store asks any history question
//   4. the store exports on sync.baseOid and commits locally   -- the candidate
//   5. outcome = await publishStore({dir, target, branch, candidate, rebuildOnTip})
//      PublishFailedError (PUBLISH_FAILED, exit 1) carries .files to upload as an artifact.








// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/closure/export.ts + 2 modules
var closure_export = __webpack_require__(81604);
;// CONCATENATED MODULE: ./src/closure/publish.ts








/** Step 1: a fork's pull request or pull_request_target never commits evidence (unless allowed). */
function assertEventAllowed(settings) {
    const p = settings.publish;
    if (!p?.event)
        return;
    const env = { GITHUB_EVENT_NAME: p.event.name || undefined, GITHUB_REPOSITORY: p.event.repository || undefined };
    assertPublishAllowed(assessPublishEvent({ env, event: p.event.payload, allowUnsafe: p.allowUnsafePrCommit }));
}
async function currentBranch(top) {
    const r = await (0,exec/* git */.$)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top, allowFail: true });
    const name = r.stdout.toString('utf8').trim();
    return r.code === 0 && name !== '' ? name : null;
}
async function refOid(top, ref) {
    const r = await (0,exec/* git */.$)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top, allowFail: true });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
/** Points the local store branch at `base` before the store builds on it (never losing a commit). */
async function alignBranch(top, branch, base, ours) {
    if (base === null)
        return;
    const update = await alignLocalBranch({ dir: top, branch, target: base, discardable: ours, moveCheckedOut: true });
    if (update === 'diverged') {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the checked-out branch '${branch}' has commits the remote does not have, so the closure packets cannot be built on the remote tip; push or drop them, or set the 'store-branch' input to a dedicated branch (e.g. release-evidence)`
        });
    }
    if (update === 'left-checked-out') {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the checked-out branch '${branch}' could not be moved to the remote tip ${base.slice(0, 12)} because local changes would be overwritten; commit or discard them, or set the 'store-branch' input to a dedicated branch`
        });
    }
}
function builtExport(r, baseOid) {
    const written = r.windows.filter((w) => w.action === 'written');
    return {
        commitOid: written.at(-1)?.commitOid ?? null,
        baseOid,
        files: written.flatMap((w) => (w.files ? [w.files.packet, w.files.signature, w.files.log] : [])),
        revision: written.map((w) => `${w.series.window}/${(0,revision/* formatRevision */.T)(w.revision)}`).join(', ')
    };
}
function describeEvent(e) {
    switch (e.kind) {
        case 'rebuilt':
            return `rebuilt on ${e.tip ?? '(new branch)'}: ${e.commitOid ?? 'nothing to write'}`;
        case 'raced':
            return `another run pushed first (remote at ${e.remoteTip ?? '(deleted)'}); retrying in ${e.waitMs} ms`;
        case 'pushed':
            return `pushed ${e.commitOid} (attempt ${e.attempt})`;
        case 'unchanged':
            return 'the remote already holds this content; nothing to push';
    }
}
/** Exports (and, with `publish.push`, publishes) the closure packets; a failed push is returned, not thrown. */
async function exportAndPublish({ settings, gate, env, log }) {
    assertEventAllowed(settings);
    const secrets = { input: settings.signing?.key?.reveal(), env };
    const push = settings.publish;
    if (!push?.push)
        return { result: await (0,closure_export/* exportClosure */.a)({ settings, gate, secrets }) };
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const branch = settings.git?.storeBranch || (await currentBranch(top));
    if (!branch) {
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input (--store-branch)" });
    }
    const publish = resolvePublishSettings(push.target);
    const target = await resolveRemoteTarget(top, { ...publish, token: push.token });
    const sync = await syncStoreBranch({ dir: top, target, branch });
    if (sync.deepened)
        log.info(`Fetched the full history of ${(0,report_escape/* logText */.kc)(branch)} (the clone was shallow).`);
    if (sync.offline)
        log.warning(`The remote could not be reached (${(0,report_escape/* logText */.kc)(sync.offline.detail)}); building on the local ${(0,report_escape/* logText */.kc)(branch)}.`);
    const ours = new Set();
    const pinned = { ...settings, git: { ...(settings.git ?? src_settings/* DEFAULT_GIT */.P), storeBranch: branch } };
    let result;
    const build = async (base) => {
        await alignBranch(top, branch, base, ours);
        const parent = await refOid(top, `refs/heads/${branch}`);
        result = await (0,closure_export/* exportClosure */.a)({ settings: pinned, gate, secrets });
        for (const w of result.windows)
            if (w.commitOid)
                ours.add(w.commitOid);
        return builtExport(result, parent);
    };
    const candidate = await build(sync.baseOid);
    try {
        const outcome = await publishStore({
            dir: top,
            target,
            branch,
            candidate,
            rebuildOnTip: build,
            maxAttempts: publish.maxAttempts,
            onEvent: (e) => log.info(`Publish: ${(0,report_escape/* logText */.kc)(describeEvent(e))}`)
        });
        return { result: result, publish: outcome };
    }
    catch (err) {
        if (err instanceof PublishFailedError)
            return { result: result, publishError: err };
        throw err;
    }
}


/***/ })

};
