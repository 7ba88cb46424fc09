/**
 * pdfkit's built-in Helvetica encodes text as WinAnsi (Windows-1252): Latin-1 (æ ø å é ü …) plus
 * “ ” ‘ ’ – — … • € and a few more. Anything else would print as garbage, so it is replaced here by
 * the nearest character that exists (č → c, ŋ → n, → → ->) or, as a last resort, by "?".
 */
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const NEAREST: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '–', '\u2015': '—', '\u2212': '–',
  '\u2009': ' ', '\u200A': ' ', '\u202F': '\u00A0', '\u2007': '\u00A0', '\u2002': ' ', '\u2003': ' ',
  '\u200B': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
  '\u2032': "'", '\u2033': '"', '\u201F': '"', '\u201B': "'", '\u2039': '‹', '\u203A': '›',
  '→': '->', '←': '<-', '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~', '✓': 'x', '✔': 'x',
  'đ': 'd', 'Đ': 'D', 'ŋ': 'n', 'Ŋ': 'N', 'ŧ': 't', 'Ŧ': 'T', 'ł': 'l', 'Ł': 'L', 'ı': 'i',
  'ﬁ': 'fi', 'ﬂ': 'fl', '\u2028': '\n', '\u2029': '\n\n',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(char);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\t/g, '    ')) {
    if (encodable(char)) out += char;
    else if (char in NEAREST) out += NEAREST[char];
    else {
      // Letters with accents WinAnsi lacks (č, ő, ą …): keep the base letter.
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every(encodable) ? base : /\p{Cc}/u.test(char) ? '' : '?';
    }
  }
  return out;
}
