import Foundation

/// A progress bar on standard error, shown only when standard error is a terminal.
struct Progress {
    let label: String
    let total: Int
    private let enabled: Bool
    private var lastDrawn = -1

    init(_ label: String, total: Int) {
        self.label = label
        self.total = max(total, 1)
        self.enabled = FileHandleOutput.stderr.isTerminal && total > 1
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandleOutput.stderr.write("\r\(label) \(bar) \(percent)% (\(done)/\(total))")
    }

    func finish() {
        guard enabled else { return }
        FileHandleOutput.stderr.write("\r\u{1B}[2K")
    }
}
