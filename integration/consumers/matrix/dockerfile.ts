import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../harness/consumers.mjs';

// No Docker engine here: a Dockerfile's build steps run as Docker would run them, minus the
// isolation (RUN through `sh -c` with the ARG and ENV values in its environment, in WORKDIR mapped
// under a scratch folder), and what the image would run (CMD, HEALTHCHECK, ENV) comes back for the
// test to start. Only the instructions a service image needs are understood; any other one fails.

type Step =
  | { kind: 'run'; command: string }
  | { kind: 'workdir'; path: string }
  | { kind: 'arg'; name: string; value: string | undefined }
  | { kind: 'env'; values: Record<string, string> };

export interface Dockerfile {
  from: string;
  steps: Step[];
  user: string | undefined;
  expose: number[];
  /** The exec form of CMD. */
  cmd: string[];
  /** The exec form of HEALTHCHECK CMD, if any. */
  healthcheck: string[] | undefined;
}

/** `["a", "b"]` as Docker's exec form: a JSON array of strings. */
function execForm(instruction: string, text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${instruction} must use the exec form (a JSON array), got: ${text}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`${instruction} must be a non-empty JSON array of strings, got: ${text}`);
  }
  return parsed;
}

/** `K=V K2="v 2"`: ENV's key=value form (the legacy `ENV K V` form is refused). */
function envValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const rest = text.replace(/([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"]*)"|(\S*))\s*/g, (_, key: string, quoted?: string, bare?: string) => {
    values[key] = quoted ?? bare ?? '';
    return '';
  });
  if (rest.trim() !== '' || Object.keys(values).length === 0) throw new Error(`ENV must be KEY=value pairs, got: ${text}`);
  return values;
}

/** The instructions of a Dockerfile, in order. Throws on one it does not understand. */
export function parseDockerfile(source: string): Dockerfile {
  const lines = source
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const file: Dockerfile = { from: '', steps: [], user: undefined, expose: [], cmd: [], healthcheck: undefined };
  for (const line of lines) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    switch (keyword.toUpperCase()) {
      case 'FROM':
        file.from = rest;
        break;
      case 'ARG': {
        const [name = '', value] = rest.split(/=(.*)/s);
        file.steps.push({ kind: 'arg', name, value });
        break;
      }
      case 'ENV':
        file.steps.push({ kind: 'env', values: envValues(rest) });
        break;
      case 'WORKDIR':
        file.steps.push({ kind: 'workdir', path: rest });
        break;
      case 'RUN': {
        // A cache mount keeps files out of the image; it changes nothing the command does.
        const command = rest.replace(/^(--mount=type=cache,\S+\s+)+/, '');
        if (command.startsWith('--') || command.startsWith('['))
          throw new Error(`RUN: only the shell form without options other than a cache mount: ${rest}`);
        file.steps.push({ kind: 'run', command });
        break;
      }
      case 'USER':
        file.user = rest;
        break;
      case 'EXPOSE':
        file.expose.push(Number(rest));
        break;
      case 'HEALTHCHECK': {
        const [, command = ''] = /^CMD\s+(.*)$/.exec(rest) ?? [];
        file.healthcheck = execForm('HEALTHCHECK CMD', command);
        break;
      }
      case 'CMD':
        file.cmd = execForm('CMD', rest);
        break;
      default:
        throw new Error(`unsupported Dockerfile instruction: ${line}`);
    }
  }
  if (!file.from || file.cmd.length === 0) throw new Error('a Dockerfile needs FROM and CMD');
  return file;
}

export interface BuiltImage {
  /** WORKDIR, mapped under the scratch folder: where CMD runs. */
  workdir: string;
  /** The image's ENV (ARG values are not kept, as in Docker). */
  env: Record<string, string>;
  cmd: string[];
  healthcheck: string[] | undefined;
}

type Runner = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<RunResult>;

/**
 * Runs the build steps of `file` under `root` (WORKDIR `/app` is `root/app`), with `buildArgs` as
 * `--build-arg` would give them. `files` are the builder's own, put in each WORKDIR (they stand
 * for what a secret mount gives RUN, such as an `.npmrc`).
 */
export async function buildImage(
  file: Dockerfile,
  root: string,
  { run, buildArgs = {}, files = {} }: { run: Runner; buildArgs?: Record<string, string>; files?: Record<string, string> },
): Promise<BuiltImage> {
  let workdir = root;
  const args: Record<string, string> = {};
  const imageEnv: Record<string, string> = {};
  for (const step of file.steps) {
    if (step.kind === 'arg') {
      const value = buildArgs[step.name] ?? step.value;
      if (value !== undefined) args[step.name] = value;
    } else if (step.kind === 'env') {
      Object.assign(imageEnv, step.values);
    } else if (step.kind === 'workdir') {
      workdir = join(root, step.path);
      mkdirSync(workdir, { recursive: true });
      for (const [name, content] of Object.entries(files)) writeFileSync(join(workdir, name), content);
    } else {
      const result = await run('sh', ['-c', step.command], { cwd: workdir, env: { ...args, ...imageEnv } });
      if (result.code !== 0) throw new Error(`RUN ${step.command} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
  }
  return { workdir, env: imageEnv, cmd: file.cmd, healthcheck: file.healthcheck };
}
