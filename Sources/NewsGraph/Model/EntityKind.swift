/// What an entity is. The vocabulary is lower-case and stable: exporters write `rawValue`.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person
    case country
    case organization

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
