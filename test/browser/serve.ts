/**
 * A tiny static server for the browser test, on 127.0.0.1 only: `/` is page.html with an import map for asn-kit's
 * runtime dependencies, `/dist/…` the ESM build, `/node_modules/…` the dependencies, `/out/…` the demo's report.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

/** Where a bare specifier of the build resolves to in node_modules (the package's `import` condition). */
function resolveImport(specifier: string): string {
  const parts = specifier.split('/');
  const name = parts[0] ?? '';
  const subpath = parts.length > 1 ? `./${parts.slice(1).join('/')}` : '.';
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    module?: string;
    exports?: Record<string, string | { import?: string | { default?: string } }>;
  };
  const entry = pkg.exports?.[subpath];
  const target = typeof entry === 'string' ? entry : typeof entry?.import === 'string' ? entry.import : entry?.import?.default ?? pkg.module;
  if (target === undefined) throw new Error(`cannot resolve ${specifier}`);
  return `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
}

/** The bare specifiers the ESM build imports (its runtime dependencies), from the built files themselves. */
export function importMap(files: readonly string[]): string {
  const specifiers = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"./][^'"]*)['"]/gm)) specifiers.add(match[1] ?? '');
  const imports = Object.fromEntries([...specifiers].sort().map((specifier) => [specifier, resolveImport(specifier)]));
  return `<script type="importmap">${JSON.stringify({ imports })}</script>`;
}

/** Starts the server; resolves to its base URL and a way to stop it. */
export async function serve(page: string): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const allowed = path === '/' || ['/dist/', '/node_modules/', '/out/'].some((prefix) => path.startsWith(prefix));
    try {
      if (!allowed || path.includes('..')) throw new Error('not served');
      const body = path === '/' ? page : readFileSync(join(ROOT, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${String(port)}`, close: () => new Promise((resolve) => server.close(() => { resolve(); })) };
}
