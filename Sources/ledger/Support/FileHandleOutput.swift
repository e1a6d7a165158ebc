import Foundation

/// Buffered writing to standard output and error, so that large listings are not one syscall per line.
final class FileHandleOutput: @unchecked Sendable {
    // @unchecked: only the main thread writes; the CLI is single-threaded.
    static let stdout = FileHandleOutput(fd: 1)
    static let stderr = FileHandleOutput(fd: 2)

    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    var isTerminal: Bool { isatty(fd) == 1 }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if fd == 2 || buffer.count >= 1 << 16 { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Writes to standard output through the shared buffer.
func out(_ string: String) { FileHandleOutput.stdout.write(string) }

/// Writes to standard output and flushes.
func emit(_ string: String) {
    FileHandleOutput.stdout.write(string)
    FileHandleOutput.stdout.flush()
}
