/// How a document's text was obtained from its file.
public enum DocumentFormat: String, Sendable, Hashable, Codable {
    case text
    case markdown
    case html
}

/// One news article, as read.
///
/// `text` is the text every offset in the model refers to: for plain text and Markdown it is the
/// file's content exactly as decoded; for HTML it is the text extracted from the markup; for a
/// record of a dataset (JSON Lines, CSV) it is the record's text field.
public struct Document: Sendable, Hashable, Identifiable {
    /// Short id used by evidence (`d1`, `d2`, …), assigned after inputs are put in a canonical
    /// order; a dataset record's own id when it has one.
    public var id: String
    /// The path as the user gave it (or as found under a folder the user gave); for a record of a
    /// dataset, the file's path, `#` and the record's 1-based number (`news.jsonl#17`).
    public var path: String
    public var title: String?
    public var date: NewsDate?
    public var text: String
    public var format: DocumentFormat
    /// Where the article was published (`https://…`), when its file or record says.
    public var url: String?
    /// The publication: "BBC News", "Reuters", "bbc.co.uk".
    public var outlet: String?
    /// The byline's authors, in the order given; nil when none is known.
    public var authors: [String]?
    /// A dataset record's own id (its `id` field), when it has one.
    public var recordID: String?

    public init(id: String, path: String, title: String? = nil, date: NewsDate? = nil,
                text: String, format: DocumentFormat = .text,
                url: String? = nil, outlet: String? = nil, authors: [String]? = nil, recordID: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.text = text
        self.format = format
        self.url = url
        self.outlet = outlet
        self.authors = authors.flatMap { $0.isEmpty ? nil : $0 }
        self.recordID = recordID
    }

    /// What the graph keeps about the document: everything but the text, which only its digest stands for.
    public var info: DocumentInfo {
        DocumentInfo(id: id, path: path, title: title, date: date, digest: ContentDigest.of(text),
                     url: url, outlet: outlet, authors: authors, recordID: recordID)
    }
}

/// A document as the graph refers to it.
///
/// Encoded (`Codable`, and in the JSON export's document list) without the fields that are nil,
/// so a document without the newer metadata (`url`, `outlet`, `authors`, `recordID`) reads and writes as it
/// did before they existed.
public struct DocumentInfo: Sendable, Hashable, Codable, Comparable {
    public var id: String
    public var path: String
    public var title: String?
    public var date: NewsDate?
    /// ``ContentDigest`` of the text: with the path, what tells a document met again (count once)
    /// from another one when graphs are merged.
    public var digest: String?
    /// Where the article was published, when known.
    public var url: String?
    /// The publication, when known.
    public var outlet: String?
    /// The byline's authors, in order; nil (never empty) when none is known.
    public var authors: [String]?
    /// A dataset record's own id, when it has one (`id` stays the graph's `d1`, `d2`, … that
    /// evidence refers to; `path` says where the record is: `news.jsonl#17`).
    public var recordID: String?

    public init(id: String, path: String, title: String? = nil, date: NewsDate? = nil, digest: String? = nil,
                url: String? = nil, outlet: String? = nil, authors: [String]? = nil, recordID: String? = nil) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.digest = digest
        self.url = url
        self.outlet = outlet
        self.authors = authors.flatMap { $0.isEmpty ? nil : $0 }
        self.recordID = recordID
    }

    private enum CodingKeys: String, CodingKey {
        case id, path, title, date, digest, url, outlet, authors
        case recordID = "record_id"
    }

    public static func < (lhs: DocumentInfo, rhs: DocumentInfo) -> Bool {
        DocumentID.precedes(lhs.id, rhs.id)
    }
}

/// Document ids are `d` and a number; they sort by number so `d10` follows `d9`.
public enum DocumentID {
    public static func make(index: Int) -> String { "d\(index + 1)" }

    /// Orders `d2` before `d10`: ids of the form `d<digits>` by number, others as strings.
    static func precedes(_ a: String, _ b: String) -> Bool {
        if a.utf8.count != b.utf8.count, isNumbered(a), isNumbered(b) { return a.utf8.count < b.utf8.count }
        return a < b
    }

    private static func isNumbered(_ id: String) -> Bool {
        var utf8 = id.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "d") else { return false }
        var digits = 0
        while let c = utf8.next() {
            guard c >= 0x30, c <= 0x39 else { return false }
            digits += 1
        }
        return digits > 0
    }
}

/// Document ids in output order (`DocumentID.precedes`), ranked once: evidence and entities seen
/// in thousands of documents have their ids sorted as integers, not compared as strings at every
/// step of a sort.
struct DocumentOrder {
    /// The distinct ids, in order.
    private let ids: [String]
    private let ranks: [String: Int]

    init(_ ids: some Sequence<String>) {
        self.ids = Set(ids).sorted(by: DocumentID.precedes)
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(self.ids.count)
        for (rank, id) in self.ids.enumerated() { ranks[id] = rank }
        self.ranks = ranks
    }

    /// The position of `id` in the order, or nil for an id not given.
    func rank(of id: String) -> Int? { ranks[id] }

    /// The ids in output order; with an id not given, they are compared as strings.
    func sorted<C: Collection<String>>(_ documents: C) -> [String] {
        guard documents.count > 1 else { return Array(documents) }
        var positions: [Int] = []
        positions.reserveCapacity(documents.count)
        for id in documents {
            guard let rank = ranks[id] else { return documents.sorted(by: DocumentID.precedes) }
            positions.append(rank)
        }
        positions.sort()
        return positions.map { ids[$0] }
    }
}
