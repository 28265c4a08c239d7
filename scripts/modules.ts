/**
 * The public modules of asn-kit, each published as the subpath `asn-kit/<name>`.
 * tsup and the package-surface test read this list; adding a module is one line here plus its `exports` entry in
 * package.json and its size budget in .size-limit.json (test/package.test.ts fails until all agree).
 */
export const MODULES = ['core', 'employee', 'calendar', 'leave', 'performance', 'competency', 'discipline', 'service-quality', 'ports'] as const;
