#!/usr/bin/env bash
# Checks that another package can depend on this one by a tagged version, as SwiftPM treats a
# dependency from a registry or a git host: the checkout is cloned into a scratch git repository,
# tagged, and a two-line consumer package depends on it with `from:` over a file:// URL (SwiftPM then
# applies the rules for remote dependencies, which refuse `unsafeFlags`). Builds the consumer and
# runs it: it extracts the claims of one sentence with LedgerExtraction, then ingests that sentence
# into a fresh ledger with LedgerKit and counts its claims.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ledger-consumer.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

git clone -q "$root" "$scratch/CasualtyLedger"
# Uncommitted changes of the checkout are part of what is checked.
(cd "$root" && git diff HEAD --binary) | (cd "$scratch/CasualtyLedger" && git apply --allow-empty 2>/dev/null || true)
(cd "$scratch/CasualtyLedger" && git add -A && git -c user.email=ci@example.invalid -c user.name=ci commit -qm consumer-check --allow-empty && git tag 99.0.0)

mkdir -p "$scratch/Consumer/Sources/Consumer"
cat > "$scratch/Consumer/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "Consumer",
    dependencies: [.package(url: "file://$scratch/CasualtyLedger", from: "99.0.0")],
    targets: [.executableTarget(name: "Consumer", dependencies: [
        .product(name: "LedgerExtraction", package: "CasualtyLedger"),
        .product(name: "LedgerCore", package: "CasualtyLedger"),
        .product(name: "LedgerKit", package: "CasualtyLedger"),
    ])]
)
SWIFT
cat > "$scratch/Consumer/Sources/Consumer/main.swift" <<'SWIFT'
import LedgerCore
import LedgerExtraction
let claims = Extractor().extract(text: "Three civilians were killed in al-Shuhayl on Monday.", report: ReportMeta(contentHash: "0")).claims
print(claims.map { "\($0.measure.rawValue) \($0.value)" }.joined(separator: ", "))
SWIFT
cat > "$scratch/Consumer/Sources/Consumer/Ledger.swift" <<'SWIFT'
import Foundation
import LedgerKit

/// Ingests one sentence into a fresh ledger with LedgerKit and says what it holds.
func ingestOne(in dir: String) throws -> String {
    try "Three civilians were killed in al-Shuhayl on Monday.\n".write(toFile: dir + "/r.txt", atomically: true, encoding: .utf8)
    let session = try LedgerSession.open(path: dir + "/ledger.sqlite")
    let summary = try session.ingest(files: [dir + "/r.txt"])
    return "ingested \(summary.added) report(s), \(try session.claims().count) claim(s)"
}
SWIFT
echo 'print(try ingestOne(in: CommandLine.arguments[1]))' >> "$scratch/Consumer/Sources/Consumer/main.swift"
cd "$scratch/Consumer"
swift build 2>&1 | grep -E 'error|warning: .*unsafe|Compiling Consumer|Build complete' || true
mkdir -p "$scratch/run"
out=$(swift run -q Consumer "$scratch/run")
echo "consumer printed: $out"
expected=$'killed 3\ningested 1 report(s), 1 claim(s)'
[ "$out" = "$expected" ] || { echo "consumer-check: expected '$expected'" >&2; exit 1; }
echo "consumer-check: a tagged-version dependency on CasualtyLedger builds and runs"
