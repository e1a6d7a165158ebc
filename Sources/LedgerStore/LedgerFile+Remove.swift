import Foundation

extension LedgerFile {
    /// The files SQLite keeps beside a database: its write-ahead log, shared memory and rollback journal.
    public static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// Removes a ledger file and its companions, those that exist. Callers first ``inspect(_:)`` the
    /// path and remove only a ledger their own command made (or one the user named with `--force`).
    /// - Throws: the first file that could not be removed, with the system's reason.
    public static func remove(_ path: String) throws {
        for suffix in [""] + companionSuffixes where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
