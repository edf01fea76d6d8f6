import ArgumentParser
import NewsGraph

/// Exit statuses, following BSD's sysexits.h as well-behaved Unix tools do.
///
/// | status | meaning |
/// |---|---|
/// | 0 | the outputs were written (warnings may have been printed) |
/// | 64 | the command line is wrong (unknown option or format, bad value) |
/// | 65 | the inputs exist but are unusable: every file skipped, a malformed knowledge file |
/// | 66 | an input is missing: no such file or folder, a folder without documents |
/// | 70 | Graphviz failed to lay out or render an image |
/// | 72 | the installation is broken: the built-in knowledge base is missing |
/// | 73 | the output folder cannot be created or a file in it cannot be written |
/// | 128 + n | interrupted by signal n (130 for Ctrl-C, 143 for SIGTERM); no partial files are left |
enum ExitStatus {
    /// The command line is wrong (ArgumentParser's own validation errors exit 64 too).
    static let usage = ExitCode(64)
    /// An input is unusable: nothing readable, a malformed knowledge or graph file.
    static let dataError = ExitCode(65)
    /// An input path does not exist, or a folder holds no documents.
    static let noInput = ExitCode(66)
    /// Graphviz failed to render.
    static let software = ExitCode(70)
    /// NewsGraph's own data files are missing (a broken installation).
    static let osFile = ExitCode(72)
    /// The output folder cannot be created or written.
    static let cannotCreate = ExitCode(73)

    /// The status for a failure to read the inputs.
    static func of(_ error: ReadingError) -> ExitCode {
        switch error {
        case .missingPath, .noDocuments, .unreadable: return noInput
        case .nothingToRead: return dataError
        }
    }

    /// The status for a failure to load the knowledge base.
    static func of(_ error: KnowledgeError) -> ExitCode {
        switch error {
        case .unreadable: return noInput
        case .malformed: return dataError
        case .missingData: return osFile
        }
    }
}
