// Formats a hex string (as the REST API returns byte strings) into a classic offset/hex/EBCDIC-free dump.

/** Parses "ff 39 90" or "ff3990" into a Uint8Array; throws on odd length or non-hex characters. */
export function parseHex(hex) {
  const compact = String(hex).replace(/\s+/g, '');
  if (compact.length % 2 !== 0) throw new Error(`hex string has odd length ${compact.length}`);
  const bad = compact.search(/[^0-9a-fA-F]/);
  if (bad >= 0) throw new Error(`not a hex digit at position ${bad}: '${compact[bad]}'`);
  const bytes = new Uint8Array(compact.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(compact.substr(i * 2, 2), 16);
  return bytes;
}

/** One line per 16 bytes: 4-digit hex offset, bytes grouped by 4. */
export function hexDump(hex, bytesPerLine = 16) {
  const bytes = parseHex(hex);
  const lines = [];
  for (let off = 0; off < bytes.length; off += bytesPerLine) {
    const chunk = Array.from(bytes.subarray(off, off + bytesPerLine), b => b.toString(16).padStart(2, '0'));
    const groups = [];
    for (let i = 0; i < chunk.length; i += 4) groups.push(chunk.slice(i, i + 4).join(''));
    lines.push(`${off.toString(16).padStart(4, '0')}  ${groups.join(' ')}`);
  }
  return lines.join('\n');
}
