/**
 * Freezes a constant of the module with every plain object and array inside it, so that nothing a caller receives
 * (a reason's basis, a weekend's name) can change the module's own tables.
 */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}
