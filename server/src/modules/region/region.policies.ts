import { publicAccess } from '../../plugins/policy.ts';

/** Members, cities and bodies are public reference data (the public portal shows them too). */
export const regionPolicies = {
  read: publicAccess,
};
