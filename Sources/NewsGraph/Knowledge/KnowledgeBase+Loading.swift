import Foundation

extension KnowledgeBase {
    /// The data files of the built-in knowledge base, in load order.
    static let builtInFiles = ["countries.tsv", "organizations.tsv", "titles.tsv", "ministries.tsv",
                               "people.tsv", "nonentities.tsv", "namewords.tsv", "triggers.tsv",
                               "frames.tsv", "relationwords.tsv", "coreference.tsv", "descriptions.tsv",
                               "firstnames.tsv"]

    /// The knowledge base shipped with NewsGraph, plus optional user files in the same format.
    ///
    /// - Parameter userFiles: paths of knowledge files whose records extend or add to the built-in ones.
    /// - Throws: `KnowledgeError` when a file cannot be read or does not follow the format.
    public static func load(userFiles: [String] = []) throws -> KnowledgeBase {
        var texts: [(name: String, text: String)] = []
        let folder = try dataFolder()
        for name in builtInFiles {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            texts.append((name, String(decoding: data, as: UTF8.self)))
        }
        if texts.isEmpty { throw KnowledgeError.missingData("no data files in \(folder.path)") }
        for path in userFiles {
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError.unreadable(path: path)
            }
            texts.append((path, text))
        }
        return try KnowledgeBase(texts: texts)
    }

    /// The built-in knowledge base, loaded once per process.
    public static var builtIn: KnowledgeBase {
        get throws { try builtInCache.get { Result { try KnowledgeBase.load() } }.get() }
    }

    private static let builtInCache = Lazy<Result<KnowledgeBase, any Error>>()

    /// Finds the resource folder without Bundle.module's fatal error when it is missing: next to
    /// the executable (where SwiftPM puts it), at NEWSGRAPH_RESOURCES, or in the build folder.
    static func dataFolder() throws -> URL {
        let candidates = resourceBundleCandidates()
        for bundle in candidates {
            let data = bundle.appendingPathComponent("Data")
            if FileManager.default.fileExists(atPath: data.appendingPathComponent("countries.tsv").path) { return data }
        }
        throw KnowledgeError.missingData("looked in " + candidates.map(\.path).joined(separator: ", "))
    }

    /// Where the library's resource bundle may be, in the order to look: NEWSGRAPH_RESOURCES,
    /// next to the executable, in the build folder.
    static func resourceBundleCandidates() -> [URL] {
        let bundleName = "NewsGraph_NewsGraph.resources"
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_RESOURCES"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        // Test bundles (.xctest) live inside the build folder too.
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        return candidates
    }
}
