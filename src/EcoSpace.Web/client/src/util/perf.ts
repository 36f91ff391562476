/** A User Timing mark `ecospace:<name>` (ms since navigation), for the benchmark's breakdown of start-up. */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`ecospace:${name}`);
}
