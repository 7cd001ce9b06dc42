/** The retention periods CloudWatch Logs accepts, in days (PutRetentionPolicy); the export rounds other values up to the next one. */
export const RETENTION_DAYS: readonly number[] = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** The retention the export writes for a number of days. */
export function acceptedRetention(days: number): number {
  return RETENTION_DAYS.find((d) => d >= days) ?? 3653;
}
