/**
 * Lambda managed runtimes with their lifecycle dates (AWS "Lambda runtimes" page, read 2026-11).
 * `deprecation` is the day AWS stops patching the runtime; `blockCreate` and `blockUpdate` are the
 * days on which creating and then updating functions on it is blocked.
 */
export interface RuntimeInfo {
  id: string;
  family: 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'provided';
  label: string;
  deprecation: string;
  blockCreate: string;
  blockUpdate: string;
}

export const RUNTIMES: readonly RuntimeInfo[] = [
  { id: 'nodejs24.x', family: 'nodejs', label: 'Node.js 24', deprecation: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
  { id: 'nodejs22.x', family: 'nodejs', label: 'Node.js 22', deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  { id: 'nodejs20.x', family: 'nodejs', label: 'Node.js 20', deprecation: '2026-04-30', blockCreate: '2026-08-31', blockUpdate: '2026-09-30' },
  { id: 'nodejs18.x', family: 'nodejs', label: 'Node.js 18', deprecation: '2025-09-01', blockCreate: '2026-03-09', blockUpdate: '2026-04-09' },
  { id: 'python3.14', family: 'python', label: 'Python 3.14', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'python3.13', family: 'python', label: 'Python 3.13', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'python3.12', family: 'python', label: 'Python 3.12', deprecation: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10' },
  { id: 'python3.11', family: 'python', label: 'Python 3.11', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'python3.10', family: 'python', label: 'Python 3.10', deprecation: '2026-06-30', blockCreate: '2026-07-31', blockUpdate: '2026-08-31' },
  { id: 'python3.9', family: 'python', label: 'Python 3.9', deprecation: '2025-12-15', blockCreate: '2026-06-01', blockUpdate: '2026-07-01' },
  { id: 'java25', family: 'java', label: 'Java 25', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'java21', family: 'java', label: 'Java 21', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'java17', family: 'java', label: 'Java 17', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'java11', family: 'java', label: 'Java 11', deprecation: '2026-06-30', blockCreate: '2026-07-31', blockUpdate: '2026-08-31' },
  { id: 'java8.al2', family: 'java', label: 'Java 8 (AL2)', deprecation: '2026-06-30', blockCreate: '2026-07-31', blockUpdate: '2026-08-31' },
  { id: 'dotnet10', family: 'dotnet', label: '.NET 10', deprecation: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15' },
  { id: 'dotnet8', family: 'dotnet', label: '.NET 8', deprecation: '2026-11-10', blockCreate: '2026-12-10', blockUpdate: '2027-01-11' },
  { id: 'ruby3.4', family: 'ruby', label: 'Ruby 3.4', deprecation: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31' },
  { id: 'ruby3.3', family: 'ruby', label: 'Ruby 3.3', deprecation: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31' },
  { id: 'ruby3.2', family: 'ruby', label: 'Ruby 3.2', deprecation: '2026-03-31', blockCreate: '2026-06-01', blockUpdate: '2026-07-01' },
  { id: 'provided.al2023', family: 'provided', label: 'OS-only (Amazon Linux 2023)', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'provided.al2', family: 'provided', label: 'OS-only (Amazon Linux 2)', deprecation: '2026-06-30', blockCreate: '2026-07-31', blockUpdate: '2026-08-31' },
];

export const RUNTIME_IDS = RUNTIMES.map((r) => r.id) as [string, ...string[]];

export function runtimeInfo(id: string): RuntimeInfo | undefined {
  return RUNTIMES.find((r) => r.id === id);
}

/** Runtimes still supported on the given day (ISO date), newest first within a family. */
export function supportedRuntimes(today: string): RuntimeInfo[] {
  return RUNTIMES.filter((r) => r.deprecation > today);
}
