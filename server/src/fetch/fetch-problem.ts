/** Why a page could not be read: the user's to fix (`input`) or the remote side's (`unreachable`). */
export class FetchProblem extends Error {
  constructor(
    readonly kind: 'input' | 'unreachable',
    message: string,
  ) {
    super(message);
  }
}
