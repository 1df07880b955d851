import { isUtf8 } from 'node:buffer';
import type { Problem } from '../model.js';

export type Decoded = { text: string } | { problem: Problem };

/** A byte string (see `decodeSourceBytes`) and its char codes as bytes: `codes[i] === text.charCodeAt(i)`. */
export type DecodedBytes = { text: string; codes: Uint8Array } | { problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text the way Python reads source: UTF-8 with an optional BOM, CRLF and CR turned
 * into LF (line numbers stay right). Binary or non-UTF-8 files become a problem, not a guess.
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  const binary = binaryProblem(path, bytes);
  if (binary) return binary;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return notUtf8(path, bytes);
  }
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/**
 * Like `decodeSource`, but the text is a byte string: one char per UTF-8 byte (the Latin-1 view
 * of the bytes). It costs a quarter of a UTF-8 decode, and a reader that only looks for ASCII
 * characters can use it as is: UTF-8 never puts an ASCII byte inside a longer character. Texts
 * that hold other characters are turned into real text with `fromByteString`.
 */
export function decodeSourceBytes(path: string, bytes: Uint8Array): DecodedBytes {
  const binary = binaryProblem(path, bytes);
  if (binary) return binary;
  if (!isUtf8(bytes)) return notUtf8(path, bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', bom);
  // The codes are the bytes themselves (borrowed like them), unless line ends were rewritten.
  if (!text.includes('\r')) return { text, codes: bytes.subarray(bom) };
  const lf = text.replace(/\r\n?/g, '\n');
  return { text: lf, codes: Buffer.from(lf, 'latin1') };
}

/**
 * A copy of `s` that does not keep a file's source alive, for text that lives as long as the
 * plan: V8 makes a slice of 13 or more characters a view into the string it was cut from.
 */
export function detached(s: string): string {
  // Shorter slices are copies already.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Real text from a slice of a byte string (see `decodeSourceBytes`). */
export function fromByteString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return Buffer.from(s, 'latin1').toString('utf8');
  }
  return s;
}

/** A NUL byte never appears in source Python accepts ("source code cannot contain null bytes"). */
function binaryProblem(path: string, bytes: Uint8Array): { problem: Problem } | null {
  const nul = bytes.indexOf(0);
  if (nul === -1) return null;
  return {
    problem: {
      severity: 'error',
      file: path,
      line: lineAt(bytes, nul),
      title: 'Binary file',
      message: `${path} holds a NUL byte at offset ${nul}: it is not a source file. Remove it from the test paths, or narrow \`paths\`.`,
    },
  };
}

function notUtf8(path: string, bytes: Uint8Array): { problem: Problem } {
  const at = firstInvalidUtf8(bytes);
  return {
    problem: {
      severity: 'error',
      file: path,
      line: lineAt(bytes, at),
      title: 'Not UTF-8',
      message: `${path} is not valid UTF-8 (first bad byte at offset ${at}, line ${lineAt(bytes, at)}). Save it as UTF-8; other source encodings are not read.`,
    },
  };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}
