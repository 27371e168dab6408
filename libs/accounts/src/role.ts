export enum Role {
  Seeker = 'seeker',
  Admin = 'admin',
}

/** The identity a verified access token carries. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}
