import { describe, it } from 'node:test';
import { expect } from 'expect';
import { FastifyReply } from 'fastify';
import { allowFormRedirectTo } from './form-redirect-target';

function replyWith(policy: string | undefined) {
  const headers: Record<string, string | undefined> = { 'content-security-policy': policy };
  const reply = {
    getHeader: (name: string) => headers[name],
    header: (name: string, value: string) => ((headers[name] = value), reply),
  };
  return { reply: reply as unknown as FastifyReply, headers };
}

describe('allowFormRedirectTo', () => {
  it("adds the target's origin, and nothing else, to this reply's form-action", () => {
    const { reply, headers } = replyWith("default-src 'self';form-action 'self' https://checkout.stripe.com;frame-ancestors 'none'");
    allowFormRedirectTo(reply, 'https://careers.example:8443/apply?job=1#top');
    expect(headers['content-security-policy']).toBe(
      "default-src 'self';form-action 'self' https://checkout.stripe.com https://careers.example:8443;frame-ancestors 'none'",
    );
  });

  it('leaves a reply without a policy alone', () => {
    const { reply, headers } = replyWith(undefined);
    allowFormRedirectTo(reply, 'https://careers.example/apply');
    expect(headers['content-security-policy']).toBeUndefined();
  });
});
