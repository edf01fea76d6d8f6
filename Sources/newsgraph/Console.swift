import Foundation

/// Messages for the user on standard error: warnings, errors, and progress (only on a terminal).
struct Console {
    var quiet = false
    var verbose = false

    func error(_ message: String) {
        write("newsgraph: error: \(message)\n")
    }

    func warning(_ message: String) {
        guard !quiet else { return }
        write("newsgraph: warning: \(message)\n")
    }

    func info(_ message: String) {
        guard verbose else { return }
        write("newsgraph: \(message)\n")
    }

    /// Whether standard error is a terminal (progress is shown only there).
    var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    func progress(_ done: Int, of total: Int) {
        guard !quiet, isTerminal, total >= 20 else { return }
        if done == total || done % max(1, total / 100) == 0 {
            write("\r\u{1B}[Kreading \(done)/\(total) documents\(done == total ? "\n" : "")")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
