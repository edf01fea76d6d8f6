import Foundation

/// Messages for the user on standard error: errors, warnings, details, and progress.
///
/// - Errors are always printed, one line each, prefixed `newsgraph: error:`.
/// - Warnings (`newsgraph: warning:`) are hidden by `--quiet`.
/// - Details of each step (`newsgraph: …`) are shown by `--verbose`.
/// - Progress is drawn only when standard error is a terminal, never in logs or pipes.
///
/// Messages quote file names and article text, which may hold newlines or terminal escape
/// sequences; those are shown escaped (`\n`, `\u{1B}`), so one message stays one line and cannot
/// restyle or rewrite the user's terminal.
struct Console {
    var quiet = false
    var verbose = false

    func error(_ message: String) {
        write("newsgraph: error: \(Self.printable(message))\n")
    }

    func warning(_ message: String) {
        guard !quiet else { return }
        write("newsgraph: warning: \(Self.printable(message))\n")
    }

    func info(_ message: String) {
        guard verbose else { return }
        write("newsgraph: \(Self.printable(message))\n")
    }

    /// Whether standard error is a terminal (progress is shown only there).
    var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    /// Redraws the progress line: "extracting 120/2000 documents", or "extracting 12000
    /// documents" while a dataset's size is not known (`finished` ends that line). Shown only on
    /// a terminal, not with `--quiet`, and only for runs long enough to need it.
    func progress(_ done: Int, of total: Int?, finished: Bool = false) {
        guard !quiet, isTerminal else { return }
        guard let total else {
            if finished {
                if done >= 1000 { write("\r\u{1B}[Kextracting \(done) documents\n") }
            } else if done % 1000 == 0 {
                write("\r\u{1B}[Kextracting \(done) documents")
            }
            return
        }
        guard total >= 20, !finished else { return }
        if done == total || done % max(1, total / 100) == 0 {
            write("\r\u{1B}[Kextracting \(done)/\(total) documents\(done == total ? "\n" : "")")
        }
    }

    /// `text` with control characters (C0, DEL, C1), line or paragraph separators and
    /// bidirectional controls escaped.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Control characters, line and paragraph separators, and the bidirectional controls that
    /// could make a file name read differently from what it is.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
