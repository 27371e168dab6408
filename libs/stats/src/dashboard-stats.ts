/** One UTC day of the dashboard's series. */
export interface DayCounts {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  signups: number;
  applications: number;
  digestsSent: number;
  newPlus: number;
}

/** `GET /v1/admin/stats`: the figures of the admin dashboard. */
export interface DashboardStats {
  users: number;
  plusSubscribers: number;
  /** Plus subscribers × the Plus price, in major units of `currency`. */
  monthlyRecurringRevenue: number;
  currency: string;
  openListings: number;
  /** The last 30 UTC days, oldest first, today last. */
  days: DayCounts[];
}
