/// What a dataset reader gives, one item at a time.
enum DatasetItem {
    /// A record: its 1-based number in the file (the line of a JSON Lines file, the element of a
    /// JSON array, the row of a CSV file after its header), the line it starts on, its fields;
    /// `notes` are what the user should know of it (bytes that were not UTF-8, missing columns).
    case record(number: Int, line: Int, fields: RecordFields, notes: [String])
    /// A record that cannot be read, and why.
    case malformed(line: Int, reason: String)
    /// The file ends early (a truncated `.gz`, an array never closed), or is not a dataset: why.
    case stopped(reason: String)
}

/// Reads a dataset's records one at a time, in bounded memory.
protocol DatasetRecordReader {
    mutating func next() -> DatasetItem?
}

extension DatasetRecordReader {
    /// "64 MB" for messages.
    static func megabytes(_ bytes: Int) -> String { BoundedFile.megabytes(bytes) + " MB" }
}
