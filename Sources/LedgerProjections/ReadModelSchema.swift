import LedgerSchema

/// The read models' part of the one list of migrations (``Schema``): the files in
/// `schema/read-models/`, applied by LedgerStore in their place in the list when a ledger is opened.
public enum ReadModelSchema {
    /// The migrations that shape the read models, their history and checkpoints, in order.
    public static func migrations() throws -> [Schema.Migration] {
        try Schema.migrations(of: .readModels)
    }

    /// The tables the projector writes and a rebuild clears (each created by one of ``migrations()``).
    public static var tables: [String] { ReadModelStore.tables }
}
