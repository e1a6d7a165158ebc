/// Whether the projector fills the read models' plain, readable columns (schema/012) beside their
/// binary records. Always, but in `ledger bench`, which folds the same log once with and once without
/// them to measure what they cost; without them the SQL views show NULL.
public enum ReadableColumnWrites {
    /// True unless a measurement turned them off for the work it runs (`$enabled.withValue(false) { … }`).
    @TaskLocal public static var enabled = true
}
