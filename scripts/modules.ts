/**
 * The public modules of asn-kit, each published as the subpath `asn-kit/<name>`.
 * tsup and the package-surface test read these lists; adding a module is one line here plus its `exports` entry in
 * package.json and its size budget in .size-limit.json (test/package.test.ts fails until all agree).
 */
export const MODULES = ['core', 'employee', 'calendar', 'leave', 'performance', 'competency', 'discipline', 'service-quality', 'workplan', 'ports'] as const;

/**
 * Subpaths that are not part of the root export: `asn-kit/testing` is for consumers' test suites (it imports
 * fast-check, an optional peer dependency), and the root must not pull it into an application.
 */
export const SUBPATH_ONLY = ['testing'] as const;

/** Every subpath export: the modules of the root and the subpath-only ones. */
export const SUBPATHS = [...MODULES, ...SUBPATH_ONLY] as const;
