import { signedIn } from '../../plugins/policy.ts';

/**
 * The to-do queue and the done list are the signed-in user's own: everyone
 * has them (a role without work to do gets an empty queue), and each reads
 * only what their own grants reach (decided per kind in todo.models.ts).
 */
export const todoPolicies = {
  own: signedIn(),
};
