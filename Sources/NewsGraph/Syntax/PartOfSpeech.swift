/// A part of speech as the tagger predicts it: the universal tag and the treebank's own
/// fine-grained tag ("VERB" / "VBN", "PRON" / "WDT"). The fine tags tell the parser what the
/// universal ones merge — a participle from a past tense, "to" before a verb from a preposition.
public struct PartOfSpeech: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var upos: UniversalTag
    public var xpos: String

    public init(upos: UniversalTag, xpos: String) {
        self.upos = upos
        self.xpos = xpos
    }

    /// "UPOS\tXPOS", as model files store it.
    var encoded: String { "\(upos.name)\t\(xpos)" }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 2, let upos = UniversalTag(name: String(parts[0])) else { return nil }
        self.init(upos: upos, xpos: String(parts[1]))
    }

    public var description: String { "\(upos.name)/\(xpos)" }

    public static func < (a: PartOfSpeech, b: PartOfSpeech) -> Bool { (a.upos.rawValue, a.xpos) < (b.upos.rawValue, b.xpos) }
}
