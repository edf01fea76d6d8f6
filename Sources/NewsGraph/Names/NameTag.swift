/// The three kinds of names the recognizer finds.
public enum NameType: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case person, organization, location

    public var description: String { ["PER", "ORG", "LOC"][Int(rawValue)] }

    /// The type of a corpus label ("PER", "ORG", "LOC"; GUM's "person", "organization", "place").
    public init?(label: String) {
        switch label {
        case "PER", "person": self = .person
        case "ORG", "organization": self = .organization
        case "LOC", "place": self = .location
        default: return nil
        }
    }
}

/// A name the recognizer found: words `words` (indexes of the sentence's words) of type `type`.
public struct NameSpan: Sendable, Hashable {
    public var words: Range<Int>
    public var type: NameType

    public init(words: Range<Int>, type: NameType) {
        self.words = words
        self.type = type
    }
}

/// The BILOU tags of one word, as classes of the model: 0 is outside any name; each type has
/// Begin, Inside, Last and Unit (a one-word name), `1 + 4 × type + position`.
package enum NameTag {
    package static let count = 1 + 4 * NameType.allCases.count
    package static let outside: UInt8 = 0

    package enum Position: UInt8 { case begin, inside, last, unit }

    @inline(__always)
    package static func tag(_ type: NameType, _ position: Position) -> UInt8 { 1 + 4 * type.rawValue + position.rawValue }

    @inline(__always)
    package static func type(of tag: UInt8) -> NameType? { tag == 0 ? nil : NameType(rawValue: (tag - 1) / 4) }

    @inline(__always)
    package static func position(of tag: UInt8) -> Position? { tag == 0 ? nil : Position(rawValue: (tag - 1) % 4) }

    /// Whether a name is open after `tag` (the next tag must continue it).
    @inline(__always)
    package static func opens(_ tag: UInt8) -> Bool {
        let p = position(of: tag)
        return p == .begin || p == .inside
    }

    /// Whether `next` may follow `previous` (nil: the sentence's start).
    package static func allowed(_ previous: UInt8?, _ next: UInt8) -> Bool {
        let continues = position(of: next) == .inside || position(of: next) == .last
        guard let previous, opens(previous) else { return !continues }
        return continues && type(of: previous) == type(of: next)
    }

    /// `allowed` for every pair: `table[previous * count + next]`, previous = `count` for the start.
    package static let transitions: [Bool] = (0...count).flatMap { p in
        (0..<count).map { n in allowed(p == count ? nil : UInt8(p), UInt8(n)) }
    }

    /// The tags of `spans` over `count` words (spans must not overlap).
    package static func tags(of spans: [NameSpan], count: Int) -> [UInt8] {
        var tags = [UInt8](repeating: outside, count: count)
        for span in spans where !span.words.isEmpty {
            if span.words.count == 1 {
                tags[span.words.lowerBound] = tag(span.type, .unit)
                continue
            }
            for i in span.words { tags[i] = tag(span.type, .inside) }
            tags[span.words.lowerBound] = tag(span.type, .begin)
            tags[span.words.upperBound - 1] = tag(span.type, .last)
        }
        return tags
    }

    /// The spans a legal tag sequence marks.
    package static func spans(of tags: [UInt8]) -> [NameSpan] {
        var spans: [NameSpan] = []
        var start = -1
        for (i, t) in tags.enumerated() {
            guard let type = type(of: t), let position = position(of: t) else { start = -1; continue }
            switch position {
            case .unit: spans.append(NameSpan(words: i..<(i + 1), type: type)); start = -1
            case .begin: start = i
            case .inside: break
            case .last:
                if start >= 0 { spans.append(NameSpan(words: start..<(i + 1), type: type)) }
                start = -1
            }
        }
        return spans
    }
}
