/// Reads CoNLL-U text: sentences separated by blank lines, each a run of comment lines and
/// ten-column lines.
public enum CoNLLUReader {
    /// The sentences of `text`.
    ///
    /// - Parameter path: named in errors.
    /// - Throws: `SyntaxError.malformedCoNLLU` naming the line that does not follow the format.
    public static func sentences(in text: String, path: String = "<input>") throws -> [CoNLLUSentence] {
        var result: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var expectedID = 1
        var lineNumber = 0
        func finish() {
            if !current.lines.isEmpty || !current.comments.isEmpty { result.append(current) }
            current = CoNLLUSentence()
            expectedID = 1
        }
        // "\r\n" is one Character: splitting at every line break takes CRLF files as they come.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                finish()
                continue
            }
            if line.first == "#" {
                // A comment after the words starts no new sentence in the format; keep it with them.
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                current.comments.append(String(comment))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 10 else {
                throw SyntaxError.malformedCoNLLU(path: path, line: lineNumber,
                                                  reason: "\(columns.count) tab-separated columns instead of 10")
            }
            let id = columns[0]
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw SyntaxError.malformedCoNLLU(path: path, line: lineNumber, reason: "bad token range '\(id)'")
                }
                current.lines.append(.multiwordToken(first: first, last: last, columns: Array(columns.dropFirst())))
            } else if id.contains(".") {
                current.lines.append(.emptyNode(id: id, columns: Array(columns.dropFirst())))
            } else {
                guard let number = Int(id), number == expectedID else {
                    throw SyntaxError.malformedCoNLLU(path: path, line: lineNumber,
                                                      reason: "word ID '\(id)' where \(expectedID) was expected")
                }
                let head: Int?
                if columns[6] == "_" {
                    head = nil
                } else if let h = Int(columns[6]), h >= 0 {
                    head = h
                } else {
                    throw SyntaxError.malformedCoNLLU(path: path, line: lineNumber, reason: "bad HEAD '\(columns[6])'")
                }
                current.lines.append(.word(CoNLLUWord(id: number, form: columns[1], lemma: columns[2], upos: columns[3],
                                                      xpos: columns[4], feats: columns[5], head: head, deprel: columns[7],
                                                      deps: columns[8], misc: columns[9])))
                expectedID += 1
            }
        }
        finish()
        return result
    }
}
