/// What one actor did to another. The vocabulary is lower-case and stable; each kind carries the
/// CAMEO code and PLOVER category event-data users join on.
public enum RelationKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case call
    case meeting
    case visit
    case accusation
    case threat
    case agreement
    case support
    case affiliation

    /// Undirected relations are symmetric: a call between A and B is a call between B and A.
    public var isDirected: Bool {
        switch self {
        case .call, .meeting, .agreement: return false
        case .visit, .accusation, .threat, .support, .affiliation: return true
        }
    }

    /// The CAMEO event code (the root for families of codes).
    public var cameo: String? {
        switch self {
        case .call: return "041"
        case .meeting: return "043"
        case .visit: return "042"
        case .accusation: return "112"
        case .threat: return "130"
        case .agreement: return "057"
        case .support: return "050"
        case .affiliation: return nil
        }
    }

    /// The PLOVER category.
    public var plover: String? {
        switch self {
        case .call, .meeting, .visit: return "CONSULT"
        case .accusation: return "ACCUSE"
        case .threat: return "THREATEN"
        case .agreement: return "AGREE"
        case .support: return "SUPPORT"
        case .affiliation: return nil
        }
    }

    /// A short human label for diagrams.
    public var label: String {
        switch self {
        case .call: return "phone call"
        case .meeting: return "meeting"
        case .visit: return "visit"
        case .accusation: return "accuses"
        case .threat: return "threatens"
        case .agreement: return "agreement"
        case .support: return "supports"
        case .affiliation: return "affiliated with"
        }
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
