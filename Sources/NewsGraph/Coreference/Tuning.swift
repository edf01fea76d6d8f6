/// The constants of salience and preference beside Lappin and Leass's weights (`MentionPlace`),
/// tuned on GAP development and GUM dev only (`newsgraph-train coref-eval`; README, "Pronouns and
/// descriptions").
enum Tuning {
    /// Lappin–Leass parallelism: an antecedent in the pronoun's own role gains this much.
    static let parallelism = 35.0
    /// An antecedent whose known gender is the pronoun's, over one whose gender is unknown.
    static let genderMatch = 10.0
    /// The nearest candidate in the pronoun's own sentence (GAP development: F1 64.1 without,
    /// 67.7 with 100; 66.9 with 150).
    static let proximity = 100.0
    /// Salience kept from one sentence to the next (Lappin and Leass: half).
    static let decayFactor = 0.5
    /// Salience below which an entity leaves the pool.
    static let floor = 5.0
    /// How many sentences back "he" or "she" finds the last man or woman named when no entity of
    /// the pool fits.
    static let genderReach = 30
    private static let decays: [Double] = (0..<64).map { age in (0..<age).reduce(1.0) { value, _ in value * decayFactor } }
    static func decay(_ age: Int) -> Double { age < 64 ? decays[age] : 0 }
}
