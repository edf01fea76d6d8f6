import Foundation

/// Finds the model files shipped with the library (the `Models` resource folder).
enum ModelFiles {
    /// The path of a shipped model file.
    ///
    /// - Throws: `ModelError.unreadable` naming where it looked.
    static func path(_ name: String) throws -> String {
        let folder = try KnowledgeBase.dataFolder().deletingLastPathComponent().appendingPathComponent("Models")
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.isReadableFile(atPath: path) else { throw ModelError.unreadable(path: path) }
        return path
    }
}
