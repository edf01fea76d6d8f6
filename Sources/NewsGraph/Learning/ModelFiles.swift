import Foundation

/// Finds the model files shipped with the library (the `Models` resource folder).
package enum ModelFiles {
    /// The path of a shipped model file, in the first resource bundle that has it.
    ///
    /// - Throws: `ModelError.unreadable` naming where it looked.
    package static func path(_ name: String) throws -> String {
        let candidates = KnowledgeBase.resourceBundleCandidates().map { $0.appendingPathComponent("Models").appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0.path) }) else {
            throw ModelError.unreadable(path: candidates.first?.path ?? name)
        }
        return found.path
    }
}
