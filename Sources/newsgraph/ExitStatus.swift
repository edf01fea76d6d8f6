import ArgumentParser

/// Exit statuses, following BSD's sysexits.h as well-behaved Unix tools do.
enum ExitStatus {
    /// The command line is wrong (ArgumentParser's own validation errors exit 64 too).
    static let usage = ExitCode(64)
    /// An input is unusable: nothing readable, a malformed knowledge or graph file.
    static let dataError = ExitCode(65)
    /// An input path does not exist.
    static let noInput = ExitCode(66)
    /// Graphviz failed to render.
    static let software = ExitCode(70)
    /// The output folder cannot be created or written.
    static let cannotCreate = ExitCode(73)
}
