import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrors } from '../../../../src/core/errors/recognize';
import { allCatalogEntries, lookupAll } from '../../../../src/core/errors/catalog/index';
import { dataEntryCount } from './_catalogData';

const codes = (text: string) => findErrors(text).map((m) => `${m.family}:${m.code}`);

test('AWS STS web identity errors: present, and recognised in the CLI / SDK ClientError line', () => {
  assert.equal(allCatalogEntries().filter((e) => e.family === 'aws-sts').length, dataEntryCount('aws-sts'));
  for (const code of ['InvalidIdentityToken', 'ExpiredTokenException', 'IDPCommunicationError', 'IDPRejectedClaim', 'AccessDenied']) {
    assert.ok(
      lookupAll(code).some((e) => e.family === 'aws-sts'),
      code,
    );
  }
  assert.deepEqual(
    codes('An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found'),
    ['aws-sts:InvalidIdentityToken'],
  );
  assert.deepEqual(
    codes(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ),
    ['aws-sts:AccessDenied'],
  );
  assert.deepEqual(
    codes('An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.'),
    ['cognito:NotAuthorizedException'],
  );
  // Other AWS operations' errors are not auth errors.
  assert.deepEqual(
    codes('An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist'),
    [],
  );
  assert.deepEqual(codes('An error occurred (x'), []);
});
