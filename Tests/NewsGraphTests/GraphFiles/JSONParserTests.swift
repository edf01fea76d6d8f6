import Foundation
import Testing
@testable import NewsGraph

@Suite("JSON parsing for graph files")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    @Test("every JSON type, with integers kept apart from fractions")
    func types() throws {
        let value = try parse(#" {"a": [1, -2, 2.5, 1e3, 12345678901234567890, true, false, null, "x"], "b": {}} "#)
        #expect(value == .object([
            "a": .array([.integer(1), .integer(-2), .number(2.5), .number(1000), .number(1.2345678901234567e19),
                         .bool(true), .bool(false), .null, .string("x")]),
            "b": .object([:]),
        ]))
    }

    @Test("string escapes, surrogate pairs and raw UTF-8 read as JSONSerialization reads them", arguments: [
        #""a\"b\\c\/d\b\f\n\r\t""#,
        #""\u00e9\u4e2d\ud83d\ude00 é 中 😀""#,
        #""<script>]]>--> & 'quotes'""#,
        #""""#,
    ])
    func strings(literal: String) throws {
        let reference = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8), options: []) as? [String]
        #expect(try parse(literal).string == reference?.first)
    }

    @Test("malformed text is refused with where it went wrong", arguments: [
        ("", "unexpected end of text"),
        ("<graphml/>", "unexpected character '<'"),
        ("[1, 2,]", "a value was expected"),
        ("{\"a\": 1,}", "a key in quotes was expected"),
        ("{\"a\" 1}", "':' was expected"),
        ("[01]", "cannot start with 0"),
        ("\"tab\there\"", "control character"),
        ("\"\\x\"", "invalid escape"),
        ("\"\\u12\"", "four hex digits"),
        ("[1] 2", "unexpected text after"),
        ("tru", "unexpected character 't'"),
        ("[1e999]", "out of range"),
    ])
    func malformed(text: String, message: String) {
        #expect {
            try parse(text)
        } throws: { error in
            (error as? JSONParser.Failure)?.message.contains(message) == true
        }
    }

    @Test("positions count lines and characters")
    func position() {
        #expect(throws: JSONParser.Failure(message: "',' or ']' was expected in an array", line: 2, column: 5)) {
            try parse("[\n\"é\" 1]")
        }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try parse(fine) }
    }

    @Test("invalid UTF-8 in a string is refused; a byte order mark is skipped")
    func encoding() throws {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Data([0x22, 0xFF, 0x22])) }
        #expect(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("{}".utf8))) == .object([:]))
    }
}
