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

    /// Opens a model file (memory-mapped) and reads its header: the format's magic, the feature
    /// signature the code was built with, and the model's description.
    ///
    /// - Throws: `ModelError` when the file is missing or of another format or feature set.
    package static func open(_ path: String, magic: String, signature: String) throws -> (reader: BinaryReader, about: String) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw ModelError.unreadable(path: path)
        }
        var reader = BinaryReader(data: data, path: path)
        try reader.expect(magic)
        try reader.expect(signature)
        let about = try reader.readString()
        return (reader, about)
    }
}
