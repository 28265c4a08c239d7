/**
 * The demo's storage: the ports of `asn-kit/ports`, every stage reads and writes through them only.
 */
import type { Stores } from 'asn-kit/ports';
import { createMemoryStores } from 'asn-kit/ports';

/** The stores every stage gets. */
export type DemoStore = Stores;

/** Opens the demo's store. */
export function openDemoStore(_directory: string): { readonly store: DemoStore; readonly describe: string; readonly close: () => void } {
  return { store: createMemoryStores(), describe: 'memory', close: () => undefined };
}
