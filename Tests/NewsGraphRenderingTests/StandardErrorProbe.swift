import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with file descriptor 2 redirected to a temporary file and returns what was
/// written to it, to check that Graphviz prints nothing to the user's terminal.
///
/// Process-wide: use it only in a serialized suite.
func capturingStandardError<T>(_ body: () throws -> T) throws -> (value: T, printed: String) {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("newsgraph-stderr-\(UUID().uuidString).txt")
    let file = open(url.path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    guard file >= 0 else { throw POSIXError(.EIO) }
    defer {
        close(file)
        try? FileManager.default.removeItem(at: url)
    }
    fflush(nil)
    let saved = dup(STDERR_FILENO)
    guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else { throw POSIXError(.EBADF) }
    let value: T
    do {
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
        }
        value = try body()
    }
    let printed = try String(contentsOf: url, encoding: .utf8)
    return (value, printed)
}
