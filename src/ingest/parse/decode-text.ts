const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a feed or page body. Order of evidence: a byte-order mark; valid UTF-8 (which real feeds
 * declared as ISO-8859-1 often are); then the charset declared by the XML declaration, an HTML meta tag or the
 * Content-Type header; and windows-1252 last, the superset of ISO-8859-1 that browsers use for it.
 */
export function decodeText(body: Uint8Array | string, contentType?: string): string {
  if (typeof body === 'string') return body.replace(/^\uFEFF/, '');
  const bom = bomEncoding(body);
  if (bom) return new TextDecoder(bom).decode(body);
  try {
    return UTF8.decode(body);
  } catch {
    // Not UTF-8: fall through to what the document or the server declared.
  }
  for (const label of [declaredCharset(body), charsetOf(contentType)]) {
    const decoder = label ? decoderFor(label) : undefined;
    if (decoder?.encoding === 'windows-1252') return decodeWindows1252(body);
    if (decoder && decoder.encoding !== 'utf-8') return decoder.decode(body);
  }
  // UTF-8 with a few stray bytes (a truncated character pasted into one item): reading the whole body as
  // windows-1252 would garble every accented letter of every item, so the stray bytes alone become U+FFFD.
  // Windows-1252 text almost never forms a valid multi-byte UTF-8 sequence.
  const { valid, invalid } = countUtf8Sequences(body);
  if (valid > invalid) return new TextDecoder('utf-8').decode(body);
  return decodeWindows1252(body);
}

/** Valid multi-byte UTF-8 sequences in `bytes`, and bytes above 0x7F that belong to none. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { valid, invalid };
}

// windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard index); undefined bytes map to the C1 control.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 decoding, which WHATWG also uses for the labels "iso-8859-1" and "us-ascii". Done by hand
 * because Node 20's TextDecoder decodes it as ISO-8859-1, turning curly quotes into C1 control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The encoding named in an XML declaration or an HTML <meta charset> near the start of the document. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  );
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1] : undefined;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined; // an encoding the WHATWG Encoding Standard does not know
  }
}
