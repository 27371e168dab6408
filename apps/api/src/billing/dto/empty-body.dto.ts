/** For POSTs that take no input: any field sent is rejected as unknown (400), not ignored. */
export class EmptyBodyDto {}
