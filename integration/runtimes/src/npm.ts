import { execFileSync } from 'node:child_process';

/** Runs npm in `cwd`, quietly; on failure, throws with npm's own explanation (its stderr). */
export function npm(args: string[], cwd: string, doing: string): void {
  try {
    execFileSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], { cwd, stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`${doing} failed (npm ${args.join(' ')} in ${cwd}):\n${stderr}`, { cause: error });
  }
}
