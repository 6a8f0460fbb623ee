import { FlowError } from './flowError';
import type { FlowStep } from './types';

/** Throws the step's error, or returns its result: for callers that want exceptions (the CLI, tests). */
export function unwrapStep<T>(step: FlowStep<T>): T {
  if (step.status === 'passed' && step.result !== undefined) return step.result;
  const error = new FlowError(step.error?.code ?? 'INTERNAL', step.error?.message ?? `The "${step.title}" step ${step.status}.`, {
    oauth: step.error?.oauth,
    hint: step.error?.hint,
  });
  error.explanations = step.error?.explanations ?? [];
  throw error;
}
