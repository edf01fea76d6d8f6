import Foundation
@testable import NewsGraph

/// The Python string operations `../shared/eval/score.py` relies on, reproduced so that
/// ``GoldScorer`` gives its figures exactly: `norm`, `str.strip`, `round(x, 3)`,
/// `os.path.basename` and `str()` of a JSON value.
enum PythonText {
    /// score.py's `norm`: NFKC, lower case, ’ as ', a leading "the " dropped, dots dropped, every run
    /// of characters other than word characters, ' and space made one space, spaces collapsed and
    /// trimmed.
    static func normalize(_ text: String) -> String {
        var scalars = Array(lowercased(text.precomposedStringWithCompatibilityMapping).unicodeScalars)
            .map { $0 == "\u{2019}" ? "'" : $0 }
        // re.sub(r"^(the)\s+", "", s)
        if scalars.count > 3, scalars[0] == "t", scalars[1] == "h", scalars[2] == "e", isSpace(scalars[3]) {
            var end = 4
            while end < scalars.count, isSpace(scalars[end]) { end += 1 }
            scalars.removeFirst(end)
        }
        var words: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in scalars where scalar != "." {
            // re.sub(r"[^\w' ]+", " ", s), then re.sub(r"\s+", " ", s).strip()
            if isWord(scalar) || scalar == "'" {
                if pendingSpace, !words.isEmpty { words.append(" ") }
                pendingSpace = false
                words.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: words)
        return String(result)
    }

    /// Python's `str.lower()`: the full lower-case mapping, with Greek capital sigma as final
    /// sigma (ς) at the end of a word.
    static func lowercased(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("\u{03A3}") else { return text.lowercased() }
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{03A3}" {
                result += isFinalSigma(at: index, in: scalars) ? "\u{03C2}" : "\u{03C3}"
            } else {
                result += String(scalar).lowercased()
            }
        }
        return result
    }

    /// Unicode's Final_Sigma condition, as CPython applies it.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// `\s` and `str.isspace()`: Unicode White_Space plus the four information separators.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// `\w`: letters, characters with a numeric value, and "_".
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar == "_" || scalar.properties.numericType != nil
        }
    }

    /// `str.strip()`.
    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }

    /// `round(x, 3)`: the decimal rounding of the double's exact value, ties to even.
    static func round3(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let lower = (value * 1000).rounded(.down)
        // The sign of 2000·value − (2·lower + 1), computed exactly: the product's rounding error
        // comes back through a fused multiply-add.
        let product = 2000 * value
        let error = (-product).addingProduct(2000, value)
        let difference = (product - (2 * lower + 1)) + error
        let rounded: Double
        if difference < 0 {
            rounded = lower
        } else if difference > 0 {
            rounded = lower + 1
        } else {
            rounded = lower.truncatingRemainder(dividingBy: 2) == 0 ? lower : lower + 1
        }
        return rounded / 1000
    }

    /// `os.path.basename`.
    static func basename(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `str(value)` for the JSON values a graph file holds where score.py calls `str`.
    static func str(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return "None"
        case .bool(let flag)?: return flag ? "True" : "False"
        case .integer(let number)?: return String(number)
        case .number(let number)?: return number.rounded() == number && abs(number) < 1e16 ? "\(Int(number)).0" : "\(number)"
        case .string(let text)?: return text
        case .array?, .object?: return "\(value!)"
        }
    }

    /// Python truthiness of a JSON value: null, false, 0, "" and empty containers are false.
    static func isTrue(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case .integer(let number)?: return number != 0
        case .number(let number)?: return number != 0
        case .string(let text)?: return !text.isEmpty
        case .array(let items)?: return !items.isEmpty
        case .object(let members)?: return !members.isEmpty
        }
    }

    /// `a or b or …`: the first true value, or the last one.
    static func or(_ values: JSONValue?...) -> JSONValue? {
        values.first { isTrue($0) } ?? values.last ?? nil
    }

    /// A key under which Python's dict would find the value: equal numbers (1, 1.0, True) share a
    /// key, strings are their own; containers are not hashable (nil).
    static func hashKey(_ value: JSONValue?) -> String? {
        switch value {
        case nil, .null?: return "None"
        case .bool(let flag)?: return "n:\(flag ? 1 : 0)"
        case .integer(let number)?: return "n:\(number)"
        case .number(let number)?: return number.rounded() == number && abs(number) < 1e15 ? "n:\(Int(number))" : "n:\(number)"
        case .string(let text)?: return "s:" + text
        case .array?, .object?: return nil
        }
    }
}
