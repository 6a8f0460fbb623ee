/**
 * Okta API error codes (`E0000xxx`, sent as `errorCode` / `errorSummary` / `errorLink` / `errorId` /
 * `errorCauses`) and the OAuth-style errors Okta's authorization servers send with their own quirks.
 * Codes, titles and HTTP statuses are facts from Okta's published error-code list
 * (okta/okta-developer-docs `packages/@okta/vuepress-site/data/error-codes.json`); the gists,
 * causes and fixes are AuthLens's own words.
 */

import type { ErrorEntry, ErrorLink } from './types';

const OKTA_ERROR_PAGE = 'https://developer.okta.com/docs/reference/error-codes/';

function oktaLink(code: string): ErrorLink {
  return { title: `Okta error codes: ${code}`, url: `${OKTA_ERROR_PAGE}#${code.toLowerCase()}` };
}

/** One row of the list: code, Okta's title for it, HTTP status, and a one-line gist in our words. */
type OktaRow = readonly [code: string, title: string, status: number, gist: string];

/** Hand-written detail for the codes developers meet most. */
interface OktaDetail {
  summary?: string;
  causes: string[];
  fixes: string[];
}

/** What an HTTP status usually means for an Okta API call, used when a code has no hand-written detail. */
const byStatus: Record<number, { causes: string[]; fixes: string[] }> = {
  202: {
    causes: ['The operation started but is waiting for the user (e.g. a push notification not yet answered).'],
    fixes: ['Poll the transaction again after a short wait, as the factor API describes.'],
  },
  400: {
    causes: ['The request body or parameters break a rule of this endpoint.', 'A field value has the wrong format or conflicts with another field.'],
    fixes: ['Read `errorCauses` in the response: it names the offending field.', 'Compare the request with the endpoint\'s reference page and fix the value.'],
  },
  401: {
    causes: ['The call carries no valid credentials: a missing, expired or revoked API token or access token.'],
    fixes: ['Send `Authorization: SSWS <api token>` or `Authorization: Bearer <access token>` for the right Okta org.', 'Create a new token if the old one was revoked or expired.'],
  },
  403: {
    causes: ['The caller is authenticated but the operation is not allowed for this user, object, state or org setting.'],
    fixes: ['Check the admin role or OAuth scopes (`okta.*`) of the caller.', 'Check the state of the object (user status, app status, policy) before retrying.'],
  },
  404: {
    causes: ['The id or path in the URL does not exist in this org, or it was deleted.'],
    fixes: ['Check the id and the org domain (preview vs production, custom domain).'],
  },
  405: {
    causes: ['The HTTP method is not allowed for this resource in its current state.'],
    fixes: ['Check the method (GET, POST, PUT, DELETE) the endpoint expects.'],
  },
  406: {
    causes: ['The `Accept` header asks for a media type the endpoint cannot produce.'],
    fixes: ['Send `Accept: application/json`.'],
  },
  409: {
    causes: ['The change conflicts with an existing object or with an operation still in progress.'],
    fixes: ['Fetch the current object, resolve the conflict (rename, reuse, wait), then retry.'],
  },
  410: {
    causes: ['The object or endpoint existed but is no longer available.'],
    fixes: ['Re-read the current list of objects, or move to the endpoint that replaced this one.'],
  },
  422: {
    causes: ['The request is well formed but a value is not acceptable for this object.'],
    fixes: ['Check the allowed values for the field in the endpoint reference.'],
  },
  423: {
    causes: ['The user or factor is in a state that blocks the operation (locked, suspended, inactive).'],
    fixes: ['Activate, unlock or unsuspend the user or factor first.'],
  },
  429: {
    causes: ['A rate limit or a daily message quota was reached.'],
    fixes: ['Wait until the time in `X-Rate-Limit-Reset` and retry with backoff.', 'Spread requests over time and cache results.'],
  },
  500: {
    causes: ['A failure inside Okta or in a service Okta depends on.'],
    fixes: ['Retry after a short wait; if it repeats, contact Okta support with the `errorId`.'],
  },
  501: {
    causes: ['The operation is not implemented for this resource.'],
    fixes: ['Use another endpoint or operation; check the reference page.'],
  },
  502: {
    causes: ['Okta could not get a usable answer from an external service you configured (e.g. an inline hook).'],
    fixes: ['Check that your external endpoint is reachable from Okta and answers in the documented format.'],
  },
  503: {
    causes: ['The service, or a part of it, is temporarily unavailable.'],
    fixes: ['Retry later with backoff; check status.okta.com.'],
  },
  504: {
    causes: ['A call from Okta to another service timed out.'],
    fixes: ['Retry; if it is your inline hook, make it answer within Okta\'s time limit.'],
  },
};

const rows: readonly OktaRow[] = [
  ['E0000001', 'API validation exception', 400, 'The request failed the endpoint\'s validation; `errorCauses` lists each failing field.'],
  ['E0000002', 'Illegal API argument exception', 400, 'An argument in the request is not valid for this call.'],
  ['E0000003', 'Reader exception', 400, 'Okta could not parse the request body.'],
  ['E0000004', 'Authentication exception', 401, 'Sign-in failed: the username, password or other primary credential was not accepted.'],
  ['E0000005', 'Invalid session exception', 403, 'The session in the request is unknown, expired or ended.'],
  ['E0000006', 'Access denied exception', 403, 'The caller is not permitted to do this.'],
  ['E0000007', 'Resource not found exception', 404, 'The object named in the URL does not exist in this org.'],
  ['E0000008', 'Not found exception', 404, 'No endpoint exists at this path.'],
  ['E0000009', 'Internal server error', 500, 'Okta failed while handling the request.'],
  ['E0000010', 'Read only database exception', 503, 'The org is in read-only mode (usually maintenance), so writes are refused.'],
  ['E0000011', 'Invalid token exception', 401, 'The API token or access token in the request is not valid.'],
  ['E0000012', 'Unsupported media type', 404, 'The request\'s media type is not supported here.'],
  ['E0000013', 'Invalid client app exception', 403, 'The client application id is not valid.'],
  ['E0000014', 'Update credentials failed exception', 403, 'Changing the user\'s credentials (password or recovery question) failed.'],
  ['E0000015', 'Feature not enabled exception', 401, 'The org does not have the feature this call needs.'],
  ['E0000016', 'Activate user failed exception', 403, 'The user is already active, so activating them again fails.'],
  ['E0000017', 'Reset password failed exception', 403, 'The password reset could not be done.'],
  ['E0000018', 'Servlet request binding exception', 400, 'The request could not be bound, usually because `Accept` or `Content-Type` headers are missing.'],
  ['E0000019', 'HTTP media type not acceptable exception', 400, 'The `Accept` or `Content-Type` header does not match what the endpoint supports.'],
  ['E0000020', 'Illegal argument exception', 400, 'The request is not valid.'],
  ['E0000021', 'HTTP media type not supported exception', 400, 'The request\'s `Content-Type` is not one the endpoint accepts.'],
  ['E0000022', 'HTTP request method not supported exception', 405, 'Wrong HTTP verb for this endpoint.'],
  ['E0000023', 'App user exception', 403, 'The user profile is mastered by another system, so Okta will not change it.'],
  ['E0000024', 'Unsupported app metadata operation exception', 400, 'This operation on app metadata is not supported.'],
  ['E0000025', 'Assign app version failed exception', 400, 'Assigning the app version failed.'],
  ['E0000026', 'API endpoint deprecated exception', 404, 'The endpoint was deprecated and no longer answers.'],
  ['E0000027', 'Group push exception', 400, 'The group push request is invalid.'],
  ['E0000028', 'Missing servlet request parameter exception', 400, 'A required query or form parameter is missing.'],
  ['E0000029', 'Invalid paging exception', 400, 'The paging parameters (`after`, `limit`) are not valid.'],
  ['E0000030', 'Invalid date exception', 400, 'A date is not in the ISO 8601 form Okta expects.'],
  ['E0000031', 'Invalid search criteria exception', 400, 'The search expression is not valid.'],
  ['E0000032', 'Unlock forbidden exception', 403, 'Unlocking is refused for this user.'],
  ['E0000033', 'Search request exception', 400, 'A search query and a filter were sent together, which is not allowed.'],
  ['E0000034', 'Forgot password not allowed exception', 403, 'Self-service password recovery is not allowed for this user.'],
  ['E0000035', 'Change password not allowed exception', 403, 'This user may not change their password (policy or external mastering).'],
  ['E0000036', 'Change recovery question not allowed exception', 403, 'This user may not change their recovery question.'],
  ['E0000037', 'Type mismatch exception', 400, 'A value has the wrong type for its field.'],
  ['E0000038', 'User operation forbidden exception', 403, 'The operation is not allowed while the user is in their current status.'],
  ['E0000039', 'Change app instance failed exception', 403, 'Changing the application settings failed.'],
  ['E0000040', 'Duplicate instance label exception', 400, 'Another application already uses this label.'],
  ['E0000041', 'Password option argument exception', 400, 'The app\'s sign-on scheme does not take credentials, so setting them fails.'],
  ['E0000042', 'Set redirect url failed exception', 403, 'Setting the error-page redirect URL failed.'],
  ['E0000043', 'Self assign org apps not enabled exception', 403, 'Self-service app assignment is turned off.'],
  ['E0000044', 'Self assign not supported exception', 403, 'Self-service assignment is not supported for this app.'],
  ['E0000045', 'Field mapping API exception', 400, 'The profile mapping request is invalid.'],
  ['E0000046', 'Deactivate app user forbidden exception', 403, 'Removing this app from the user is not allowed.'],
  ['E0000047', 'Too many requests exception', 429, 'The rate limit for this endpoint or org was exceeded.'],
  ['E0000048', 'OPP entity not found exception', 404, 'Provisioning: the entity was not found.'],
  ['E0000049', 'OPP invalid SCIM data from SCIM implementation exception', 500, 'Provisioning: the SCIM server sent data Okta could not use.'],
  ['E0000050', 'OPP invalid SCIM data from client exception', 400, 'Provisioning: the SCIM data sent to Okta is invalid.'],
  ['E0000051', 'OPP no response from SCIM implementation exception', 500, 'Provisioning: the SCIM server did not answer.'],
  ['E0000052', 'OPP endpoint not implemented exception', 501, 'Provisioning: the SCIM server does not implement this endpoint.'],
  ['E0000053', 'OPP invalid SCIM filter', 400, 'Provisioning: the SCIM filter is invalid.'],
  ['E0000054', 'OPP invalid pagination properties', 400, 'Provisioning: the SCIM paging values are invalid.'],
  ['E0000055', 'OPP duplicate group', 409, 'Provisioning: the group already exists.'],
  ['E0000056', 'Delete app instance forbidden exception', 403, 'This application may not be deleted.'],
  ['E0000057', 'Policy deny exception', 403, 'A sign-on or access policy denied access to the application.'],
  ['E0000058', 'Policy factor required exception', 403, 'A policy requires multifactor authentication for this application.'],
  ['E0000059', 'OPP connector settings test failure', 400, 'Provisioning: testing the connector settings failed.'],
  ['E0000060', 'Unsupported operation', 501, 'The operation is not supported.'],
  ['E0000061', 'Tab exception', 403, 'A tab operation failed.'],
  ['E0000062', 'Duplicate app assignment', 409, 'This user already has an assignment to the app.'],
  ['E0000063', 'Invalid parameter combination exception', 400, 'These parameters cannot be used together.'],
  ['E0000064', 'Password expired exception', 401, 'Sign-in stops until the user picks a new password: the current one has expired.'],
  ['E0000065', 'App metadata internal server exception', 500, 'Okta failed while processing app metadata.'],
  ['E0000066', 'Mim apns not configured exception', 400, 'Apple push notifications are not configured for mobile management.'],
  ['E0000067', 'Factor service timeout exception', 504, 'The factor (MFA) service timed out.'],
  ['E0000068', 'Factor invalid code exception', 403, 'The MFA passcode or answer was wrong.'],
  ['E0000069', 'Factor user locked exception', 403, 'The user is locked out, typically after too many failed MFA attempts.'],
  ['E0000070', 'Factor waiting for ack exception', 202, 'The factor is waiting for the user to acknowledge (e.g. approve a push).'],
  ['E0000071', 'Mim unsupported version exception', 400, 'The device operating system version is not supported.'],
  ['E0000072', 'Mim enrollment disallowed exception', 403, 'Mobile management policy does not allow this user to enroll.'],
  ['E0000073', 'Factor user rejected code exception', 403, 'The user rejected the MFA request.'],
  ['E0000074', 'Factor service exception', 400, 'The factor (MFA) service reported an error.'],
  ['E0000075', 'App user profile push constraint exception', 403, 'A mapped attribute with profile push on can only be changed at its source.'],
  ['E0000076', 'App user profile mastering constraint exception', 405, 'An external app masters this app user; edit it there.'],
  ['E0000077', 'Read only attribute exception', 403, 'The attribute is read-only.'],
  ['E0000078', 'Immutable attribute exception', 403, 'The attribute cannot be changed once set.'],
  ['E0000079', 'Illegal auth state exception', 403, 'The step is not allowed in the current state of the authentication transaction.'],
  ['E0000080', 'Password policy violation exception', 403, 'The new password does not meet the password policy.'],
  ['E0000081', 'System scope attribute exception', 403, 'The attribute is reserved for this application and cannot be changed.'],
  ['E0000082', 'Factor passcode replayed exception', 403, 'The MFA passcode was already used; each code works once.'],
  ['E0000083', 'Factor time window exceeded exception', 403, 'The MFA passcode was correct but arrived too late for its time window.'],
  ['E0000084', 'App evaluation exception', 403, 'Evaluating the application failed.'],
  ['E0000085', 'Sign on denied exception', 403, 'Sign-on is denied for this account at this time.'],
  ['E0000086', 'Policy activation exception', 403, 'Okta refused to activate the policy.'],
  ['E0000087', 'Invalid recovery answer exception', 403, 'The recovery question answer was wrong.'],
  ['E0000088', 'Org Creator API subdomain already exists exception', 400, 'Org creation: the subdomain is taken.'],
  ['E0000089', 'Org Creator API name validation exception', 400, 'Org creation: the name is not valid.'],
  ['E0000090', 'Duplicate role assignment exception', 409, 'The user already has this admin role.'],
  ['E0000091', 'Illegal role assignment exception', 400, 'The role type does not match the one required.'],
  ['E0000092', 'Policy allow with conditions exception', 403, 'A policy requires the user to authenticate again for this application.'],
  ['E0000093', 'Too many target records exception', 400, 'Too many targets were given.'],
  ['E0000094', 'Complex filter exception', 400, 'The filter expression is not supported.'],
  ['E0000095', 'Recovery forbidden for unknown user exception', 403, 'Account recovery was asked for a user Okta does not know.'],
  ['E0000096', 'Idp certificate conflict exception', 409, 'The certificate\'s key id (`kid`) is already on file.'],
  ['E0000097', 'Mobile phone not verified exception', 403, 'The user has no verified phone number.'],
  ['E0000098', 'Phone number parse exception', 400, 'The phone number could not be parsed.'],
  ['E0000099', 'International SMS call not enabled exception', 403, 'Calls or texts to this country are not enabled for the org.'],
  ['E0000100', 'Search not available exception', 503, 'Search is temporarily unavailable.'],
  ['E0000101', 'Invalid hosted mobile app', 400, 'The uploaded mobile app binary has a problem.'],
  ['E0000102', 'Invalid yubikey state exception', 403, 'A YubiKey still assigned to a user cannot be deleted.'],
  ['E0000103', 'OEM command already queued', 403, 'The device already has a pending or running command.'],
  ['E0000104', 'OEM device already locked', 403, 'The device is already locked.'],
  ['E0000105', 'Invalid or expired recovery token', 403, 'The recovery link is too old or has been used before.'],
  ['E0000107', 'Transition state exception', 403, 'The requested state change does not start from the object\'s current state.'],
  ['E0000108', 'OEM generic duplicate resource', 409, 'The device-management resource already exists.'],
  ['E0000109', 'SMS too many requests exception', 429, 'An SMS was sent moments ago; wait before asking for another.'],
  ['E0000110', 'Invalid or expired transaction token', 403, 'The link (activation, recovery, transaction) is stale or already consumed.'],
  ['E0000111', 'Read only object exception', 403, 'The object is read-only.'],
  ['E0000112', 'Update activating user exception', 409, 'Updates are refused while the user\'s activation is still in progress.'],
  ['E0000113', 'Factor additional challenge exception', 409, 'The factor needs an additional challenge.'],
  ['E0000115', 'Hosted mobile app service exception', 503, 'Uploading the mobile app binary failed on Okta\'s side.'],
  ['E0000116', 'Hosted mobile app upload exception', 400, 'The mobile app binary upload was rejected.'],
  ['E0000117', 'Inactive user forbidden exception', 403, 'The user is inactive, so app assignments and app profile changes are refused.'],
  ['E0000118', 'Email too many requests exception', 429, 'An email was sent moments ago; wait before asking for another.'],
  ['E0000119', 'User locked recovery exception', 403, 'The account is locked and recovery needs an administrator.'],
  ['E0000120', 'Org Creator API custom domain validation exception', 400, 'Org creation: the custom domain is used by another org.'],
  ['E0000121', 'Invalid phone extension', 400, 'The phone extension is not valid.'],
  ['E0000122', 'Media type not accepted exception', 406, 'The `Accept` header does not include `application/json`.'],
  ['E0000123', 'Enum mismatch exception', 400, 'The schema\'s `enum` and `oneOf` values do not match.'],
  ['E0000124', 'Expire on create requires password exception', 400, 'Creating a user with an expired password needs a password in the request.'],
  ['E0000125', 'Expire on create requires activation exception', 400, 'Creating a user with an expired password needs `activate=true`.'],
  ['E0000126', 'Self service not supported exception', 400, 'The org\'s current settings do not allow this self-service action.'],
  ['E0000127', 'Linked object definition exception', 409, 'The linked object definition is not valid.'],
  ['E0000131', 'Feature validation exception', 400, 'The feature request failed validation.'],
  ['E0000132', 'Client registration already active exception', 400, 'This user, client and device combination is already registered.'],
  ['E0000133', 'Phone call too many requests exception', 429, 'A voice call was made moments ago; wait before asking for another.'],
  ['E0000134', 'Callback execution exception', 502, 'Okta could not talk to an inline hook correctly.'],
  ['E0000135', 'Callback error', 400, 'An inline hook answered with an error.'],
  ['E0000136', 'Mobile phone conflict exception', 409, 'The mobile phone conflicts with an existing one.'],
  ['E0000137', 'Callback timeout', 504, 'An inline hook did not answer in time.'],
  ['E0000138', 'Telephony internal error', 500, 'The call or SMS provider failed internally.'],
  ['E0000139', 'Telephony provider error', 503, 'The call or SMS provider reported an error.'],
  ['E0000140', 'Telephony opt out error', 400, 'The phone number has opted out of messages.'],
  ['E0000141', 'Feature update error', 400, 'The feature cannot be switched because of dependent features.'],
  ['E0000142', 'Delete user type exception', 403, 'Deleting this user type is not allowed (for example the default type).'],
  ['E0000143', 'App instance operation not allowed exception', 403, 'The operation is not allowed on this app instance.'],
  ['E0000145', 'User entity conversion type error', 409, 'Some users could not be read because the schema changed under their stored profiles.'],
  ['E0000146', 'SMS roadblock exception', 429, 'The org hit its daily SMS limit.'],
  ['E0000147', 'Call roadblock exception', 429, 'The org hit its daily voice-call limit.'],
  ['E0000148', 'Policy violation exception', 403, 'The authenticator is used by a policy, so it cannot be changed or turned off.'],
  ['E0000149', 'HTTP request not acceptable', 406, 'The HTTP request is not acceptable.'],
  ['E0000150', 'SMS rate limit exception', 403, 'Too many SMS requests; try again later.'],
  ['E0000151', 'Call rate limit exception', 403, 'Too many voice-call requests; try again later.'],
  ['E0000152', 'Illegal device status exception', 403, 'The device status does not allow this action.'],
  ['E0000153', 'Invalid device id exception', 410, 'The device no longer exists.'],
  ['E0000154', 'Invalid factor id exception', 410, 'The factor is not active.'],
  ['E0000155', 'User not active exception', 423, 'The user is not active.'],
  ['E0000156', 'Invalid user id exception', 410, 'The user does not exist or was deleted.'],
  ['E0000157', 'Authenticator already exists exception', 409, 'An active authenticator already uses this key.'],
  ['E0000158', 'Non user verification compliance enrollment exception', 400, 'The enrollment needs user verification (e.g. biometrics or PIN).'],
  ['E0000159', 'Non fips compliance okta verify enrollment exception', 400, 'The enrollment needs a FIPS-compliant device.'],
  ['E0000161', 'Domain already exists exception', 403, 'The domain name is already in use.'],
  ['E0000162', 'Domain limit exception', 403, 'The org has reached its custom domain limit.'],
  ['E0000163', 'Domain not found exception', 404, 'The domain id does not exist.'],
  ['E0000165', 'Domain not verified exception', 403, 'The domain is not verified yet.'],
  ['E0000166', 'Captcha limit exception', 403, 'Only one CAPTCHA instance is allowed per org.'],
  ['E0000167', 'Deactivate idp in use exception', 403, 'The identity provider is in use and cannot be deactivated.'],
  ['E0000168', 'Captcha associated with org exception', 403, 'The CAPTCHA is used by org-wide settings and cannot be removed.'],
  ['E0000170', 'Org Creator API subdomain reserved exception', 400, 'Org creation: the subdomain is a reserved value.'],
  ['E0000171', 'Org Creator API subdomain locked exception', 400, 'Org creation: another request is using the subdomain.'],
  ['E0000172', 'Org Creator API subdomain name too long exception', 400, 'Org creation: the subdomain is too long.'],
  ['E0000174', 'Device condition dependency exception', 403, 'Okta FastPass cannot be turned off while sign-on policies use device conditions.'],
  ['E0000176', 'Log streaming create failed', 400, 'Creating the log streaming source failed.'],
  ['E0000177', 'Log streaming delete failed', 400, 'Deleting the log streaming source failed.'],
  ['E0000178', 'Cannot delete realm exception', 400, 'The realm cannot be deleted.'],
  ['E0000179', 'Externally sourced attribute exception', 400, 'A required attribute is sourced externally, so Okta cannot set it.'],
  ['E0000180', 'Suspended factor exception', 423, 'The factor is not active.'],
  ['E0000181', 'Dns challenge not found exception', 503, 'The DNS challenge was not found; the service is temporarily unavailable.'],
  ['E0000182', 'Email customization default already exists exception', 409, 'A default email template customization already exists.'],
  ['E0000183', 'Email customization language already exists exception', 409, 'An email customization for this language already exists.'],
  ['E0000184', 'Email customization cannot delete default exception', 409, 'Deleting the default email customization is not allowed.'],
  ['E0000185', 'Email customization cannot clear default exception', 409, 'The default email customization must stay the default.'],
  ['E0000186', 'SMS free org roadblock exception', 429, 'A free-tier org hit its monthly SMS limit.'],
  ['E0000187', 'Push provider dependency exception', 409, 'The push provider is used by a custom authenticator and cannot be deleted.'],
  ['E0000188', 'Domain update conflict exception', 409, 'The domain update conflicts with another change.'],
  ['E0000189', 'Email template invalid recipients exception', 422, 'The recipients value is not valid for this email template.'],
  ['E0000190', 'Delete ldap interface forbidden exception', 403, 'The LDAP interface instance cannot be deleted.'],
  ['E0000191', 'Transaction not found exception', 404, 'The verification transaction timed out or is unknown.'],
  ['E0000192', 'Assign admin privilege to group with rules exception', 400, 'Groups driven by membership rules may not hold admin roles.'],
  ['E0000193', 'Group member count exceeds limit exception', 400, 'Admin roles can only be given to groups up to the size limit.'],
  ['E0000194', 'Non applicable group type exception', 400, 'Only Okta-, AD- or LDAP-sourced groups may hold admin roles.'],
  ['E0000195', 'API conflict exception', 409, 'The request failed validation because it conflicts with existing state.'],
  ['E0000197', 'Email domain already exists exception', 409, 'The email domain name is already used.'],
  ['E0000198', 'Email domain not found exception', 404, 'The email domain does not exist.'],
  ['E0000200', 'Brand cannot delete default exception', 409, 'Deleting the default brand is not allowed.'],
  ['E0000201', 'Brand cannot delete already assigned exception', 409, 'The brand is still linked to a custom or email domain, so it cannot be removed.'],
  ['E0000202', 'Brand name already exist exception', 409, 'A brand with this name exists.'],
  ['E0000203', 'Brand domain mapping failure exception', 409, 'The domain could not be linked to the brand.'],
  ['E0000204', 'SMS rate limit exception 429', 429, 'Too many SMS requests; try again later.'],
  ['E0000205', 'Call rate limit exception 429', 429, 'Too many voice-call requests; try again later.'],
  ['E0000207', 'Incorrect username or password exception', 401, 'The username or password is wrong.'],
  ['E0000208', 'Access token bad request exception', 400, 'Getting an access token failed because the request was invalid.'],
  ['E0000209', 'Aaguid group violation exception', 400, 'The authenticator group is used by an enrollment policy and cannot be changed.'],
  ['E0000211', 'Built in groups type exception', 400, 'Built-in groups (such as Everyone) may not hold admin roles.'],
  ['E0000212', 'Invalid origin header exception', 403, 'The request\'s `Origin` is not trusted by the org.'],
  ['E0000213', 'Cannot update page content for default brand exception', 403, 'The default brand\'s page content is fixed; create another brand to customize it.'],
  ['E0000214', 'User has no enrollments that are ciba enabled', 400, 'The user has no authenticator enrollment that supports CIBA.'],
  ['E0000215', 'API endpoint no longer available', 410, 'The endpoint was deprecated and removed.'],
  ['E0000216', 'Email domain in use with mail provider', 400, 'The email domain cannot be deleted because of mail provider restrictions.'],
  ['E0000217', 'Email domain invalid status exception', 400, 'The email domain cannot be validated in its current status.'],
  ['E0000218', 'Email domain validation exception', 400, 'The mail provider could not verify the email domain.'],
  ['E0000219', 'Phishing resistance policy error', 403, 'The change would leave no phishing-resistant authenticator while a policy requires one.'],
  ['E0000220', 'Brand limit exception', 403, 'The org has reached its brand limit.'],
  ['E0000221', 'Realm limit exceeded exception', 403, 'The org has reached its realm limit.'],
  ['E0000222', 'Email server already enabled exception', 400, 'A custom SMTP server is already enabled; only one may be active.'],
  ['E0000223', 'Email server connection failed exception', 400, 'Okta could not connect to the SMTP server.'],
  ['E0000224', 'Email server auth failed exception', 400, 'Okta could not authenticate to the SMTP server.'],
  ['E0000225', 'Email server max enrolled exception', 400, 'The org has reached its SMTP server limit.'],
];

const details: Record<string, OktaDetail> = {
  E0000001: {
    causes: [
      'A required property is missing or has the wrong format (e.g. `login` is not an email address).',
      'The operation does not fit the object\'s state, e.g. suspending a user who is not active.',
      'A value breaks a uniqueness rule, such as a `login` that already exists.',
    ],
    fixes: [
      'Read `errorCauses[].errorSummary`: each entry names a property and what is wrong with it.',
      'Check the object\'s current status before state-changing calls.',
    ],
  },
  E0000003: {
    causes: ['The JSON body is malformed: trailing comma, unquoted key, wrong encoding.', 'The body was sent without `Content-Type: application/json`.'],
    fixes: ['Validate the JSON and send it with `Content-Type: application/json`.'],
  },
  E0000004: {
    causes: [
      'Wrong username or password at `/api/v1/authn` or in the Sign-In Widget.',
      'The user is locked out, suspended or not yet activated (Okta keeps the answer vague on purpose).',
      'Delegated authentication (AD/LDAP) rejected the credentials.',
    ],
    fixes: [
      'Check the credentials and the user\'s status in the Admin Console.',
      'Look at the System Log for the sign-in event: it gives the real reason.',
    ],
  },
  E0000005: {
    causes: ['The session token or session cookie expired or was already used.', 'The session belongs to another org or was ended by sign-out.'],
    fixes: ['Authenticate again to get a new session.', 'Exchange a `sessionToken` immediately; it is single use and short lived.'],
  },
  E0000006: {
    causes: [
      'The API token\'s admin lacks the role for this operation.',
      'An OAuth access token for the Okta API lacks the needed `okta.*` scope, or the service app was not granted it.',
      'The target user or group is outside the admin\'s resource set.',
    ],
    fixes: [
      'Give the admin (or service app) the required role.',
      'Grant the `okta.*` scope to the app in Okta API Scopes and request it in the token.',
    ],
  },
  E0000007: {
    causes: ['The id in the URL is wrong, deleted, or from another org.', 'The user id was given where a login is expected (or the reverse) and no match exists.'],
    fixes: ['Check the id and the org URL; list the objects to find the right id.'],
  },
  E0000011: {
    causes: [
      'The API token (`SSWS …`) was revoked, expired after 30 days of non-use, or belongs to a deactivated admin.',
      'An OAuth access token for the Okta API is expired, or was issued by a custom authorization server instead of the org authorization server.',
      'The header is wrong: `Bearer` used with an API token, or `SSWS` with an access token.',
    ],
    fixes: [
      'Create a new API token, or fetch a fresh access token from the org authorization server (`/oauth2/v1/token`).',
      'Use `Authorization: SSWS <api token>` or `Authorization: Bearer <access token>` accordingly.',
    ],
  },
  E0000014: {
    causes: ['The new password fails the password policy or matches a recent one.', 'The old password or recovery answer given was wrong.'],
    fixes: ['Read `errorCauses` for the rule that failed and choose a different password.'],
  },
  E0000015: {
    causes: ['The feature (e.g. a specific API or authenticator) is not included in the org\'s plan or not switched on.'],
    fixes: ['Enable the feature in the Admin Console, or ask Okta support to turn it on for the org.'],
  },
  E0000022: {
    causes: ['Using GET where POST is required (or the reverse), or a DELETE on a resource that does not support it.'],
    fixes: ['Check the method in the endpoint reference.'],
  },
  E0000038: {
    causes: ['The user\'s status (STAGED, PROVISIONED, SUSPENDED, DEPROVISIONED, LOCKED_OUT) does not allow the operation.'],
    fixes: ['Move the user into a status that allows it first, e.g. activate or unsuspend.'],
  },
  E0000047: {
    causes: [
      'Too many calls to one endpoint within the minute (per org, per app or per token).',
      'A loop or retry storm, or many parallel workers sharing one API token.',
    ],
    fixes: [
      'Wait until the epoch time in `X-Rate-Limit-Reset`, then retry with backoff.',
      'Watch `X-Rate-Limit-Remaining` and slow down before reaching zero.',
      'Cache results and spread bulk jobs over time.',
    ],
  },
  E0000057: {
    causes: ['An app sign-on or authentication policy rule denies this user, group, network zone or device.'],
    fixes: ['Check the application\'s authentication policy rules and the System Log entry for the rule that matched.'],
  },
  E0000064: {
    causes: ['The password reached its maximum age under the password policy, or an admin expired it.'],
    fixes: ['Let the user change the password (the authn transaction moves to `PASSWORD_EXPIRED`), or reset it as an admin.'],
  },
  E0000068: {
    causes: ['The user typed a wrong or old MFA code.', 'The device clock of a TOTP app is off.'],
    fixes: ['Let the user try again with a fresh code.', 'Ask the user to sync the authenticator app\'s time.'],
  },
  E0000069: {
    causes: ['Too many failed MFA verifications locked the user out.'],
    fixes: ['Wait for the automatic unlock period, or unlock the user as an admin.'],
  },
  E0000079: {
    causes: [
      'A step of the authentication transaction was called out of order, or on a transaction that already finished.',
      'The `stateToken` expired.',
    ],
    fixes: ['Follow the `status` and `_links.next` in the last response; start a new transaction if the state token expired.'],
  },
  E0000080: {
    causes: ['The password is too short, lacks required character kinds, contains parts of the username, or is in recent history.'],
    fixes: ['Show the user the policy\'s rules and let them choose again.'],
  },
  E0000081: {
    causes: ['The attribute is reserved by the app (system scope), e.g. a mapped username field.'],
    fixes: ['Change the attribute in the source system or the profile mapping instead.'],
  },
  E0000085: {
    causes: ['A global session policy or sign-on rule blocks this user now (time, network zone, risk).'],
    fixes: ['Check the global session policy and the System Log event for the rule that denied sign-on.'],
  },
  E0000105: {
    causes: ['The recovery link was older than its lifetime or had already been clicked.'],
    fixes: ['Start password recovery again to get a new link.'],
  },
  E0000110: {
    causes: ['An activation or recovery link was used twice or after it expired.'],
    fixes: ['Request a new link.'],
  },
  E0000119: {
    causes: ['The account is locked and self-service unlock is not available.'],
    fixes: ['Ask an administrator to unlock the account.'],
  },
  E0000009: {
    causes: ['A failure inside Okta while handling the request.', 'Occasionally a request shape Okta does not handle well (very large bodies or filters).'],
    fixes: ['Retry once after a short wait.', 'If it repeats, open a support case with the `errorId` from the response.'],
  },
  E0000010: {
    causes: ['The org is in a maintenance window or a failover, during which it only serves reads.'],
    fixes: ['Retry writes later; check status.okta.com for maintenance.'],
  },
  E0000013: {
    causes: ['The client application id in the request is unknown or not valid for this call.'],
    fixes: ['Check the app id (starts with `0oa`) against Applications in the Admin Console.'],
  },
  E0000017: {
    causes: ['The user\'s status does not allow a reset (e.g. not active), or the reset method is not available.'],
    fixes: ['Check the user\'s status and the password policy\'s recovery settings.'],
  },
  E0000058: {
    causes: ['The app\'s sign-on or authentication policy requires MFA and the session has none.'],
    fixes: ['Complete the factor challenge, or enroll the user in a factor the policy accepts.'],
  },
  E0000062: {
    causes: ['Assigning a user to an app they are already assigned to (directly or through a group).'],
    fixes: ['Treat it as success, or check the existing assignment before assigning.'],
  },
  E0000082: {
    causes: ['The same TOTP or SMS code was submitted twice, e.g. by a double click or a retry.'],
    fixes: ['Wait for the next code and submit it once.'],
  },
  E0000095: {
    causes: ['Self-service recovery was requested for a username Okta does not know.'],
    fixes: ['Check the username; Okta does not reveal whether users exist, so treat it like a normal "check your email" response.'],
  },
  E0000109: {
    causes: ['Another SMS was requested within 30 seconds of the previous one.'],
    fixes: ['Wait at least 30 seconds before resending; disable the resend button meanwhile.'],
  },
  E0000134: {
    causes: ['Your inline hook endpoint is unreachable, answered with an error, or returned a body Okta cannot parse.'],
    fixes: ['Check the hook endpoint\'s logs and make it answer with the documented JSON within the time limit.'],
  },
  E0000135: {
    causes: ['Your inline hook deliberately returned an error object.'],
    fixes: ['Read the hook\'s own error in `errorCauses`, and fix the data or the hook logic.'],
  },
  E0000137: {
    causes: ['The inline hook took longer than Okta\'s timeout (a few seconds) to answer.'],
    fixes: ['Make the hook faster (move slow work out of the request) or return early.'],
  },
  E0000155: {
    causes: ['The user is STAGED, PROVISIONED, SUSPENDED or DEPROVISIONED, not ACTIVE.'],
    fixes: ['Activate or unsuspend the user first.'],
  },
  E0000207: {
    causes: ['The username or password is wrong (newer endpoints use this code instead of E0000004).'],
    fixes: ['Check the credentials; look in the System Log for lockout or status problems.'],
  },
  E0000212: {
    causes: ['The browser request comes from an origin that is not a Trusted Origin for CORS or redirect in the org.'],
    fixes: ['Add the app\'s origin under Security → API → Trusted Origins.'],
  },
};

function fromRow([code, title, status, gist]: OktaRow): ErrorEntry {
  const detail = details[code];
  const generic = byStatus[status] ?? byStatus[400];
  return {
    code,
    family: 'okta',
    name: title,
    summary: detail?.summary ?? `${gist} (HTTP ${status})`,
    causes: detail?.causes ?? generic.causes,
    fixes: detail?.fixes ?? generic.fixes,
    links: [oktaLink(code)],
  };
}

const OKTA_OAUTH_ERRORS: ErrorLink = {
  title: 'Okta error codes: OAuth 2.0 and OpenID Connect errors',
  url: OKTA_ERROR_PAGE,
};

/** The OAuth errors Okta's authorization servers send, with Okta-specific causes. */
const oktaOAuthErrors: ErrorEntry[] = [
  {
    code: 'invalid_client',
    family: 'okta',
    name: 'invalid_client',
    summary:
      'Okta could not identify or authenticate the client. For an unknown client id Okta answers in its own shape, `{"errorCode":"invalid_client","errorSummary":"Invalid value for \'client_id\' parameter."}`, not the usual `error` field.',
    causes: [
      'The `client_id` belongs to another Okta org or to another authorization server setup, or the app is deactivated.',
      'The client secret is wrong ("The client secret supplied for a confidential client is invalid").',
      'The app is registered for `client_secret_basic` and the secret was sent in the body, or the reverse.',
    ],
    fixes: [
      'Copy the client id and secret again from Applications → your app → General.',
      'Use the org domain that owns the app, and the authorization server (`/oauth2/default` or `/oauth2/v1`) that the app is set up for.',
      'Make sure the app is active.',
    ],
    links: [OKTA_OAUTH_ERRORS],
    contexts: [
      { where: 'token endpoint, unknown client id', meaning: 'Okta-style body with `errorCode`/`errorSummary` instead of `error`/`error_description`.' },
      { where: 'token endpoint, wrong secret', meaning: 'Standard body, `error=invalid_client`, saying the secret is invalid.' },
    ],
  },
  {
    code: 'access_denied',
    family: 'okta',
    name: 'access_denied',
    summary: 'Okta refused the authorization. Behind it sits one of many internal reasons; the `error_description` says which.',
    causes: [
      'The user is not assigned to the application ("User is not assigned to the client application").',
      'No access policy rule on the authorization server matches this client, grant or user ("Policy evaluation failed for this request").',
      'All or some requested scopes were denied by the policy.',
      'The request comes from a network zone the app does not allow.',
      'The user cancelled a social sign-in.',
    ],
    fixes: [
      'Assign the user (or one of their groups) to the app.',
      'On the authorization server, add an access policy for this client and a rule that allows the grant type and scopes.',
      'Add the scopes to the rule, or stop requesting the denied ones.',
    ],
    links: [OKTA_OAUTH_ERRORS],
  },
  {
    code: 'invalid_scope',
    family: 'okta',
    name: 'invalid_scope',
    summary: 'A requested scope is not defined on the Okta authorization server, or the request had no scope and the server has no default.',
    causes: [
      'A custom scope was requested from the org authorization server, which only knows OIDC and `okta.*` scopes.',
      'No `scope` sent to a custom authorization server without default scopes ("does not have any configured default scopes").',
      'The scope exists but is not allowed for this client.',
    ],
    fixes: [
      'Define the scope on the authorization server (Security → API → your server → Scopes) or mark one as default.',
      'Request custom scopes from a custom authorization server (`/oauth2/<id>/v1/…`).',
    ],
    links: [OKTA_OAUTH_ERRORS],
  },
  {
    code: 'invalid_request',
    family: 'okta',
    name: 'invalid_request',
    summary:
      'Okta rejected the authorization or token request as malformed. A wrong `redirect_uri` is shown on an Okta error page rather than sent back to the app.',
    causes: [
      'The `redirect_uri` is not listed as a Sign-in redirect URI of the app; Okta shows "The \'redirect_uri\' parameter must be a Login redirect URI in the client app settings" with an HTTP 400 page.',
      'PKCE is required for the app and `code_challenge` is missing, or `code_verifier` is missing at /token.',
      'A required parameter such as `state`, `nonce` (for implicit) or `response_type` is missing.',
    ],
    fixes: [
      'Add the exact redirect URI (scheme, host, port, path, trailing slash) under Applications → your app → General → Sign-in redirect URIs.',
      'Send PKCE parameters, or turn off "Require PKCE" only for confidential server-side apps.',
    ],
    links: [OKTA_OAUTH_ERRORS],
    contexts: [
      { where: 'authorization endpoint, unregistered redirect URI', meaning: 'Okta shows its own 400 page and does not redirect; the page links to the app\'s settings.' },
      { where: 'authorization or token endpoint, other problems', meaning: 'Standard `error=invalid_request` with a description naming the parameter.' },
    ],
  },
  {
    code: 'login_required',
    family: 'okta',
    name: 'login_required',
    summary: 'Silent authentication (`prompt=none`) found no Okta session for the user.',
    causes: [
      'The Okta session cookie is absent, expired, or blocked as a third-party cookie in the silent iframe.',
    ],
    fixes: [
      'Fall back to an interactive redirect.',
      'Use refresh tokens, or serve Okta from a custom domain on the same site as the app so its cookie is first-party.',
    ],
    links: [OKTA_OAUTH_ERRORS],
  },
  {
    code: 'unsupported_response_mode',
    family: 'okta',
    name: 'unsupported_response_mode',
    summary: 'Okta does not allow the requested `response_mode` with this response type or app.',
    causes: ['`response_mode=query` with a response type that returns tokens, or a mode the app type does not support.'],
    fixes: ['Use `query` with the code flow, `fragment` or `form_post` when tokens come back directly.'],
    links: [OKTA_OAUTH_ERRORS],
  },
  {
    code: 'user_canceled_request',
    family: 'okta',
    name: 'user_canceled_request',
    summary: 'The user cancelled sign-in at the social or external identity provider Okta sent them to.',
    causes: ['The user pressed Cancel or closed the consent page at the external provider.'],
    fixes: ['Show a "sign-in cancelled" message and let the user start again.'],
    links: [OKTA_OAUTH_ERRORS],
  },
];

export const oktaErrors: readonly ErrorEntry[] = [...rows.map(fromRow), ...oktaOAuthErrors];
