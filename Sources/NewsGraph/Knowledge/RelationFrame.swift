/// A predicate that states a relation, keyed by its lemma, and where its actors stand in the
/// sentence's dependency tree: one record of `frames.tsv` (the keys are documented there).
public struct RelationFrame: Sendable, Hashable {
    /// Where the actor who acts stands.
    public enum SourceRole: String, Sendable, Hashable {
        /// The subject (the agent of a passive), through control, raising, coordination and relative clauses.
        case subject
        /// The possessor or modifier of a noun ("Putin's call", "US threats"), or its "by"/"from" argument.
        case possessor
        /// The subject of the verb a noun completes ("held talks", "signed a deal").
        case light
        /// The subject of the clause a noun's phrase is set in ("In a call with X, Y said …").
        case host
        /// Who says the clause the predicate is in.
        case speaker
    }

    /// Where the other actor stands.
    public enum TargetRole: Sendable, Hashable {
        /// The object (the subject of a passive).
        case object
        /// The predicate's own subject ("Y was behind the attack", said X).
        case subject
        /// The object of the infinitive below the predicate ("threatened to strike Iran").
        case infinitiveObject
        /// The subject of an "unless" clause below the predicate.
        case unless
        /// The subject of the light verb ("Y had a direct role in …").
        case light
        /// The possessor of a noun ("accepted Verizon's offer").
        case possessor
        /// The other party of an exchange a deal is for: "a deal to import gas from Iran", "a deal to
        /// supply Peugeot with …", "the deal to open talks with Ankara".
        case purpose
        /// An argument marked by this case word ("with", "against", "on").
        case preposition(String)
        /// The actors of "between A and B", paired with each other.
        case between
    }

    /// The fields, stored once and shared by all copies (see `SharedFields`).
    struct Fields: Sendable, Hashable {
        var id: String
        var lemma: String
        var relation: RelationKind
        var tags: Set<UniversalTag>
        var sources: [SourceRole]
        var targets: [TargetRole]
        var light: Set<String>
        var lightRequired: Bool
        var needs: Set<String>
        var needsCase: Set<String>
        var needsParticle: Set<String>
        var notParticle: Set<String>
        var needsComplement: Set<String>
        var needsObject: Set<String>
        var needsCopula: Bool
        var needsArgument: Set<String>
        var notCase: Set<String>
        var notComplement: Bool
        var notThatClause: Bool
        var describe: Bool
        var behind: Bool
        var topic: Set<String>
        var remote: Bool
        var sourceKinds: Set<EntityKind>
        var targetKinds: Set<EntityKind>
        var requiresTarget: Bool
        var confidence: Double
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    public var id: String { shared.fields.id }
    public var lemma: String { shared.fields.lemma }
    public var relation: RelationKind { shared.fields.relation }
    /// The parts of speech the predicate's word may have.
    public var tags: Set<UniversalTag> { shared.fields.tags }
    public var sources: [SourceRole] { shared.fields.sources }
    public var targets: [TargetRole] { shared.fields.targets }
    public var isNoun: Bool { tags.contains(.noun) }
    /// Verbs that make a noun an event: "sign" a deal, "hold" talks.
    public var light: Set<String> { shared.fields.light }
    public var lightRequired: Bool { shared.fields.lightRequired }
    /// A dependent with one of these lemmas is needed ("by phone").
    public var needs: Set<String> { shared.fields.needs }
    /// The case words that dependent may have (any when empty).
    public var needsCase: Set<String> { shared.fields.needsCase }
    public var needsParticle: Set<String> { shared.fields.needsParticle }
    public var notParticle: Set<String> { shared.fields.notParticle }
    /// The lemmas the predicate's complement may have ("held X responsible").
    public var needsComplement: Set<String> { shared.fields.needsComplement }
    /// The lemmas the predicate's object may have ("concluded a deal").
    public var needsObject: Set<String> { shared.fields.needsObject }
    /// One of these arguments must be there, by relation ("xcomp", "obj") or case word ("on"):
    /// "agreed to sign", "agreed a deal", "agreed on prices", not "agreed with him" (an opinion).
    public var needsArgument: Set<String> { shared.fields.needsArgument }
    /// The predicate is the complement of a copula ("was behind", "is responsible for").
    public var needsCopula: Bool { shared.fields.needsCopula }
    public var notCase: Set<String> { shared.fields.notCase }
    public var notComplement: Bool { shared.fields.notComplement }
    /// A "that" clause cancels the frame ("agreed that …" is an opinion).
    public var notThatClause: Bool { shared.fields.notThatClause }
    /// A negative word must describe the object ("called X unacceptable").
    public var describe: Bool { shared.fields.describe }
    /// A target may be the actor behind a thing ("condemned Russia's strikes").
    public var behind: Bool { shared.fields.behind }
    /// Verbal only: needs an argument with one of these case words, or a target found behind.
    public var topic: Set<String> { shared.fields.topic }
    /// A conversation: a call unless the sentence places the two together, a meeting then.
    public var remote: Bool { shared.fields.remote }
    public var sourceKinds: Set<EntityKind> { shared.fields.sourceKinds }
    public var targetKinds: Set<EntityKind> { shared.fields.targetKinds }
    public var requiresTarget: Bool { shared.fields.requiresTarget }
    public var confidence: Double { shared.fields.confidence }

    init(record: KnowledgeRecord) throws {
        guard let relation = RelationKind(rawValue: record.value("relation") ?? ""), relation != .affiliation else {
            throw KnowledgeError.malformed(location: record.location, reason: "frame needs relation= one of \(RelationKind.allCases.filter { $0 != .affiliation }.map(\.rawValue).joined(separator: ", "))")
        }
        func words(_ key: String) -> Set<String> { Set(record.values(key).map { $0.lowercased() }) }
        var tags: Set<UniversalTag> = []
        for pos in record.values("pos").isEmpty ? ["verb"] : record.values("pos") {
            switch pos {
            case "verb": tags.insert(.verb)
            case "noun": tags.formUnion([.noun, .propn])
            case "adj": tags.insert(.adj)
            case "adp": tags.insert(.adp)
            default:
                throw KnowledgeError.malformed(location: record.location, reason: "pos '\(pos)' is not one of verb, noun, adj, adp")
            }
        }
        let isNoun = tags.contains(.noun)
        var sources: [SourceRole] = []
        for name in record.values("source") {
            guard let role = SourceRole(rawValue: name) else {
                throw KnowledgeError.malformed(location: record.location, reason: "source '\(name)' is not one of subject, possessor, light, host, speaker")
            }
            sources.append(role)
        }
        if sources.isEmpty { sources = isNoun ? [.possessor, .light, .host] : [.subject] }
        let targets: [TargetRole] = record.values("target").map { name in
            switch name {
            case "object": .object
            case "subject": .subject
            case "xobject": .infinitiveObject
            case "unless": .unless
            case "light": .light
            case "possessor": .possessor
            case "purpose": .purpose
            case "between": .between
            default: .preposition(name.lowercased())
            }
        }
        func kinds(_ key: String) throws -> Set<EntityKind> {
            Set(try record.values(key).map { name in
                guard let kind = EntityKind(rawValue: name) else {
                    throw KnowledgeError.malformed(location: record.location, reason: "\(key) '\(name)' is not one of person, country, organization")
                }
                return kind
            })
        }
        self.init(Fields(
            id: record.id, lemma: record.name.lowercased(), relation: relation, tags: tags, sources: sources, targets: targets,
            light: words("light"), lightRequired: record.flag("light-required"), needs: words("needs"),
            needsCase: words("needs-case"), needsParticle: words("needs-prt"), notParticle: words("not-prt"),
            needsComplement: words("needs-xcomp"), needsObject: words("needs-object"), needsCopula: record.flag("needs-copula"), needsArgument: words("needs-argument"),
            notCase: words("not-case"), notComplement: record.flag("not-complement"),
            notThatClause: record.flag("not-complement-that"), describe: record.flag("describe"),
            behind: record.flag("behind"), topic: words("topic"), remote: record.flag("remote"),
            sourceKinds: try kinds("source-kind"), targetKinds: try kinds("target-kind"),
            requiresTarget: record.flag("requires-target"),
            confidence: Double(record.value("confidence") ?? "") ?? 0.8))
    }
}
