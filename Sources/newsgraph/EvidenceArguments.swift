import ArgumentParser

/// `--max-evidence`, shared by `build` and `merge`: how much evidence a relation keeps.
struct EvidenceArguments: ParsableArguments {
    @Option(name: .customLong("max-evidence"), help: ArgumentHelp(
        "Keep at most this many sentences per relation, the most confident; sources and documents keep their true counts.",
        valueName: "n"))
    var maxEvidence: Int?

    func validate() throws {
        if let maxEvidence, maxEvidence < 1 { throw ValidationError("--max-evidence must be 1 or more") }
    }
}
