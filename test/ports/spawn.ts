/** Child processes for the multi-process tests: each runs a TypeScript file under tsx, as a separate OS process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `node --import tsx <script> ...args` in the repository root. */
export function startChild(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a child to its end and gives its standard output (rejects on a non-zero exit, with its standard error). */
export function runChild(script: string, args: readonly string[]): Promise<string> {
  const child = startChild(script, args);
  let out = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => { if (code === 0) resolve(out); else reject(new Error(`${script} exited with ${String(code)}: ${errors}`)); });
  });
}
