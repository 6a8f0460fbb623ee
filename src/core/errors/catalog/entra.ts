import type { ErrorEntry } from './types';
import { entraSessionAndFederationErrors } from './entra/sessionAndFederation';
import { entraSignIn50000Errors } from './entra/signIn50000';
import { entraSignIn50100Errors } from './entra/signIn50100';
import { entraPolicyAndConsentErrors } from './entra/policyAndConsent';
import { entraProtocolErrors } from './entra/protocol';
import { entraHybridAndDeviceErrors } from './entra/hybridAndDevices';
import { entraRequestAndEndpointErrors } from './entra/requestAndEndpoints';

/**
 * Every code of Microsoft's public AADSTS table (learn.microsoft.com reference-error-codes), plus
 * frequently seen codes the table leaves out. Split by numeric neighbourhood so each file stays readable.
 */
export const entraErrors: readonly ErrorEntry[] = [
  ...entraSessionAndFederationErrors,
  ...entraSignIn50000Errors,
  ...entraSignIn50100Errors,
  ...entraPolicyAndConsentErrors,
  ...entraProtocolErrors,
  ...entraHybridAndDeviceErrors,
  ...entraRequestAndEndpointErrors,
];
