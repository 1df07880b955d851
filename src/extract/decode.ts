import type { Problem } from '../model.js';

export type Decoded = { text: string } | { problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text the way Python reads source: UTF-8 with an optional BOM, CRLF and CR turned
 * into LF (line numbers stay right). Binary or non-UTF-8 files become a problem, not a guess.
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  // A NUL byte never appears in source Python accepts ("source code cannot contain null bytes").
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
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
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
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
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text };
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
