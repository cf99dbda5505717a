/**
 * The fields of `changes` whose values differ from `before`: what an audit row names as
 * changed. A PATCH may resend values as they are, and an edit that keeps a listing's status
 * still passes it along; neither is a change. Values are compared by their JSON form, which
 * covers the arrays, objects and dates these rows hold.
 */
export function changedFields<T extends object>(before: T, changes: Partial<T>): string[] {
  return Object.entries(changes)
    .filter(([key, value]) => {
      if (value === undefined) return false;
      return JSON.stringify(value) !== JSON.stringify(before[key as keyof T] ?? null);
    })
    .map(([key]) => key);
}
