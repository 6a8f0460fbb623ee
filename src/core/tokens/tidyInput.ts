/**
 * Turns what a user pastes into the token itself: strips an `Authorization:` header name, a `Bearer `
 * or `DPoP ` scheme, surrounding quotes or backticks, and trailing commas and semicolons.
 */

export interface TidiedInput {
  text: string;
  sentAsBearer: boolean;
}

const WRAPPERS = new Set(['"', "'", '`']);

export function tidyTokenInput(input: string): TidiedInput {
  let text = input.trim();
  let sentAsBearer = false;
  const header = /^authorization\s*:\s*/i.exec(text);
  if (header) text = text.slice(header[0].length);
  const scheme = /^(bearer|dpop)\s+/i.exec(text);
  if (scheme) {
    sentAsBearer = scheme[1]!.toLowerCase() === 'bearer';
    text = text.slice(scheme[0].length);
  }
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || text[end - 1] === ';')) end--;
  text = text.slice(0, end).trim();
  while (text.length >= 2 && WRAPPERS.has(text[0]!) && text[text.length - 1] === text[0]) text = text.slice(1, -1).trim();
  return { text, sentAsBearer };
}
