/// Why extraction found what it found in a document's sentences (`newsgraph explain`): each
/// sentence's tokens, parse and mentions with what they resolved to, every predicate tried, and
/// each relation made with the grammatical path to its actors — or why a predicate made none.
///
/// Character offsets count Unicode scalars from the start of the document's text, as evidence
/// spans do.
public struct Explanation: Sendable, Codable, Hashable {
    public var document: String
    /// Whether a syntax model was installed (without one, relations come from word order alone).
    public var syntaxModel: Bool
    public var sentences: [Sentence]

    public struct Sentence: Sendable, Codable, Hashable {
        /// 1-based, as `--sentence` takes it.
        public var number: Int
        public var start: Int
        public var end: Int
        public var text: String
        /// How relation extraction read it: "parsed", or why it was passed over unparsed.
        public var reading: String
        /// Whether extraction asked for the parse (the parse is shown either way).
        public var parsedForExtraction: Bool
        public var tokens: [Token]
        public var words: [Word]
        public var mentions: [Mention]
        /// Each pronoun and description read, with what it was resolved to (or why not).
        public var references: [Reference]
        public var triggers: [Trigger]
        public var relations: [Relation]
    }

    public struct Token: Sendable, Codable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// A syntactic word with its tags and its place in the dependency tree (CoNLL-U numbering:
    /// words from 1, head 0 for the root).
    public struct Word: Sendable, Codable, Hashable {
        public var id: Int
        public var form: String
        public var lemma: String
        public var upos: String
        public var xpos: String
        public var head: Int
        public var relation: String
        /// The 0-based indexes of the sentence's tokens it is written in.
        public var tokens: [Int]
    }

    public struct Mention: Sendable, Codable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
        /// The 0-based token indexes of the sentence it covers (first, last).
        public var tokens: [Int]
        /// name, surname, demonym, metonym, description, reference.
        public var form: String
        public var entity: String
        public var entityName: String
        public var kind: String
        /// A name modifying the next word ("Russian" in "Russian strikes") rather than an actor alone.
        public var isModifier: Bool
    }

    /// A pronoun ("he") or description ("the two countries", "his French counterpart") and what
    /// coreference made of it.
    public struct Reference: Sendable, Codable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
        /// pronoun or description.
        public var kind: String
        /// The entities it stands for (several for "the two countries"); empty when unresolved.
        public var entities: [String]
        public var entityNames: [String]
        /// The antecedent chosen: the last mention of the entity before it.
        public var antecedent: Antecedent?
        /// How it was resolved, or why not.
        public var reason: String
    }

    public struct Antecedent: Sendable, Codable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
        /// 1-based, as sentences are numbered.
        public var sentence: Int
        public var role: String
        public var salience: Double
    }

    public struct Trigger: Sendable, Codable, Hashable {
        /// The word's CoNLL-U id.
        public var word: Int
        public var form: String
        public var lemma: String
        public var frame: String
        public var relation: String
        /// Relations it made (empty when dropped).
        public var relations: [Relation]
        /// Why it made none, when it made none.
        public var dropped: String?
    }

    public struct Relation: Sendable, Codable, Hashable {
        public var kind: String
        public var source: String
        public var sourceName: String
        public var target: String
        public var targetName: String
        public var directed: Bool
        public var confidence: Double
        public var trigger: String?
        /// How each end was found ("source: nsubj 'Putin'"), or how the relation was made.
        public var reasons: [String]
    }
}
