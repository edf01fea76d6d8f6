/// What one pronoun or description was resolved to, and why: kept for `newsgraph explain` and for
/// evaluation.
struct CoreferenceLink: Sendable {
    enum Outcome: Sendable {
        /// Resolved to the entity (or group) whose last mention before it is `antecedent`.
        case resolved(antecedent: Range<Int>, sentence: Int, role: GrammaticalRole, salience: Double)
        /// Resolved by the knowledge base: the holder of the office ("his French counterpart").
        case officeHolder
        /// No entity of the document fits.
        case noCandidate
        /// "It" that stands for nothing ("it is clear that …").
        case pleonastic
        /// "It" in a role other than subject ("signed it"): a thing far more often than a country or
        /// an organization, left alone.
        case nonSubjectIt
        /// A role description ("his French counterpart") whose person is unknown: not the country.
        case droppedDescription
    }

    var tokens: Range<Int>
    var sentence: Int
    /// Pronoun or description.
    var isPronoun: Bool
    /// What it stands for (empty when unresolved).
    var referents: [Referent]
    var outcome: Outcome
}
