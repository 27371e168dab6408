/** For GETs that read no query: any parameter sent is rejected as unknown (400), not ignored. */
export class EmptyQueryDto {}
