/// The universal part-of-speech tags of Universal Dependencies v2.
public enum UniversalTag: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as CoNLL-U writes it: "NOUN", "PROPN".
    public var name: String { Self.names[Int(rawValue)] }
    public var description: String { name }

    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                                "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// Nouns, proper nouns and pronouns: what can stand as an argument.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron || self == .num }
}
