/** The seed notes (the project's shared/seeds folder) that the rules come from. */
export const SEEDS = {
  /** Course notes: integrations, event sources, destinations, edge, VPC, concurrency, limits, best practices. */
  courseNotes: '000_db391dde7af2290f.txt',
  /** Long-form notes of the same course: sync and async invocation, event source mappings, VPC, limits. */
  longNotes: '001_bfbc46d9f05f8b78.txt',
  /** Summary: limits, VPC and RDS Proxy, destinations, Kinesis scaling, function URLs, deployments. */
  summary: '002_3b683f6099a7196c.txt',
  /** Versions, aliases, environment variables, concurrency, EFS, per-region limits, Lambda@Edge. */
  versionsAndLimits: '003_6a3abae636fbc01e.txt',
  /** Cheat sheet: async retries, stream and queue mappings, execution roles, X-Ray, VPC. */
  cheatSheet: '004_e5d38aed0b34dcad.txt',
} as const;
