import Foundation

/// Everything extraction knows before reading a document: countries, organizations, people and
/// their offices, role words, ministries, and words that are never entities.
///
/// Built from data files (see `Knowledge/README.md`); immutable, and shared by reference by all
/// extraction threads (a class, so handing it from stage to stage copies nothing).
public final class KnowledgeBase: Sendable {
    public let countries: [Country]
    public let organizations: [Organization]
    public let people: [KnownPerson]
    public let titles: [Title]
    public let ministries: [Ministry]
    public let lexicon: PhraseLexicon
    /// The surface extractor's triggers (`triggers.tsv`), used when no syntax model is installed.
    public let triggers: TriggerLexicon
    /// The relation frames by lemma and the word lists of relation extraction.
    public let frames: FrameLexicon
    /// Pronouns, description nouns and gendered words for coreference.
    public let coreference: CoreferenceLexicon

    private let countryIndex: [String: Int]
    private let organizationIndex: [String: Int]
    private let personBySlug: [String: Int]
    private let titleIndex: [String: Int]
    /// Office holder (country code or organization id) + office type → people who held it.
    private let officeHolders: [String: [Int]]
    /// `Referent.country` of each country and `Referent.organization` of each organization, made
    /// once: extraction names them at many tokens.
    let countryReferents: [Referent]
    let organizationReferents: [Referent]
    /// The normalized words and name of each title.
    let titleForms: [[String]]
    /// The misspelling index, built on first use.
    private let fuzzyIndex = Lazy<FuzzyNames>()

    /// The misspelling index over country names and demonyms, built on first use.
    var fuzzyNames: FuzzyNames { fuzzyIndex.get { FuzzyNames(self) } }

    /// An empty knowledge base.
    public convenience init() {
        self.init(KnowledgeBuilder())
    }

    /// A knowledge base from records in the knowledge file format.
    ///
    /// - Parameter texts: file contents and a name for each, for error messages.
    /// - Throws: `KnowledgeError.malformed` for lines that do not follow the format.
    public convenience init(texts: [(name: String, text: String)]) throws {
        var builder = KnowledgeBuilder()
        for (name, text) in texts {
            try builder.add(KnowledgeRecord.parse(text, source: name))
        }
        self.init(builder)
    }

    private init(_ builder: KnowledgeBuilder) {
        countries = builder.countries.map(Country.init)
        organizations = builder.organizations.map(Organization.init)
        people = builder.people.map(KnownPerson.init)
        titles = builder.titles.map(Title.init)
        countryReferents = countries.map(Referent.country)
        organizationReferents = organizations.map(Referent.organization)
        titleForms = titles.map { title in title.words.map(WordForm.normalize) + [WordForm.normalize(title.name)] }
        ministries = builder.ministries
        lexicon = builder.lexicon
        triggers = builder.triggers
        frames = builder.frames.finished()
        coreference = builder.coreference
        countryIndex = builder.countryIndex
        organizationIndex = builder.organizationIndex
        personBySlug = builder.personBySlug
        titleIndex = builder.titleIndex
        officeHolders = builder.officeHolders
    }

    // MARK: Lookup

    public func country(code: String) -> Country? { countryIndex[code].map { countries[$0] } }
    public func countryIndex(code: String) -> Int? { countryIndex[code] }
    public func organization(id: String) -> Organization? { organizationIndex[id].map { organizations[$0] } }
    public func title(id: String) -> Title? { titleIndex[id].map { titles[$0] } }

    /// The known person with this entity id (`person:vladimir-putin`).
    public func person(id entityID: String) -> KnownPerson? {
        guard entityID.hasPrefix("person:") else { return nil }
        return personBySlug[String(entityID.dropFirst("person:".count))].map { people[$0] }
    }

    /// People who held `office` of `holder` on `date` (or hold it now, without a date).
    public func holders(of office: String, at holder: String, on date: NewsDate?) -> [Int] {
        (officeHolders[holder + "/" + office] ?? []).filter { index in
            people[index].offices.contains { $0.holder == holder && $0.type == office && $0.isHeld(on: date) }
        }
    }

    /// The role name of an office: "President of Russia", "Secretary-General of NATO".
    public func roleName(office: String, holder: String) -> String {
        let title = self.title(id: office)?.name ?? office.replacingOccurrences(of: "-", with: " ").capitalized
        if let country = country(code: holder) { return "\(title) of \(country.nameInText)" }
        if let organization = organization(id: holder) { return "\(title) of \(Self.nameInText(organization: organization.name))" }
        return title
    }

    /// An organization's name as it follows "of": "the Kremlin", "the United Nations", "NATO",
    /// "The Washington Post" (names that are acronyms or carry their own article take none).
    public static func nameInText(organization name: String) -> String {
        if name.hasPrefix("The ") || name.hasPrefix("the ") { return name }
        // ASCII names (most) by their bytes: the letters are A-Z and a-z, the upper-case ones A-Z.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let hasLetter = name.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            let hasLowerCase = name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
            return hasLetter && !hasLowerCase ? name : "the \(name)"
        }
        let letters = name.filter(\.isLetter)
        if !letters.isEmpty, letters.allSatisfy(\.isUppercase) { return name }
        return "the \(name)"
    }

}

/// Collects knowledge records into the tables a `KnowledgeBase` is made of.
struct KnowledgeBuilder {
    // Plain fields while building; the knowledge base shares each entry's fields in one object.
    var countries: [Country.Fields] = []
    var organizations: [Organization.Fields] = []
    var people: [KnownPerson.Fields] = []
    var titles: [Title.Fields] = []
    var ministries: [Ministry] = []
    var lexicon = PhraseLexicon()
    var triggers = TriggerLexicon()
    var frames = FrameLexicon()
    var coreference = CoreferenceLexicon()
    var countryIndex: [String: Int] = [:]
    var organizationIndex: [String: Int] = [:]
    var personIndex: [String: Int] = [:]
    var personBySlug: [String: Int] = [:]
    var titleIndex: [String: Int] = [:]
    var officeHolders: [String: [Int]] = [:]


    /// Adds records; later records with the same kind and id extend earlier ones (user files
    /// loaded after the built-in data add aliases and offices).
    mutating func add(_ records: [KnowledgeRecord]) throws {
        let stemmer = Stemmer()
        for record in records {
            switch record.kind {
            case "trigger": try triggers.add(record, stemmer: stemmer)
            case "negative":
                triggers.addNegative(record)
                frames.addNegative(record)
            case "frame": try frames.add(record, stemmer: stemmer)
            case "words": try frames.addWords(record)
            case "country": addCountry(record)
            case "organization": addOrganization(record)
            case "person": try addPerson(record)
            case "title": addTitle(record)
            case "ministry": addMinistry(record)
            case "pronoun", "description", "gendered", "firstname", "corefwords": try coreference.add(record)
            case "nonentity", "givenname", "orghead", "stopword", "groupnoun", "collective":
                let target: LexiconTarget = switch record.kind {
                case "givenname": .givenName
                case "orghead": .organizationHead
                case "stopword": .stopword
                case "groupnoun": .groupNoun
                case "collective": .collective
                default: .nonentity
                }
                lexicon.insert(record.name, target)
                for word in record.values("alias") { lexicon.insert(word, target) }
            default:
                throw KnowledgeError.malformed(location: record.location,
                    reason: "unknown kind '\(record.kind)' (expected country, organization, person, title, ministry, nonentity, givenname, orghead, stopword, groupnoun, collective, trigger, frame, words, negative, pronoun, description, gendered, firstname or corefwords)")
            }
        }
    }

    private mutating func addCountry(_ r: KnowledgeRecord) {
        let code = r.id.uppercased()
        let index: Int
        if let existing = countryIndex[code] {
            index = existing
        } else {
            index = countries.count
            countries.append(Country.Fields(code: code, alpha2: nil, name: r.name, officialName: nil, aliases: [],
                                     demonyms: [], capitals: [], metonyms: [], takesArticle: false, leaderOffices: []))
            countryIndex[code] = index
            lexicon.insert(r.name, .countryName(index))
        }
        var c = countries[index]
        if let alpha2 = r.value("alpha2") { c.alpha2 = alpha2 }
        if let official = r.value("official") {
            c.officialName = official
            lexicon.insert(official, .countryName(index))
        }
        c.aliases += r.values("alias")
        c.demonyms += r.values("demonym")
        c.capitals += r.values("capital")
        c.metonyms += r.values("metonym")
        if r.value("article") != nil { c.takesArticle = r.value("article") == "the" }
        c.leaderOffices += r.values("leader")
        for alias in r.values("alias") { lexicon.insert(alias, .countryName(index)) }
        for demonym in r.values("demonym") { lexicon.insert(demonym, .countryDemonym(index)) }
        for capital in r.values("capital") { lexicon.insert(capital, .countryCapital(index)) }
        for metonym in r.values("metonym") { lexicon.insert(metonym, .countryMetonym(index)) }
        countries[index] = c
    }

    private mutating func addOrganization(_ r: KnowledgeRecord) {
        let index: Int
        if let existing = organizationIndex[r.id] {
            index = existing
        } else {
            index = organizations.count
            organizations.append(Organization.Fields(id: r.id, entityID: EntityID.make(kind: .organization, key: r.id), name: r.name,
                                              aliases: [], acronyms: [], country: nil, type: nil))
            organizationIndex[r.id] = index
            lexicon.insert(r.name, .organization(index))
        }
        var o = organizations[index]
        o.aliases += r.values("alias")
        o.acronyms += r.values("acronym")
        if let country = r.value("country") { o.country = country.uppercased() }
        if let type = r.value("type") { o.type = type }
        for name in r.values("alias") + r.values("acronym") { lexicon.insert(name, .organization(index)) }
        organizations[index] = o
    }

    private mutating func addPerson(_ r: KnowledgeRecord) throws {
        let index: Int
        if let existing = personIndex[r.id] {
            index = existing
        } else {
            index = people.count
            people.append(KnownPerson.Fields(id: r.id, entityID: EntityID.make(kind: .person, key: r.id), name: r.name,
                                      aliases: [], country: nil, gender: nil, offices: []))
            personIndex[r.id] = index
            personBySlug[EntityID.slug(r.id)] = index
            lexicon.insert(r.name, .person(index))
        }
        var p = people[index]
        p.aliases += r.values("alias")
        if let country = r.value("country") { p.country = country.uppercased() }
        let familyNameFirst = PersonName.familyNameFirst.contains(p.country ?? "")
        for surname in r.values("surname") + [r.name].compactMap({ PersonName.surname(of: $0, familyNameFirst: familyNameFirst) })
        where r.values("surname").isEmpty || r.values("surname").contains(surname) {
            lexicon.insert(surname, .surname(index))
        }
        if let gender = r.value("gender")?.lowercased().first { p.gender = gender }
        for alias in r.values("alias") {
            lexicon.insert(alias, .person(index))
        }
        for text in r.values("office") {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else {
                throw KnowledgeError.malformed(location: r.location, reason: "office '\(text)' is not HOLDER:TYPE:START:END")
            }
            let start = parts.count > 2 ? PartialDate.parse(parts[2], end: false) : nil
            let end = parts.count > 3 ? PartialDate.parse(parts[3], end: true) : nil
            let holder = parts[0].count == 3 && parts[0] == parts[0].uppercased() ? parts[0] : parts[0].lowercased()
            let office = Office(holder: holder, type: parts[1], start: start, end: end)
            p.offices.append(office)
            officeHolders[holder + "/" + office.type, default: []].append(index)
        }
        people[index] = p
    }

    private mutating func addTitle(_ r: KnowledgeRecord) {
        let index: Int
        if let existing = titleIndex[r.id] {
            index = existing
        } else {
            index = titles.count
            titles.append(Title.Fields(id: r.id, name: r.name, words: [], isHonorific: false, isGeneric: false, isLeader: false))
            titleIndex[r.id] = index
        }
        var t = titles[index]
        t.words += r.values("word")
        t.isHonorific = t.isHonorific || r.flag("honorific")
        t.isGeneric = t.isGeneric || r.flag("generic")
        t.isLeader = t.isLeader || r.flag("leader")
        for word in r.values("word") { lexicon.insert(word, .title(index)) }
        titles[index] = t
    }

    private mutating func addMinistry(_ r: KnowledgeRecord) {
        let index = ministries.count
        let ministry = Ministry(id: r.id, name: r.name, words: r.values("word"),
                                ministerTitle: r.value("title"), spokespersonTitle: r.value("spokesperson"))
        ministries.append(ministry)
        for word in [r.name] + ministry.words { lexicon.insert(word, .ministry(index)) }
    }
}

/// Dates written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
enum PartialDate {
    /// The first (or, with `end`, the last) day the text can mean.
    static func parse(_ text: String, end: Bool) -> NewsDate? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 3: return NewsDate(year: parts[0], month: parts[1], day: parts[2])
        case 2: return NewsDate(year: parts[0], month: parts[1], day: end ? NewsDate.daysIn(month: parts[1], year: parts[0]) : 1)
        case 1: return NewsDate(year: parts[0], month: end ? 12 : 1, day: end ? 31 : 1)
        default: return nil
        }
    }
}

/// Person names: given names, particles and surnames.
public enum PersonName {
    /// Particles that belong to the surname ("bin Salman", "van der Leyen", "al-Assad").
    static let particles: WordSet = ["al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "abu", "ben", "ter", "zu"]
    static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]

    /// Countries whose names put the family name first ("Xi Jinping", "Kim Jong Un").
    static let familyNameFirst: Set<String> = ["CHN", "TWN", "HKG", "MAC", "PRK", "KOR"]

    /// The surname of a full name: its last word, with particles ("Ursula von der Leyen" → "von der
    /// Leyen"), or its first where family names come first; `nil` for one-word names.
    public static func surname(of name: String, familyNameFirst: Bool = false) -> String? {
        // Split on the bytes: splitting on a Character walks grapheme clusters.
        var words = name.utf8.split(separator: 0x20).map { String(Substring($0)) }
        if familyNameFirst {
            return words.count >= 2 ? words[0] : nil
        }
        while let last = words.last, last.utf8.count <= 4 && suffixes.contains(WordForm.normalize(last)) || last.hasSuffix(",") && words.count > 2 {
            words.removeLast()
        }
        guard words.count >= 2 else { return nil }
        var start = words.count - 1
        while start > 1, particles.contains(words[start - 1].lowercased()) { start -= 1 }
        return words[start...].joined(separator: " ")
    }
}
