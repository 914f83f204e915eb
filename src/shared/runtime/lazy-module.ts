/**
 * A library required when first used, not at start. Some take a third of a second to load
 * (mjml, exceljs, the EventStoreDB client), which every start paid, and every test file that
 * starts the app, for an export, an email or an adapter most of them never use.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
