import { Entitlements, Plan } from '../entitlements/entitlements';
import { Role } from '../role';
import { User } from '../user.entity';

export interface MeView {
  id: string;
  email: string;
  name: string;
  role: Role;
  timezone: string;
  plan: Plan;
  ads: boolean;
  entitlements: Pick<Entitlements, 'alertFrequencies' | 'maxAlerts' | 'featuredResume' | 'customResumeUrl'>;
}

export function toMeView(user: User, entitlements: Entitlements): MeView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timezone: user.timezone,
    plan: entitlements.plan,
    ads: entitlements.ads,
    entitlements: {
      alertFrequencies: entitlements.alertFrequencies,
      maxAlerts: entitlements.maxAlerts,
      featuredResume: entitlements.featuredResume,
      customResumeUrl: entitlements.customResumeUrl,
    },
  };
}
