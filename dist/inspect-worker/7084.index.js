export const id = 7084;
export const ids = [7084,3259,2561,7081,9631,4484,4310,1102,1170,2012,3470];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays),
/* harmony export */   retentionPolicyParser: () => (/* binding */ retentionPolicyParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

async function loadRetentionPolicy(path, file = path) {
    // the YAML parser and the schema validators load on first use: a warm index query needs neither
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return (text, file) => checkRetentionPolicy(parsePolicy('retention', text, file));
}
function checkRetentionPolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const ci = new Set(data.ci_roles);
    for (const [field, roles] of [['hold_roles', data.hold_roles], ['purge_roles', data.purge_roles]]) {
        roles.forEach((r, i) => {
            if (ci.has(r))
                problems.push({ file, field: `/${field}/${i}`, message: `'${r}' is also a CI role`, fix: 'give holds and purge approvals to people, never to the pipeline key' });
        });
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${file}: invalid retention policy`, problems });
    return policy;
}
/** The days a window is kept: the longest period that applies to it. */
function retentionDays(policy, hasBlockRow) {
    return hasBlockRow ? Math.max(policy.retention_days_default, policy.retention_days_block_alarms) : policy.retention_days_default;
}
/** ISO 8601 duration (the schema's subset: weeks, days, hours, minutes, seconds) in ms. */
function durationMs(text) {
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
    if (!m)
        throw new RangeError(`'${text}' is not an ISO 8601 duration`);
    const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
}


/***/ }),

/***/ 6995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   approvalInspector: () => (/* binding */ approvalInspector),
/* harmony export */   approvalKey: () => (/* binding */ approvalKey),
/* harmony export */   approvalRecord: () => (/* binding */ approvalRecord),
/* harmony export */   purgeIdOf: () => (/* binding */ purgeIdOf),
/* harmony export */   renderPurgeLog: () => (/* binding */ renderPurgeLog),
/* harmony export */   signApproval: () => (/* binding */ signApproval),
/* harmony export */   signTombstone: () => (/* binding */ signTombstone),
/* harmony export */   subjectSha256: () => (/* binding */ subjectSha256),
/* harmony export */   tombstoneInspector: () => (/* binding */ tombstoneInspector),
/* harmony export */   tombstoneRecord: () => (/* binding */ tombstoneRecord),
/* harmony export */   verifyApproval: () => (/* binding */ verifyApproval),
/* harmony export */   verifyTombstone: () => (/* binding */ verifyTombstone)
/* harmony export */ });
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9062);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(997);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6096);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2012);









// The two signed records of a purge. An approval names exactly what it approves (the subject: a
// family's window, every file with its blob id, the expiry), so it cannot be reused for other
// files; its purge_id is derived from that subject, so two approvers who read the same plan
// approve the same purge. The tombstone is what the purge commit adds: the targets with their
// blob ids and sha256, the index rows archived before removal, and the approvals it relies on.
// This module checks one record on its own (what `verify` asks of every stored revision); the
// checks across records and history (two distinct approvers before the tombstone, no hold, expiry
// passed, the targets removed in the tombstone's own commit) are purge-authority.ts.
/** Bumped when these rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'purge-records/1';
function subjectSha256(s) {
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)({ family: s.family, release_window_id: s.release_window_id, targets: s.targets.map((t) => ({ path: t.path, blob: t.blob })), retention_expiry_utc: s.retention_expiry_utc });
}
function purgeIdOf(targetsSha256) {
    return `p${targetsSha256.slice(0, 12)}`;
}
/** One approval series per approver and purge: a second approval by the same signer id is refused as r002. */
function approvalKey(purgeId, signerId) {
    return `${purgeId}-${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(signerId).slice(0, 8)}`;
}
function seal(body) {
    return { ...body, signature_digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body) };
}
function approvalRecord(subject, signer) {
    const targets_sha256 = subjectSha256(subject);
    return seal({ ...subject, purge_id: purgeIdOf(targets_sha256), revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1), targets_sha256, signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer) });
}
function tombstoneRecord(args, signer) {
    return seal({ ...args, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1), purged_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(signer.at), signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer) });
}
function signApproval(r, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO, r, signer);
}
function signTombstone(r, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_KIND */ .X8, r, signer);
}
function verifyApproval(json, sig, trust, at, where) {
    return verifyRecord(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO, json, sig, trust, at, where, (role) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.mayApprovePurge)(trust, role), (r, out) => {
        if (typeof r.purge_id === 'string' && where?.key !== undefined && typeof r.signer?.signer_id === 'string' && where.key !== approvalKey(r.purge_id, r.signer.signer_id)) {
            out.push(invalid('/purge_id', `the approval is stored as ${where.key}, not as ${approvalKey(r.purge_id, r.signer.signer_id)} (its purge and signer)`));
        }
    });
}
function verifyTombstone(json, sig, trust, at, where) {
    return verifyRecord(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_KIND */ .X8, json, sig, trust, at, where, (role) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.mayApplyPurge)(trust, role), (r, out) => {
        if (where?.key !== undefined && r.purge_id !== where.key)
            out.push(invalid('/purge_id', `the tombstone is stored as ${where.key}, not as its purge ${String(r.purge_id)}`));
        const prefix = `${String(r.family_root)}/${String(r.release_window_id)}/`;
        if (!Array.isArray(r.targets) || r.targets.length === 0)
            out.push(invalid('/targets', 'the tombstone lists no target'));
        else if (r.targets.some((t) => typeof t?.path !== 'string' || !t.path.startsWith(prefix) || typeof t.sha256 !== 'string'))
            out.push(invalid('/targets', `every target must be a file under ${prefix} with its sha256`));
        if (!Array.isArray(r.approvals) || r.approvals.some((a) => typeof a?.path !== 'string' || !a.path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ.root}/`)))
            out.push(invalid('/approvals', `the approvals must be files under ${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ.root}/`));
        if (!Array.isArray(r.archived_rows))
            out.push(invalid('/archived_rows', 'the tombstone has no archived index rows'));
    });
}
function invalid(field, detail) {
    return { code: 'PURGE_RECORD_INVALID', field, detail };
}
function verifyRecord(kind, json, sig, trust, at, where, mayRole, own) {
    const findings = [];
    let doc;
    let signedAt = null;
    let demo = false;
    if (sig === undefined)
        doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
    else {
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(kind, json, sig, trust.keyring, at);
        if (v.ok) {
            doc = v.doc;
            signedAt = v.signedAt;
            demo = v.key.demo;
            if (!mayRole(v.key.role)) {
                findings.push({ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${v.key.role}'; ${kind === _family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO ? `an approval needs one of the purge_roles (${trust.policy.data.purge_roles.join(', ')}), never a CI role` : 'a tombstone needs a purge role or a CI role'}` });
            }
        }
        else {
            findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` });
            doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
        }
    }
    const r = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined);
    if (!r)
        findings.push(invalid('', 'the record is not a JSON object'));
    else {
        const { signature_digest: digest, ...body } = r;
        if (digest !== (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body))
            findings.push(invalid('/signature_digest', 'signature_digest is not the sha256 of the record without it'));
        if (r.revision !== (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1))
            findings.push(invalid('/revision', 'a purge record has one revision, r001'));
        if (typeof r.release_window_id !== 'string' || !(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalId */ ._I)(r.release_window_id) || (where && r.release_window_id !== where.window))
            findings.push(invalid('/release_window_id', `the record names window ${JSON.stringify(r.release_window_id)}${where ? `, stored under ${where.window}` : ''}`));
        const subject = { family: r.family, release_window_id: r.release_window_id, targets: r.targets, retention_expiry_utc: r.retention_expiry_utc };
        const sha = Array.isArray(subject.targets) ? subjectSha256(subject) : '';
        if (r.targets_sha256 !== sha || r.purge_id !== purgeIdOf(sha))
            findings.push(invalid('/targets_sha256', 'targets_sha256 or purge_id is not derived from the family, window, targets and expiry'));
        if (typeof r.retention_expiry_utc !== 'string' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isCanonicalUtc */ .xy)(r.retention_expiry_utc))
            findings.push(invalid('/retention_expiry_utc', 'retention_expiry_utc is not canonical UTC'));
        own(r, findings);
    }
    return { ok: findings.length === 0, record: r, signedAt, findings, facts: { ...factsOf(r, findings), demo } };
}
function factsOf(r, findings) {
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        packetId: str(r?.purge_id),
        digest: str(r?.signature_digest),
        supersedes: null,
        windowId: str(r?.release_window_id),
        revision: typeof r?.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRevision */ .P)(r.revision) : null,
        signerId: str(r?.signer?.signer_id),
        keyId: str(r?.signer?.key_id),
        signedAt: str(r?.signer?.signed_at_utc),
        findings
    };
}
function inspector(family, trust, now, verify) {
    return {
        family,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${family.name}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => verify(input.packet, input.signature, trust, now, input.ref).facts
    };
}
function approvalInspector(trust, now) {
    return inspector(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ, trust, now, verifyApproval);
}
function tombstoneInspector(trust, now) {
    return inspector(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_FAMILY */ .Xx, trust, now, verifyTombstone);
}
/** The .log beside each purge record (informative: verify never reads it). */
function renderPurgeLog(what, r, now) {
    const lines = [
        ['record', what],
        ['purge_id', r.purge_id],
        ['family', r.family],
        ['release_window_id', r.release_window_id],
        ['targets', `${r.targets.length} files, targets_sha256 ${r.targets_sha256}`],
        ['retention_expiry_utc', r.retention_expiry_utc],
        ['signer', `${r.signer.signer_id} (role ${r.signer.role}, key id ${r.signer.key_id})`],
        ['signed_at_utc', r.signer.signed_at_utc],
        ['signature_digest', `sha256:${r.signature_digest}`],
        ['written_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence purge record (informative only: verify proves it from its .json and .sig)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRetentionPolicyOf: () => (/* binding */ loadRetentionPolicyOf),
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayApplyPurge: () => (/* binding */ mayApplyPurge),
/* harmony export */   mayApprovePurge: () => (/* binding */ mayApprovePurge),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false, writer = false, what = 'verify' } = {}) {
    // loaded here, not with this module: a warm index query reads the policy and never a keyring
    const { loadSignerKeyring, loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(7044)]).then(__webpack_require__.bind(__webpack_require__, 4663));
    const [keyring, loaded] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadRetentionPolicyOf(settings, policyOptional)]);
    return { keyring, policy: loaded };
}
/** The retention policy alone, for what judges no signature (checking a supplied index file). */
async function loadRetentionPolicyOf(settings, policyOptional = false) {
    const ws = settings.workspace;
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['retention']);
    const file = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(ws, policyAbs);
    return policyOptional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policyAbs) ? noPolicy(file) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.loadRetentionPolicy)(policyAbs, file);
}
/** No retention policy file: nobody may hold, nothing is purge-approvable. */
function noPolicy(file) {
    const data = {
        schema_version: 1,
        retention_days_default: 36500,
        retention_days_block_alarms: 36500,
        legal_hold_override: true,
        purge_requires_dual_approval: true,
        immutable_storage_class: 'git-write-once',
        index_refresh_interval: 'P1D',
        hold_roles: [],
        purge_roles: [],
        ci_roles: []
    };
    return { kind: 'retention', file: `${file} (missing)`, data, sha256: 'none' };
}
/** May a key of this role place or release a hold? */
function mayHold(trust, role) {
    return trust.policy.data.hold_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role approve a purge? A purge role that is not a CI role. */
function mayApprovePurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role sign a tombstone (carry out a purge two approvers signed)? A purge role, or the pipeline's. */
function mayApplyPurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) || trust.policy.data.ci_roles.includes(role);
}


/***/ }),

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);



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


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseLoose)
/* harmony export */ });
// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.
/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
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


/***/ })

};
