/// The entities a pronoun may point back at, each with its salience (Lappin and Leass): every
/// mention adds the weight of its place (recency, role, head emphasis) once per sentence, and the
/// whole halves with each sentence that follows. Entities whose salience fell below `floor` leave
/// the pool, so that it holds the last few sentences' entities however long the document: each
/// pronoun compares a handful of candidates, and a document is resolved in linear time.
struct SaliencePool {
    struct Entry {
        /// One referent, or a group's ("Putin and Erdogan", "the two sides").
        var referents: [Referent]
        var key: String
        /// Salience before sentence `stamp`, decayed to it, and the most weight one mention added in it.
        var prior: Double
        var current: Double
        var stamp: Int
        /// The last mention: its tokens, sentence and place.
        var tokens: Range<Int>
        var sentence: Int
        var place: MentionPlace
        var gender: CoreferenceLexicon.Gender?
        /// Named only as a modifier ("Russian strikes") or inside another name ("U.S." in "U.S.
        /// Secretary of State"): a candidate for "the two countries", not for a pronoun.
        var isPassing: Bool

        var kind: EntityKind { referents[0].kind }
        var isGroup: Bool { referents.count > 1 }

        func salience(at sentence: Int) -> Double {
            let total = prior + current
            let age = sentence - stamp
            return age <= 0 ? total : total * Tuning.decay(age)
        }
    }

    /// Salience below which an entity leaves the pool (a mention's weight of 100 to 310 halves below
    /// it after 4 to 6 sentences).
    static var floor: Double { Tuning.floor }

    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]
    /// The last person of each gender mentioned, kept when the pool forgets them: "she" many
    /// sentences after the only woman of an interview.
    private(set) var lastPerson: [CoreferenceLexicon.Gender: Entry] = [:]

    /// Drops the entities whose salience at `sentence` fell below the floor.
    mutating func prune(at sentence: Int) {
        guard entries.contains(where: { $0.salience(at: sentence) < Self.floor }) else { return }
        entries.removeAll { $0.salience(at: sentence) < Self.floor }
        positions.removeAll(keepingCapacity: true)
        for (index, entry) in entries.enumerated() { positions[entry.key] = index }
    }

    /// Adds a mention of `referents` (one, or a group's) at `place` in `sentence`.
    mutating func add(_ referents: [Referent], tokens: Range<Int>, sentence: Int, place: MentionPlace,
                      gender: CoreferenceLexicon.Gender?, passing: Bool, weight: Double? = nil) {
        let key = referents.count == 1 ? referents[0].id : referents.map(\.id).sorted().joined(separator: "+")
        let weight = weight ?? place.weight
        if let index = positions[key] {
            var entry = entries[index]
            if entry.stamp < sentence {
                entry.prior = entry.salience(at: sentence)
                entry.current = 0
                entry.stamp = sentence
            }
            entry.current = max(entry.current, weight)
            entry.tokens = tokens
            entry.sentence = sentence
            entry.place = place
            if entry.gender == nil { entry.gender = gender }
            entry.isPassing = entry.isPassing && passing
            entries[index] = entry
            remember(entry)
        } else {
            positions[key] = entries.count
            let entry = Entry(referents: referents, key: key, prior: 0, current: weight, stamp: sentence, tokens: tokens,
                              sentence: sentence, place: place, gender: gender, isPassing: passing)
            entries.append(entry)
            remember(entry)
        }
    }

    private mutating func remember(_ entry: Entry) {
        guard !entry.isGroup, !entry.isPassing, entry.kind == .person, let gender = entry.gender, gender != .neuter else { return }
        lastPerson[gender] = entry
    }

    /// Whether the pool holds the entity `key` with a gender.
    func knowsGender(of key: String) -> Bool {
        guard let index = positions[key] else { return false }
        return entries[index].gender != nil
    }

    /// Records what a pronoun says about its antecedent's gender ("she" after an unknown name).
    mutating func learn(_ gender: CoreferenceLexicon.Gender, of key: String) {
        if let index = positions[key], entries[index].gender == nil {
            entries[index].gender = gender
            remember(entries[index])
        }
    }
}
