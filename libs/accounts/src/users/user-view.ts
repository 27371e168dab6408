import { Role } from '../role';
import { User } from '../user.entity';

/** What clients see of a user: never the password hash. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  timezone: string;
  createdAt: string;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timezone: user.timezone,
    createdAt: user.createdAt.toISOString(),
  };
}
