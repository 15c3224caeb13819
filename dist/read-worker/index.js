import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports ExitCode, BaseError, formatProblem, PolicyFailure, InternalError, exitCodeFor, describeError */
// Two kinds of failure, as in sigstore-js and codeql-action: a UserError is the user's to fix
// (bad input, bad policy, wrong usage) and always carries a message that names the fix; an
// InternalError is ours and carries its cause. Codes are stable API; messages may improve.
const ExitCode = {
    /** go, conditional-go, observe mode, or verification passed */
    Pass: 0,
    /** no-go, verification failed, or a publish that could not land */
    PolicyFailure: 1,
    /** cannot evaluate: usage, unreadable input, invalid policy */
    CannotEvaluate: 2
};
class BaseError extends Error {
    code;
    cause;
    constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = new.target.name;
    }
}
function formatProblem(p) {
    const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
    const field = p.field ? ` ${p.field}:` : '';
    const fix = p.fix ? ` (fix: ${p.fix})` : '';
    return `${where}:${field} ${p.message}${fix}`;
}
/** The user's mistake: exit 2, a message and no stack trace. */
class UserError extends BaseError {
    problems;
    /** the message without the listed problems: with code and problems, all it takes to make the error again */
    headline;
    constructor(args) {
        const list = args.problems ?? [];
        const shown = list.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
        const more = list.length > 20 ? [`  ... and ${list.length - 20} more`] : [];
        super({ code: args.code, message: [args.message, ...shown, ...more].join('\n'), cause: args.cause });
        this.problems = list;
        this.headline = args.message;
    }
    get exitCode() {
        return ExitCode.CannotEvaluate;
    }
}
/** The evidence fails policy: exit 1. Not a crash and not the user's syntax error. */
class PolicyFailure extends (/* unused pure expression or super */ null && (BaseError)) {
    get exitCode() {
        return ExitCode.PolicyFailure;
    }
}
class InternalError extends (/* unused pure expression or super */ null && (BaseError)) {
}
/** Exit code for anything thrown; unknown throwables are internal failures (exit 2, never 0). */
function exitCodeFor(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return err.exitCode;
    return ExitCode.CannotEvaluate;
}
/** One line for a user error, message plus cause for ours; never a silent pass. */
function describeError(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return `${err.code}: ${err.message}`;
    if (err instanceof Error) {
        const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : '';
        return `internal error: ${err.message}${cause}`;
    }
    return `internal error: ${String(err)}`;
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WO: () => (/* binding */ LEDGER_FIELDS),
  j$: () => (/* binding */ OPTIONAL_LEDGER_FIELDS),
  hL: () => (/* binding */ toLedgerPolicy)
});

// UNUSED EXPORTS: loadLedgerPolicy, parseLedgerPolicy

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/util/read-input.ts
var read_input = __nccwpck_require__(9043);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __nccwpck_require__(1957);
;// CONCATENATED MODULE: ./src/policy/document.ts



/**
 * The most bytes a policy file may have. A policy is a few kilobytes of settings (the shipped
 * ones are under 10 KB), while parsing YAML costs far more than its size suggests: a 34 MB
 * keyring took 59 s and 1.7 GB. 1 MiB leaves room for a keyring of thousands of keys.
 */
const MAX_POLICY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** At most this many alias expansions per document; more is an alias bomb (billion laughs). */
const MAX_ALIAS_COUNT = 100;
/** Refuses a policy of `bytes` bytes when over MAX_POLICY_BYTES; run before reading or parsing it. */
function document_checkPolicySize(kind, file, bytes) {
    if (bytes <= MAX_POLICY_BYTES)
        return;
    throw new UserError({
        code: 'POLICY_INVALID',
        message: `${file}: the ${kind} policy is ${bytes} bytes, over the limit of ${MAX_POLICY_BYTES} bytes (1 MiB) for a policy file; ` +
            'a policy holds settings, not data: check that the path names the policy and remove what does not belong in it'
    });
}
function document_checkedDocument(kind, validate, text, file) {
    document_checkPolicySize(kind, file, Buffer.byteLength(text, 'utf8'));
    const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new UserError({
            code: 'POLICY_INVALID',
            message: `${file}: not valid YAML`,
            problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
        });
    }
    const data = toData(doc, kind, file);
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => toProblem(file, e));
        throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid ${kind} policy`, problems });
    }
    return { kind, file, data: data, sha256: canonicalSha256(data) };
}
/**
 * The document as plain data. Aliases are expanded here, and the yaml library throws (a
 * ReferenceError) for an alias bomb or an alias to no anchor: both are the file's fault, so they
 * are an invalid policy like any other, not an internal error.
 */
function toData(doc, kind, file) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        const bomb = /alias count/i.test(reason);
        throw new UserError({
            code: 'POLICY_INVALID',
            message: `${file}: invalid ${kind} policy`,
            problems: [
                bomb
                    ? { file, message: `its aliases expand too far (${reason})`, fix: `write the values out; a policy may expand at most ${MAX_ALIAS_COUNT} aliases` }
                    : { file, message: reason, fix: 'define each anchor (&name) before an alias (*name) refers to it, or write the value out' }
            ],
            cause: err
        });
    }
}
function toProblem(file, e) {
    const path = e.instancePath === '' ? '/' : e.instancePath;
    if (e.keyword === 'additionalProperties') {
        const key = e.params.additionalProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'unknown key', fix: 'remove it or check its spelling' };
    }
    if (e.keyword === 'required') {
        const key = e.params.missingProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'required key is missing' };
    }
    if (e.keyword === 'enum') {
        const allowed = e.params.allowedValues;
        return { file, field: path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
    }
    return { file, field: path, message: e.message ?? e.keyword };
}

;// CONCATENATED MODULE: ./src/policy/kinds.generated.ts
// Generated by scripts/compile-schemas.mjs from src/policy/schemas/*.schema.json: do not edit.
const POLICY_KINDS = (/* unused pure expression or super */ null && (['ack-ledger', 'closure-packet', 'keyring', 'lineage', 'retention', 'strategy-approval', 'trust-root']));
/** The export of src/policy/validators.cjs that checks each kind. */
const kinds_generated_VALIDATOR_EXPORTS = {
    'ack-ledger': 'ackLedger',
    'closure-packet': 'closurePacket',
    'keyring': 'keyring',
    'lineage': 'lineage',
    'retention': 'retention',
    'strategy-approval': 'strategyApproval',
    'trust-root': 'trustRoot',
};

// EXTERNAL MODULE: ./src/policy/validators.cjs
var policy_validators = __nccwpck_require__(9696);
;// CONCATENATED MODULE: ./src/policy/load.ts





const compiled = (/* unused pure expression or super */ null && (validators));
function validatorOf(kind) {
    return compiled[VALIDATOR_EXPORTS[kind]];
}
async function load_loadPolicyFile(kind, path, file = path) {
    const text = await readInput(async () => {
        // the size is checked before the file is read: a policy far over the cap is never loaded
        const handle = await open(path, 'r');
        try {
            checkPolicySize(kind, file, (await handle.stat()).size);
            return await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    }, (code) => `${file}: cannot read the ${kind} policy (${code}); pass its path or restore it from policies/`);
    return load_parsePolicy(kind, text, file);
}
function load_parsePolicy(kind, text, file) {
    return checkedDocument(kind, validatorOf(kind), text, file);
}

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __nccwpck_require__(4598);
;// CONCATENATED MODULE: ./src/ledger/policy.ts



/** The ledger columns the gate reads by name; the policy's required_fields must list them all. */
const LEDGER_FIELDS = [
    'alarm_id',
    'alarm_state',
    'release_window_id',
    'owner_role',
    'acknowledged_by',
    'ack_timestamp_utc',
    'response_sla_minutes',
    'target_resolution_utc',
    'closure_state',
    'closure_evidence_ref',
    'last_updated_utc'
];
/** Ledger columns the gate reads when present: an accepted SLA exception, a signed-off ack-time correction. */
const OPTIONAL_LEDGER_FIELDS = ['sla_exception_ref', 'exception_approved_by', 'ack_correction_ref', 'ack_correction_approved_by'];
async function loadLedgerPolicy(absPath, displayFile) {
    return toLedgerPolicy(await loadPolicyFile('ack-ledger', absPath, displayFile));
}
function parseLedgerPolicy(text, file) {
    return toLedgerPolicy(parsePolicy('ack-ledger', text, file));
}
const fold = (s) => s.trim().toLowerCase();
// The lookups below run for every ledger row; a cell that is already folded (the usual case)
// is found as it is, without the two strings fold() makes.
const lookup = (m, v) => m.get(v) ?? m.get(fold(v));
const member = (s, v) => s.has(v) || s.has(fold(v));
/** The engine's view of an ack-ledger policy already parsed and schema-checked (a worker gets it as data). */
function toLedgerPolicy(loaded) {
    const { data, file } = loaded;
    const problems = [];
    LEDGER_FIELDS.forEach((f) => {
        if (!data.required_fields.includes(f)) {
            problems.push({
                file,
                field: '/required_fields',
                message: `must list '${f}' (the gate reads it)`,
                fix: `add '- ${f}'`
            });
        }
    });
    if (fold(data.alarm_classes.page) === fold(data.alarm_classes.block)) {
        problems.push({
            file,
            field: '/alarm_classes/block',
            message: 'must differ from /alarm_classes/page'
        });
    }
    const resolved = new Set(data.closure_policy.resolved_states.map(fold));
    data.closure_policy.open_states.forEach((s, i) => {
        if (resolved.has(fold(s))) {
            problems.push({
                file,
                field: `/closure_policy/open_states/${i}`,
                message: `'${s}' is also a resolved state`
            });
        }
    });
    const roleId = (raw, pointer) => {
        const r = (0,ids/* checkId */.ij)(raw);
        if (r.ok)
            return r.id;
        problems.push({
            file,
            field: pointer,
            message: `role '${raw}' ${r.reason}`
        });
        return '';
    };
    const icRole = roleId(data.ownership.incident_commander_role, '/ownership/incident_commander_role');
    const exceptionApproverRole = roleId(data.sla_exceptions.approver_role, '/sla_exceptions/approver_role');
    const correctionApproverRole = data.ack_corrections ? roleId(data.ack_corrections.approver_role, '/ack_corrections/approver_role') : '';
    if (problems.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'POLICY_INVALID',
            message: `${file}: invalid ack-ledger policy`,
            problems
        });
    }
    const classes = new Map([
        [fold(data.alarm_classes.page), 'page'],
        [fold(data.alarm_classes.block), 'block']
    ]);
    const open = new Set(data.closure_policy.open_states.map(fold));
    const kinds = new Set(data.evidence_kinds.map(fold));
    const interpreted = new Set([...LEDGER_FIELDS, ...(data.optional_fields ?? [])]);
    return {
        file,
        sha256: loaded.sha256,
        data,
        classOf: (v) => lookup(classes, v),
        ackSlaMinutes: (cls) => (cls === 'page' ? data.sla_policy.page_ack_minutes : data.sla_policy.block_ack_minutes),
        icRole,
        exceptionApproverRole,
        correctionApproverRole,
        isResolvedState: (v) => member(resolved, v),
        isOpenState: (v) => member(open, v),
        isEvidenceKind: (v) => member(kinds, v),
        extraRequiredFields: data.required_fields.filter((f) => !interpreted.has(f))
    };
}


/***/ }),

/***/ 7908:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7748);
/* harmony import */ var _row_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5362);



// The read worker's entry (bundled on its own as dist/read-worker/index.js): scans the files it
// was started with, one after another, and posts each as soon as it is done; the receiver takes
// the tables once this thread has exited and freed its copies of the texts (row-scan.ts).
const { jobs, policy: loaded } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .toLedgerPolicy */ .hL)(loaded);
for (const job of jobs) {
    const { message, transfer } = await (0,_row_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJobMessage */ .ou)(job, policy);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(message, transfer);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ou: () => (/* binding */ scanJobMessage)
});

// UNUSED EXPORTS: readHashed, receiveScan, scanFile, scanFileAside, scanInWorker

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __nccwpck_require__(1957);
// EXTERNAL MODULE: ./src/util/read-input.ts
var read_input = __nccwpck_require__(9043);
;// CONCATENATED MODULE: ./src/util/time.ts
// One canonical UTC parser and formatter for every stage (lesson 113's pro tip). Timestamps are
// RFC 3339 with `Z` or an explicit offset; a naive or impossible timestamp is malformed, never
// guessed at, because SLA arithmetic on a guessed zone is silently wrong.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseUtc(raw) {
    const text = raw.trim();
    const fast = parseCanonical(text);
    if (fast !== undefined)
        return { ok: true, ms: fast };
    if (text === '')
        return { ok: false, reason: 'empty' };
    const m = RFC3339.exec(text);
    if (!m) {
        if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
            return { ok: false, reason: `'${raw}' has no time zone; add Z or an offset such as +00:00` };
        }
        return { ok: false, reason: `'${raw}' is not an RFC 3339 timestamp (expected e.g. 2026-11-23T14:05:00Z)` };
    }
    const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12)
        return { ok: false, reason: `'${raw}' has month ${mo}` };
    if (day < 1 || day > daysInMonth(year, month))
        return { ok: false, reason: `'${raw}' is not a calendar date` };
    if (hour > 23 || minute > 59 || second > 59)
        return { ok: false, reason: `'${raw}' is not a valid time of day` };
    let offsetMin = 0;
    if (sign) {
        const ohn = Number(oh);
        const omn = Number(om);
        if (ohn > 23 || omn > 59)
            return { ok: false, reason: `'${raw}' has an impossible offset` };
        offsetMin = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
    }
    const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    const ms = daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMin * 60_000;
    return { ok: true, ms };
}
/** parseUtc for callers that only need the instant: epoch ms, or undefined for anything malformed. */
function utcMs(raw) {
    const fast = parseCanonical(raw);
    if (fast !== undefined)
        return fast;
    const p = parseUtc(raw);
    return p.ok ? p.ms : undefined;
}
// Arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999.
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0);
}
// The fast path. Almost every timestamp the gate reads is already canonical
// (2026-11-23T14:05:00Z), and at 100,000 alarms the regex, the Number() calls and the Date
// objects of the general path were a measurable part of the run. This reads exactly that shape
// with arithmetic and leaves everything else (and every value it would reject) to the general
// path, which stays the one place that words a rejection.
const D0 = 48; // '0'
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Epoch ms of a valid `YYYY-MM-DDTHH:MM:SSZ`; undefined for anything else. */
function parseCanonical(t) {
    return t.length === 20 ? canonicalAt(t, 0) : undefined;
}
/**
 * parseCanonical for the 20 characters of `text` from `at`, so a CSV cell can be read where it
 * stands in the file's text: the gate reads about a million timestamps, and a string for each
 * was most of what reading them cost. The caller checks that the cell is 20 characters long.
 */
function canonicalAt(t, at) {
    if (t.charCodeAt(at + 4) !== 45 || t.charCodeAt(at + 7) !== 45 || t.charCodeAt(at + 10) !== 84)
        return undefined;
    if (t.charCodeAt(at + 13) !== 58 || t.charCodeAt(at + 16) !== 58 || t.charCodeAt(at + 19) !== 90)
        return undefined;
    const year = two(t, at) * 100 + two(t, at + 2);
    const month = two(t, at + 5);
    const day = two(t, at + 8);
    const hour = two(t, at + 11);
    const minute = two(t, at + 14);
    const second = two(t, at + 17);
    // two() is NaN for a non-digit, and every comparison with NaN is false: hence the negations.
    if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59))
        return undefined;
    if (day > daysInMonth(year, month))
        return undefined;
    return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000;
}
/** The two-digit number at i, NaN unless both characters are ASCII digits. */
function two(t, i) {
    const a = t.charCodeAt(i) - D0;
    const b = t.charCodeAt(i + 1) - D0;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
// Formatting allocates a Date and two strings, and the gate formats the same instants over and
// over (deadlines, acks and targets fall on whole minutes). Remembering recent results makes
// repeats free and shares one string per instant; the bound keeps a long run from growing it.
const FORMATTED = new Map();
const FORMATTED_MAX = 50_000;
/** The one output form: 2026-11-23T14:05:00Z, with milliseconds only when they are not zero. */
function time_formatUtc(ms) {
    let text = FORMATTED.get(ms);
    if (text === undefined) {
        const iso = new Date(ms).toISOString();
        text = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
        if (FORMATTED.size >= FORMATTED_MAX)
            FORMATTED.clear();
        FORMATTED.set(ms, text);
    }
    return text;
}
/** True when text is already in the canonical UTC form (used by packet checks, C5). */
function isCanonicalUtc(text) {
    const p = parseUtc(text);
    return p.ok && time_formatUtc(p.ms) === text;
}
/** Parses the injected `now`; the clock is read only when nothing was injected. */
function resolveNow(raw, clock = Date.now) {
    if (raw === undefined || raw.trim() === '')
        return clock();
    const p = parseUtc(raw);
    if (!p.ok)
        throw new Error(`now: ${p.reason}`);
    return p.ms;
}

;// CONCATENATED MODULE: ./src/csv/scan.ts
// A strict RFC 4180 scanner that knows where every record starts.
//
// Why not csv-parse alone: measured on this 2-core machine, csv-parse needs 0.67 s per 100k-row,
// 12-column file without `info` and 1.1 s with it (we need per-record offsets for line numbers),
// and the ledger gate reads three such files inside a 3 s budget. This scanner does one pass over
// the decoded text and is tested differentially against csv-parse on valid input
// (__tests__/foundation/csv-scan.test.ts), so the library stays the oracle for the format.
//
// Why offsets instead of strings: the gate's inputs hold about five million cells. Made into
// strings up front they stay alive through the whole run, and the garbage collector spent more
// time copying them between heap generations than the scan took. So the scan records where each
// field starts in typed arrays (outside the JS heap) and a cell becomes a string only when it is
// read (fieldText), usually to die young. Only where a field starts is kept (and where each
// record starts and ends): a field's end follows from where the next one starts. A field's start
// is kept in 16 bits, from its record's start, since at 1,000,000 alarms (42 million fields) even
// 32 bits each were 170 MB; the rare record longer than that allows keeps its own 32-bit starts.
//
// Rules: fields split on `,`; records end at LF or CRLF; a field that starts with `"` is quoted,
// `""` inside it is a quote, and it may span lines; blank lines are skipped. A quote inside an
// unquoted field, text after a closing quote, or a quote never closed is a broken record.
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/**
 * Set in a start for a quoted field. A V8 string is shorter than 2^29 characters, so offsets leave
 * bits 29 and 30 free.
 */
const QUOTED = 1 << 30;
/** In `starts`: the field is quoted; its value starts after the quote. */
const REL_QUOTED = 1 << 14;
/** In `starts`: the quoted field has `""` to collapse. */
const REL_DOUBLED = 1 << 15;
/** The farthest from its record's start a field may start and be kept in `starts`. */
const RELATIVE_MAX = REL_QUOTED - 1;
/** A typed array that doubles when full. */
class IntList {
    make;
    data;
    length = 0;
    constructor(capacity, make) {
        this.make = make;
        this.data = make(Math.max(16, capacity));
    }
    push(v) {
        if (this.length === this.data.length) {
            const grown = this.make(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = v;
    }
    done() {
        return this.data.subarray(0, this.length);
    }
}
const int32 = (n) => new Int32Array(n);
const uint16 = (n) => new Uint16Array(n);
function scanCsvOffsets(text) {
    const n = text.length;
    // Sized for one record per physical line, each as wide as the first line: the common case,
    // so the arrays are allocated once. They grow if quoted newlines or wider rows prove it wrong.
    // The guess is capped by what the text can hold: every field but the last ends at a comma or a
    // line break, so n characters hold at most n + 1 fields. Uncapped, a wide first line over many
    // blank lines (100,000 columns, 100,000 blank lines: 800 KB) asked for ten billion slots.
    const lineGuess = countLf(text, 0, n) + 1;
    const firstLineEnd = indexOr(text, '\n', 0, n);
    let widthGuess = 1;
    for (let k = text.indexOf(','); k !== -1 && k < firstLineEnd; k = text.indexOf(',', k + 1))
        widthGuess++;
    const fieldGuess = Math.min(lineGuess * widthGuess, n + 1);
    const lines = new IntList(lineGuess, int32);
    const firstField = new IntList(lineGuess + 1, int32);
    const recordStarts = new IntList(lineGuess, int32);
    const starts = new IntList(fieldGuess, uint16);
    const recordEnds = new IntList(lineGuess, int32);
    const wide = new Map();
    const errors = new Map();
    // the end of the last field pushed: a record's end once its last field is in
    let lastEnd = 0;
    // where the current record starts
    let base = 0;
    // A record that may be long (quoted, or a long line) first collects its starts here, as offsets
    // into text in the wide form, and keeps them in `starts` once it is known to fit.
    const slow = new IntList(64, int32);
    let slowRecord = false;
    const field = (from, to) => {
        starts.push(from - base);
        lastEnd = to;
    };
    const slowField = (value, to) => {
        slow.push(value);
        starts.push(0);
        lastEnd = to;
    };
    const endSlowRecord = (record) => {
        if (!slowRecord)
            return;
        slowRecord = false;
        const values = slow.done();
        let fits = true;
        for (const v of values)
            if (((v < 0 ? ~v : v) & ~QUOTED) - base > RELATIVE_MAX)
                fits = false;
        if (fits) {
            const first = starts.length - values.length;
            for (let k = 0; k < values.length; k++) {
                const v = values[k];
                const raw = v < 0 ? ~v : v;
                starts.data[first + k] = ((raw & ~QUOTED) - base) | (raw & QUOTED ? REL_QUOTED : 0) | (v < 0 ? REL_DOUBLED : 0);
            }
        }
        else
            wide.set(record, values.slice());
        slow.length = 0;
    };
    const finish = () => {
        endSlowRecord(lines.length - 1);
        firstField.push(starts.length);
        if (recordEnds.length < lines.length)
            recordEnds.push(lastEnd);
        return {
            text,
            count: lines.length,
            lines: lines.done(),
            firstField: firstField.done(),
            recordStarts: recordStarts.done(),
            starts: starts.done(),
            wide,
            recordEnds: recordEnds.done(),
            errors
        };
    };
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let nextQuote = -1;
    while (i < n) {
        // skip blank lines between records
        const c0 = text.charCodeAt(i);
        if (c0 === LF) {
            line++;
            i++;
            continue;
        }
        if (c0 === CR && text.charCodeAt(i + 1) === LF) {
            line++;
            i += 2;
            continue;
        }
        const record = lines.length;
        lines.push(line);
        firstField.push(starts.length);
        recordStarts.push(i);
        base = i;
        // Fast path: a record without any quote is exactly one physical line split on commas.
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        if (nextQuote < i)
            nextQuote = indexOr(text, '"', i, n);
        if (nextQuote >= end && end - i <= RELATIVE_MAX) {
            const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
            let from = i;
            // indexOf runs natively: measured 2-3x faster than a charCodeAt loop on these files
            for (let comma = text.indexOf(',', from); comma !== -1 && comma < stop; comma = text.indexOf(',', from)) {
                field(from, comma);
                from = comma + 1;
            }
            field(from, stop);
            recordEnds.push(stop);
            i = end + 1;
            line++;
            continue;
        }
        let error;
        slowRecord = true;
        for (;;) {
            if (text.charCodeAt(i) === QUOTE) {
                // quoted field: its value is between the quotes, with "" standing for "
                const from = i + 1;
                let doubled = false;
                let q = from;
                for (;;) {
                    q = text.indexOf('"', q);
                    if (q === -1) {
                        // nothing after this quote can be read as records: stop here
                        errors.set(record, 'unterminated quoted field');
                        return finish();
                    }
                    if (text.charCodeAt(q + 1) === QUOTE) {
                        doubled = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                line += countLf(text, from, q);
                slowField(doubled ? ~(from | QUOTED) : from | QUOTED, q);
                i = q + 1;
                const c = text.charCodeAt(i);
                if (c !== COMMA && c !== LF && c !== CR && i < n) {
                    error ??= 'text after a closing quote';
                    // resync at the end of this physical line
                    const nl = text.indexOf('\n', i);
                    i = nl === -1 ? n : nl;
                    if (text.charCodeAt(i - 1) === CR)
                        i--;
                }
            }
            else {
                // unquoted field: up to the next comma or line end
                let j = i;
                while (j < n) {
                    const c = text.charCodeAt(j);
                    if (c === COMMA || c === LF)
                        break;
                    if (c === CR && text.charCodeAt(j + 1) === LF)
                        break;
                    if (c === QUOTE)
                        error ??= 'a quote inside an unquoted field (quote the whole field and double the quote)';
                    j++;
                }
                slowField(i, j);
                i = j;
            }
            const c = text.charCodeAt(i);
            if (c === COMMA) {
                i++;
                continue;
            }
            if (c === CR)
                i++;
            if (text.charCodeAt(i) === LF) {
                i++;
                line++;
            }
            break;
        }
        recordEnds.push(lastEnd);
        endSlowRecord(record);
        if (error)
            errors.set(record, error);
    }
    return finish();
}
/** Field f (of record r) in the wide form: its start in text, with QUOTED; negative when doubled. */
function wideStart(scan, r, f) {
    const own = scan.wide.get(r);
    if (own !== undefined)
        return own[f - scan.firstField[r]];
    const v = scan.starts[f];
    const at = scan.recordStarts[r] + (v & RELATIVE_MAX);
    const quoted = v & REL_QUOTED ? at | QUOTED : at;
    return v & REL_DOUBLED ? ~quoted : quoted;
}
/** Where field f of record r starts in the text. */
function fieldStart(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return scan.recordStarts[r] + (scan.starts[f] & RELATIVE_MAX);
    const v = wideStart(scan, r, f);
    return (v < 0 ? ~v : v) & ~QUOTED;
}
/** Is field f of record r quoted (its value between quotes)? */
function fieldQuoted(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return (scan.starts[f] & REL_QUOTED) !== 0;
    const v = wideStart(scan, r, f);
    return ((v < 0 ? ~v : v) & QUOTED) !== 0;
}
/**
 * Where field f of record r ends (exclusive): the record's end for its last field, else one before
 * where the next field begins (its comma), or two for a quoted field (its closing quote, then the
 * comma). In a structurally broken record the fields are unreliable, as they always were.
 */
function fieldEnd(scan, r, f) {
    if (f + 1 >= scan.firstField[r + 1])
        return scan.recordEnds[r];
    const next = fieldStart(scan, r, f + 1);
    const nextRaw = fieldQuoted(scan, r, f + 1) ? next - 1 : next;
    return fieldQuoted(scan, r, f) ? nextRaw - 2 : nextRaw - 1;
}
/** The value of field f (an index into starts) of record r as a string. */
function fieldText(scan, r, f) {
    const text = scan.text.slice(fieldStart(scan, r, f), fieldEnd(scan, r, f));
    return fieldDoubled(scan, r, f) ? text.replaceAll('""', '"') : text;
}
function fieldDoubled(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return (scan.starts[f] & REL_DOUBLED) !== 0;
    return wideStart(scan, r, f) < 0;
}
/** Every field of record r as strings. */
function recordFields(scan, r) {
    const out = [];
    for (let f = scan.firstField[r]; f < scan.firstField[r + 1]; f++)
        out.push(fieldText(scan, r, f));
    return out;
}
/** The whole text as records of strings; for small inputs (the engine reads cells by offset). */
function scanCsv(text) {
    const scan = scanCsvOffsets(text);
    return Array.from({ length: scan.count }, (_, r) => {
        const error = scan.errors.get(r);
        const rec = {
            fields: recordFields(scan, r),
            line: scan.lines[r]
        };
        return error === undefined ? rec : { ...rec, error };
    });
}
function countLf(text, from, to) {
    let count = 0;
    let k = text.indexOf('\n', from);
    while (k !== -1 && k < to) {
        count++;
        k = text.indexOf('\n', k + 1);
    }
    return count;
}
function indexOr(text, needle, from, fallback) {
    const k = text.indexOf(needle, from);
    return k === -1 ? fallback : k;
}

;// CONCATENATED MODULE: ./src/csv/read.ts







/**
 * A read table. Cells stay offsets into the decoded text until read (see scan.ts for why), so
 * large inputs are read with size/line/cell by row index; `rows` makes plain objects for small
 * tables (matrices, reports in tests).
 */
class read_CsvTable {
    file;
    header;
    headerLine;
    broken;
    /** rows that can be read: a row index is 0 .. size - 1 */
    size;
    #scan;
    /** row index -> record index in the scan (the header and broken records are skipped) */
    #records;
    #columns;
    constructor(file, header, 
    /** the header's own line (after a BOM and any blank lines) */
    headerLine, 
    /** structurally broken rows: wrong column count, unterminated quote. Never padded, never fatal. */
    broken, scan, records) {
        this.file = file;
        this.header = header;
        this.headerLine = headerLine;
        this.broken = broken;
        this.#scan = scan;
        this.#records = records;
        this.size = records.length;
        this.#columns = new Map(header.map((h, i) => [h, i]));
    }
    /** The column's index, -1 when the header does not have it. */
    column(name) {
        return this.#columns.get(name) ?? -1;
    }
    /** 1-based line on which row r starts in the source file. */
    line(r) {
        return this.#scan.lines[this.#records[r]];
    }
    /** Row r's cell in column c; '' for an absent column (c = -1), as for an empty cell. */
    cell(r, c) {
        if (c < 0)
            return '';
        const record = this.#records[r];
        return fieldText(this.#scan, record, this.#scan.firstField[record] + c);
    }
    /**
     * utcMs(cell(r, c)), read in place when the cell is a canonical timestamp (the usual case), so
     * no string is made for it: the ledger gate reads about a million of them.
     */
    utcMs(r, c) {
        if (c < 0)
            return undefined;
        const scan = this.#scan;
        const record = this.#records[r];
        const f = scan.firstField[record] + c;
        if (!fieldQuoted(scan, record, f)) {
            const start = fieldStart(scan, record, f);
            if (fieldEnd(scan, record, f) - start === 20) {
                const ms = canonicalAt(scan.text, start);
                if (ms !== undefined)
                    return ms;
            }
        }
        return utcMs(this.cell(r, c));
    }
    /** The whole decoded text of the file (the bytes as UTF-8, BOM included). */
    get text() {
        return this.#scan.text;
    }
    /** Row r's cells in header order. */
    cells(r) {
        return recordFields(this.#scan, this.#records[r]);
    }
    /** Row r as a column -> value object. */
    values(r) {
        const cells = this.cells(r);
        const values = {};
        this.header.forEach((h, i) => (values[h] = cells[i]));
        return values;
    }
    /**
     * The table without its text, as structured-cloneable parts whose arrays can be transferred:
     * how a worker hands a parsed table over. The receiver decodes the same bytes itself
     * (decodeCsv) and joins the two with fromParts.
     */
    parts() {
        const { text: _text, ...scan } = this.#scan;
        return {
            file: this.file,
            header: this.header,
            headerLine: this.headerLine,
            broken: this.broken,
            scan,
            records: this.#records
        };
    }
    static fromParts(parts, text) {
        return new read_CsvTable(parts.file, parts.header, parts.headerLine, parts.broken, { ...parts.scan, text }, parts.records);
    }
    /** Every row as plain objects: convenient for small tables, wasteful for large ones. */
    get rows() {
        return Array.from({ length: this.size }, (_, r) => ({
            line: this.line(r),
            values: this.values(r)
        }));
    }
}
/** The typed arrays of a table's parts, for a postMessage transfer list. */
function transferablesOf(parts) {
    const { lines, firstField, recordStarts, starts, recordEnds } = parts.scan;
    return [lines, firstField, recordStarts, starts, recordEnds, parts.records].map((a) => a.buffer);
}
/**
 * Reads and parses a CSV file; the bytes read come along, apart from the table, for callers that
 * need provenance (they hash them). The table does not keep them: the decoded text is all it
 * needs, and at 55 MB of inputs a second copy kept for the whole run was a tenth of peak memory.
 */
async function readCsvFile(path, opts) {
    const data = await (0,read_input/* readInput */.R)(() => (0,promises_.readFile)(path), missingMessage(opts.file));
    return { table: await parseCsv(data, opts), bytes: data };
}
/**
 * The file's text and the sha256 of its bytes, without a table. The bytes are hashed and decoded
 * as soon as they arrive and dropped on return, before any parsing: a buffer kept through a long
 * scan outlives the young generation and waits for a full collection, and at 1,000,000 alarms the
 * three files' bytes waiting so were 560 MB of the run's peak. Parse the text with parseCsvText.
 */
async function read_readCsvText(path, file) {
    const data = await readInput(() => readFile(path), missingMessage(file));
    return { text: read_decodeCsv(data), sha256: sha256Hex(data) };
}
const missingMessage = (file) => (code) => code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code})`;
/**
 * UTF-8 to text. Most inputs are plain ASCII, for which Node's 'ascii' decoder gives the same
 * string as its UTF-8 decoder about 25 times faster (measured 7 ms against 180 ms for the 55 MB
 * of the ledger benchmark); the check that makes the shortcut safe takes 2 ms.
 */
function read_decodeCsv(data) {
    return (0,external_node_buffer_namespaceObject.isAscii)(data) ? data.toString('ascii') : data.toString('utf8');
}
// eslint-disable-next-line @typescript-eslint/require-await -- async so that a bad file rejects the promise rather than throwing at the call
async function parseCsv(data, opts) {
    return read_parseCsvText(read_decodeCsv(data), opts);
}
/** parseCsv of text already decoded (decodeCsv). */
function read_parseCsvText(text, opts) {
    const { file } = opts;
    const scan = scanCsvOffsets(text);
    if (scan.count === 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_EMPTY',
            message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
        });
    }
    const headerLine = scan.lines[0];
    const headerError = scan.errors.get(0);
    if (headerError !== undefined) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${file}:${headerLine}: cannot read the header: ${headerError}`,
            problems: [{ file, line: headerLine, message: headerError }]
        });
    }
    const header = recordFields(scan, 0).map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (seen.has(h)) {
            throw new errors/* UserError */.yo({
                code: 'INPUT_INVALID',
                message: `${file}:${headerLine}: column '${h}' appears twice in the header; remove the duplicate`
            });
        }
        seen.add(h);
    }
    const missing = opts.requiredColumns.filter((c) => !seen.has(c));
    if (missing.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_COLUMN_MISSING',
            message: `${file}:${headerLine}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the header`,
            problems: missing.map((c) => ({
                file,
                line: headerLine,
                field: c,
                message: 'required column is missing'
            }))
        });
    }
    const records = new Int32Array(scan.count);
    let size = 0;
    const broken = [];
    const width = header.length;
    for (let r = 1; r < scan.count; r++) {
        const line = scan.lines[r];
        const error = scan.errors.get(r);
        if (error !== undefined) {
            broken.push(error === 'unterminated quoted field'
                ? {
                    file,
                    line,
                    message: 'unterminated quoted field: the quote opened in this row is never closed, so this and every later line were not read',
                    fix: 'close the quote or double any quote inside the field ("")'
                }
                : {
                    file,
                    line,
                    message: error,
                    fix: 'quote the field and double any quote inside it ("")'
                });
            continue;
        }
        const fields = scan.firstField[r + 1] - scan.firstField[r];
        if (fields !== width) {
            broken.push({
                file,
                line,
                message: `row has ${fields} field${fields === 1 ? '' : 's'}, the header has ${width}`,
                fix: 'quote any field that contains a comma, or add the missing fields'
            });
            continue;
        }
        records[size++] = r;
    }
    return new read_CsvTable(file, header, headerLine, broken, scan, records.slice(0, size));
}

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __nccwpck_require__(4598);
;// CONCATENATED MODULE: ./src/ledger/codes.ts
// The ledger gate's defect codes: short, stable, and documented in the README's code table.
// Severity here is the code's worst case; where it depends on the alarm class, `meaning` says so.
const LEDGER_CODES = {
    ACK_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An active page or block alarm has no acknowledgment row in the ledger (L1).'
    },
    ACK_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment came after the class SLA, measured from the raise time; exactly at the limit passes (L2).'
    },
    ACK_BEFORE_RAISED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment is timestamped before the alarm was raised: a clock or time-zone error.'
    },
    ACK_TIMESTAMP_CHANGED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "A later ledger row moved the key's acknowledgment time later, or earlier with the sign-off of the policy's ack_corrections approver; the latest row is used."
    },
    ACK_BACKDATED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "A later ledger row moved the key's acknowledgment time earlier than first recorded without the sign-off of the policy's ack_corrections approver: how a late acknowledgment is made to look on time."
    },
    OWNER_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "The acknowledging role is not the alarm's primary or backup owner, nor an incident-commander override inside its time limit (L3)."
    },
    FIELD_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A required ledger field is empty.'
    },
    ID_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm, release-window or evidence id is empty or unsafe; the row was not joined.'
    },
    TIMESTAMP_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A timestamp is not RFC 3339 with Z or an offset, or is not a real instant (L8).'
    },
    TARGET_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is empty.'
    },
    TARGET_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is before the acknowledgment.'
    },
    SLA_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "response_sla_minutes differs from the policy's SLA for the alarm class; the policy's value is used."
    },
    CLASS_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "The ledger's alarm_state differs from the class in the alarms file; the alarms file is used."
    },
    CLASS_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm class or alarm_state value is not one of the classes the policy names.'
    },
    CLOSURE_STATE_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_state is neither a resolved nor an open state of the policy.'
    },
    EVIDENCE_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarm is marked resolved without a closure_evidence_ref (L4).'
    },
    EVIDENCE_UNRESOLVED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_evidence_ref names no row of the evidence file.'
    },
    EVIDENCE_WRONG_WINDOW: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another release window (L5).'
    },
    EVIDENCE_WRONG_ALARM: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another alarm.'
    },
    EVIDENCE_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence was recorded before the acknowledgment.'
    },
    EVIDENCE_DUPLICATE_ID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two evidence rows share an evidence_id, so a reference to it is ambiguous.'
    },
    EVIDENCE_KIND_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An evidence row has a kind the policy does not list.'
    },
    UNRESOLVED_IN_SLA: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'Validly acknowledged and still open before its resolution target: routed to the owner, not a no-go (L6).'
    },
    RESOLUTION_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Still open after target_resolution_utc: blocking for block alarms (overdue block SLA), a warning for page alarms.'
    },
    SLA_EXCEPTION_ACCEPTED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A late page acknowledgment carries an SLA exception approved by the approver role: conditional go.'
    },
    ALARM_DUPLICATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarms file lists one alarm_id + release_window_id twice, so the join is ambiguous.'
    },
    LEDGER_DUPLICATE_KEY: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two different ledger rows of one key share last_updated_utc, so the latest state is ambiguous (L7).'
    },
    LEDGER_RETRY_DUPLICATE: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger row repeats an earlier row of its key exactly (a retried write); it is counted once.'
    },
    LEDGER_ORPHAN: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger key of an evaluated release window matches no active alarm.'
    },
    LEDGER_HISTORY_REWRITTEN: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "A committed ledger row was later changed or deleted in place: blocking when it is an active alarm's row, a warning otherwise or once the original row is restored."
    },
    LEDGER_HISTORY_UNCHECKED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "The ledger's git history could not be checked (shallow clone: a warning; not a git repository or not committed yet: info)."
    }
};

;// CONCATENATED MODULE: ./src/ledger/finding.ts


function finding(code, a) {
    const severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : LEDGER_CODES[code].severity);
    return {
        subject: (0,ids/* printable */.g$)(a.subject, 100),
        defect_code: code,
        severity,
        owner_role: a.owner_role,
        required_action: a.required_action,
        release_window_id: a.release_window_id,
        file: a.file,
        line: a.line,
        field: a.field ?? '',
        detail: (0,ids/* printable */.g$)(a.detail ?? '', 400)
    };
}
/** Minutes as people say them: 8, 0.5, 90. */
function minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}
/**
 * finding() about an alarm's key at one row and column: the shape of every per-alarm check
 * (evaluate.ts, closure-check.ts). Its arguments are passed as they are, not spread into a new
 * object, which at tens of thousands of defects a run was a measurable cost.
 */
function alarmFinding(code, key, file, line, field, a) {
    return finding(code, {
        subject: key.alarm_id,
        release_window_id: key.release_window_id,
        owner_role: a.owner_role,
        required_action: a.required_action,
        file,
        line,
        field,
        detail: a.detail,
        severity: a.severity
    });
}

;// CONCATENATED MODULE: ./src/ledger/cells.ts



/** The checks for one table's cells; defects go to `out`. */
class CellChecks {
    file;
    out;
    constructor(file, out) {
        this.file = file;
        this.out = out;
    }
    /** An id cell, normalized; a refused one becomes ID_MALFORMED and the result is undefined. */
    id(raw, line, column, what, windowId, role, check) {
        if (!check) {
            const id = (0,ids/* idOf */.TH)(raw);
            if (id !== undefined)
                return id;
        }
        const r = (check ?? ids/* checkId */.ij)(raw);
        if (r.ok)
            return r.id;
        this.out.push(finding('ID_MALFORMED', {
            // the refused id as the reader must see it: control and invisible characters escaped
            subject: (0,ids/* printable */.g$)(raw, 200),
            owner_role: role,
            required_action: `${capitalized((0,ids/* idFix */.hV)(raw, r, `write a ${what} of letters, digits and - _ . :`))} (the row was not joined)`,
            release_window_id: windowId,
            file: this.file,
            line,
            field: column,
            detail: `${what} '${(0,ids/* printable */.g$)(raw)}' ${r.reason}`
        }));
        return undefined;
    }
    /** time() for row r's cell in column c, read in place when it is canonical (CsvTable.utcMs). */
    timeAt(table, r, c, line, column, ctx, allowEmpty = false) {
        return table.utcMs(r, c) ?? this.time(table.cell(r, c), line, column, ctx, allowEmpty);
    }
    /** A timestamp cell as epoch ms; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
    time(raw, line, column, ctx, allowEmpty = false) {
        const ms = utcMs(raw);
        if (ms !== undefined || (allowEmpty && raw.trim() === ''))
            return ms;
        const p = parseUtc(raw);
        this.out.push(finding('TIMESTAMP_MALFORMED', {
            subject: ctx.subject,
            owner_role: ctx.role,
            required_action: `Write ${column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
            release_window_id: ctx.windowId,
            file: this.file,
            line,
            field: column,
            detail: `${column}: ${p.ok ? '' : p.reason}`
        }));
        return undefined;
    }
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A cell function with a memo, for columns with few distinct values (windows, roles) in large files. */
function memoCells(compute) {
    const memo = new Map();
    return (raw) => {
        let r = memo.get(raw);
        if (r === undefined) {
            r = compute(raw);
            if (memo.size < 10_000)
                memo.set(raw, r);
        }
        return r;
    };
}
/** checkId with a memo (memoCells). */
function memoCheckId() {
    return memoCells(ids/* checkId */.ij);
}
/** Column name -> index for the columns a reader uses, looked up once per table. */
function cells_columnsOf(table, names) {
    const out = {};
    for (const k of Object.keys(names))
        out[k] = table.column(names[k]);
    return out;
}
/** The table's structurally broken rows as ROW_MALFORMED defects. */
function brokenRows(table, fallbackRole) {
    return table.broken.map((p) => finding('ROW_MALFORMED', {
        subject: '',
        owner_role: fallbackRole,
        required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
        release_window_id: '',
        file: p.file,
        line: p.line ?? null,
        detail: p.message
    }));
}

// EXTERNAL MODULE: ./src/ledger/policy.ts + 3 modules
var policy = __nccwpck_require__(7748);
;// CONCATENATED MODULE: ./src/ledger/records.ts




// The gate's internal row records. Each keeps its table and row index rather than a copy of its
// cells: at 100,000 alarms a per-row object of every column cost more memory and garbage
// collection than the whole evaluation, and only a few cells are read more than once. The
// contract's `raw` maps are built on first read, which in practice is never at scale.
/** An alarm row that can take part in the join: ids normalized, class known. */
class Alarm {
    key;
    alarm_id;
    alarm_class;
    release_window_id;
    raisedMs;
    primary_owner_role;
    backup_owner_role;
    #table;
    #row;
    constructor(table, row, 
    /** the alarm's key number (KeyIndex): the join finds its ledger rows and defects by it */
    key, alarm_id, alarm_class, release_window_id, 
    /** epoch ms, undefined when raised_utc is malformed */
    raisedMs, primary_owner_role, backup_owner_role) {
        this.key = key;
        this.alarm_id = alarm_id;
        this.alarm_class = alarm_class;
        this.release_window_id = release_window_id;
        this.raisedMs = raisedMs;
        this.primary_owner_role = primary_owner_role;
        this.backup_owner_role = backup_owner_role;
        this.#table = table;
        this.#row = row;
    }
    // Getters rather than fields for what is rarely read: every field of the 100,000 alarms (and
    // entries) of a large run outlives several garbage collections, and each is copied each time.
    get source() {
        return { file: this.#table.file, line: this.#table.line(this.#row) };
    }
    get raised_utc() {
        return utcText(this.raisedMs);
    }
    /** every column of the CSV row, as written */
    get raw() {
        return this.#table.values(this.#row);
    }
}
const LEDGER_COLUMNS = Object.fromEntries([...policy/* LEDGER_FIELDS */.WO, ...policy/* OPTIONAL_LEDGER_FIELDS */.j$].map((c) => [c, c]));
/** The ledger columns' indexes in the table (-1 when absent), resolved once per table. */
function ledgerColumns(table) {
    return cells_columnsOf(table, LEDGER_COLUMNS);
}
/**
 * The ledger table with what scanLedgerRows learnt of its rows: column indexes resolved once,
 * and each row's three timestamps parsed once (NaN: empty or malformed), so a record neither
 * looks up a column by name nor parses a time again.
 */
class records_LedgerRows {
    table;
    columns;
    ack;
    target;
    updated;
    /** times: the rows' parsed timestamps (scanLedgerRows) */
    constructor(table, times) {
        this.table = table;
        this.columns = ledgerColumns(table);
        this.ack = times.ack;
        this.target = times.target;
        this.updated = times.updated;
    }
    /** Row r as a record of the key (alarm_id, release_window_id). */
    record(r, alarmId, windowId) {
        return new LedgerRecord(this, r, alarmId, windowId);
    }
}
const ms = (v) => (Number.isNaN(v) ? undefined : v);
/** One ledger row of an evaluated window; its cells are read from the table on demand. */
class LedgerRecord {
    row;
    alarm_id;
    release_window_id;
    table;
    line;
    /** epoch ms; undefined when the cell is malformed (scanLedgerRows reported it) or, for the target, empty */
    ackMs;
    targetMs;
    updatedMs;
    #columns;
    constructor(rows, row, alarm_id, release_window_id) {
        this.row = row;
        this.alarm_id = alarm_id;
        this.release_window_id = release_window_id;
        this.table = rows.table;
        this.#columns = rows.columns;
        this.line = rows.table.line(row);
        this.ackMs = ms(rows.ack[row]);
        this.targetMs = ms(rows.target[row]);
        this.updatedMs = ms(rows.updated[row]);
    }
    /** The cell in the named column as written; '' when the ledger has no such column. */
    cell(column) {
        return this.table.cell(this.row, this.#columns[column]);
    }
    /** The cell at a column index (table.column()), for columns only the policy names. */
    cellAt(column) {
        return this.table.cell(this.row, column);
    }
    /** Every cell in header order: two rows with equal cells are the same row. */
    cells() {
        return this.table.cells(this.row);
    }
}
/**
 * A key's latest state, as the contract's LedgerEntry. What the checks read is made when the
 * entry is; the rest (timestamps as text, the acknowledger, the location, the raw row) is made
 * when read, since at 100,000 alarms most entries are judged and dropped without being shown.
 */
class Entry {
    #record;
    alarm_id;
    release_window_id;
    alarm_state;
    owner_role;
    /** null when the cell is not a whole number (reported as SLA_MISMATCH) */
    response_sla_minutes;
    closure_state;
    closure_evidence_ref;
    history_rows;
    sla_exception_ref;
    exception_approved_by;
    /** alarmState: the ledger's class for the row, or the alarm's when the ledger's is not a class */
    constructor(record, alarmState, historyRows) {
        this.#record = record;
        this.alarm_id = record.alarm_id;
        this.release_window_id = record.release_window_id;
        this.alarm_state = alarmState;
        this.owner_role = idOf(record.cell('owner_role')) ?? '';
        const sla = record.cell('response_sla_minutes').trim();
        this.response_sla_minutes = /^\d{1,9}$/.test(sla) ? Number(sla) : null;
        this.closure_state = record.cell('closure_state').trim().toLowerCase();
        this.closure_evidence_ref = record.cell('closure_evidence_ref').trim();
        this.history_rows = historyRows;
        this.sla_exception_ref = record.cell('sla_exception_ref').trim();
        this.exception_approved_by = record.cell('exception_approved_by').trim();
    }
    get acknowledged_by() {
        return this.#record.cell('acknowledged_by').trim();
    }
    get ack_timestamp_utc() {
        return utcText(this.#record.ackMs);
    }
    get target_resolution_utc() {
        return utcText(this.#record.targetMs);
    }
    get last_updated_utc() {
        return utcText(this.#record.updatedMs);
    }
    get source() {
        return { file: this.#record.table.file, line: this.#record.line };
    }
    get raw() {
        return this.#record.table.values(this.#record.row);
    }
}
const utcText = (ms) => (ms === undefined ? '' : formatUtc(ms));
/**
 * An evidence row, handed out as the contract's EvidenceRow as it is (the result lists every
 * evidence row, so a stripped copy of each would double them).
 */
class records_Evidence {
    evidence_id;
    release_window_id;
    alarm_id;
    evidence_kind;
    uri;
    recordedMs;
    recorded_utc;
    recorded_by;
    source;
    /** lines of later rows with the same evidence_id: the id is then ambiguous */
    duplicateLines;
    constructor(evidence_id, release_window_id, alarm_id, 
    /** ci_artifact | validator_row | log_capture | approval_note (policy data) */
    evidence_kind, uri, 
    /** epoch ms, undefined when recorded_utc is malformed */
    recordedMs, recorded_utc, recorded_by, source) {
        this.evidence_id = evidence_id;
        this.release_window_id = release_window_id;
        this.alarm_id = alarm_id;
        this.evidence_kind = evidence_kind;
        this.uri = uri;
        this.recordedMs = recordedMs;
        this.recorded_utc = recorded_utc;
        this.recorded_by = recorded_by;
        this.source = source;
    }
}

;// CONCATENATED MODULE: ./src/ledger/evidence-index.ts





class evidence_index_EvidenceIndex {
    #table;
    #policy;
    #scan;
    #columns;
    constructor(table, policy, scan) {
        this.#table = table;
        this.#policy = policy;
        this.#scan = scan;
    }
    /** The row of the evidence_id's first readable row; undefined when there is none. */
    rowOf(evidenceId) {
        return this.#scan.rowOf.get(evidenceId);
    }
    /** Lines of later rows with the same evidence_id: the id is then ambiguous. */
    duplicatesOf(evidenceId) {
        return this.#scan.duplicates.get(evidenceId);
    }
    windowOf(row) {
        return windowOf(this.#scan, row);
    }
    /** Normalized again when asked: a string kept for each of 150,000 rows cost more in garbage collection. */
    alarmOf(row) {
        return idOf(this.#table.cell(row, this.#cols().alarm_id)) ?? '';
    }
    /** recorded_utc in epoch ms; undefined when malformed */
    recordedMs(row) {
        const ms = this.#scan.recorded[row];
        return Number.isNaN(ms) ? undefined : ms;
    }
    get(evidenceId) {
        const row = this.rowOf(evidenceId);
        return row === undefined ? undefined : this.evidence(evidenceId, row);
    }
    /** Every indexed evidence row, in file order. */
    all() {
        return Array.from(this.#scan.rowOf, ([id, row]) => this.evidence(id, row));
    }
    #cols() {
        return (this.#columns ??= columnsOf(this.#table, this.#policy.data.evidence_fields));
    }
    /** The row as an Evidence. */
    evidence(evidenceId, row) {
        const t = this.#table;
        const c = this.#cols();
        const recordedMs = this.recordedMs(row);
        const ev = new Evidence(evidenceId, this.windowOf(row), this.alarmOf(row), t.cell(row, c.evidence_kind).trim().toLowerCase(), t.cell(row, c.uri), recordedMs, recordedMs === undefined ? '' : formatUtc(recordedMs), t.cell(row, c.recorded_by).trim(), { file: t.file, line: t.line(row) });
        const duplicates = this.duplicatesOf(evidenceId);
        if (duplicates)
            ev.duplicateLines = duplicates;
        return ev;
    }
}

;// CONCATENATED MODULE: ./src/ledger/row-windows.ts
/** Fills a RowWindows row by row. */
class RowWindowsBuilder {
    scan;
    #numbers = new Map();
    constructor(rows, broken) {
        this.scan = {
            window: new Int32Array(rows).fill(-1),
            windowIds: [],
            broken,
            defects: [],
            defectRows: []
        };
    }
    /** Row r's window; undefined (refused) leaves it -1. */
    setWindow(r, windowId) {
        if (!windowId)
            return;
        let w = this.#numbers.get(windowId);
        if (w === undefined) {
            w = this.scan.windowIds.push(windowId) - 1;
            this.#numbers.set(windowId, w);
        }
        this.scan.window[r] = w;
    }
    /** Tags the defects found since `before` (a length of scan.defects) with row r. */
    tagDefects(r, before) {
        for (let i = before; i < this.scan.defects.length; i++)
            this.scan.defectRows.push(r);
    }
}
/** The window id of row r; '' when it was refused. */
function row_windows_windowOf(scan, r) {
    const w = scan.window[r];
    return w < 0 ? '' : scan.windowIds[w];
}
/** Per distinct window of the scan (windowIds' order): is it evaluated? */
function row_windows_evaluatedWindows(scan, windows) {
    return scan.windowIds.map((w) => windows.has(w));
}
/**
 * The defects that count: every broken row, and the defects of rows of an evaluated window or
 * whose window id was refused (nobody can tell which window such a row was meant for).
 */
function row_windows_countingDefects(scan, evaluated) {
    const out = scan.broken.slice();
    for (let i = 0; i < scan.defects.length; i++) {
        const w = scan.window[scan.defectRows[i]];
        if (w < 0 || evaluated[w])
            out.push(scan.defects[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ledger/evidence-rows.ts





// The evidence file in two steps, like the ledger (ledger-rows.ts): scanEvidence indexes and
// checks every row without knowing which windows are evaluated, so it can run in a worker;
// evidenceFor keeps the defects of the evaluated windows. Every row is indexed, whatever its
// window: a closure reference may point into another window, and that is L5's defect.
function evidence_rows_scanEvidence(table, policy) {
    const f = policy.data.evidence_fields;
    const col = cells_columnsOf(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const n = table.size;
    const rows = new RowWindowsBuilder(n, brokenRows(table, ic));
    const scan = Object.assign(rows.scan, {
        rowOf: new Map(),
        duplicates: new Map(),
        recorded: new Float64Array(n).fill(NaN)
    });
    const { rowOf, duplicates, defects } = scan;
    const windowCheck = memoCheckId();
    const check = new CellChecks(file, defects);
    for (let r = 0; r < table.size; r++) {
        const before = defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        const subject = alarmId ?? '';
        rows.setWindow(r, windowId);
        scan.recorded[r] =
            check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, {
                subject,
                windowId: windowId ?? '',
                role: ic
            }) ?? NaN;
        const kind = table.cell(r, col.evidence_kind).trim();
        if (!policy.isEvidenceKind(kind)) {
            defects.push(finding('EVIDENCE_KIND_INVALID', {
                subject,
                owner_role: ic,
                required_action: `Set ${f.evidence_kind} to one of ${policy.data.evidence_kinds.join(', ')}`,
                release_window_id: windowId ?? '',
                file,
                line,
                field: f.evidence_kind,
                detail: `'${(0,ids/* printable */.g$)(kind)}' is not an evidence kind of the policy`
            }));
        }
        if (evidenceId && windowId && alarmId) {
            const first = rowOf.get(evidenceId);
            if (first !== undefined) {
                const lines = duplicates.get(evidenceId);
                if (lines)
                    lines.push(line);
                else
                    duplicates.set(evidenceId, [line]);
                defects.push(finding('EVIDENCE_DUPLICATE_ID', {
                    subject,
                    owner_role: ic,
                    required_action: 'Give every evidence row its own evidence_id',
                    release_window_id: windowId,
                    file,
                    line,
                    field: f.evidence_id,
                    detail: `evidence_id '${evidenceId}' is also on line ${table.line(first)}`
                }));
            }
            else {
                rowOf.set(evidenceId, r);
            }
        }
        rows.tagDefects(r, before);
    }
    return scan;
}
/** The evidence index, and the defects of rows of evaluated windows (or of no readable window). */
function evidenceFor(table, policy, scan, windows) {
    return {
        index: new EvidenceIndex(table, policy, scan),
        defects: countingDefects(scan, evaluatedWindows(scan, windows))
    };
}

;// CONCATENATED MODULE: ./src/ledger/ledger-rows.ts




function ledger_rows_scanLedgerRows(table, policy) {
    const ic = policy.icRole;
    const n = table.size;
    const col = ledgerColumns(table);
    const rows = new RowWindowsBuilder(n, brokenRows(table, ic));
    const scan = Object.assign(rows.scan, {
        alarmId: new Int32Array(n).fill(-1),
        alarmIdList: [],
        ack: new Float64Array(n).fill(NaN),
        target: new Float64Array(n).fill(NaN),
        updated: new Float64Array(n).fill(NaN)
    });
    const check = new CellChecks(table.file, scan.defects);
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    const idNumbers = new Map();
    for (let r = 0; r < n; r++) {
        const before = scan.defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, 'release_window_id', 'release_window_id', '', ic, windowCheck);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic);
        rows.setWindow(r, windowId);
        if (windowId && alarmId) {
            let k = idNumbers.get(alarmId);
            if (k === undefined) {
                k = scan.alarmIdList.push(alarmId) - 1;
                idNumbers.set(alarmId, k);
            }
            scan.alarmId[r] = k;
            const role = roleCheck(table.cell(r, col.owner_role));
            const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic };
            scan.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN;
            scan.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN;
            scan.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN;
        }
        rows.tagDefects(r, before);
    }
    return scan;
}
/**
 * The rows of the evaluated windows, grouped by key; rows of other windows are history and are
 * neither checked nor joined. A row becomes a LedgerRecord only when its key is folded, so the
 * rows of a long history do not all stay alive in between.
 */
function groupLedger(table, scan, windows, alarmKeys) {
    const evaluated = evaluatedWindows(scan, windows);
    const defects = countingDefects(scan, evaluated);
    const groups = new RowGroups(table.size, alarmKeys);
    // An alarm id's rows are nearly always of one window: its group is looked up by string once
    // and then found by number (-1: not looked up yet).
    const lastWindow = new Int32Array(scan.alarmIdList.length).fill(-1);
    const lastGroup = new Int32Array(scan.alarmIdList.length);
    for (let r = 0; r < table.size; r++) {
        const w = scan.window[r];
        const a = scan.alarmId[r];
        if (w < 0 || a < 0 || !evaluated[w])
            continue;
        if (lastWindow[a] !== w) {
            lastWindow[a] = w;
            lastGroup[a] = groups.groupOf(scan.alarmIdList[a], scan.windowIds[w]);
        }
        groups.addTo(lastGroup[a], r);
    }
    return { groups, rows: new LedgerRows(table, scan), defects };
}

;// CONCATENATED MODULE: ./src/ledger/row-scan.ts






/** Reads and scans one file in this thread; S is the job's kind of scan. */
async function scanFile(job, policy) {
    const { table, sha256 } = await readHashed(job);
    const scan = job.kind === 'ledger' ? scanLedgerRows(table, policy) : scanEvidence(table, policy);
    return { table, sha256, scan: scan };
}
/**
 * Reads and hashes one file in this thread; the bytes are dropped once hashed and decoded, before
 * the scan (readCsvText says why). node:crypto's createHash, on this thread: measured 11 ms for
 * 19 MB, where WebCrypto's digest spent 55 ms of this thread copying before it even went to the
 * thread pool.
 */
async function readHashed(job) {
    const { text, sha256 } = await readCsvText(job.path, job.file);
    const table = parseCsvText(text, {
        file: job.file,
        requiredColumns: job.requiredColumns
    });
    return { table, sha256 };
}
/** The worker's read: its bytes are kept, to be transferred with the table. */
async function readWithBytes(job) {
    const { table, bytes } = await readCsvFile(job.path, {
        file: job.file,
        requiredColumns: job.requiredColumns
    });
    return { table, bytes, sha256: (0,hash/* sha256Hex */.fg)(bytes) };
}
/** The worker's side: one job as a message and the buffers to transfer with it. */
async function scanJobMessage(job, policy) {
    try {
        const { table, bytes, sha256 } = await readWithBytes(job);
        const scan = job.kind === 'ledger' ? ledger_rows_scanLedgerRows(table, policy) : evidence_rows_scanEvidence(table, policy);
        // a small file's Buffer can be a view into Node's shared pool, which must not be transferred
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
        const parts = table.parts();
        // the scan's typed arrays (windows, times) go with the table's, each its own buffer
        const arrays = Object.values(scan).filter((v) => ArrayBuffer.isView(v));
        return {
            message: {
                kind: job.kind,
                ok: true,
                bytes: own,
                sha256,
                table: parts,
                scan
            },
            transfer: [own.buffer, ...transferablesOf(parts), ...arrays.map((a) => a.buffer)]
        };
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return {
                message: {
                    kind: job.kind,
                    ok: false,
                    user: {
                        code: err.code,
                        headline: err.headline,
                        problems: err.problems
                    }
                },
                transfer: []
            };
        return {
            message: {
                kind: job.kind,
                ok: false,
                internal: err instanceof Error ? (err.stack ?? err.message) : String(err)
            },
            transfer: []
        };
    }
}
/** The receiving side: the table made whole again, or the worker's error thrown here. */
function receiveScan(message) {
    if (!message.ok) {
        if (message.user)
            throw new UserError({
                code: message.user.code,
                message: message.user.headline,
                problems: message.user.problems
            });
        throw new InternalError({
            code: 'INTERNAL',
            message: `reading the ${message.kind} file failed in the read worker: ${message.internal}`
        });
    }
    const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
    return {
        table: CsvTable.fromParts(message.table, decodeCsv(bytes)),
        sha256: message.sha256,
        scan: message.scan
    };
}
/**
 * Scans one file in the worker started from `workerUrl`, or in this thread when there is none.
 * A worker that cannot run (a thread limit, a damaged bundle) costs time, not the result: the
 * file is then read here. A user's mistake in the file is reported as it is.
 */
async function scanFileAside(job, policy, workerUrl) {
    if (workerUrl) {
        try {
            return (await scanInWorker(workerUrl, [job], policy).get(job.kind));
        }
        catch (err) {
            if (err instanceof UserError)
                throw err;
        }
    }
    return scanFile(job, policy);
}
/**
 * Scans the jobs' files in a worker thread started from `workerUrl` (the bundled
 * read-worker). A file's error settles its promise when it arrives, a file's table once the worker
 * has exited (see below); a worker that dies rejects every promise still pending.
 */
function scanInWorker(workerUrl, jobs, policy) {
    const data = {
        jobs,
        policy: {
            kind: 'ack-ledger',
            file: policy.file,
            data: policy.data,
            sha256: policy.sha256
        }
    };
    const worker = new Worker(workerUrl, { workerData: data });
    // the gate's own work decides when the process ends, never a worker left behind by an error
    worker.unref();
    const pending = new Map();
    const results = new Map();
    for (const job of jobs) {
        const p = new Promise((resolve, reject) => pending.set(job.kind, { resolve, reject }));
        p.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection
        results.set(job.kind, p);
    }
    const failAll = (err) => {
        for (const { reject } of pending.values())
            reject(err);
        pending.clear();
    };
    const settle = (message) => {
        const waiting = pending.get(message.kind);
        if (!waiting)
            return;
        pending.delete(message.kind);
        try {
            waiting.resolve(receiveScan(message));
        }
        catch (err) {
            waiting.reject(err);
        }
    };
    // A file's text is decoded here once the worker has exited: until then the worker's own copy of
    // the text (as large as the file) is still alive, and at 1,000,000 alarms holding both at once
    // was 260 MB of the run's peak. The worker exits as soon as it has posted its last file.
    const arrived = [];
    worker.on('message', (message) => {
        if (!message.ok)
            return settle(message);
        arrived.push(message);
        // its exit is now what settles the promise: the process must wait for it (it is imminent)
        worker.ref();
    });
    worker.on('error', (err) => failAll(new InternalError({
        code: 'INTERNAL',
        message: `the read worker failed: ${err.message}`,
        cause: err
    })));
    worker.on('exit', (code) => {
        for (const message of arrived.splice(0))
            settle(message);
        if (pending.size > 0)
            failAll(new InternalError({
                code: 'INTERNAL',
                message: `the read worker exited (${code}) before reading every file`
            }));
    });
    return results;
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: canonicalBytes, canonicalSha256, sha256HexOffThread

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
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

/***/ 4598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   hV: () => (/* binding */ idFix),
/* harmony export */   ij: () => (/* binding */ checkId)
/* harmony export */ });
/* unused harmony exports MAX_ID_LENGTH, isWindowsDeviceName, normalizeId, INVISIBLE_CHARS, showInvisible */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

// Ids arrive from CSV cells and inputs and end up in paths, commit messages and joins. They are
// checked in their raw form first (so `../x` is refused rather than normalized into something
// harmless-looking), then folded: casing and separators (space, _, ., :, -) are not identity.
const MAX_ID_LENGTH = 100;
function checkId(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return { ok: true, id: plain };
    const text = raw.trim();
    if (text === '')
        return { ok: false, reason: 'is empty' };
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(raw))
        return { ok: false, reason: 'contains a control character' };
    if (text.includes('/') || text.includes('\\'))
        return { ok: false, reason: 'contains a path separator' };
    if (text.includes('..'))
        return { ok: false, reason: "contains '..'" };
    if (text.length > MAX_ID_LENGTH)
        return { ok: false, reason: `is longer than ${MAX_ID_LENGTH} characters` };
    const id = fold(text);
    if (id === '')
        return { ok: false, reason: 'has no letters or digits' };
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        return { ok: false, reason: 'may contain only letters, digits and the separators - _ . : space' };
    }
    if (DEVICES.has(id) || DEVICES.has(deviceBase(text)))
        return { ok: false, reason: DEVICE_REASON };
    return { ok: true, id };
}
function fold(text) {
    return text
        .toLowerCase()
        .replace(/[\s_.:-]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
// Windows opens a device, not a file, for these names in any directory, whatever their case and
// whatever follows a dot (nul.txt), and it drops trailing dots and spaces first (`CON. `). Ids
// become directories (closure-packets/<window>/), so a window named CON could be written on
// Linux and never checked out on Windows. COM0 and LPT0 are on Microsoft's list too.
const DEVICES = new Set(['con', 'prn', 'aux', 'nul', ...[...'0123456789'].flatMap((d) => [`com${d}`, `lpt${d}`])]);
const DEVICE_REASON = 'is a reserved Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9), which no Windows checkout can hold as a directory';
/** The part of a name Windows compares with its device names: before any dot or colon, without trailing spaces. */
function deviceBase(text) {
    const name = text.trim().toLowerCase();
    const dot = name.search(/[.:]/);
    return (dot === -1 ? name : name.slice(0, dot)).trimEnd();
}
/** True when `raw`, as written or once folded into an id, names a Windows device (CON, nul.txt, `Com1. `). */
function isWindowsDeviceName(raw) {
    return DEVICES.has(deviceBase(raw)) || DEVICES.has(fold(raw.trim()));
}
/** What to do about an id that checkId refused, in the user's terms; `otherwise` for all but device names. */
function idFix(raw, check, otherwise = `use letters, digits and - _ . (at most ${MAX_ID_LENGTH} characters)`) {
    if (!check.ok && check.reason === DEVICE_REASON) {
        const id = fold(raw.trim());
        return `choose another id, e.g. '${id}-1' or 'rw-${id}'`;
    }
    return otherwise;
}
/**
 * The fast path for ids that are already nearly canonical (ALM-000123, rw-2026-11-a): ASCII
 * letters and digits joined by single hyphens, at most MAX_ID_LENGTH long. For those the checks
 * and folds below reduce to lower-casing, so they skip the regular expressions that were a
 * measurable cost at 100,000-row inputs. Anything else returns undefined and takes the full path.
 */
function plainId(raw) {
    const n = raw.length;
    if (n === 0 || n > MAX_ID_LENGTH)
        return undefined;
    let upper = false;
    let prevHyphen = true; // a leading hyphen is not plain
    for (let i = 0; i < n; i++) {
        const c = raw.charCodeAt(i);
        if (c === 45) {
            if (prevHyphen)
                return undefined;
            prevHyphen = true;
            continue;
        }
        prevHyphen = false;
        if (c >= 97 && c <= 122)
            continue;
        if (c >= 48 && c <= 57)
            continue;
        if (c >= 65 && c <= 90) {
            upper = true;
            continue;
        }
        return undefined;
    }
    if (prevHyphen)
        return undefined; // a trailing hyphen is not plain
    const id = upper ? raw.toLowerCase() : raw;
    // a device name (con, com1) takes the full path, which refuses it
    return (n === 3 || n === 4) && DEVICES.has(id) ? undefined : id;
}
/** checkId for callers that only need the id: the normalized id, or undefined when it is refused. */
function idOf(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return plain;
    const r = checkId(raw);
    return r.ok ? r.id : undefined;
}
/** Normalizes an id or throws a UserError naming what it was and how to fix it. */
function normalizeId(raw, what) {
    const r = checkId(raw);
    if (!r.ok) {
        throw new UserError({
            code: 'ID_INVALID',
            message: `${what} '${printable(raw)}' ${r.reason}; ${idFix(raw, r)}`
        });
    }
    return r.id;
}
/**
 * Makes untrusted text safe to quote in a message: control characters shown as \xNN, and
 * zero-width and bidirectional formatting characters as \uNNNN, so `B\u200b-1` cannot pass
 * for `B-1` and a right-to-left override cannot reorder what the reader sees.
 */
function printable(text, max = 120) {
    // tested first: most text has none, and a replace builds a new string anyway
    const shown = UNSEEN.test(text) ? showUnseen(text) : text;
    return shown.length > max ? `${shown.slice(0, max)}...` : shown;
}
/**
 * Zero-width and bidirectional formatting characters: the soft hyphen, the Arabic letter mark,
 * the Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, the embeddings and
 * overrides (U+202A-E), word joiner and invisible operators (U+2060-4), the isolates (U+2066-9)
 * and the zero-width no-break space (U+FEFF).
 */
const INVISIBLE_CHARS = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff';
const INVISIBLES = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Only the invisible characters shown as \uNNNN (for destinations that handle control characters themselves). */
function showInvisible(text) {
    return text.replace(INVISIBLES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function showUnseen(text) {
    return text.replace(UNSEENS, (c) => {
        const n = c.charCodeAt(0);
        return n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    });
}
// Control characters and the invisible ones above.
const UNSEEN = new RegExp(`[\\u0000-\\u001f\\u007f${INVISIBLE_CHARS}]`);
const UNSEENS = new RegExp(UNSEEN.source, 'g');


/***/ }),

/***/ 9043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 9696:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
// Generated by scripts/compile-schemas.mjs from src/policy/schemas/*.schema.json: do not edit.
__webpack_unused_export__ = validate0;const schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/ack-ledger.schema.json","title":"Acknowledgment-ledger policy (lesson 113)","description":"Columns, alarm classes, SLAs, owner roles, closure states, SLA exceptions and escalation routes for the ledger gate. Every section is required and unknown keys are errors, so a typo can never silently switch a rule off.","type":"object","additionalProperties":false,"required":["version","required_fields","alarm_fields","alarm_classes","evidence_fields","evidence_kinds","sla_policy","ownership","closure_policy","sla_exceptions","escalation"],"properties":{"version":{"type":"integer","const":1},"required_fields":{"description":"Ack-ledger columns. Must include the eleven the gate reads; extra entries must be filled on every row.","type":"array","items":{"$ref":"#/definitions/column"},"minItems":1,"uniqueItems":true},"optional_fields":{"description":"Optional ack-ledger columns: an accepted SLA exception (sla_exception_ref, exception_approved_by) and a signed-off correction that moves an acknowledgment earlier (ack_correction_ref, ack_correction_approved_by).","type":"array","items":{"type":"string","enum":["sla_exception_ref","exception_approved_by","ack_correction_ref","ack_correction_approved_by"]},"uniqueItems":true},"alarm_fields":{"type":"object","additionalProperties":false,"required":["alarm_id","alarm_class","release_window_id","raised_utc","primary_owner_role","backup_owner_role"],"properties":{"alarm_id":{"$ref":"#/definitions/column"},"alarm_class":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"raised_utc":{"$ref":"#/definitions/column"},"primary_owner_role":{"$ref":"#/definitions/column"},"backup_owner_role":{"$ref":"#/definitions/column"}}},"alarm_classes":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/token"},"block":{"$ref":"#/definitions/token"}}},"evidence_fields":{"type":"object","additionalProperties":false,"required":["evidence_id","release_window_id","alarm_id","evidence_kind","uri","recorded_utc","recorded_by"],"properties":{"evidence_id":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"alarm_id":{"$ref":"#/definitions/column"},"evidence_kind":{"$ref":"#/definitions/column"},"uri":{"$ref":"#/definitions/column"},"recorded_utc":{"$ref":"#/definitions/column"},"recorded_by":{"$ref":"#/definitions/column"}}},"evidence_kinds":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"sla_policy":{"type":"object","additionalProperties":false,"required":["page_ack_minutes","block_ack_minutes"],"properties":{"page_ack_minutes":{"$ref":"#/definitions/minutes"},"block_ack_minutes":{"$ref":"#/definitions/minutes"}}},"ownership":{"type":"object","additionalProperties":false,"required":["allow_primary_owner","allow_backup_owner","allow_incident_commander_override","incident_commander_role","override_window_minutes"],"properties":{"allow_primary_owner":{"type":"boolean"},"allow_backup_owner":{"type":"boolean"},"allow_incident_commander_override":{"type":"boolean"},"incident_commander_role":{"$ref":"#/definitions/token"},"override_window_minutes":{"$ref":"#/definitions/minutes"}}},"closure_policy":{"type":"object","additionalProperties":false,"required":["require_evidence_when_resolved","resolved_states","open_states"],"properties":{"require_evidence_when_resolved":{"type":"boolean"},"resolved_states":{"$ref":"#/definitions/tokens"},"open_states":{"$ref":"#/definitions/tokens"}}},"sla_exceptions":{"type":"object","additionalProperties":false,"required":["allowed_classes","approver_role"],"properties":{"allowed_classes":{"type":"array","items":{"type":"string","enum":["page","block"]},"uniqueItems":true},"approver_role":{"$ref":"#/definitions/token"}}},"ack_corrections":{"description":"Who may sign off on a ledger row that moves a key's acknowledgment time earlier than first recorded. The row must name the correction (ack_correction_ref) and carry this role in ack_correction_approved_by; otherwise the move is ACK_BACKDATED (blocking). Without this section no such correction is accepted.","type":"object","additionalProperties":false,"required":["approver_role"],"properties":{"approver_role":{"$ref":"#/definitions/token"}}},"escalation":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/ladder"},"block":{"$ref":"#/definitions/ladder"}}}},"definitions":{"column":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\s,\"]+$"},"token":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},"tokens":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"minutes":{"type":"integer","minimum":1,"maximum":525600},"route":{"type":"object","additionalProperties":false,"required":["route_to","no_go"],"properties":{"route_to":{"type":"string","enum":["primary_owner","backup_owner","incident_commander"]},"no_go":{"type":"boolean"}}},"ladder":{"type":"object","additionalProperties":false,"required":["ack_late","resolution_late","unowned"],"properties":{"ack_late":{"$ref":"#/definitions/route"},"resolution_late":{"$ref":"#/definitions/route"},"unowned":{"$ref":"#/definitions/route"}}}}};const schema1 = {"type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\s,\"]+$"};const schema8 = {"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"};const schema18 = {"type":"integer","minimum":1,"maximum":525600};const func0 = Object.prototype.hasOwnProperty;const func1 = (__nccwpck_require__(6214)/* ["default"] */ .A);const func3 = (__nccwpck_require__(4951)/* ["default"] */ .A);const pattern0 = new RegExp("^[^\\s,\"]+$", "u");const pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]*$", "u");const schema22 = {"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true};function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 100){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data0) < 1){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern7.test(data0)){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func3(data[i1], data[j0])){const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break outer0;}}}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate1.errors = vErrors;return errors === 0;}const schema26 = {"type":"object","additionalProperties":false,"required":["ack_late","resolution_late","unowned"],"properties":{"ack_late":{"$ref":"#/definitions/route"},"resolution_late":{"$ref":"#/definitions/route"},"unowned":{"$ref":"#/definitions/route"}}};const schema27 = {"type":"object","additionalProperties":false,"required":["route_to","no_go"],"properties":{"route_to":{"type":"string","enum":["primary_owner","backup_owner","incident_commander"]},"no_go":{"type":"boolean"}}};function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.ack_late === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ack_late"},message:"must have required property '"+"ack_late"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.resolution_late === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resolution_late"},message:"must have required property '"+"resolution_late"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.unowned === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unowned"},message:"must have required property '"+"unowned"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "ack_late") || (key0 === "resolution_late")) || (key0 === "unowned"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.ack_late !== undefined){let data0 = data.ack_late;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.route_to === undefined){const err4 = {instancePath:instancePath+"/ack_late",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "route_to"},message:"must have required property '"+"route_to"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.no_go === undefined){const err5 = {instancePath:instancePath+"/ack_late",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "no_go"},message:"must have required property '"+"no_go"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data0){if(!((key1 === "route_to") || (key1 === "no_go"))){const err6 = {instancePath:instancePath+"/ack_late",schemaPath:"#/definitions/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.route_to !== undefined){let data1 = data0.route_to;if(typeof data1 !== "string"){const err7 = {instancePath:instancePath+"/ack_late/route_to",schemaPath:"#/definitions/route/properties/route_to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!(((data1 === "primary_owner") || (data1 === "backup_owner")) || (data1 === "incident_commander"))){const err8 = {instancePath:instancePath+"/ack_late/route_to",schemaPath:"#/definitions/route/properties/route_to/enum",keyword:"enum",params:{allowedValues: schema27.properties.route_to.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.no_go !== undefined){if(typeof data0.no_go !== "boolean"){const err9 = {instancePath:instancePath+"/ack_late/no_go",schemaPath:"#/definitions/route/properties/no_go/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/ack_late",schemaPath:"#/definitions/route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.resolution_late !== undefined){let data3 = data.resolution_late;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.route_to === undefined){const err11 = {instancePath:instancePath+"/resolution_late",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "route_to"},message:"must have required property '"+"route_to"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3.no_go === undefined){const err12 = {instancePath:instancePath+"/resolution_late",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "no_go"},message:"must have required property '"+"no_go"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key2 in data3){if(!((key2 === "route_to") || (key2 === "no_go"))){const err13 = {instancePath:instancePath+"/resolution_late",schemaPath:"#/definitions/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data3.route_to !== undefined){let data4 = data3.route_to;if(typeof data4 !== "string"){const err14 = {instancePath:instancePath+"/resolution_late/route_to",schemaPath:"#/definitions/route/properties/route_to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(((data4 === "primary_owner") || (data4 === "backup_owner")) || (data4 === "incident_commander"))){const err15 = {instancePath:instancePath+"/resolution_late/route_to",schemaPath:"#/definitions/route/properties/route_to/enum",keyword:"enum",params:{allowedValues: schema27.properties.route_to.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.no_go !== undefined){if(typeof data3.no_go !== "boolean"){const err16 = {instancePath:instancePath+"/resolution_late/no_go",schemaPath:"#/definitions/route/properties/no_go/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/resolution_late",schemaPath:"#/definitions/route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.unowned !== undefined){let data6 = data.unowned;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.route_to === undefined){const err18 = {instancePath:instancePath+"/unowned",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "route_to"},message:"must have required property '"+"route_to"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data6.no_go === undefined){const err19 = {instancePath:instancePath+"/unowned",schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "no_go"},message:"must have required property '"+"no_go"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}for(const key3 in data6){if(!((key3 === "route_to") || (key3 === "no_go"))){const err20 = {instancePath:instancePath+"/unowned",schemaPath:"#/definitions/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6.route_to !== undefined){let data7 = data6.route_to;if(typeof data7 !== "string"){const err21 = {instancePath:instancePath+"/unowned/route_to",schemaPath:"#/definitions/route/properties/route_to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!(((data7 === "primary_owner") || (data7 === "backup_owner")) || (data7 === "incident_commander"))){const err22 = {instancePath:instancePath+"/unowned/route_to",schemaPath:"#/definitions/route/properties/route_to/enum",keyword:"enum",params:{allowedValues: schema27.properties.route_to.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.no_go !== undefined){if(typeof data6.no_go !== "boolean"){const err23 = {instancePath:instancePath+"/unowned/no_go",schemaPath:"#/definitions/route/properties/no_go/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/unowned",schemaPath:"#/definitions/route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate4.errors = vErrors;return errors === 0;}function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/ack-ledger.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.required_fields === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required_fields"},message:"must have required property '"+"required_fields"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.alarm_fields === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarm_fields"},message:"must have required property '"+"alarm_fields"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.alarm_classes === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarm_classes"},message:"must have required property '"+"alarm_classes"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.evidence_fields === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_fields"},message:"must have required property '"+"evidence_fields"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.evidence_kinds === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_kinds"},message:"must have required property '"+"evidence_kinds"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.sla_policy === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sla_policy"},message:"must have required property '"+"sla_policy"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.ownership === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ownership"},message:"must have required property '"+"ownership"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.closure_policy === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "closure_policy"},message:"must have required property '"+"closure_policy"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.sla_exceptions === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sla_exceptions"},message:"must have required property '"+"sla_exceptions"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.escalation === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "escalation"},message:"must have required property '"+"escalation"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key0 in data){if(!(func0.call(schema0.properties, key0))){const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(1 !== data0){const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.required_fields !== undefined){let data1 = data.required_fields;if(Array.isArray(data1)){if(data1.length < 1){const err14 = {instancePath:instancePath+"/required_fields",schemaPath:"#/properties/required_fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func1(data2) > 100){const err15 = {instancePath:instancePath+"/required_fields/" + i0,schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data2) < 1){const err16 = {instancePath:instancePath+"/required_fields/" + i0,schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern0.test(data2)){const err17 = {instancePath:instancePath+"/required_fields/" + i0,schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/required_fields/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func3(data1[i1], data1[j0])){const err19 = {instancePath:instancePath+"/required_fields",schemaPath:"#/properties/required_fields/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;break outer0;}}}}}else {const err20 = {instancePath:instancePath+"/required_fields",schemaPath:"#/properties/required_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.optional_fields !== undefined){let data3 = data.optional_fields;if(Array.isArray(data3)){const len1 = data3.length;for(let i2=0; i2<len1; i2++){let data4 = data3[i2];if(typeof data4 !== "string"){const err21 = {instancePath:instancePath+"/optional_fields/" + i2,schemaPath:"#/properties/optional_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!((((data4 === "sla_exception_ref") || (data4 === "exception_approved_by")) || (data4 === "ack_correction_ref")) || (data4 === "ack_correction_approved_by"))){const err22 = {instancePath:instancePath+"/optional_fields/" + i2,schemaPath:"#/properties/optional_fields/items/enum",keyword:"enum",params:{allowedValues: schema0.properties.optional_fields.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}let i3 = data3.length;let j1;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data3[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err23 = {instancePath:instancePath+"/optional_fields",schemaPath:"#/properties/optional_fields/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;break;}indices0[item0] = i3;}}}else {const err24 = {instancePath:instancePath+"/optional_fields",schemaPath:"#/properties/optional_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.alarm_fields !== undefined){let data5 = data.alarm_fields;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.alarm_id === undefined){const err25 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "alarm_id"},message:"must have required property '"+"alarm_id"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data5.alarm_class === undefined){const err26 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "alarm_class"},message:"must have required property '"+"alarm_class"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data5.release_window_id === undefined){const err27 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "release_window_id"},message:"must have required property '"+"release_window_id"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data5.raised_utc === undefined){const err28 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "raised_utc"},message:"must have required property '"+"raised_utc"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data5.primary_owner_role === undefined){const err29 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "primary_owner_role"},message:"must have required property '"+"primary_owner_role"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data5.backup_owner_role === undefined){const err30 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/required",keyword:"required",params:{missingProperty: "backup_owner_role"},message:"must have required property '"+"backup_owner_role"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key1 in data5){if(!((((((key1 === "alarm_id") || (key1 === "alarm_class")) || (key1 === "release_window_id")) || (key1 === "raised_utc")) || (key1 === "primary_owner_role")) || (key1 === "backup_owner_role"))){const err31 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data5.alarm_id !== undefined){let data6 = data5.alarm_id;if(typeof data6 === "string"){if(func1(data6) > 100){const err32 = {instancePath:instancePath+"/alarm_fields/alarm_id",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(func1(data6) < 1){const err33 = {instancePath:instancePath+"/alarm_fields/alarm_id",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(!pattern0.test(data6)){const err34 = {instancePath:instancePath+"/alarm_fields/alarm_id",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/alarm_fields/alarm_id",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data5.alarm_class !== undefined){let data7 = data5.alarm_class;if(typeof data7 === "string"){if(func1(data7) > 100){const err36 = {instancePath:instancePath+"/alarm_fields/alarm_class",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(func1(data7) < 1){const err37 = {instancePath:instancePath+"/alarm_fields/alarm_class",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(!pattern0.test(data7)){const err38 = {instancePath:instancePath+"/alarm_fields/alarm_class",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/alarm_fields/alarm_class",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data5.release_window_id !== undefined){let data8 = data5.release_window_id;if(typeof data8 === "string"){if(func1(data8) > 100){const err40 = {instancePath:instancePath+"/alarm_fields/release_window_id",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(func1(data8) < 1){const err41 = {instancePath:instancePath+"/alarm_fields/release_window_id",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!pattern0.test(data8)){const err42 = {instancePath:instancePath+"/alarm_fields/release_window_id",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/alarm_fields/release_window_id",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data5.raised_utc !== undefined){let data9 = data5.raised_utc;if(typeof data9 === "string"){if(func1(data9) > 100){const err44 = {instancePath:instancePath+"/alarm_fields/raised_utc",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(func1(data9) < 1){const err45 = {instancePath:instancePath+"/alarm_fields/raised_utc",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(!pattern0.test(data9)){const err46 = {instancePath:instancePath+"/alarm_fields/raised_utc",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/alarm_fields/raised_utc",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data5.primary_owner_role !== undefined){let data10 = data5.primary_owner_role;if(typeof data10 === "string"){if(func1(data10) > 100){const err48 = {instancePath:instancePath+"/alarm_fields/primary_owner_role",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(func1(data10) < 1){const err49 = {instancePath:instancePath+"/alarm_fields/primary_owner_role",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(!pattern0.test(data10)){const err50 = {instancePath:instancePath+"/alarm_fields/primary_owner_role",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/alarm_fields/primary_owner_role",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data5.backup_owner_role !== undefined){let data11 = data5.backup_owner_role;if(typeof data11 === "string"){if(func1(data11) > 100){const err52 = {instancePath:instancePath+"/alarm_fields/backup_owner_role",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(func1(data11) < 1){const err53 = {instancePath:instancePath+"/alarm_fields/backup_owner_role",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern0.test(data11)){const err54 = {instancePath:instancePath+"/alarm_fields/backup_owner_role",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/alarm_fields/backup_owner_role",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/alarm_fields",schemaPath:"#/properties/alarm_fields/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.alarm_classes !== undefined){let data12 = data.alarm_classes;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.page === undefined){const err57 = {instancePath:instancePath+"/alarm_classes",schemaPath:"#/properties/alarm_classes/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data12.block === undefined){const err58 = {instancePath:instancePath+"/alarm_classes",schemaPath:"#/properties/alarm_classes/required",keyword:"required",params:{missingProperty: "block"},message:"must have required property '"+"block"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}for(const key2 in data12){if(!((key2 === "page") || (key2 === "block"))){const err59 = {instancePath:instancePath+"/alarm_classes",schemaPath:"#/properties/alarm_classes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data12.page !== undefined){let data13 = data12.page;if(typeof data13 === "string"){if(func1(data13) > 100){const err60 = {instancePath:instancePath+"/alarm_classes/page",schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(func1(data13) < 1){const err61 = {instancePath:instancePath+"/alarm_classes/page",schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(!pattern7.test(data13)){const err62 = {instancePath:instancePath+"/alarm_classes/page",schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/alarm_classes/page",schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data12.block !== undefined){let data14 = data12.block;if(typeof data14 === "string"){if(func1(data14) > 100){const err64 = {instancePath:instancePath+"/alarm_classes/block",schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(func1(data14) < 1){const err65 = {instancePath:instancePath+"/alarm_classes/block",schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(!pattern7.test(data14)){const err66 = {instancePath:instancePath+"/alarm_classes/block",schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/alarm_classes/block",schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/alarm_classes",schemaPath:"#/properties/alarm_classes/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.evidence_fields !== undefined){let data15 = data.evidence_fields;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.evidence_id === undefined){const err69 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "evidence_id"},message:"must have required property '"+"evidence_id"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data15.release_window_id === undefined){const err70 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "release_window_id"},message:"must have required property '"+"release_window_id"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data15.alarm_id === undefined){const err71 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "alarm_id"},message:"must have required property '"+"alarm_id"+"'"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data15.evidence_kind === undefined){const err72 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "evidence_kind"},message:"must have required property '"+"evidence_kind"+"'"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data15.uri === undefined){const err73 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data15.recorded_utc === undefined){const err74 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "recorded_utc"},message:"must have required property '"+"recorded_utc"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data15.recorded_by === undefined){const err75 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/required",keyword:"required",params:{missingProperty: "recorded_by"},message:"must have required property '"+"recorded_by"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}for(const key3 in data15){if(!(((((((key3 === "evidence_id") || (key3 === "release_window_id")) || (key3 === "alarm_id")) || (key3 === "evidence_kind")) || (key3 === "uri")) || (key3 === "recorded_utc")) || (key3 === "recorded_by"))){const err76 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data15.evidence_id !== undefined){let data16 = data15.evidence_id;if(typeof data16 === "string"){if(func1(data16) > 100){const err77 = {instancePath:instancePath+"/evidence_fields/evidence_id",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(func1(data16) < 1){const err78 = {instancePath:instancePath+"/evidence_fields/evidence_id",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!pattern0.test(data16)){const err79 = {instancePath:instancePath+"/evidence_fields/evidence_id",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/evidence_fields/evidence_id",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data15.release_window_id !== undefined){let data17 = data15.release_window_id;if(typeof data17 === "string"){if(func1(data17) > 100){const err81 = {instancePath:instancePath+"/evidence_fields/release_window_id",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(func1(data17) < 1){const err82 = {instancePath:instancePath+"/evidence_fields/release_window_id",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(!pattern0.test(data17)){const err83 = {instancePath:instancePath+"/evidence_fields/release_window_id",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/evidence_fields/release_window_id",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data15.alarm_id !== undefined){let data18 = data15.alarm_id;if(typeof data18 === "string"){if(func1(data18) > 100){const err85 = {instancePath:instancePath+"/evidence_fields/alarm_id",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(func1(data18) < 1){const err86 = {instancePath:instancePath+"/evidence_fields/alarm_id",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(!pattern0.test(data18)){const err87 = {instancePath:instancePath+"/evidence_fields/alarm_id",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/evidence_fields/alarm_id",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data15.evidence_kind !== undefined){let data19 = data15.evidence_kind;if(typeof data19 === "string"){if(func1(data19) > 100){const err89 = {instancePath:instancePath+"/evidence_fields/evidence_kind",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(func1(data19) < 1){const err90 = {instancePath:instancePath+"/evidence_fields/evidence_kind",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(!pattern0.test(data19)){const err91 = {instancePath:instancePath+"/evidence_fields/evidence_kind",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}else {const err92 = {instancePath:instancePath+"/evidence_fields/evidence_kind",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data15.uri !== undefined){let data20 = data15.uri;if(typeof data20 === "string"){if(func1(data20) > 100){const err93 = {instancePath:instancePath+"/evidence_fields/uri",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(func1(data20) < 1){const err94 = {instancePath:instancePath+"/evidence_fields/uri",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if(!pattern0.test(data20)){const err95 = {instancePath:instancePath+"/evidence_fields/uri",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/evidence_fields/uri",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data15.recorded_utc !== undefined){let data21 = data15.recorded_utc;if(typeof data21 === "string"){if(func1(data21) > 100){const err97 = {instancePath:instancePath+"/evidence_fields/recorded_utc",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(func1(data21) < 1){const err98 = {instancePath:instancePath+"/evidence_fields/recorded_utc",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if(!pattern0.test(data21)){const err99 = {instancePath:instancePath+"/evidence_fields/recorded_utc",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/evidence_fields/recorded_utc",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data15.recorded_by !== undefined){let data22 = data15.recorded_by;if(typeof data22 === "string"){if(func1(data22) > 100){const err101 = {instancePath:instancePath+"/evidence_fields/recorded_by",schemaPath:"#/definitions/column/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(func1(data22) < 1){const err102 = {instancePath:instancePath+"/evidence_fields/recorded_by",schemaPath:"#/definitions/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(!pattern0.test(data22)){const err103 = {instancePath:instancePath+"/evidence_fields/recorded_by",schemaPath:"#/definitions/column/pattern",keyword:"pattern",params:{pattern: "^[^\\s,\"]+$"},message:"must match pattern \""+"^[^\\s,\"]+$"+"\""};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}else {const err104 = {instancePath:instancePath+"/evidence_fields/recorded_by",schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/evidence_fields",schemaPath:"#/properties/evidence_fields/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data.evidence_kinds !== undefined){let data23 = data.evidence_kinds;if(Array.isArray(data23)){if(data23.length < 1){const err106 = {instancePath:instancePath+"/evidence_kinds",schemaPath:"#/properties/evidence_kinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}const len2 = data23.length;for(let i4=0; i4<len2; i4++){let data24 = data23[i4];if(typeof data24 === "string"){if(func1(data24) > 100){const err107 = {instancePath:instancePath+"/evidence_kinds/" + i4,schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(func1(data24) < 1){const err108 = {instancePath:instancePath+"/evidence_kinds/" + i4,schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(!pattern7.test(data24)){const err109 = {instancePath:instancePath+"/evidence_kinds/" + i4,schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}else {const err110 = {instancePath:instancePath+"/evidence_kinds/" + i4,schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}let i5 = data23.length;let j2;if(i5 > 1){outer1:for(;i5--;){for(j2 = i5; j2--;){if(func3(data23[i5], data23[j2])){const err111 = {instancePath:instancePath+"/evidence_kinds",schemaPath:"#/properties/evidence_kinds/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;break outer1;}}}}}else {const err112 = {instancePath:instancePath+"/evidence_kinds",schemaPath:"#/properties/evidence_kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data.sla_policy !== undefined){let data25 = data.sla_policy;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.page_ack_minutes === undefined){const err113 = {instancePath:instancePath+"/sla_policy",schemaPath:"#/properties/sla_policy/required",keyword:"required",params:{missingProperty: "page_ack_minutes"},message:"must have required property '"+"page_ack_minutes"+"'"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(data25.block_ack_minutes === undefined){const err114 = {instancePath:instancePath+"/sla_policy",schemaPath:"#/properties/sla_policy/required",keyword:"required",params:{missingProperty: "block_ack_minutes"},message:"must have required property '"+"block_ack_minutes"+"'"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}for(const key4 in data25){if(!((key4 === "page_ack_minutes") || (key4 === "block_ack_minutes"))){const err115 = {instancePath:instancePath+"/sla_policy",schemaPath:"#/properties/sla_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data25.page_ack_minutes !== undefined){let data26 = data25.page_ack_minutes;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err116 = {instancePath:instancePath+"/sla_policy/page_ack_minutes",schemaPath:"#/definitions/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 > 525600 || isNaN(data26)){const err117 = {instancePath:instancePath+"/sla_policy/page_ack_minutes",schemaPath:"#/definitions/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 525600},message:"must be <= 525600"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if(data26 < 1 || isNaN(data26)){const err118 = {instancePath:instancePath+"/sla_policy/page_ack_minutes",schemaPath:"#/definitions/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}if(data25.block_ack_minutes !== undefined){let data27 = data25.block_ack_minutes;if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){const err119 = {instancePath:instancePath+"/sla_policy/block_ack_minutes",schemaPath:"#/definitions/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 525600 || isNaN(data27)){const err120 = {instancePath:instancePath+"/sla_policy/block_ack_minutes",schemaPath:"#/definitions/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 525600},message:"must be <= 525600"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(data27 < 1 || isNaN(data27)){const err121 = {instancePath:instancePath+"/sla_policy/block_ack_minutes",schemaPath:"#/definitions/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}}else {const err122 = {instancePath:instancePath+"/sla_policy",schemaPath:"#/properties/sla_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data.ownership !== undefined){let data28 = data.ownership;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.allow_primary_owner === undefined){const err123 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "allow_primary_owner"},message:"must have required property '"+"allow_primary_owner"+"'"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}if(data28.allow_backup_owner === undefined){const err124 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "allow_backup_owner"},message:"must have required property '"+"allow_backup_owner"+"'"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}if(data28.allow_incident_commander_override === undefined){const err125 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "allow_incident_commander_override"},message:"must have required property '"+"allow_incident_commander_override"+"'"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}if(data28.incident_commander_role === undefined){const err126 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "incident_commander_role"},message:"must have required property '"+"incident_commander_role"+"'"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if(data28.override_window_minutes === undefined){const err127 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "override_window_minutes"},message:"must have required property '"+"override_window_minutes"+"'"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}for(const key5 in data28){if(!(((((key5 === "allow_primary_owner") || (key5 === "allow_backup_owner")) || (key5 === "allow_incident_commander_override")) || (key5 === "incident_commander_role")) || (key5 === "override_window_minutes"))){const err128 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data28.allow_primary_owner !== undefined){if(typeof data28.allow_primary_owner !== "boolean"){const err129 = {instancePath:instancePath+"/ownership/allow_primary_owner",schemaPath:"#/properties/ownership/properties/allow_primary_owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data28.allow_backup_owner !== undefined){if(typeof data28.allow_backup_owner !== "boolean"){const err130 = {instancePath:instancePath+"/ownership/allow_backup_owner",schemaPath:"#/properties/ownership/properties/allow_backup_owner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data28.allow_incident_commander_override !== undefined){if(typeof data28.allow_incident_commander_override !== "boolean"){const err131 = {instancePath:instancePath+"/ownership/allow_incident_commander_override",schemaPath:"#/properties/ownership/properties/allow_incident_commander_override/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data28.incident_commander_role !== undefined){let data32 = data28.incident_commander_role;if(typeof data32 === "string"){if(func1(data32) > 100){const err132 = {instancePath:instancePath+"/ownership/incident_commander_role",schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}if(func1(data32) < 1){const err133 = {instancePath:instancePath+"/ownership/incident_commander_role",schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}if(!pattern7.test(data32)){const err134 = {instancePath:instancePath+"/ownership/incident_commander_role",schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}else {const err135 = {instancePath:instancePath+"/ownership/incident_commander_role",schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data28.override_window_minutes !== undefined){let data33 = data28.override_window_minutes;if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){const err136 = {instancePath:instancePath+"/ownership/override_window_minutes",schemaPath:"#/definitions/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 525600 || isNaN(data33)){const err137 = {instancePath:instancePath+"/ownership/override_window_minutes",schemaPath:"#/definitions/minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 525600},message:"must be <= 525600"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}if(data33 < 1 || isNaN(data33)){const err138 = {instancePath:instancePath+"/ownership/override_window_minutes",schemaPath:"#/definitions/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}}}else {const err139 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data.closure_policy !== undefined){let data34 = data.closure_policy;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){if(data34.require_evidence_when_resolved === undefined){const err140 = {instancePath:instancePath+"/closure_policy",schemaPath:"#/properties/closure_policy/required",keyword:"required",params:{missingProperty: "require_evidence_when_resolved"},message:"must have required property '"+"require_evidence_when_resolved"+"'"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}if(data34.resolved_states === undefined){const err141 = {instancePath:instancePath+"/closure_policy",schemaPath:"#/properties/closure_policy/required",keyword:"required",params:{missingProperty: "resolved_states"},message:"must have required property '"+"resolved_states"+"'"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(data34.open_states === undefined){const err142 = {instancePath:instancePath+"/closure_policy",schemaPath:"#/properties/closure_policy/required",keyword:"required",params:{missingProperty: "open_states"},message:"must have required property '"+"open_states"+"'"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}for(const key6 in data34){if(!(((key6 === "require_evidence_when_resolved") || (key6 === "resolved_states")) || (key6 === "open_states"))){const err143 = {instancePath:instancePath+"/closure_policy",schemaPath:"#/properties/closure_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data34.require_evidence_when_resolved !== undefined){if(typeof data34.require_evidence_when_resolved !== "boolean"){const err144 = {instancePath:instancePath+"/closure_policy/require_evidence_when_resolved",schemaPath:"#/properties/closure_policy/properties/require_evidence_when_resolved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data34.resolved_states !== undefined){if(!(validate1(data34.resolved_states, {instancePath:instancePath+"/closure_policy/resolved_states",parentData:data34,parentDataProperty:"resolved_states",rootData}))){vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);errors = vErrors.length;}}if(data34.open_states !== undefined){if(!(validate1(data34.open_states, {instancePath:instancePath+"/closure_policy/open_states",parentData:data34,parentDataProperty:"open_states",rootData}))){vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);errors = vErrors.length;}}}else {const err145 = {instancePath:instancePath+"/closure_policy",schemaPath:"#/properties/closure_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data.sla_exceptions !== undefined){let data38 = data.sla_exceptions;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){if(data38.allowed_classes === undefined){const err146 = {instancePath:instancePath+"/sla_exceptions",schemaPath:"#/properties/sla_exceptions/required",keyword:"required",params:{missingProperty: "allowed_classes"},message:"must have required property '"+"allowed_classes"+"'"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}if(data38.approver_role === undefined){const err147 = {instancePath:instancePath+"/sla_exceptions",schemaPath:"#/properties/sla_exceptions/required",keyword:"required",params:{missingProperty: "approver_role"},message:"must have required property '"+"approver_role"+"'"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}for(const key7 in data38){if(!((key7 === "allowed_classes") || (key7 === "approver_role"))){const err148 = {instancePath:instancePath+"/sla_exceptions",schemaPath:"#/properties/sla_exceptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data38.allowed_classes !== undefined){let data39 = data38.allowed_classes;if(Array.isArray(data39)){const len3 = data39.length;for(let i6=0; i6<len3; i6++){let data40 = data39[i6];if(typeof data40 !== "string"){const err149 = {instancePath:instancePath+"/sla_exceptions/allowed_classes/" + i6,schemaPath:"#/properties/sla_exceptions/properties/allowed_classes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if(!((data40 === "page") || (data40 === "block"))){const err150 = {instancePath:instancePath+"/sla_exceptions/allowed_classes/" + i6,schemaPath:"#/properties/sla_exceptions/properties/allowed_classes/items/enum",keyword:"enum",params:{allowedValues: schema0.properties.sla_exceptions.properties.allowed_classes.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}let i7 = data39.length;let j3;if(i7 > 1){const indices1 = {};for(;i7--;){let item1 = data39[i7];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j3 = indices1[item1];const err151 = {instancePath:instancePath+"/sla_exceptions/allowed_classes",schemaPath:"#/properties/sla_exceptions/properties/allowed_classes/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;break;}indices1[item1] = i7;}}}else {const err152 = {instancePath:instancePath+"/sla_exceptions/allowed_classes",schemaPath:"#/properties/sla_exceptions/properties/allowed_classes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data38.approver_role !== undefined){let data41 = data38.approver_role;if(typeof data41 === "string"){if(func1(data41) > 100){const err153 = {instancePath:instancePath+"/sla_exceptions/approver_role",schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}if(func1(data41) < 1){const err154 = {instancePath:instancePath+"/sla_exceptions/approver_role",schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}if(!pattern7.test(data41)){const err155 = {instancePath:instancePath+"/sla_exceptions/approver_role",schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}else {const err156 = {instancePath:instancePath+"/sla_exceptions/approver_role",schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}}else {const err157 = {instancePath:instancePath+"/sla_exceptions",schemaPath:"#/properties/sla_exceptions/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data.ack_corrections !== undefined){let data42 = data.ack_corrections;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){if(data42.approver_role === undefined){const err158 = {instancePath:instancePath+"/ack_corrections",schemaPath:"#/properties/ack_corrections/required",keyword:"required",params:{missingProperty: "approver_role"},message:"must have required property '"+"approver_role"+"'"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}for(const key8 in data42){if(!(key8 === "approver_role")){const err159 = {instancePath:instancePath+"/ack_corrections",schemaPath:"#/properties/ack_corrections/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data42.approver_role !== undefined){let data43 = data42.approver_role;if(typeof data43 === "string"){if(func1(data43) > 100){const err160 = {instancePath:instancePath+"/ack_corrections/approver_role",schemaPath:"#/definitions/token/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(func1(data43) < 1){const err161 = {instancePath:instancePath+"/ack_corrections/approver_role",schemaPath:"#/definitions/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(!pattern7.test(data43)){const err162 = {instancePath:instancePath+"/ack_corrections/approver_role",schemaPath:"#/definitions/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"+"\""};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}else {const err163 = {instancePath:instancePath+"/ack_corrections/approver_role",schemaPath:"#/definitions/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}}else {const err164 = {instancePath:instancePath+"/ack_corrections",schemaPath:"#/properties/ack_corrections/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data.escalation !== undefined){let data44 = data.escalation;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(data44.page === undefined){const err165 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}if(data44.block === undefined){const err166 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/required",keyword:"required",params:{missingProperty: "block"},message:"must have required property '"+"block"+"'"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}for(const key9 in data44){if(!((key9 === "page") || (key9 === "block"))){const err167 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data44.page !== undefined){if(!(validate4(data44.page, {instancePath:instancePath+"/escalation/page",parentData:data44,parentDataProperty:"page",rootData}))){vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);errors = vErrors.length;}}if(data44.block !== undefined){if(!(validate4(data44.block, {instancePath:instancePath+"/escalation/block",parentData:data44,parentDataProperty:"block",rootData}))){vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);errors = vErrors.length;}}}else {const err168 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}}else {const err169 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}validate0.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate7;const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/closure-packet.schema.json","title":"Closure-packet policy: what a signed closure packet must contain (lesson 114)","type":"object","additionalProperties":false,"required":["schema_version","packet_id_prefix","required_packet_fields","required_row_fields","evidence_refs","lineage","review"],"properties":{"schema_version":{"description":"recorded in every packet; bump it when the packet contract changes","type":"integer","minimum":1},"packet_id_prefix":{"description":"packet_id = <prefix>-<release_window_id>, stable across revisions","type":"string","pattern":"^[a-z][a-z0-9]{0,15}$"},"required_packet_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["packet_id","release_window_id","revision","supersedes","schema","ledger_policy_sha256","signer","rows","left_out","signature_digest","exported_at_utc"]}},"required_row_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["alarm_id","alarm_class","closure_state","acknowledged_by","ack_timestamp_utc","resolved_by","resolved_timestamp_utc","closure_evidence_id","closure_evidence_refs","approver_lineage"]}},"evidence_refs":{"description":"each closure row must link at least one evidence row of every kind listed, under the given field name","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["kind","field"],"properties":{"kind":{"description":"an evidence_kind value in the evidence CSV","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"field":{"description":"the key under closure_evidence_refs in each row","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"description":{"type":"string"}}}},"lineage":{"type":"object","additionalProperties":false,"required":["final_approver_from"],"properties":{"final_approver_from":{"description":"the evidence kind whose recorded_by is the final approver (the latest such row)","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"final_approver_distinct_from_acknowledger":{"description":"separation of duties: the final approver may not be the person who acknowledged","type":"boolean"}}},"review":{"type":"object","additionalProperties":false,"required":["sample_size","approved_schema_versions"],"properties":{"sample_size":{"description":"alarms sampled per packet in post-incident review","type":"integer","minimum":1,"maximum":50},"approved_schema_versions":{"description":"packet schema versions a reviewer accepts","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1}}}}}};const pattern21 = new RegExp("^[a-z][a-z0-9]{0,15}$", "u");const pattern22 = new RegExp("^[a-z][a-z0-9_]{0,39}$", "u");function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/closure-packet.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.packet_id_prefix === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "packet_id_prefix"},message:"must have required property '"+"packet_id_prefix"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.required_packet_fields === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required_packet_fields"},message:"must have required property '"+"required_packet_fields"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.required_row_fields === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required_row_fields"},message:"must have required property '"+"required_row_fields"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.evidence_refs === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_refs"},message:"must have required property '"+"evidence_refs"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.lineage === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lineage"},message:"must have required property '"+"lineage"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.review === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(((((((key0 === "schema_version") || (key0 === "packet_id_prefix")) || (key0 === "required_packet_fields")) || (key0 === "required_row_fields")) || (key0 === "evidence_refs")) || (key0 === "lineage")) || (key0 === "review"))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.schema_version !== undefined){let data0 = data.schema_version;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err8 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 1 || isNaN(data0)){const err9 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.packet_id_prefix !== undefined){let data1 = data.packet_id_prefix;if(typeof data1 === "string"){if(!pattern21.test(data1)){const err10 = {instancePath:instancePath+"/packet_id_prefix",schemaPath:"#/properties/packet_id_prefix/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]{0,15}$"},message:"must match pattern \""+"^[a-z][a-z0-9]{0,15}$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/packet_id_prefix",schemaPath:"#/properties/packet_id_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.required_packet_fields !== undefined){let data2 = data.required_packet_fields;if(Array.isArray(data2)){if(data2.length < 1){const err12 = {instancePath:instancePath+"/required_packet_fields",schemaPath:"#/properties/required_packet_fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(!(((((((((((data3 === "packet_id") || (data3 === "release_window_id")) || (data3 === "revision")) || (data3 === "supersedes")) || (data3 === "schema")) || (data3 === "ledger_policy_sha256")) || (data3 === "signer")) || (data3 === "rows")) || (data3 === "left_out")) || (data3 === "signature_digest")) || (data3 === "exported_at_utc"))){const err13 = {instancePath:instancePath+"/required_packet_fields/" + i0,schemaPath:"#/properties/required_packet_fields/items/enum",keyword:"enum",params:{allowedValues: schema30.properties.required_packet_fields.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func3(data2[i1], data2[j0])){const err14 = {instancePath:instancePath+"/required_packet_fields",schemaPath:"#/properties/required_packet_fields/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break outer0;}}}}}else {const err15 = {instancePath:instancePath+"/required_packet_fields",schemaPath:"#/properties/required_packet_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.required_row_fields !== undefined){let data4 = data.required_row_fields;if(Array.isArray(data4)){if(data4.length < 1){const err16 = {instancePath:instancePath+"/required_row_fields",schemaPath:"#/properties/required_row_fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const len1 = data4.length;for(let i2=0; i2<len1; i2++){let data5 = data4[i2];if(!((((((((((data5 === "alarm_id") || (data5 === "alarm_class")) || (data5 === "closure_state")) || (data5 === "acknowledged_by")) || (data5 === "ack_timestamp_utc")) || (data5 === "resolved_by")) || (data5 === "resolved_timestamp_utc")) || (data5 === "closure_evidence_id")) || (data5 === "closure_evidence_refs")) || (data5 === "approver_lineage"))){const err17 = {instancePath:instancePath+"/required_row_fields/" + i2,schemaPath:"#/properties/required_row_fields/items/enum",keyword:"enum",params:{allowedValues: schema30.properties.required_row_fields.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let i3 = data4.length;let j1;if(i3 > 1){outer1:for(;i3--;){for(j1 = i3; j1--;){if(func3(data4[i3], data4[j1])){const err18 = {instancePath:instancePath+"/required_row_fields",schemaPath:"#/properties/required_row_fields/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;break outer1;}}}}}else {const err19 = {instancePath:instancePath+"/required_row_fields",schemaPath:"#/properties/required_row_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.evidence_refs !== undefined){let data6 = data.evidence_refs;if(Array.isArray(data6)){if(data6.length < 1){const err20 = {instancePath:instancePath+"/evidence_refs",schemaPath:"#/properties/evidence_refs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len2 = data6.length;for(let i4=0; i4<len2; i4++){let data7 = data6[i4];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.kind === undefined){const err21 = {instancePath:instancePath+"/evidence_refs/" + i4,schemaPath:"#/properties/evidence_refs/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.field === undefined){const err22 = {instancePath:instancePath+"/evidence_refs/" + i4,schemaPath:"#/properties/evidence_refs/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key1 in data7){if(!(((key1 === "kind") || (key1 === "field")) || (key1 === "description"))){const err23 = {instancePath:instancePath+"/evidence_refs/" + i4,schemaPath:"#/properties/evidence_refs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.kind !== undefined){let data8 = data7.kind;if(typeof data8 === "string"){if(!pattern22.test(data8)){const err24 = {instancePath:instancePath+"/evidence_refs/" + i4+"/kind",schemaPath:"#/properties/evidence_refs/items/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,39}$"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/evidence_refs/" + i4+"/kind",schemaPath:"#/properties/evidence_refs/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data7.field !== undefined){let data9 = data7.field;if(typeof data9 === "string"){if(!pattern22.test(data9)){const err26 = {instancePath:instancePath+"/evidence_refs/" + i4+"/field",schemaPath:"#/properties/evidence_refs/items/properties/field/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,39}$"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/evidence_refs/" + i4+"/field",schemaPath:"#/properties/evidence_refs/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data7.description !== undefined){if(typeof data7.description !== "string"){const err28 = {instancePath:instancePath+"/evidence_refs/" + i4+"/description",schemaPath:"#/properties/evidence_refs/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/evidence_refs/" + i4,schemaPath:"#/properties/evidence_refs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/evidence_refs",schemaPath:"#/properties/evidence_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.lineage !== undefined){let data11 = data.lineage;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.final_approver_from === undefined){const err31 = {instancePath:instancePath+"/lineage",schemaPath:"#/properties/lineage/required",keyword:"required",params:{missingProperty: "final_approver_from"},message:"must have required property '"+"final_approver_from"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key2 in data11){if(!((key2 === "final_approver_from") || (key2 === "final_approver_distinct_from_acknowledger"))){const err32 = {instancePath:instancePath+"/lineage",schemaPath:"#/properties/lineage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data11.final_approver_from !== undefined){let data12 = data11.final_approver_from;if(typeof data12 === "string"){if(!pattern22.test(data12)){const err33 = {instancePath:instancePath+"/lineage/final_approver_from",schemaPath:"#/properties/lineage/properties/final_approver_from/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,39}$"+"\""};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/lineage/final_approver_from",schemaPath:"#/properties/lineage/properties/final_approver_from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data11.final_approver_distinct_from_acknowledger !== undefined){if(typeof data11.final_approver_distinct_from_acknowledger !== "boolean"){const err35 = {instancePath:instancePath+"/lineage/final_approver_distinct_from_acknowledger",schemaPath:"#/properties/lineage/properties/final_approver_distinct_from_acknowledger/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/lineage",schemaPath:"#/properties/lineage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.review !== undefined){let data14 = data.review;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.sample_size === undefined){const err37 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/required",keyword:"required",params:{missingProperty: "sample_size"},message:"must have required property '"+"sample_size"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data14.approved_schema_versions === undefined){const err38 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/required",keyword:"required",params:{missingProperty: "approved_schema_versions"},message:"must have required property '"+"approved_schema_versions"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}for(const key3 in data14){if(!((key3 === "sample_size") || (key3 === "approved_schema_versions"))){const err39 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data14.sample_size !== undefined){let data15 = data14.sample_size;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err40 = {instancePath:instancePath+"/review/sample_size",schemaPath:"#/properties/review/properties/sample_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 50 || isNaN(data15)){const err41 = {instancePath:instancePath+"/review/sample_size",schemaPath:"#/properties/review/properties/sample_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data15 < 1 || isNaN(data15)){const err42 = {instancePath:instancePath+"/review/sample_size",schemaPath:"#/properties/review/properties/sample_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}if(data14.approved_schema_versions !== undefined){let data16 = data14.approved_schema_versions;if(Array.isArray(data16)){if(data16.length < 1){const err43 = {instancePath:instancePath+"/review/approved_schema_versions",schemaPath:"#/properties/review/properties/approved_schema_versions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}const len3 = data16.length;for(let i5=0; i5<len3; i5++){let data17 = data16[i5];if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err44 = {instancePath:instancePath+"/review/approved_schema_versions/" + i5,schemaPath:"#/properties/review/properties/approved_schema_versions/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err45 = {instancePath:instancePath+"/review/approved_schema_versions/" + i5,schemaPath:"#/properties/review/properties/approved_schema_versions/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}let i6 = data16.length;let j2;if(i6 > 1){const indices0 = {};for(;i6--;){let item0 = data16[i6];if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){continue;}if(typeof indices0[item0] == "number"){j2 = indices0[item0];const err46 = {instancePath:instancePath+"/review/approved_schema_versions",schemaPath:"#/properties/review/properties/approved_schema_versions/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;break;}indices0[item0] = i6;}}}else {const err47 = {instancePath:instancePath+"/review/approved_schema_versions",schemaPath:"#/properties/review/properties/approved_schema_versions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}validate7.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate8;const schema31 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/keyring.schema.json","title":"Keyring: the Ed25519 public keys trusted to sign release-evidence documents","type":"object","additionalProperties":false,"required":["version","keys"],"properties":{"version":{"const":1},"keys":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["signer_id","public_key","role","valid_from_utc","valid_until_utc"],"properties":{"signer_id":{"description":"who signs: a service account or lane, lowercase letters, digits and dashes","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"public_key":{"description":"base64 of the raw 32-byte Ed25519 public key (as printed by release-evidence keygen)","type":"string","pattern":"^[A-Za-z0-9+/]{43}=$"},"role":{"description":"the signer's governance role, e.g. release-lane","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"valid_from_utc":{"type":"string","format":"date-time"},"valid_until_utc":{"description":"exclusive: a signature made at this instant or later fails","type":"string","format":"date-time"},"demo":{"description":"true for a published demo key: documents it signs are marked as demo-signed","type":"boolean"},"note":{"type":"string"},"transition":{"description":"lesson 116: this signer takes over from another; a signer change in the lineage graph needs this context (a new key under the same signer_id is a rotation and needs none)","type":"object","additionalProperties":false,"required":["from_signer_id","reason","approved_by","approved_at_utc"],"properties":{"from_signer_id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"reason":{"type":"string","minLength":1,"maxLength":500},"approved_by":{"type":"string","minLength":1,"maxLength":200},"approved_at_utc":{"type":"string","format":"date-time"}}}}}}}};const pattern25 = new RegExp("^[a-z0-9][a-z0-9-]{0,99}$", "u");const pattern26 = new RegExp("^[A-Za-z0-9+/]{43}=$", "u");const formats0 = (__nccwpck_require__(779)/* .fullFormats */ .U9)["date-time"];function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/keyring.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.keys === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "version") || (key0 === "keys"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.keys !== undefined){let data1 = data.keys;if(Array.isArray(data1)){if(data1.length < 1){const err4 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.signer_id === undefined){const err5 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "signer_id"},message:"must have required property '"+"signer_id"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data2.public_key === undefined){const err6 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "public_key"},message:"must have required property '"+"public_key"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data2.role === undefined){const err7 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data2.valid_from_utc === undefined){const err8 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "valid_from_utc"},message:"must have required property '"+"valid_from_utc"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data2.valid_until_utc === undefined){const err9 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "valid_until_utc"},message:"must have required property '"+"valid_until_utc"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key1 in data2){if(!((((((((key1 === "signer_id") || (key1 === "public_key")) || (key1 === "role")) || (key1 === "valid_from_utc")) || (key1 === "valid_until_utc")) || (key1 === "demo")) || (key1 === "note")) || (key1 === "transition"))){const err10 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2.signer_id !== undefined){let data3 = data2.signer_id;if(typeof data3 === "string"){if(!pattern25.test(data3)){const err11 = {instancePath:instancePath+"/keys/" + i0+"/signer_id",schemaPath:"#/properties/keys/items/properties/signer_id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/keys/" + i0+"/signer_id",schemaPath:"#/properties/keys/items/properties/signer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.public_key !== undefined){let data4 = data2.public_key;if(typeof data4 === "string"){if(!pattern26.test(data4)){const err13 = {instancePath:instancePath+"/keys/" + i0+"/public_key",schemaPath:"#/properties/keys/items/properties/public_key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/keys/" + i0+"/public_key",schemaPath:"#/properties/keys/items/properties/public_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.role !== undefined){let data5 = data2.role;if(typeof data5 === "string"){if(!pattern25.test(data5)){const err15 = {instancePath:instancePath+"/keys/" + i0+"/role",schemaPath:"#/properties/keys/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/keys/" + i0+"/role",schemaPath:"#/properties/keys/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data2.valid_from_utc !== undefined){let data6 = data2.valid_from_utc;if(typeof data6 === "string"){if(!(formats0.validate(data6))){const err17 = {instancePath:instancePath+"/keys/" + i0+"/valid_from_utc",schemaPath:"#/properties/keys/items/properties/valid_from_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/keys/" + i0+"/valid_from_utc",schemaPath:"#/properties/keys/items/properties/valid_from_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data2.valid_until_utc !== undefined){let data7 = data2.valid_until_utc;if(typeof data7 === "string"){if(!(formats0.validate(data7))){const err19 = {instancePath:instancePath+"/keys/" + i0+"/valid_until_utc",schemaPath:"#/properties/keys/items/properties/valid_until_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/keys/" + i0+"/valid_until_utc",schemaPath:"#/properties/keys/items/properties/valid_until_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data2.demo !== undefined){if(typeof data2.demo !== "boolean"){const err21 = {instancePath:instancePath+"/keys/" + i0+"/demo",schemaPath:"#/properties/keys/items/properties/demo/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data2.note !== undefined){if(typeof data2.note !== "string"){const err22 = {instancePath:instancePath+"/keys/" + i0+"/note",schemaPath:"#/properties/keys/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data2.transition !== undefined){let data10 = data2.transition;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.from_signer_id === undefined){const err23 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/required",keyword:"required",params:{missingProperty: "from_signer_id"},message:"must have required property '"+"from_signer_id"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data10.reason === undefined){const err24 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data10.approved_by === undefined){const err25 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/required",keyword:"required",params:{missingProperty: "approved_by"},message:"must have required property '"+"approved_by"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data10.approved_at_utc === undefined){const err26 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/required",keyword:"required",params:{missingProperty: "approved_at_utc"},message:"must have required property '"+"approved_at_utc"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}for(const key2 in data10){if(!((((key2 === "from_signer_id") || (key2 === "reason")) || (key2 === "approved_by")) || (key2 === "approved_at_utc"))){const err27 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data10.from_signer_id !== undefined){let data11 = data10.from_signer_id;if(typeof data11 === "string"){if(!pattern25.test(data11)){const err28 = {instancePath:instancePath+"/keys/" + i0+"/transition/from_signer_id",schemaPath:"#/properties/keys/items/properties/transition/properties/from_signer_id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/keys/" + i0+"/transition/from_signer_id",schemaPath:"#/properties/keys/items/properties/transition/properties/from_signer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data10.reason !== undefined){let data12 = data10.reason;if(typeof data12 === "string"){if(func1(data12) > 500){const err30 = {instancePath:instancePath+"/keys/" + i0+"/transition/reason",schemaPath:"#/properties/keys/items/properties/transition/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(func1(data12) < 1){const err31 = {instancePath:instancePath+"/keys/" + i0+"/transition/reason",schemaPath:"#/properties/keys/items/properties/transition/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/keys/" + i0+"/transition/reason",schemaPath:"#/properties/keys/items/properties/transition/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data10.approved_by !== undefined){let data13 = data10.approved_by;if(typeof data13 === "string"){if(func1(data13) > 200){const err33 = {instancePath:instancePath+"/keys/" + i0+"/transition/approved_by",schemaPath:"#/properties/keys/items/properties/transition/properties/approved_by/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(func1(data13) < 1){const err34 = {instancePath:instancePath+"/keys/" + i0+"/transition/approved_by",schemaPath:"#/properties/keys/items/properties/transition/properties/approved_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/keys/" + i0+"/transition/approved_by",schemaPath:"#/properties/keys/items/properties/transition/properties/approved_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data10.approved_at_utc !== undefined){let data14 = data10.approved_at_utc;if(typeof data14 === "string"){if(!(formats0.validate(data14))){const err36 = {instancePath:instancePath+"/keys/" + i0+"/transition/approved_at_utc",schemaPath:"#/properties/keys/items/properties/transition/properties/approved_at_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/keys/" + i0+"/transition/approved_at_utc",schemaPath:"#/properties/keys/items/properties/transition/properties/approved_at_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/keys/" + i0+"/transition",schemaPath:"#/properties/keys/items/properties/transition/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/keys/" + i0,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}validate8.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate9;const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/lineage.schema.json","title":"Lineage policy: how the lineage graph's integrity defects gate the release lane (lesson 116)","type":"object","additionalProperties":false,"required":["schema_version","rollout","enforce"],"properties":{"schema_version":{"description":"version of the lineage policy format","const":1},"policy_version_id":{"description":"a name for this version of the policy, shown on its policy node","type":"string","maxLength":100},"effective_utc":{"description":"when this version takes effect; without it, the time of the commit that introduced it (marked unverified)","type":"string","format":"date-time"},"rollout":{"description":"report-only (sprint 1): defects are reported, the lane never fails; enforce (sprint 2): the classes in 'enforce' fail the lane","enum":["report-only","enforce"]},"enforce":{"description":"defect classes that fail the lane under rollout: enforce (cycle also covers duplicate ordinals, broken chains and a non-terminal latest pointer)","type":"array","uniqueItems":true,"items":{"enum":["cycle","missing_policy","signer_transition","window","hold"]}}}};function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/lineage.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.rollout === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rollout"},message:"must have required property '"+"rollout"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.enforce === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enforce"},message:"must have required property '"+"enforce"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((((key0 === "schema_version") || (key0 === "policy_version_id")) || (key0 === "effective_utc")) || (key0 === "rollout")) || (key0 === "enforce"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.schema_version !== undefined){if(1 !== data.schema_version){const err4 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.policy_version_id !== undefined){let data1 = data.policy_version_id;if(typeof data1 === "string"){if(func1(data1) > 100){const err5 = {instancePath:instancePath+"/policy_version_id",schemaPath:"#/properties/policy_version_id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/policy_version_id",schemaPath:"#/properties/policy_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.effective_utc !== undefined){let data2 = data.effective_utc;if(typeof data2 === "string"){if(!(formats0.validate(data2))){const err7 = {instancePath:instancePath+"/effective_utc",schemaPath:"#/properties/effective_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/effective_utc",schemaPath:"#/properties/effective_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.rollout !== undefined){let data3 = data.rollout;if(!((data3 === "report-only") || (data3 === "enforce"))){const err9 = {instancePath:instancePath+"/rollout",schemaPath:"#/properties/rollout/enum",keyword:"enum",params:{allowedValues: schema32.properties.rollout.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.enforce !== undefined){let data4 = data.enforce;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!(((((data5 === "cycle") || (data5 === "missing_policy")) || (data5 === "signer_transition")) || (data5 === "window")) || (data5 === "hold"))){const err10 = {instancePath:instancePath+"/enforce/" + i0,schemaPath:"#/properties/enforce/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.enforce.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func3(data4[i1], data4[j0])){const err11 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;break outer0;}}}}}else {const err12 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate9.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate10;const schema33 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/retention.schema.json","title":"Retention policy: how long signed store revisions are kept, who may hold them, who may approve a purge (lesson 115)","type":"object","additionalProperties":false,"required":["schema_version","retention_days_default","retention_days_block_alarms","legal_hold_override","purge_requires_dual_approval","immutable_storage_class","index_refresh_interval","hold_roles","purge_roles","ci_roles"],"properties":{"schema_version":{"description":"version of the retention index schema this policy describes; recorded in every index row","type":"integer","minimum":1},"retention_days_default":{"description":"days a window's revisions are kept after the later of the incident window's end and the latest revision's signing time","type":"integer","minimum":1,"maximum":36500},"retention_days_block_alarms":{"description":"days kept when any row of the window is a block-class alarm; the longer of the two periods applies","type":"integer","minimum":1,"maximum":36500},"legal_hold_override":{"description":"an active legal hold makes a revision non-purgeable whatever its expiry; always true","const":true},"purge_requires_dual_approval":{"description":"a purge needs two approvals by distinct keys and distinct signers with a purge role; always true","const":true},"immutable_storage_class":{"description":"git-write-once: committed on the store branch and proven unchanged by the history scan","enum":["git-write-once"]},"index_refresh_interval":{"description":"ISO 8601 duration (e.g. P1D, PT12H): how old last_verified_utc may get before the index is stale","type":"string","pattern":"^P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"},"hold_roles":{"description":"keyring roles whose keys may place and release legal holds (never the release lane's CI role)","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"}},"purge_roles":{"description":"keyring roles whose keys may approve a purge (never the release lane's CI role)","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"}},"ci_roles":{"description":"roles of pipeline keys (the closure signer, e.g. release-lane); a hold or purge role may not be one of them","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"}}}};const pattern29 = new RegExp("^P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/retention.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.retention_days_default === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention_days_default"},message:"must have required property '"+"retention_days_default"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.retention_days_block_alarms === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention_days_block_alarms"},message:"must have required property '"+"retention_days_block_alarms"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.legal_hold_override === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legal_hold_override"},message:"must have required property '"+"legal_hold_override"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.purge_requires_dual_approval === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purge_requires_dual_approval"},message:"must have required property '"+"purge_requires_dual_approval"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.immutable_storage_class === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "immutable_storage_class"},message:"must have required property '"+"immutable_storage_class"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.index_refresh_interval === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index_refresh_interval"},message:"must have required property '"+"index_refresh_interval"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.hold_roles === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hold_roles"},message:"must have required property '"+"hold_roles"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.purge_roles === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purge_roles"},message:"must have required property '"+"purge_roles"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.ci_roles === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ci_roles"},message:"must have required property '"+"ci_roles"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(func0.call(schema33.properties, key0))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.schema_version !== undefined){let data0 = data.schema_version;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err11 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 1 || isNaN(data0)){const err12 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.retention_days_default !== undefined){let data1 = data.retention_days_default;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err13 = {instancePath:instancePath+"/retention_days_default",schemaPath:"#/properties/retention_days_default/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 36500 || isNaN(data1)){const err14 = {instancePath:instancePath+"/retention_days_default",schemaPath:"#/properties/retention_days_default/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data1 < 1 || isNaN(data1)){const err15 = {instancePath:instancePath+"/retention_days_default",schemaPath:"#/properties/retention_days_default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.retention_days_block_alarms !== undefined){let data2 = data.retention_days_block_alarms;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err16 = {instancePath:instancePath+"/retention_days_block_alarms",schemaPath:"#/properties/retention_days_block_alarms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 36500 || isNaN(data2)){const err17 = {instancePath:instancePath+"/retention_days_block_alarms",schemaPath:"#/properties/retention_days_block_alarms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data2 < 1 || isNaN(data2)){const err18 = {instancePath:instancePath+"/retention_days_block_alarms",schemaPath:"#/properties/retention_days_block_alarms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.legal_hold_override !== undefined){if(true !== data.legal_hold_override){const err19 = {instancePath:instancePath+"/legal_hold_override",schemaPath:"#/properties/legal_hold_override/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.purge_requires_dual_approval !== undefined){if(true !== data.purge_requires_dual_approval){const err20 = {instancePath:instancePath+"/purge_requires_dual_approval",schemaPath:"#/properties/purge_requires_dual_approval/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.immutable_storage_class !== undefined){if(!(data.immutable_storage_class === "git-write-once")){const err21 = {instancePath:instancePath+"/immutable_storage_class",schemaPath:"#/properties/immutable_storage_class/enum",keyword:"enum",params:{allowedValues: schema33.properties.immutable_storage_class.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.index_refresh_interval !== undefined){let data6 = data.index_refresh_interval;if(typeof data6 === "string"){if(!pattern29.test(data6)){const err22 = {instancePath:instancePath+"/index_refresh_interval",schemaPath:"#/properties/index_refresh_interval/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/index_refresh_interval",schemaPath:"#/properties/index_refresh_interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.hold_roles !== undefined){let data7 = data.hold_roles;if(Array.isArray(data7)){if(data7.length < 1){const err24 = {instancePath:instancePath+"/hold_roles",schemaPath:"#/properties/hold_roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data7.length;for(let i0=0; i0<len0; i0++){let data8 = data7[i0];if(typeof data8 === "string"){if(!pattern25.test(data8)){const err25 = {instancePath:instancePath+"/hold_roles/" + i0,schemaPath:"#/properties/hold_roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/hold_roles/" + i0,schemaPath:"#/properties/hold_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}let i1 = data7.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data7[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err27 = {instancePath:instancePath+"/hold_roles",schemaPath:"#/properties/hold_roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;break;}indices0[item0] = i1;}}}else {const err28 = {instancePath:instancePath+"/hold_roles",schemaPath:"#/properties/hold_roles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.purge_roles !== undefined){let data9 = data.purge_roles;if(Array.isArray(data9)){if(data9.length < 1){const err29 = {instancePath:instancePath+"/purge_roles",schemaPath:"#/properties/purge_roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}const len1 = data9.length;for(let i2=0; i2<len1; i2++){let data10 = data9[i2];if(typeof data10 === "string"){if(!pattern25.test(data10)){const err30 = {instancePath:instancePath+"/purge_roles/" + i2,schemaPath:"#/properties/purge_roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/purge_roles/" + i2,schemaPath:"#/properties/purge_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}let i3 = data9.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data9[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err32 = {instancePath:instancePath+"/purge_roles",schemaPath:"#/properties/purge_roles/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;break;}indices1[item1] = i3;}}}else {const err33 = {instancePath:instancePath+"/purge_roles",schemaPath:"#/properties/purge_roles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.ci_roles !== undefined){let data11 = data.ci_roles;if(Array.isArray(data11)){if(data11.length < 1){const err34 = {instancePath:instancePath+"/ci_roles",schemaPath:"#/properties/ci_roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}const len2 = data11.length;for(let i4=0; i4<len2; i4++){let data12 = data11[i4];if(typeof data12 === "string"){if(!pattern25.test(data12)){const err35 = {instancePath:instancePath+"/ci_roles/" + i4,schemaPath:"#/properties/ci_roles/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/ci_roles/" + i4,schemaPath:"#/properties/ci_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}let i5 = data11.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data11[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err37 = {instancePath:instancePath+"/ci_roles",schemaPath:"#/properties/ci_roles/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;break;}indices2[item2] = i5;}}}else {const err38 = {instancePath:instancePath+"/ci_roles",schemaPath:"#/properties/ci_roles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}validate10.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate11;const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/strategy-approval.schema.json","title":"Strategy-approval policy: signer traceability, coverage tiers and required evidence (lesson 120)","type":"object","additionalProperties":false,"required":["version","packet_id_prefix","signers","ci_signer_ids","coverage_tiers","tier_by_risk","required_evidence","reviewer_checklist"],"properties":{"version":{"const":1},"packet_id_prefix":{"description":"strategy_packet_id = <prefix>-<release_window_id>-<exception_cluster_id>, stable across revisions","type":"string","pattern":"^[a-z][a-z0-9]{0,15}$"},"signers":{"description":"signer traceability: each keyring signer id that may approve, its class and authority scope","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["signer_id","class","authority_scope"],"properties":{"signer_id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"class":{"enum":["strategy_owner","release_authority","risk_governance_reviewer","observer_optional"]},"authority_scope":{"description":"what the signer may approve, e.g. mitigation-lane:all or mitigation-lane:low-risk","type":"string","minLength":1},"note":{"type":"string"}}}},"ci_signer_ids":{"description":"keyring signer ids of pipeline keys: they sign packets as publisher and never count as approvers","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"}},"coverage_tiers":{"description":"tier name -> the signer classes that must each approve (observer_optional never counts) and the minimum of distinct people","type":"object","minProperties":1,"additionalProperties":{"type":"object","additionalProperties":false,"required":["classes_required","min_distinct_signers"],"properties":{"classes_required":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["strategy_owner","release_authority","risk_governance_reviewer"]}},"min_distinct_signers":{"type":"integer","minimum":2}}}},"tier_by_risk":{"description":"the ranking snapshot's risk overlay of the selected lane -> coverage tier","type":"object","additionalProperties":false,"required":["low","medium","high","critical"],"properties":{"low":{"type":"string"},"medium":{"type":"string"},"high":{"type":"string"},"critical":{"type":"string"}}},"required_evidence":{"description":"evidence bundle entries a packet must cite by sha256 and URI (seed step 7)","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["ranking_snapshot","forecast_band_snapshot","dashboard_extract","simulation_rules","fail_matrix_run"]}},"reviewer_checklist":{"description":"items every approval must answer true (seed step 14); the go/hold recommendation is recorded apart","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"}},"divergence":{"description":"post-window divergence triggers (seed step 12)","type":"object","additionalProperties":false,"required":["convergence_overrun_hours","low_risk_levels","critical_severities"],"properties":{"convergence_overrun_hours":{"description":"diverged when actual convergence exceeds the forecast's high band by more than this","type":"number","minimum":0},"low_risk_levels":{"description":"risk overlays that count as low regression risk","type":"array","items":{"enum":["low","medium","high","critical"]}},"critical_severities":{"description":"regression event severities that count as critical","type":"array","minItems":1,"items":{"type":"string","minLength":1}}}}}};const pattern34 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");const pattern36 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/strategy-approval.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.packet_id_prefix === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "packet_id_prefix"},message:"must have required property '"+"packet_id_prefix"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.signers === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signers"},message:"must have required property '"+"signers"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.ci_signer_ids === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ci_signer_ids"},message:"must have required property '"+"ci_signer_ids"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.coverage_tiers === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage_tiers"},message:"must have required property '"+"coverage_tiers"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.tier_by_risk === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier_by_risk"},message:"must have required property '"+"tier_by_risk"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.required_evidence === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required_evidence"},message:"must have required property '"+"required_evidence"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.reviewer_checklist === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewer_checklist"},message:"must have required property '"+"reviewer_checklist"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key0 in data){if(!(func0.call(schema34.properties, key0))){const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.packet_id_prefix !== undefined){let data1 = data.packet_id_prefix;if(typeof data1 === "string"){if(!pattern21.test(data1)){const err10 = {instancePath:instancePath+"/packet_id_prefix",schemaPath:"#/properties/packet_id_prefix/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]{0,15}$"},message:"must match pattern \""+"^[a-z][a-z0-9]{0,15}$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/packet_id_prefix",schemaPath:"#/properties/packet_id_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.signers !== undefined){let data2 = data.signers;if(Array.isArray(data2)){if(data2.length < 1){const err12 = {instancePath:instancePath+"/signers",schemaPath:"#/properties/signers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.signer_id === undefined){const err13 = {instancePath:instancePath+"/signers/" + i0,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "signer_id"},message:"must have required property '"+"signer_id"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.class === undefined){const err14 = {instancePath:instancePath+"/signers/" + i0,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "class"},message:"must have required property '"+"class"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3.authority_scope === undefined){const err15 = {instancePath:instancePath+"/signers/" + i0,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "authority_scope"},message:"must have required property '"+"authority_scope"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key1 in data3){if(!((((key1 === "signer_id") || (key1 === "class")) || (key1 === "authority_scope")) || (key1 === "note"))){const err16 = {instancePath:instancePath+"/signers/" + i0,schemaPath:"#/properties/signers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data3.signer_id !== undefined){let data4 = data3.signer_id;if(typeof data4 === "string"){if(!pattern34.test(data4)){const err17 = {instancePath:instancePath+"/signers/" + i0+"/signer_id",schemaPath:"#/properties/signers/items/properties/signer_id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/signers/" + i0+"/signer_id",schemaPath:"#/properties/signers/items/properties/signer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.class !== undefined){let data5 = data3.class;if(!((((data5 === "strategy_owner") || (data5 === "release_authority")) || (data5 === "risk_governance_reviewer")) || (data5 === "observer_optional"))){const err19 = {instancePath:instancePath+"/signers/" + i0+"/class",schemaPath:"#/properties/signers/items/properties/class/enum",keyword:"enum",params:{allowedValues: schema34.properties.signers.items.properties.class.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data3.authority_scope !== undefined){let data6 = data3.authority_scope;if(typeof data6 === "string"){if(func1(data6) < 1){const err20 = {instancePath:instancePath+"/signers/" + i0+"/authority_scope",schemaPath:"#/properties/signers/items/properties/authority_scope/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/signers/" + i0+"/authority_scope",schemaPath:"#/properties/signers/items/properties/authority_scope/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data3.note !== undefined){if(typeof data3.note !== "string"){const err22 = {instancePath:instancePath+"/signers/" + i0+"/note",schemaPath:"#/properties/signers/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/signers/" + i0,schemaPath:"#/properties/signers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/signers",schemaPath:"#/properties/signers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.ci_signer_ids !== undefined){let data8 = data.ci_signer_ids;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(typeof data9 === "string"){if(!pattern34.test(data9)){const err25 = {instancePath:instancePath+"/ci_signer_ids/" + i1,schemaPath:"#/properties/ci_signer_ids/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/ci_signer_ids/" + i1,schemaPath:"#/properties/ci_signer_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/ci_signer_ids",schemaPath:"#/properties/ci_signer_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.coverage_tiers !== undefined){let data10 = data.coverage_tiers;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(Object.keys(data10).length < 1){const err28 = {instancePath:instancePath+"/coverage_tiers",schemaPath:"#/properties/coverage_tiers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}for(const key2 in data10){let data11 = data10[key2];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.classes_required === undefined){const err29 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coverage_tiers/additionalProperties/required",keyword:"required",params:{missingProperty: "classes_required"},message:"must have required property '"+"classes_required"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data11.min_distinct_signers === undefined){const err30 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coverage_tiers/additionalProperties/required",keyword:"required",params:{missingProperty: "min_distinct_signers"},message:"must have required property '"+"min_distinct_signers"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key3 in data11){if(!((key3 === "classes_required") || (key3 === "min_distinct_signers"))){const err31 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coverage_tiers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data11.classes_required !== undefined){let data12 = data11.classes_required;if(Array.isArray(data12)){if(data12.length < 1){const err32 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/classes_required",schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/classes_required/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(!(((data13 === "strategy_owner") || (data13 === "release_authority")) || (data13 === "risk_governance_reviewer"))){const err33 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/classes_required/" + i2,schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/classes_required/items/enum",keyword:"enum",params:{allowedValues: schema34.properties.coverage_tiers.additionalProperties.properties.classes_required.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}let i3 = data12.length;let j0;if(i3 > 1){outer0:for(;i3--;){for(j0 = i3; j0--;){if(func3(data12[i3], data12[j0])){const err34 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/classes_required",schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/classes_required/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;break outer0;}}}}}else {const err35 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/classes_required",schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/classes_required/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data11.min_distinct_signers !== undefined){let data14 = data11.min_distinct_signers;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err36 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min_distinct_signers",schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/min_distinct_signers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 2 || isNaN(data14)){const err37 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min_distinct_signers",schemaPath:"#/properties/coverage_tiers/additionalProperties/properties/min_distinct_signers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}}else {const err38 = {instancePath:instancePath+"/coverage_tiers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coverage_tiers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/coverage_tiers",schemaPath:"#/properties/coverage_tiers/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.tier_by_risk !== undefined){let data15 = data.tier_by_risk;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.low === undefined){const err40 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data15.medium === undefined){const err41 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/required",keyword:"required",params:{missingProperty: "medium"},message:"must have required property '"+"medium"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data15.high === undefined){const err42 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data15.critical === undefined){const err43 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}for(const key4 in data15){if(!((((key4 === "low") || (key4 === "medium")) || (key4 === "high")) || (key4 === "critical"))){const err44 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data15.low !== undefined){if(typeof data15.low !== "string"){const err45 = {instancePath:instancePath+"/tier_by_risk/low",schemaPath:"#/properties/tier_by_risk/properties/low/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data15.medium !== undefined){if(typeof data15.medium !== "string"){const err46 = {instancePath:instancePath+"/tier_by_risk/medium",schemaPath:"#/properties/tier_by_risk/properties/medium/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data15.high !== undefined){if(typeof data15.high !== "string"){const err47 = {instancePath:instancePath+"/tier_by_risk/high",schemaPath:"#/properties/tier_by_risk/properties/high/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data15.critical !== undefined){if(typeof data15.critical !== "string"){const err48 = {instancePath:instancePath+"/tier_by_risk/critical",schemaPath:"#/properties/tier_by_risk/properties/critical/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/tier_by_risk",schemaPath:"#/properties/tier_by_risk/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.required_evidence !== undefined){let data20 = data.required_evidence;if(Array.isArray(data20)){if(data20.length < 1){const err50 = {instancePath:instancePath+"/required_evidence",schemaPath:"#/properties/required_evidence/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}const len3 = data20.length;for(let i4=0; i4<len3; i4++){let data21 = data20[i4];if(!(((((data21 === "ranking_snapshot") || (data21 === "forecast_band_snapshot")) || (data21 === "dashboard_extract")) || (data21 === "simulation_rules")) || (data21 === "fail_matrix_run"))){const err51 = {instancePath:instancePath+"/required_evidence/" + i4,schemaPath:"#/properties/required_evidence/items/enum",keyword:"enum",params:{allowedValues: schema34.properties.required_evidence.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}let i5 = data20.length;let j1;if(i5 > 1){outer1:for(;i5--;){for(j1 = i5; j1--;){if(func3(data20[i5], data20[j1])){const err52 = {instancePath:instancePath+"/required_evidence",schemaPath:"#/properties/required_evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;break outer1;}}}}}else {const err53 = {instancePath:instancePath+"/required_evidence",schemaPath:"#/properties/required_evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.reviewer_checklist !== undefined){let data22 = data.reviewer_checklist;if(Array.isArray(data22)){if(data22.length < 1){const err54 = {instancePath:instancePath+"/reviewer_checklist",schemaPath:"#/properties/reviewer_checklist/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}const len4 = data22.length;for(let i6=0; i6<len4; i6++){let data23 = data22[i6];if(typeof data23 === "string"){if(!pattern36.test(data23)){const err55 = {instancePath:instancePath+"/reviewer_checklist/" + i6,schemaPath:"#/properties/reviewer_checklist/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/reviewer_checklist/" + i6,schemaPath:"#/properties/reviewer_checklist/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}let i7 = data22.length;let j2;if(i7 > 1){const indices0 = {};for(;i7--;){let item0 = data22[i7];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j2 = indices0[item0];const err57 = {instancePath:instancePath+"/reviewer_checklist",schemaPath:"#/properties/reviewer_checklist/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;break;}indices0[item0] = i7;}}}else {const err58 = {instancePath:instancePath+"/reviewer_checklist",schemaPath:"#/properties/reviewer_checklist/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.divergence !== undefined){let data24 = data.divergence;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){if(data24.convergence_overrun_hours === undefined){const err59 = {instancePath:instancePath+"/divergence",schemaPath:"#/properties/divergence/required",keyword:"required",params:{missingProperty: "convergence_overrun_hours"},message:"must have required property '"+"convergence_overrun_hours"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data24.low_risk_levels === undefined){const err60 = {instancePath:instancePath+"/divergence",schemaPath:"#/properties/divergence/required",keyword:"required",params:{missingProperty: "low_risk_levels"},message:"must have required property '"+"low_risk_levels"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data24.critical_severities === undefined){const err61 = {instancePath:instancePath+"/divergence",schemaPath:"#/properties/divergence/required",keyword:"required",params:{missingProperty: "critical_severities"},message:"must have required property '"+"critical_severities"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}for(const key5 in data24){if(!(((key5 === "convergence_overrun_hours") || (key5 === "low_risk_levels")) || (key5 === "critical_severities"))){const err62 = {instancePath:instancePath+"/divergence",schemaPath:"#/properties/divergence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data24.convergence_overrun_hours !== undefined){let data25 = data24.convergence_overrun_hours;if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 0 || isNaN(data25)){const err63 = {instancePath:instancePath+"/divergence/convergence_overrun_hours",schemaPath:"#/properties/divergence/properties/convergence_overrun_hours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/divergence/convergence_overrun_hours",schemaPath:"#/properties/divergence/properties/convergence_overrun_hours/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data24.low_risk_levels !== undefined){let data26 = data24.low_risk_levels;if(Array.isArray(data26)){const len5 = data26.length;for(let i8=0; i8<len5; i8++){let data27 = data26[i8];if(!((((data27 === "low") || (data27 === "medium")) || (data27 === "high")) || (data27 === "critical"))){const err65 = {instancePath:instancePath+"/divergence/low_risk_levels/" + i8,schemaPath:"#/properties/divergence/properties/low_risk_levels/items/enum",keyword:"enum",params:{allowedValues: schema34.properties.divergence.properties.low_risk_levels.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/divergence/low_risk_levels",schemaPath:"#/properties/divergence/properties/low_risk_levels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data24.critical_severities !== undefined){let data28 = data24.critical_severities;if(Array.isArray(data28)){if(data28.length < 1){const err67 = {instancePath:instancePath+"/divergence/critical_severities",schemaPath:"#/properties/divergence/properties/critical_severities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}const len6 = data28.length;for(let i9=0; i9<len6; i9++){let data29 = data28[i9];if(typeof data29 === "string"){if(func1(data29) < 1){const err68 = {instancePath:instancePath+"/divergence/critical_severities/" + i9,schemaPath:"#/properties/divergence/properties/critical_severities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/divergence/critical_severities/" + i9,schemaPath:"#/properties/divergence/properties/critical_severities/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/divergence/critical_severities",schemaPath:"#/properties/divergence/properties/critical_severities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/divergence",schemaPath:"#/properties/divergence/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}validate11.errors = vErrors;return errors === 0;}__webpack_unused_export__ = validate12;const schema35 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/trust-root.schema.json","title":"Trust root: one signed, write-once revision of the keyring, rotated by a threshold of root keys","type":"object","additionalProperties":false,"required":["version","previous","created_at_utc","root","keys","signers"],"properties":{"version":{"description":"1 for the pinned root; exactly one more than the previous revision","type":"integer","minimum":1},"previous":{"description":"null in revision 1; otherwise the previous revision's version and the sha256 of its canonical payload","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["version","sha256"],"properties":{"version":{"type":"integer","minimum":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}]},"created_at_utc":{"type":"string","format":"date-time"},"note":{"type":"string","maxLength":2000},"root":{"description":"the keys that may sign the next revision, and how many distinct ones must","type":"object","additionalProperties":false,"required":["threshold","keys"],"properties":{"threshold":{"type":"integer","minimum":1},"keys":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","key_id","public_key"],"properties":{"name":{"description":"who holds the key, e.g. root-alice","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"key_id":{"description":"sha256 of the raw public key, hex","type":"string","pattern":"^[0-9a-f]{64}$"},"public_key":{"type":"string","pattern":"^[A-Za-z0-9+/]{43}=$"}}}}}},"tsa":{"description":"the pinned time-stamping authority (RFC 3161, docs/trusted-time.md): a token beside a signature counts only when it verifies against this certificate; changing it takes the root keys' threshold like any revision","type":"object","additionalProperties":false,"required":["certificate"],"properties":{"certificate":{"description":"PEM of exactly one certificate: the TSA's own, or the CA that issues it","type":"string","pattern":"^-----BEGIN CERTIFICATE-----","maxLength":20000},"require_token":{"description":"true: every signed revision published under this revision needs a token that verifies (TIMESTAMP_MISSING otherwise)","type":"boolean"}}},"keys":{"description":"the signer keys in force: the keyring (policies/keyring.yaml entries) plus revocations","type":"array","items":{"type":"object","additionalProperties":false,"required":["signer_id","public_key","role","valid_from_utc","valid_until_utc"],"properties":{"signer_id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"public_key":{"type":"string","pattern":"^[A-Za-z0-9+/]{43}=$"},"role":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,99}$"},"valid_from_utc":{"type":"string","format":"date-time"},"valid_until_utc":{"type":"string","format":"date-time"},"demo":{"type":"boolean"},"note":{"type":"string"},"revoked_at_utc":{"description":"from this instant on nothing new signed by the key counts, whatever its signed_at_utc","type":"string","format":"date-time"},"revocation_reason":{"type":"string","maxLength":500}}}},"signers":{"description":"one block per root key expected to sign this revision (previous and new root keys)","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["signer_id","key_id","role","signed_at_utc"],"properties":{"signer_id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"key_id":{"type":"string","pattern":"^[0-9a-f]{64}$"},"role":{"const":"root"},"signed_at_utc":{"type":"string","format":"date-time"}}}}}};const pattern37 = new RegExp("^[0-9a-f]{64}$", "u");const pattern41 = new RegExp("^-----BEGIN CERTIFICATE-----", "u");const pattern44 = new RegExp("^[a-z0-9][a-z0-9_-]{0,99}$", "u");function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://release-evidence.dev/schemas/trust-root.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.previous === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous"},message:"must have required property '"+"previous"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.created_at_utc === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at_utc"},message:"must have required property '"+"created_at_utc"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.root === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root"},message:"must have required property '"+"root"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.keys === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.signers === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signers"},message:"must have required property '"+"signers"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!((((((((key0 === "version") || (key0 === "previous")) || (key0 === "created_at_utc")) || (key0 === "note")) || (key0 === "root")) || (key0 === "tsa")) || (key0 === "keys")) || (key0 === "signers"))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 1 || isNaN(data0)){const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.previous !== undefined){let data1 = data.previous;const _errs5 = errors;let valid1 = false;let passing0 = null;const _errs6 = errors;if(data1 !== null){const err9 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs6 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs8 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.version === undefined){const err10 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.sha256 === undefined){const err11 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data1){if(!((key1 === "version") || (key1 === "sha256"))){const err12 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data1.version !== undefined){let data2 = data1.version;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err13 = {instancePath:instancePath+"/previous/version",schemaPath:"#/properties/previous/oneOf/1/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err14 = {instancePath:instancePath+"/previous/version",schemaPath:"#/properties/previous/oneOf/1/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data1.sha256 !== undefined){let data3 = data1.sha256;if(typeof data3 === "string"){if(!pattern37.test(data3)){const err15 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/properties/previous/oneOf/1/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/previous/sha256",schemaPath:"#/properties/previous/oneOf/1/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var _valid0 = _errs8 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err18 = {instancePath:instancePath+"/previous",schemaPath:"#/properties/previous/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.created_at_utc !== undefined){let data4 = data.created_at_utc;if(typeof data4 === "string"){if(!(formats0.validate(data4))){const err19 = {instancePath:instancePath+"/created_at_utc",schemaPath:"#/properties/created_at_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/created_at_utc",schemaPath:"#/properties/created_at_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.note !== undefined){let data5 = data.note;if(typeof data5 === "string"){if(func1(data5) > 2000){const err21 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.root !== undefined){let data6 = data.root;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.threshold === undefined){const err23 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data6.keys === undefined){const err24 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key2 in data6){if(!((key2 === "threshold") || (key2 === "keys"))){const err25 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data6.threshold !== undefined){let data7 = data6.threshold;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err26 = {instancePath:instancePath+"/root/threshold",schemaPath:"#/properties/root/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err27 = {instancePath:instancePath+"/root/threshold",schemaPath:"#/properties/root/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data6.keys !== undefined){let data8 = data6.keys;if(Array.isArray(data8)){if(data8.length < 1){const err28 = {instancePath:instancePath+"/root/keys",schemaPath:"#/properties/root/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.name === undefined){const err29 = {instancePath:instancePath+"/root/keys/" + i0,schemaPath:"#/properties/root/properties/keys/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data9.key_id === undefined){const err30 = {instancePath:instancePath+"/root/keys/" + i0,schemaPath:"#/properties/root/properties/keys/items/required",keyword:"required",params:{missingProperty: "key_id"},message:"must have required property '"+"key_id"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data9.public_key === undefined){const err31 = {instancePath:instancePath+"/root/keys/" + i0,schemaPath:"#/properties/root/properties/keys/items/required",keyword:"required",params:{missingProperty: "public_key"},message:"must have required property '"+"public_key"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key3 in data9){if(!(((key3 === "name") || (key3 === "key_id")) || (key3 === "public_key"))){const err32 = {instancePath:instancePath+"/root/keys/" + i0,schemaPath:"#/properties/root/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data9.name !== undefined){let data10 = data9.name;if(typeof data10 === "string"){if(!pattern25.test(data10)){const err33 = {instancePath:instancePath+"/root/keys/" + i0+"/name",schemaPath:"#/properties/root/properties/keys/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/root/keys/" + i0+"/name",schemaPath:"#/properties/root/properties/keys/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data9.key_id !== undefined){let data11 = data9.key_id;if(typeof data11 === "string"){if(!pattern37.test(data11)){const err35 = {instancePath:instancePath+"/root/keys/" + i0+"/key_id",schemaPath:"#/properties/root/properties/keys/items/properties/key_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/root/keys/" + i0+"/key_id",schemaPath:"#/properties/root/properties/keys/items/properties/key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data9.public_key !== undefined){let data12 = data9.public_key;if(typeof data12 === "string"){if(!pattern26.test(data12)){const err37 = {instancePath:instancePath+"/root/keys/" + i0+"/public_key",schemaPath:"#/properties/root/properties/keys/items/properties/public_key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/root/keys/" + i0+"/public_key",schemaPath:"#/properties/root/properties/keys/items/properties/public_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/root/keys/" + i0,schemaPath:"#/properties/root/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/root/keys",schemaPath:"#/properties/root/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.tsa !== undefined){let data13 = data.tsa;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.certificate === undefined){const err42 = {instancePath:instancePath+"/tsa",schemaPath:"#/properties/tsa/required",keyword:"required",params:{missingProperty: "certificate"},message:"must have required property '"+"certificate"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}for(const key4 in data13){if(!((key4 === "certificate") || (key4 === "require_token"))){const err43 = {instancePath:instancePath+"/tsa",schemaPath:"#/properties/tsa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data13.certificate !== undefined){let data14 = data13.certificate;if(typeof data14 === "string"){if(func1(data14) > 20000){const err44 = {instancePath:instancePath+"/tsa/certificate",schemaPath:"#/properties/tsa/properties/certificate/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(!pattern41.test(data14)){const err45 = {instancePath:instancePath+"/tsa/certificate",schemaPath:"#/properties/tsa/properties/certificate/pattern",keyword:"pattern",params:{pattern: "^-----BEGIN CERTIFICATE-----"},message:"must match pattern \""+"^-----BEGIN CERTIFICATE-----"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/tsa/certificate",schemaPath:"#/properties/tsa/properties/certificate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data13.require_token !== undefined){if(typeof data13.require_token !== "boolean"){const err47 = {instancePath:instancePath+"/tsa/require_token",schemaPath:"#/properties/tsa/properties/require_token/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/tsa",schemaPath:"#/properties/tsa/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.keys !== undefined){let data16 = data.keys;if(Array.isArray(data16)){const len1 = data16.length;for(let i1=0; i1<len1; i1++){let data17 = data16[i1];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.signer_id === undefined){const err49 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "signer_id"},message:"must have required property '"+"signer_id"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data17.public_key === undefined){const err50 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "public_key"},message:"must have required property '"+"public_key"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data17.role === undefined){const err51 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data17.valid_from_utc === undefined){const err52 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "valid_from_utc"},message:"must have required property '"+"valid_from_utc"+"'"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data17.valid_until_utc === undefined){const err53 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/required",keyword:"required",params:{missingProperty: "valid_until_utc"},message:"must have required property '"+"valid_until_utc"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}for(const key5 in data17){if(!(func0.call(schema35.properties.keys.items.properties, key5))){const err54 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data17.signer_id !== undefined){let data18 = data17.signer_id;if(typeof data18 === "string"){if(!pattern25.test(data18)){const err55 = {instancePath:instancePath+"/keys/" + i1+"/signer_id",schemaPath:"#/properties/keys/items/properties/signer_id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/keys/" + i1+"/signer_id",schemaPath:"#/properties/keys/items/properties/signer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data17.public_key !== undefined){let data19 = data17.public_key;if(typeof data19 === "string"){if(!pattern26.test(data19)){const err57 = {instancePath:instancePath+"/keys/" + i1+"/public_key",schemaPath:"#/properties/keys/items/properties/public_key/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/keys/" + i1+"/public_key",schemaPath:"#/properties/keys/items/properties/public_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data17.role !== undefined){let data20 = data17.role;if(typeof data20 === "string"){if(!pattern44.test(data20)){const err59 = {instancePath:instancePath+"/keys/" + i1+"/role",schemaPath:"#/properties/keys/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/keys/" + i1+"/role",schemaPath:"#/properties/keys/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data17.valid_from_utc !== undefined){let data21 = data17.valid_from_utc;if(typeof data21 === "string"){if(!(formats0.validate(data21))){const err61 = {instancePath:instancePath+"/keys/" + i1+"/valid_from_utc",schemaPath:"#/properties/keys/items/properties/valid_from_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/keys/" + i1+"/valid_from_utc",schemaPath:"#/properties/keys/items/properties/valid_from_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data17.valid_until_utc !== undefined){let data22 = data17.valid_until_utc;if(typeof data22 === "string"){if(!(formats0.validate(data22))){const err63 = {instancePath:instancePath+"/keys/" + i1+"/valid_until_utc",schemaPath:"#/properties/keys/items/properties/valid_until_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/keys/" + i1+"/valid_until_utc",schemaPath:"#/properties/keys/items/properties/valid_until_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data17.demo !== undefined){if(typeof data17.demo !== "boolean"){const err65 = {instancePath:instancePath+"/keys/" + i1+"/demo",schemaPath:"#/properties/keys/items/properties/demo/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data17.note !== undefined){if(typeof data17.note !== "string"){const err66 = {instancePath:instancePath+"/keys/" + i1+"/note",schemaPath:"#/properties/keys/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data17.revoked_at_utc !== undefined){let data25 = data17.revoked_at_utc;if(typeof data25 === "string"){if(!(formats0.validate(data25))){const err67 = {instancePath:instancePath+"/keys/" + i1+"/revoked_at_utc",schemaPath:"#/properties/keys/items/properties/revoked_at_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/keys/" + i1+"/revoked_at_utc",schemaPath:"#/properties/keys/items/properties/revoked_at_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data17.revocation_reason !== undefined){let data26 = data17.revocation_reason;if(typeof data26 === "string"){if(func1(data26) > 500){const err69 = {instancePath:instancePath+"/keys/" + i1+"/revocation_reason",schemaPath:"#/properties/keys/items/properties/revocation_reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/keys/" + i1+"/revocation_reason",schemaPath:"#/properties/keys/items/properties/revocation_reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/keys/" + i1,schemaPath:"#/properties/keys/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.signers !== undefined){let data27 = data.signers;if(Array.isArray(data27)){if(data27.length < 1){const err73 = {instancePath:instancePath+"/signers",schemaPath:"#/properties/signers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}const len2 = data27.length;for(let i2=0; i2<len2; i2++){let data28 = data27[i2];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.signer_id === undefined){const err74 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "signer_id"},message:"must have required property '"+"signer_id"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data28.key_id === undefined){const err75 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "key_id"},message:"must have required property '"+"key_id"+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data28.role === undefined){const err76 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data28.signed_at_utc === undefined){const err77 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/required",keyword:"required",params:{missingProperty: "signed_at_utc"},message:"must have required property '"+"signed_at_utc"+"'"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key6 in data28){if(!((((key6 === "signer_id") || (key6 === "key_id")) || (key6 === "role")) || (key6 === "signed_at_utc"))){const err78 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data28.signer_id !== undefined){let data29 = data28.signer_id;if(typeof data29 === "string"){if(!pattern25.test(data29)){const err79 = {instancePath:instancePath+"/signers/" + i2+"/signer_id",schemaPath:"#/properties/signers/items/properties/signer_id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,99}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,99}$"+"\""};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/signers/" + i2+"/signer_id",schemaPath:"#/properties/signers/items/properties/signer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data28.key_id !== undefined){let data30 = data28.key_id;if(typeof data30 === "string"){if(!pattern37.test(data30)){const err81 = {instancePath:instancePath+"/signers/" + i2+"/key_id",schemaPath:"#/properties/signers/items/properties/key_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/signers/" + i2+"/key_id",schemaPath:"#/properties/signers/items/properties/key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data28.role !== undefined){if("root" !== data28.role){const err83 = {instancePath:instancePath+"/signers/" + i2+"/role",schemaPath:"#/properties/signers/items/properties/role/const",keyword:"const",params:{allowedValue: "root"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data28.signed_at_utc !== undefined){let data32 = data28.signed_at_utc;if(typeof data32 === "string"){if(!(formats0.validate(data32))){const err84 = {instancePath:instancePath+"/signers/" + i2+"/signed_at_utc",schemaPath:"#/properties/signers/items/properties/signed_at_utc/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/signers/" + i2+"/signed_at_utc",schemaPath:"#/properties/signers/items/properties/signed_at_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/signers/" + i2,schemaPath:"#/properties/signers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/signers",schemaPath:"#/properties/signers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}validate12.errors = vErrors;return errors === 0;}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7908);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
