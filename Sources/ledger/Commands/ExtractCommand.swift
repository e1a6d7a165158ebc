import ArgumentParser
import LedgerCore
import LedgerKit
import LedgerExport
import LedgerExtraction

/// `ledger extract`: print the claims of reports without touching a ledger.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the claims found in reports, without touching a ledger.",
        discussion: """
            Reads each FILE (or - for standard input) and prints every figure it states: measure, value, \
            qualifier, kind, role and parent, category, place, period or event date, who states it, and the \
            span of text it came from (offsets count Unicode code points in the original text).

            Relative dates ("yesterday", "since the start of the month") are resolved against the \
            publication date, taken from --published or from a NAME.meta.json sidecar beside the file.

            Examples:
              ledger extract report.txt
              ledger extract --format jsonl --published 2023-06-10 reports/*.txt > claims.jsonl
            """
    )

    @Argument(help: "Report files, or - for standard input.")
    var files: [String]

    @Option(name: .long, help: "Output format: jsonl (default), json, table or csv.")
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp("Publication date for every file (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(name: .long, help: "Publisher for every file.")
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("Largest report accepted, in bytes.", valueName: "bytes"))
    var maxBytes: Int = ReportDecoder.defaultMaxBytes

    @Option(name: .long, help: ArgumentHelp(
        "Read every report in this encoding instead of detecting it: utf-8, utf-16le, utf-16be or cp1256 (Windows Arabic).",
        valueName: "name"))
    var encoding: String?

    func validate() throws {
        if let encoding, ReportEncoding(name: encoding) == nil {
            throw ValidationError("--encoding must be utf-8, utf-16le, utf-16be or cp1256, not '\(encoding)'")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published must be a date as YYYY-MM-DD, not '\(published)'")
        }
    }

    func run() throws {
        let overrides = MetadataOverrides(
            published: published.flatMap { Day(iso: $0) }, publisher: publisher, encoding: encoding.flatMap(ReportEncoding.init(name:)))
        let extractor = Extractor()
        let (files, expandErrors) = ReportInputs.expand(files)
        var failed = !expandErrors.isEmpty
        for error in expandErrors { printError(error.description) }
        var records: [ExtractedClaimRecord] = []
        for path in files {
            do {
                let input = try ReportInputs.read(path, overrides: overrides, maxBytes: maxBytes)
                let extraction = extractor.extract(text: input.text, report: input.meta)
                for warning in extraction.warnings { printError("\(path): \(warning)") }
                let batch = extraction.claims.map { ExtractedClaimRecord(file: path, claim: $0) }
                if format == .jsonl {
                    out(try Output.render(batch, as: .jsonl))
                } else {
                    records.append(contentsOf: batch)
                }
            } catch let error as ReportInputError {
                printError(error.description)
                failed = true
            }
        }
        if format != .jsonl { out(try Output.render(records, as: format)) }
        FileHandleOutput.stdout.flush()
        if failed { throw LedgerExit.badInput }
    }
}

/// One line of `ledger extract --format jsonl`: `file` plus the claim's fields.
struct ExtractedClaimRecord: Tabular {
    var file: String
    var claim: Claim

    func encode(to encoder: any Encoder) throws {
        try claim.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
    }

    enum Keys: String, CodingKey { case file }

    static let columns = ["file", "id", "measure", "value", "qualifier", "kind", "role", "parent", "category", "place", "date/period", "attributed_to", "evidence"]

    var cells: [String] {
        [
            file, claim.id, claim.measure.rawValue, String(claim.value), claim.qualifier.rawValue, claim.kind.rawValue,
            claim.role.rawValue, claim.parent ?? "", claim.category.rawValue, claim.place?.name ?? "",
            ClaimFormatting.when(claim), claim.attributedTo ?? "", claim.span.text,
        ]
    }
}
