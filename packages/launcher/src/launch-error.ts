/** A start-up failure whose message is the one line the operator needs to read. */
export class LaunchError extends Error {
  override name = "LaunchError";
}
