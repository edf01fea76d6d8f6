/// A sentence with its universal part-of-speech tags, lemmas and dependency tree.
public struct ParsedSentence: Sendable, Hashable {
    public var forms: [String]
    public var tags: [UniversalTag]
    /// The treebank's fine-grained tags (Penn Treebank style for English: "VBN", "NNP").
    public var xpos: [String]
    public var lemmas: [String]
    /// Each word's head (0-based), or -1 for the sentence's root.
    public var heads: [Int]
    /// Each word's relation to its head, in Universal Dependencies v2 ("nsubj", "obl:agent", "root").
    public var relations: [String]

    public init(forms: [String], tags: [UniversalTag], xpos: [String], lemmas: [String], heads: [Int], relations: [String]) {
        self.forms = forms
        self.tags = tags
        self.xpos = xpos
        self.lemmas = lemmas
        self.heads = heads
        self.relations = relations
    }

    public var count: Int { forms.count }

    /// The dependents of word `i`, in order.
    public func dependents(of i: Int) -> [Int] {
        heads.indices.filter { heads[$0] == i }
    }

    /// The universal part of word `i`'s relation: "nmod" for "nmod:poss".
    public func universalRelation(_ i: Int) -> Substring {
        let relation = relations[i]
        return relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }
}
