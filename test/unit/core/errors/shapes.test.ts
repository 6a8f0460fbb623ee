import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findErrors } from '../../../../src/core/errors/recognize';

/** `family:code` of each finding, after checking its offsets point at the code. */
function found(text: string): string[] {
  return findErrors(text).map((m) => {
    assert.equal(text.slice(m.start, m.end).toLowerCase(), m.code.toLowerCase(), `${m.code} offsets`);
    return `${m.family}:${m.code}`;
  });
}

// Real-shaped texts written for AuthLens after the shapes in public reports (values and ids invented).
const SHAPES: [label: string, text: string, expected: string[]][] = [
  [
    'Node util.inspect of a token response',
    "OAuthError { error: 'invalid_grant', error_description: 'AADSTS70008: The code has expired.' }",
    ['oauth:invalid_grant', 'entra:AADSTS70008'],
  ],
  ['browser console object view', "{error: 'access_denied', error_description: 'The user denied the request'}", ['oauth:access_denied']],
  [
    'printed object, code field in single quotes',
    "  errorCode: 'invalid_client',\n  errorMessage: 'client secret is wrong',",
    ['oauth:invalid_client'],
  ],
  [
    'Python repr from MSAL / Azure.Identity',
    "msal.exceptions: error '(invalid_grant) AADSTS700082: The refresh token has expired due to inactivity.'",
    ['oauth:invalid_grant', 'entra:AADSTS700082'],
  ],
  ['Go x/oauth2, code and status', 'token refresh: oauth2: "invalid_grant" "Bad Request"', ['oauth:invalid_grant']],
  [
    'Go x/oauth2, body after Response:',
    'oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_client","error_description":"bad secret"}',
    ['oauth:invalid_client'],
  ],
  [
    'Azure CLI refresh failure',
    'Refresh failed. invalid_grant: AADSTS50173: The provided grant has expired due to it being revoked.',
    ['oauth:invalid_grant', 'entra:AADSTS50173'],
  ],
  [
    'query/form body with a one-word code',
    'HTTP/1.1 302 Found\nLocation: https://app.example/cb?error=unauthorized&error_description=Access+denied',
    ['oauth:unauthorized'],
  ],
  ['HTML error page', '<h1>Sign-in failed</h1><p>error: access_denied</p>', ['oauth:access_denied']],
  ['upper-case vendor code in JSON', '{"error":"INVALID_CLIENT","error_description":"Invalid redirect URI"}', ['spotify:INVALID_CLIENT']],
  [
    'Salesforce REST error',
    '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
    ['salesforce:INVALID_SESSION_ID'],
  ],
];

test('every shape libraries print puts its code where the recogniser finds it', () => {
  for (const [label, text, expected] of SHAPES) assert.deepEqual(found(text), expected, label);
});

test('the new shapes stay strict: messages, single words and prose in those places are not codes', () => {
  for (const text of [
    "{ error: 'Something went wrong' }",
    "{ error: 'timeout' }",
    "error 'connection reset'",
    'oauth2: cannot fetch token: 500 Internal Server Error',
    'oauth2: "Bad Request"',
    'error=unauthorized', // no error response around it
    'see the manual: invalid_grant: explained below', // not followed by an AADSTS code
    '{"error":"NOT AN ERROR"}',
  ])
    assert.deepEqual(found(text), [], text);
});

test('the new shapes never throw and report codes inside the text', () => {
  const pieces = fc.constantFrom(
    "error: '",
    "errorCode: '",
    'oauth2: "',
    "error '(",
    'invalid_grant',
    "'",
    '"',
    ')',
    ': AADSTS50173',
    '&error_description=',
    'INVALID_CLIENT',
    ' ',
    '\\',
    '<',
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
      (text) => {
        for (const match of findErrors(text)) assert.ok(match.start >= 0 && match.end <= text.length && match.start < match.end);
      },
    ),
    { numRuns: 3000 },
  );
});
