/// Graphviz's messages from one call, split into errors and warnings.
///
/// Graphviz 2.43 hands its error function fragments (`"Error"`, `": "`, the text), and
/// continuation lines without a prefix; newer versions send whole messages. Both arrive here as
/// one text, which is split into messages at lines that start with `Error:` or `Warning:`.
struct GraphvizDiagnostics: Sendable, Equatable {
    /// Error-level messages, without the `Error: ` prefix.
    var errors: [String] = []
    /// Every message in order, with Graphviz's `Warning: ` or `Error: ` prefix, for the caller.
    var messages: [String] = []

    init() {}

    /// Parses what the error function received and what was written to stderr.
    ///
    /// - Parameters:
    ///   - reported: Text passed to the error function (`agseterrf`), concatenated.
    ///   - printed: Text Graphviz or its libraries (cairo, pango) wrote straight to stderr.
    init(reported: String, printed: String) {
        append(reported, continuing: true)
        append(printed, continuing: false)
    }

    /// Graphviz's error text for a failure: the error messages, or all messages if none is an error.
    var failureMessage: String {
        if !errors.isEmpty { return errors.joined(separator: " ") }
        if !messages.isEmpty { return messages.joined(separator: " ") }
        return "Graphviz gave no message"
    }

    private mutating func append(_ text: String, continuing: Bool) {
        var openMessage = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty else { continue }
            if line.hasPrefix("Error:") {
                errors.append(String(line.dropFirst("Error:".count)).trimmingSpaces())
                messages.append(line)
                openMessage = true
            } else if line.hasPrefix("Warning:") {
                messages.append(line)
                openMessage = true
            } else if continuing, openMessage, let last = messages.indices.last {
                messages[last] += " " + line
                if messages[last].hasPrefix("Error:"), let lastError = errors.indices.last {
                    errors[lastError] += " " + line
                }
            } else {
                messages.append(line)
                openMessage = true
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
