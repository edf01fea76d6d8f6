/// The first and last day something is dated to, both included.
struct DateSpan: Sendable, Hashable {
    var start: NewsDate
    var end: NewsDate

    init(_ day: NewsDate) {
        start = day
        end = day
    }

    /// Widens the span to take in `day`.
    mutating func include(_ day: NewsDate) {
        if day < start { start = day }
        if end < day { end = day }
    }

    /// Widens the span to take in `other`.
    mutating func include(_ other: DateSpan) {
        include(other.start)
        include(other.end)
    }
}

extension Optional where Wrapped == DateSpan {
    /// The span widened to take in `day`; a span of that day when there was none.
    mutating func include(_ day: NewsDate?) {
        guard let day else { return }
        if self == nil { self = DateSpan(day) } else { self!.include(day) }
    }
}

// When each edge and node happened, for timelines (GEXF's start/end, the briefing page's date filter).
extension ExportGraph {
    /// Each edge's span, in edge order: the days of its evidence (a sentence's own event date, or
    /// else its document's date) and the edge's own date; `nil` for an edge nothing dates.
    func edgeSpans() -> [DateSpan?] {
        let documentDates = documentDates
        return edges.map { edge in
            var span: DateSpan?
            for item in edge.evidence { span.include(item.date ?? documentDates[item.document]) }
            span.include(edge.date.flatMap(NewsDate.init(iso:)))
            return span
        }
    }

    /// Each node's span, keyed by node id: the dates of the documents that mention it and the
    /// spans of its edges (so an edge never exists on a day its ends do not); nodes nothing dates
    /// are left out.
    ///
    /// - Parameter edgeSpans: ``edgeSpans()``.
    func nodeSpans(edgeSpans: [DateSpan?]) -> [String: DateSpan] {
        let documentDates = documentDates
        var spans: [String: DateSpan] = [:]
        func include(_ id: String, _ other: DateSpan) {
            if spans[id] == nil { spans[id] = other } else { spans[id]!.include(other) }
        }
        for node in nodes {
            for document in node.documents {
                if let day = documentDates[document] { include(node.id, DateSpan(day)) }
            }
        }
        for (edge, span) in zip(edges, edgeSpans) {
            guard let span else { continue }
            include(edge.source, span)
            include(edge.target, span)
        }
        return spans
    }

    /// The dates of the documents that have one, by id.
    private var documentDates: [String: NewsDate] {
        var dates: [String: NewsDate] = [:]
        for document in documents { if let date = document.date { dates[document.id] = date } }
        return dates
    }
}
