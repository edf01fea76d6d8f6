#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Redirects file descriptor 2 into a temporary file while Graphviz runs, and reads it back.
///
/// Most of Graphviz's messages go through its error function, but some do not: the cairo
/// plugin prints "graph is too large for cairo-renderer bitmaps" with `fprintf(stderr, …)`, and
/// pango/fontconfig write their own warnings. While the capture is active, anything any thread
/// writes to stderr lands in the file; the window is one Graphviz call.
/// Not thread-safe: used only under ``GraphvizSession``'s lock.
final class StandardErrorCapture {
    private let file: UnsafeMutablePointer<FILE>
    private let descriptor: Int32

    /// Creates the temporary file (already unlinked); `nil` if that is impossible.
    init?() {
        guard let file = tmpfile() else { return nil }
        self.file = file
        self.descriptor = fileno(file)
    }

    deinit {
        fclose(file)
    }

    /// Runs `body` with stderr redirected; returns its result and what was written to stderr.
    ///
    /// If stderr cannot be redirected (e.g. file descriptor 2 is closed), `body` runs anyway.
    func capture<T>(_ body: () -> T) -> (value: T, printed: String) {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0 else { return (body(), "") }
        defer { close(saved) }
        _ = ftruncate(descriptor, 0)
        _ = lseek(descriptor, 0, SEEK_SET)
        guard dup2(descriptor, STDERR_FILENO) >= 0 else { return (body(), "") }
        let value = body()
        fflush(nil)
        _ = dup2(saved, STDERR_FILENO)
        return (value, readBack())
    }

    private func readBack() -> String {
        let length = Int(lseek(descriptor, 0, SEEK_END))
        guard length > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: length)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, 0) }
        return String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
    }
}
