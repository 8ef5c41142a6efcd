import { signedIn } from '../../plugins/policy.ts';

/**
 * Printing: any signed-in user may ask; whether they may read the record is
 * the owning module's read policy, checked when the job is requested and again
 * when it runs (printing.kinds.ts). A job is seen only by the user who started it.
 */
export const printingPolicies = {
  request: signedIn(),
  own: signedIn(),
};
