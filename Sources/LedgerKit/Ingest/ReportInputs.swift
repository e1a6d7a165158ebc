import Foundation
import LedgerCore
import LedgerExtraction

/// One report read from disk or standard input, with its metadata.
public struct ReportInput: Sendable {
    /// Where it was read from (`-`: standard input).
    public var path: String
    /// Its text, decoded.
    public var text: String
    /// Its bytes as read.
    public var bytes: [UInt8]
    /// Its metadata: content hash, publisher, publication day, source.
    public var meta: ReportMeta
    /// The file a sidecar says this report republishes.
    public var republishes: String?
    /// When a sidecar says it was collected.
    public var recordedAt: String?
}

/// Metadata (and the encoding) given on the command line; applies to every report of the call.
public struct MetadataOverrides: Sendable {
    /// The publication day of every report.
    public var published: Day?
    /// The publisher of every report.
    public var publisher: String?
    /// The source address of every report.
    public var sourceURL: String?
    /// Read the reports in this encoding instead of detecting it (`--encoding`).
    public var encoding: ReportEncoding?

    /// Overrides; with no arguments, none (sidecars and the text decide).
    public init(published: Day? = nil, publisher: String? = nil, sourceURL: String? = nil, encoding: ReportEncoding? = nil) {
        self.published = published
        self.publisher = publisher
        self.sourceURL = sourceURL
        self.encoding = encoding
    }
}

/// The `NAME.meta.json` sidecar beside a report.
public struct Sidecar: Decodable, Sendable {
    /// The publication day, `YYYY-MM-DD`.
    public var published: String?
    /// The publisher.
    public var publisher: String?
    /// The source address.
    public var sourceURL: String?
    /// When the report was collected (ISO 8601).
    public var recordedAt: String?
    /// The file (beside this one) this report republishes.
    public var republishes: String?

    private enum CodingKeys: String, CodingKey {
        case published, publisher
        case sourceURL = "source_url"
        case recordedAt = "recorded_at"
        case republishes
    }
}

/// Finds report files under the paths given and reads them.
public enum ReportInputs {
    /// The file extensions a folder is searched for.
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// Expands folders (recursively, `*.txt`, `*.md`, `*.html`, sorted) and keeps files and `-` as given.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [ReportInputError]) {
        var files: [String] = []
        var errors: [ReportInputError] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(.unreadable(path: path, detail: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                guard let walker = fm.enumerator(atPath: path) else {
                    errors.append(.unreadable(path: path, detail: "folder cannot be listed"))
                    continue
                }
                var found: [String] = []
                while let rel = walker.nextObject() as? String {
                    let url = URL(fileURLWithPath: rel)
                    if url.lastPathComponent.hasPrefix(".") { continue }
                    if extensions.contains(url.pathExtension.lowercased()) {
                        found.append((path as NSString).appendingPathComponent(rel))
                    }
                }
                if found.isEmpty { errors.append(.noReports(path: path)) }
                files.append(contentsOf: found.sorted())
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Reads and decodes one report, with its sidecar metadata and the overrides applied.
    public static func read(_ path: String, overrides: MetadataOverrides, maxBytes: Int) throws -> ReportInput {
        let bytes = try readBytes(path, maxBytes: maxBytes)
        let text = try ReportDecoder.decode(bytes, path: path, maxBytes: maxBytes, encoding: overrides.encoding)
        let sidecar = path == "-" ? nil : try loadSidecar(for: path)
        // The report's identity is its text, not its bytes: the same article saved with CRLF line
        // ends, a byte-order mark or as UTF-16 is one report (the bytes' own hash is kept beside).
        let identity = EventHash.sha256Hex(Array(ReportIdentity.normalized(text).utf8))
        let raw = EventHash.sha256Hex(bytes)
        var meta = ReportMeta(contentHash: identity, source: path, rawHash: raw == identity ? nil : raw)
        meta.published = overrides.published ?? sidecar?.published.flatMap { Day(iso: $0) }
        meta.publisher = overrides.publisher ?? sidecar?.publisher
        meta.sourceURL = overrides.sourceURL ?? sidecar?.sourceURL
        return ReportInput(
            path: path, text: text, bytes: bytes, meta: meta, republishes: sidecar?.republishes,
            recordedAt: sidecar?.recordedAt.flatMap { Timestamp.parse($0) })
    }

    /// The bytes of `path` (`-`: standard input), refusing a folder, a special file or more than `maxBytes`.
    public static func readBytes(_ path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" { return try readStandardInput(maxBytes: maxBytes) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ReportInputError.unreadable(path: path, detail: "no such file")
        }
        if isDir.boolValue { throw ReportInputError.notAFile(path: path, what: "a folder") }
        // A symbolic link is read as the file it points to (an archive of links into a store of
        // originals is common): `attributesOfItem` describes a link itself, not its target.
        let attrs = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        if let type = attrs?[.type] as? FileAttributeType, type != .typeRegular {
            throw ReportInputError.notAFile(path: path, what: "a fifo, device or socket, not a regular file")
        }
        if let size = attrs?[.size] as? Int, size > maxBytes {
            throw ReportInputError.tooLarge(path: path, bytes: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReportInputError.unreadable(path: path, detail: "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw ReportInputError.unreadable(path: path, detail: error.localizedDescription)
        }
    }

    /// Reads standard input, refusing it once it is past `maxBytes` without holding more than that:
    /// the rest is only counted (up to 1 GiB), for the message.
    public static func readStandardInput(maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReportInputError.unreadable(path: "-", detail: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
            if total <= maxBytes {
                bytes.append(contentsOf: chunk[0..<n])
            } else {
                bytes = []
                if total > 1 << 30 { break }
            }
        }
        if total > maxBytes { throw ReportInputError.tooLarge(path: "-", bytes: total, limit: maxBytes) }
        return bytes
    }

    /// `NAME.meta.json` or `NAME.txt.meta.json` beside the report.
    public static func loadSidecar(for path: String) throws -> Sidecar? {
        let base = (path as NSString).deletingPathExtension
        for candidate in [base + ".meta.json", path + ".meta.json"] {
            guard let data = FileManager.default.contents(atPath: candidate) else { continue }
            let sidecar: Sidecar
            do {
                sidecar = try JSONDecoder().decode(Sidecar.self, from: data)
            } catch {
                throw ReportInputError.unreadable(path: candidate, detail: "sidecar is not valid metadata JSON (\(error))")
            }
            // A date that cannot be read is an error, never a report with no date (or today's).
            if let p = sidecar.published, Day(iso: p) == nil {
                throw ReportInputError.unreadable(
                    path: candidate, detail: "\"published\" must be a date as YYYY-MM-DD, not '\(p)'; fix the sidecar")
            }
            return sidecar
        }
        return nil
    }
}
