/**
 * A value built on first use and kept: for tables derived at module level (word lists in both
 * scripts, regular expressions made from them), so loading a module costs nothing until a
 * function that needs the table runs. The build must be pure: it runs at most once.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
