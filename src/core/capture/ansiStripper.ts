/**
 * Removes terminal escape sequences (colours, cursor moves, window titles, shell-integration marks)
 * from output that arrives in pieces, so what is left is the text a person sees and the scanner can
 * find a token that a colour change or a piece boundary cut in two.
 *
 * Handles ECMA-48 / xterm forms: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or `ESC \`), DCS, SOS,
 * PM and APC strings (… `ESC \`), two-character escapes (`ESC 7`, `ESC (B`), and the 8-bit C1 forms
 * of CSI (0x9b) and OSC (0x9d). A sequence cut by a piece boundary is held until the next piece.
 * Bounded: a sequence that never ends is dropped after `MAX_SEQUENCE` characters, a backspace or a
 * lone carriage return is left to the scanner (neither is part of a token).
 */

const ESC = 0x1b;
const BEL = 0x07;
/** Longest escape sequence held across pieces; real ones are a few dozen characters (an OSC 8 link, a title). */
const MAX_SEQUENCE = 4096;

export interface AnsiStripper {
  /** The piece without escape sequences; an unfinished sequence at its end is kept for the next piece. */
  strip(piece: string): string;
}

type State = 'text' | 'escape' | 'csi' | 'string' | 'stringEscape' | 'charset';

export function createAnsiStripper(): AnsiStripper {
  let state: State = 'text';
  let held = 0; // characters of the current sequence seen so far

  return {
    strip(piece) {
      if (typeof piece !== 'string' || piece.length === 0) return '';
      // Fast path: nothing to strip and no sequence open.
      if (state === 'text' && piece.indexOf('\u001b') === -1 && !/[\u009b\u009d]/.test(piece)) return piece;
      let out = '';
      let runStart = 0;
      for (let i = 0; i < piece.length; i++) {
        const code = piece.charCodeAt(i);
        if (state === 'text') {
          if (code === ESC || code === 0x9b || code === 0x9d) {
            if (i > runStart) out += piece.slice(runStart, i);
            state = code === ESC ? 'escape' : code === 0x9b ? 'csi' : 'string';
            held = 1;
          }
          continue;
        }
        held++;
        switch (state) {
          case 'escape':
            if (code === 0x5b /* [ */) state = 'csi';
            else if (
              code === 0x5d /* ] */ ||
              code === 0x50 /* P */ ||
              code === 0x58 /* X */ ||
              code === 0x5e /* ^ */ ||
              code === 0x5f /* _ */
            )
              state = 'string';
            else if (code >= 0x20 && code <= 0x2f)
              state = 'charset'; // ESC ( B and the like: one more character
            else state = 'text'; // ESC 7, ESC =, …: two characters in all
            break;
          case 'charset':
            state = 'text';
            break;
          case 'csi':
            if (code >= 0x40 && code <= 0x7e) state = 'text'; // the final byte
            break;
          case 'string':
            if (code === BEL) state = 'text';
            else if (code === ESC) state = 'stringEscape';
            break;
          case 'stringEscape':
            state = code === 0x5c /* \ */ ? 'text' : 'string';
            break;
        }
        if (state !== 'text' && held > MAX_SEQUENCE) state = 'text'; // never ends: give up on it
        if (state === 'text') runStart = i + 1;
      }
      if (state === 'text' && runStart < piece.length) out += runStart === 0 ? piece : piece.slice(runStart);
      return out;
    },
  };
}
