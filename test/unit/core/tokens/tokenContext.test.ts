import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenContext } from '../../../../src/core/tokens/tokenContext';
import { findTokens } from '../../../../src/core/tokens/detect';
import { SAMPLE } from '../../../fixtures/tokens/makeToken';

const contextOf = (text: string) => tokenContext(text, findTokens(text)[0]!.start);

test('tokenContext reads Bearer, DPoP and the parameter or key name before a token', () => {
  assert.deepEqual(contextOf(`Authorization: Bearer ${SAMPLE}`), { bearer: true, dpop: false });
  assert.deepEqual(contextOf(`Authorization: DPoP ${SAMPLE}`), { bearer: false, dpop: true });
  assert.equal(contextOf(`#id_token=${SAMPLE}&x=1`).label, 'id_token');
  assert.equal(contextOf(`{"access_token": "${SAMPLE}"}`).label, 'access_token');
  assert.equal(contextOf(`refresh_token: '${SAMPLE}'`).label, 'refresh_token');
  assert.deepEqual(contextOf(`plain ${SAMPLE}`), { bearer: false, dpop: false });
});
