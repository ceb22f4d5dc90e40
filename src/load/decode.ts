/** Bytes of an input file → text, with what was odd about its encoding. */
export interface Decoded {
  text: string | null;
  /** Catalog id of a problem, with the line where it starts when known. */
  problem?: { id: 'load/binary' | 'load/invalid-utf8' | 'load/utf16'; line?: number };
}

const lineOf = (bytes: Uint8Array, index: number): number => {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/**
 * UTF-8 (a BOM is dropped later), UTF-16 with a BOM (decoded, with a note), NUL bytes
 * without one (binary: skipped), invalid UTF-8 (decoded with U+FFFD, warning with the
 * line of the first bad byte, so no text is silently lost).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problem: { id: 'load/utf16' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problem: { id: 'load/utf16' } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { text: null, problem: { id: 'load/binary', line: lineOf(bytes, nul) } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = firstInvalidByte(bytes);
    return { text, problem: { id: 'load/invalid-utf8', line: lineOf(bytes, bad) } };
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
