/// The versions of the files `newsgraph merge` reads, and how it tells them apart.
///
/// - A fragment file (`newsgraph extract`): JSON Lines, one document a line,
///   `{"newsgraph": "fragment", "version": 1, "document": {…}, "entities": […], "relations": […]}`.
/// - A graph file (`graph.json` of `build` or `merge`, JSON Graph Format): its
///   `graph.metadata.formatVersion` is 1.
///
/// A reader refuses a version newer than its own, naming the file and line: the file was written
/// by a newer newsgraph.
public enum GraphFileFormat {
    /// The fragment line format written and read.
    public static let fragmentVersion = 1
    /// The `graph.json` format written and read (`graph.metadata.formatVersion`).
    public static let graphVersion = 1
}
