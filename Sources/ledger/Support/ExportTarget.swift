import Foundation

/// Where `ledger export` writes: standard output, or `--out` through a temporary file beside it that
/// is synced and renamed into place once the export is complete (a failed or interrupted export leaves
/// no partial file under the name asked for).
final class ExportTarget {
    // A class: it owns the temporary file's handle until commit or discard.
    let path: String?
    let force: Bool
    private var handle: FileHandle?
    private var buffer = Data()
    private var temp: String? { path.map { $0 + ".partial-\(getpid())" } }

    init(path: String?, force: Bool) {
        self.path = path
        self.force = force
    }

    /// Called once the chain is verified, before the first byte: refuses a path that must not be
    /// replaced, and creates the temporary file.
    func open() throws {
        guard let path, let temp else { return }
        try OutputFile.checkReplaceable(path, force: force)
        handle = try file {
            guard FileManager.default.createFile(atPath: temp, contents: nil) else { throw POSIXError(.EACCES) }
            return try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
        }
    }

    /// Writes a piece of the export.
    func write(_ text: String) throws {
        guard let handle else {
            FileHandleOutput.stdout.write(text)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 {
            try file { try handle.write(contentsOf: buffer) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Flushes standard output, or syncs the temporary file and renames it into place.
    func commit() throws {
        guard let handle, let path, let temp else {
            FileHandleOutput.stdout.flush()
            return
        }
        try file {
            try handle.write(contentsOf: buffer)
            try handle.synchronize()
            guard rename(temp, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }

    /// Closes and removes the temporary file, if it is still there.
    func discard() {
        try? handle?.close()
        handle = nil
        if let temp { unlink(temp) }
    }

    /// Runs a file operation; a failure is one line naming the file and exit code 4.
    private func file<T>(_ operation: () throws -> T) throws -> T {
        do {
            return try operation()
        } catch {
            printError("\(path ?? "-"): cannot write the export: \(error.localizedDescription)")
            throw LedgerExit.ledgerError
        }
    }
}
