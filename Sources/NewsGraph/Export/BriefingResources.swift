import Foundation

/// The briefing page's template, script and style, read once per process from the library's
/// resources (`Export/Briefing/`), with the Content-Security-Policy hashes of the script and
/// style as the page inlines them.
///
/// The script is written in parts (`briefing-1-model.js` … `briefing-7-start.js`), each a piece
/// of one function's body: joined in order inside `(function () { 'use strict'; … })();`, they
/// share its variables, and the page holds them as one inline script with one hash.
struct BriefingResources: Sendable {
    /// The template cut at its `{{name}}` markers: text, then (marker, text) pairs.
    let templateHead: String
    let templateParts: [(marker: String, text: String)]
    let script: String
    let style: String

    /// `'sha256-…'` of the inline script and of the inline style, for the CSP.
    var scriptHash: String { Self.cspHash(script) }
    var styleHash: String { Self.cspHash(style) }

    static let folderName = "Briefing"
    static let files = (template: "briefing.html", style: "briefing.css")
    static let scriptParts = ["briefing-1-model.js", "briefing-2-diagram.js", "briefing-3-filters.js", "briefing-4-details.js",
                              "briefing-5-search.js", "briefing-6-tables.js", "briefing-7-start.js"]

    /// The resources, loaded on first use.
    static var shared: BriefingResources {
        get throws { try cache.get { Result { try load() } }.get() }
    }

    private static let cache = Lazy<Result<BriefingResources, any Error>>()

    /// Reads the three files from the first resource bundle that has them.
    static func load() throws -> BriefingResources {
        let candidates = KnowledgeBase.resourceBundleCandidates().map { $0.appendingPathComponent(folderName) }
        guard let folder = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(files.template).path)
        }) else {
            throw BriefingError.missingResource(files.template, looked: candidates.map(\.path))
        }
        func read(_ name: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw BriefingError.missingResource(name, looked: [folder.path])
            }
            return String(decoding: data, as: UTF8.self)
        }
        let script = "(function () {\n'use strict';\n\n" + (try scriptParts.map(read).joined(separator: "\n")) + "})();\n"
        return try BriefingResources(template: read(files.template), script: script, style: read(files.style))
    }

    /// Prepares resources from their texts.
    ///
    /// The script and the style must not close their elements early (no `</script`, `</style`).
    init(template: String, script: String, style: String) throws {
        if script.range(of: "</script", options: .caseInsensitive) != nil {
            throw BriefingError.missingResource("the script (it must not contain </script)", looked: [])
        }
        if style.range(of: "</style", options: .caseInsensitive) != nil {
            throw BriefingError.missingResource("\(Self.files.style) (it must not contain </style)", looked: [])
        }
        self.script = script
        self.style = style
        var parts: [(String, String)] = []
        var rest = template[...]
        var head = ""
        var first = true
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let text = String(rest[..<open.lowerBound])
            if first { head = text; first = false } else { parts[parts.count - 1].1 = text }
            parts.append((String(rest[open.upperBound..<close.lowerBound]), ""))
            rest = rest[close.upperBound...]
        }
        if first { head = String(rest) } else { parts[parts.count - 1].1 = String(rest) }
        templateHead = head
        templateParts = parts
    }

    /// The template with each `{{name}}` replaced by `values[name]` (in one pass: nothing a value
    /// holds is taken for a marker).
    func fill(_ values: [String: String]) -> String {
        var result = templateHead
        for (marker, text) in templateParts {
            result += values[marker] ?? ""
            result += text
        }
        return result
    }

    /// A CSP source expression for inline code: `'sha256-<base64 of the UTF-8 bytes' digest>'`.
    static func cspHash(_ code: String) -> String {
        "'sha256-\(Data(SHA256.digest(Array(code.utf8))).base64EncodedString())'"
    }
}
