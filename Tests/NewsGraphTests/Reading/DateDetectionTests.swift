import Testing
@testable import NewsGraph

@Suite("Publication dates stated in the text")
struct DateDetectionTests {
    @Test("the usual news forms", arguments: [
        ("Putin talks to Iranian president\n\n16 Jan, 2026 19:54 / Updated 10 hours ago", "2026-01-16"),
        ("Published January 5, 2025 at 10:00", "2025-01-05"),
        ("WASHINGTON, Jan. 5 2025 (Reuters) - The talks", "2025-01-05"),
        ("Updated 2024-11-30T08:00Z", "2024-11-30"),
        ("By Jane Doe | 3 March 2023", "2023-03-03"),
        ("Sept. 11, 2001", "2001-09-11"),
    ])
    func forms(text: String, expected: String) {
        #expect(DocumentMetadata.date(in: text)?.description == expected)
    }

    @Test("numbers that are not dates", arguments: [
        "The army lost 16 tanks in 2024 offensives.",
        "Troops moved 31 Feb 2024 supplies.",
        "May 2025 be better.",
        "",
    ])
    func notDates(text: String) {
        #expect(DocumentMetadata.date(in: text) == nil)
    }
}
