import { Role } from '@app/accounts';
import { createSession, makePlus, Session, TestEnvironment } from '@app/testing';

/** A seeker on Plus, the way billing records it. */
export async function plusSeeker(env: TestEnvironment, name?: string): Promise<Session> {
  const session = await createSession(env.api, name ? { name } : {});
  await makePlus(env.api.dataSource, session.user.id, env.config);
  return session;
}

export const consultant = (env: TestEnvironment, name: string): Promise<Session> => createSession(env.api, { role: Role.Admin, name });

/** Starts a thread through the API and returns its body (fails the test on anything but 201). */
export async function startThread(seeker: Session, topic: string, message = `About ${topic}: where do I start?`) {
  const response = await seeker.http.post('/v1/me/consultations', { topic, message });
  if (response.status !== 201) throw new Error(`starting "${topic}" answered ${response.status}: ${response.text}`);
  return response.body;
}
