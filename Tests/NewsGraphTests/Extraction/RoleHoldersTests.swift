import Testing
@testable import NewsGraph

/// `RoleHolders` answers as the pass over every mention it replaced did, on mention lists that
/// grow between queries, in any order of positions.
@Suite("Role holders index")
struct RoleHoldersTests {
    /// The pass over the mentions that `DocumentResolver.resolveRole` made before the index.
    static func scan(_ mentions: [Mention], exact: [String], suffixes: [String], prefixes: [String], position: Int) -> Int? {
        func holds(_ referent: Referent) -> Bool {
            let held = referent.offices
            if held.isEmpty { return false }
            return exact.contains { held.contains($0) }
                || suffixes.contains { suffix in held.contains { $0.hasSuffix(suffix) } }
                || prefixes.contains { prefix in held.contains { $0.hasPrefix(prefix) } }
        }
        var nearest: Int?, firstAfter: Int?
        for index in mentions.indices where mentions[index].referent.kind == .person && holds(mentions[index].referent) {
            if mentions[index].tokens.lowerBound < position {
                nearest = index
            } else if firstAfter == nil {
                firstAfter = index
            }
        }
        return nearest ?? firstAfter
    }

    /// A small deterministic generator (the tests must not depend on the run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let offices = ["RUS/president", "IRN/president", "USA/president", "RUS/foreign minister", "IRN/foreign minister",
                          "GBR/prime minister", "RUS/prime minister", "UN/secretary general"]

    @Test("holder(…) agrees with a scan of every mention", arguments: [1, 2, 3, 4, 5])
    func agreesWithScan(seed: UInt64) {
        var random = Generator(state: seed)
        var mentions: [Mention] = []
        var index = RoleHolders()
        var checked = 0, found = 0
        for _ in 0..<400 {
            // Append a few mentions, at positions in any order (resolved ones go to the end).
            for _ in 0..<random.next(4) {
                var held: Set<String> = []
                for _ in 0..<random.next(3) { held.insert(Self.offices[random.next(Self.offices.count)]) }
                let kind: EntityKind = random.next(5) == 0 ? .country : .person
                let referent = Referent(id: "\(kind.rawValue):p\(random.next(30))", kind: kind, name: "P", offices: held)
                let start = random.next(2000)
                mentions.append(Mention(tokens: start..<(start + 1 + random.next(3)), sentence: start / 20,
                                        referent: referent, form: .name, surface: "P"))
            }
            // Then ask a query of each kind.
            let office = Self.offices[random.next(Self.offices.count)]
            let parts = office.split(separator: "/").map(String.init)
            let queries: [([String], [String], [String])] = [
                ([office], [], []), ([], ["/" + parts[1]], []), ([], [], [parts[0] + "/"]),
                ([office, Self.offices[random.next(Self.offices.count)]], ["/president"], []),
            ]
            let position = random.next(2100)
            index.update(mentions)
            for (exact, suffixes, prefixes) in queries {
                let expected = Self.scan(mentions, exact: exact, suffixes: suffixes, prefixes: prefixes, position: position)
                #expect(index.holder(exact: exact, suffixes: suffixes, prefixes: prefixes, position: position) == expected)
                checked += 1
                if expected != nil { found += 1 }
            }
        }
        // The cases exercised both answers and no answer.
        #expect(found > checked / 4 && found < checked)
    }

    @Test("lastMinistry(endingWith:) is the last organization whose id ends so")
    func ministries() {
        func organization(_ id: String, at start: Int) -> Mention {
            Mention(tokens: start..<(start + 1), sentence: 0, referent: Referent(id: id, kind: .organization, name: id),
                    form: .name, surface: id)
        }
        var index = RoleHolders()
        var mentions = [organization("organization:russian-foreign-ministry", at: 5),
                        organization("organization:iranian-foreign-ministry", at: 1),
                        organization("organization:ministry-of-truth", at: 9)]
        func expected(_ suffix: String) -> Int? {
            mentions.lastIndex { $0.referent.kind == .organization && $0.referent.id.hasSuffix(suffix) }
        }
        let suffixes = ["-foreign-ministry", "-russian-foreign-ministry", "-defence-ministry", "-ministry"]
        index.update(mentions)
        #expect(index.lastMinistry(endingWith: "-foreign-ministry") == 1)
        for suffix in suffixes { #expect(index.lastMinistry(endingWith: suffix) == expected(suffix), "\(suffix)") }
        mentions.append(organization("organization:russian-foreign-ministry", at: 0))
        mentions.append(organization("organization:the-russian-foreign-ministry", at: 3))
        index.update(mentions)
        #expect(index.lastMinistry(endingWith: "-foreign-ministry") == 4)
        for suffix in suffixes { #expect(index.lastMinistry(endingWith: suffix) == expected(suffix), "\(suffix)") }
    }
}
