/// A sentence that supports a relation: where it is, what it says, and how it was read.
public struct Evidence: Sendable, Hashable, Comparable {
    /// Id of the document the sentence is in.
    public var document: String
    /// Offset of the first Unicode scalar of the sentence in the document text as read.
    public var start: Int
    /// Offset just past the last Unicode scalar.
    public var end: Int
    /// Exactly the document text from `start` to `end`.
    public var text: String
    /// The words that signalled the relation ("phone call", "accused").
    public var triggers: [String]
    /// How sure the extractor is, in 0...1 (an explicit verb with both arguments scores high).
    public var confidence: Double
    /// The day the event happened, when the text says or implies it.
    public var date: NewsDate?

    public init(document: String, start: Int, end: Int, text: String, triggers: [String] = [],
                confidence: Double = 1, date: NewsDate? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.triggers = triggers
        self.confidence = confidence
        self.date = date
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.document != rhs.document { return DocumentID.precedes(lhs.document, rhs.document) }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        if lhs.triggers != rhs.triggers { return lhs.triggers.lexicographicallyPrecedes(rhs.triggers) }
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        return (lhs.date?.description ?? "") < (rhs.date?.description ?? "")
    }
}
