// Small statistics for repeated measurements: timings on shared 2-core machines vary, so the benches
// run each figure several times and report the median (and the spread).

/** The median of a list of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `min–max` of a list, for the spread beside a median. */
export function range(values, format = String) {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? '–' : `${format(Math.min(...finite))}–${format(Math.max(...finite))}`;
}
