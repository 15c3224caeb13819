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
// field starts and ends in typed arrays (outside the JS heap) and a cell becomes a string only
// when it is read (fieldText), usually to die young. Only where a field starts is kept (and where
// each record ends): a field's end follows from where the next one starts, and at 1,000,000
// alarms (42 million fields) a second array of ends was 170 MB.
//
// Rules: fields split on `,`; records end at LF or CRLF; a field that starts with `"` is quoted,
// `""` inside it is a quote, and it may span lines; blank lines are skipped. A quote inside an
// unquoted field, text after a closing quote, or a quote never closed is a broken record.

export interface CsvScan {
  text: string;
  /** number of records, broken ones included */
  count: number;
  /** 1-based line each record starts on */
  lines: Int32Array;
  /** record r's fields are the field indexes firstField[r] .. firstField[r + 1] - 1 */
  firstField: Int32Array;
  /**
   * where each field's value starts in text, with QUOTED set for a quoted field (its value starts
   * after the quote); bitwise NOT (negative) when `""` must be collapsed. Read with fieldStart.
   */
  starts: Int32Array;
  /** where each record's last field ends (exclusive); a field before it ends where the next starts */
  recordEnds: Int32Array;
  /** record index -> why it is structurally broken (its fields are then unreliable) */
  errors: Map<number, string>;
}

/** One record as strings: the form tests and small callers want. */
export interface ScannedRecord {
  fields: string[];
  /** 1-based line the record starts on */
  line: number;
  /** set when the record is structurally broken; the record's fields are then unreliable */
  error?: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/**
 * Set in a start for a quoted field. A V8 string is shorter than 2^29 characters, so offsets leave
 * bits 29 and 30 free.
 */
const QUOTED = 1 << 30;

/** An Int32Array that doubles when full. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export function scanCsvOffsets(text: string): CsvScan {
  const n = text.length;
  // Sized for one record per physical line, each as wide as the first line: the common case,
  // so the arrays are allocated once. They grow if quoted newlines or wider rows prove it wrong.
  // The guess is capped by what the text can hold: every field but the last ends at a comma or a
  // line break, so n characters hold at most n + 1 fields. Uncapped, a wide first line over many
  // blank lines (100,000 columns, 100,000 blank lines: 800 KB) asked for ten billion slots.
  const lineGuess = countLf(text, 0, n) + 1;
  const firstLineEnd = indexOr(text, "\n", 0, n);
  let widthGuess = 1;
  for (
    let k = text.indexOf(",");
    k !== -1 && k < firstLineEnd;
    k = text.indexOf(",", k + 1)
  )
    widthGuess++;
  const fieldGuess = Math.min(lineGuess * widthGuess, n + 1);
  const lines = new IntList(lineGuess);
  const firstField = new IntList(lineGuess + 1);
  const starts = new IntList(fieldGuess);
  const recordEnds = new IntList(lineGuess);
  const errors = new Map<number, string>();
  // the end of the last field pushed: a record's end once its last field is in
  let lastEnd = 0;
  const field = (from: number, to: number): void => {
    starts.push(from);
    lastEnd = to;
  };
  const finish = (): CsvScan => {
    firstField.push(starts.length);
    if (recordEnds.length < lines.length) recordEnds.push(lastEnd);
    return {
      text,
      count: lines.length,
      lines: lines.done(),
      firstField: firstField.done(),
      starts: starts.done(),
      recordEnds: recordEnds.done(),
      errors,
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

    // Fast path: a record without any quote is exactly one physical line split on commas.
    const nl = text.indexOf("\n", i);
    const end = nl === -1 ? n : nl;
    if (nextQuote < i) nextQuote = indexOr(text, '"', i, n);
    if (nextQuote >= end) {
      const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      let from = i;
      // indexOf runs natively: measured 2-3x faster than a charCodeAt loop on these files
      for (
        let comma = text.indexOf(",", from);
        comma !== -1 && comma < stop;
        comma = text.indexOf(",", from)
      ) {
        field(from, comma);
        from = comma + 1;
      }
      field(from, stop);
      recordEnds.push(stop);
      i = end + 1;
      line++;
      continue;
    }

    let error: string | undefined;
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
            errors.set(record, "unterminated quoted field");
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
        field(doubled ? ~(from | QUOTED) : from | QUOTED, q);
        i = q + 1;
        const c = text.charCodeAt(i);
        if (c !== COMMA && c !== LF && c !== CR && i < n) {
          error ??= "text after a closing quote";
          // resync at the end of this physical line
          const nl = text.indexOf("\n", i);
          i = nl === -1 ? n : nl;
          if (text.charCodeAt(i - 1) === CR) i--;
        }
      } else {
        // unquoted field: up to the next comma or line end
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF) break;
          if (c === CR && text.charCodeAt(j + 1) === LF) break;
          if (c === QUOTE)
            error ??=
              "a quote inside an unquoted field (quote the whole field and double the quote)";
          j++;
        }
        field(i, j);
        i = j;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) {
        i++;
        line++;
      }
      break;
    }
    recordEnds.push(lastEnd);
    if (error) errors.set(record, error);
  }
  return finish();
}

/** Where field f's value starts in the text. */
export function fieldStart(scan: CsvScan, f: number): number {
  const v = scan.starts[f];
  return (v < 0 ? ~v : v) & ~QUOTED;
}

/**
 * Where field f of record r ends (exclusive): the record's end for its last field, else one before
 * where the next field begins (its comma), or two for a quoted field (its closing quote, then the
 * comma). In a structurally broken record the fields are unreliable, as they always were.
 */
export function fieldEnd(scan: CsvScan, r: number, f: number): number {
  if (f + 1 >= scan.firstField[r + 1]) return scan.recordEnds[r];
  const v = scan.starts[f];
  const next = scan.starts[f + 1];
  const nextRaw =
    (next < 0 ? ~next : next) & QUOTED
      ? fieldStart(scan, f + 1) - 1
      : fieldStart(scan, f + 1);
  return (v < 0 ? ~v : v) & QUOTED ? nextRaw - 2 : nextRaw - 1;
}

/** The value of field f (an index into starts) of record r as a string. */
export function fieldText(scan: CsvScan, r: number, f: number): string {
  const text = scan.text.slice(fieldStart(scan, f), fieldEnd(scan, r, f));
  return scan.starts[f] < 0 ? text.replaceAll('""', '"') : text;
}

/** Every field of record r as strings. */
export function recordFields(scan: CsvScan, r: number): string[] {
  const out: string[] = [];
  for (let f = scan.firstField[r]; f < scan.firstField[r + 1]; f++)
    out.push(fieldText(scan, r, f));
  return out;
}

/** The whole text as records of strings; for small inputs (the engine reads cells by offset). */
export function scanCsv(text: string): ScannedRecord[] {
  const scan = scanCsvOffsets(text);
  return Array.from({ length: scan.count }, (_, r) => {
    const error = scan.errors.get(r);
    const rec: ScannedRecord = {
      fields: recordFields(scan, r),
      line: scan.lines[r],
    };
    return error === undefined ? rec : { ...rec, error };
  });
}

function countLf(text: string, from: number, to: number): number {
  let count = 0;
  let k = text.indexOf("\n", from);
  while (k !== -1 && k < to) {
    count++;
    k = text.indexOf("\n", k + 1);
  }
  return count;
}

function indexOr(
  text: string,
  needle: string,
  from: number,
  fallback: number,
): number {
  const k = text.indexOf(needle, from);
  return k === -1 ? fallback : k;
}
