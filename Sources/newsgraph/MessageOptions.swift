import ArgumentParser

/// `--quiet` and `--verbose`, shared by every command, and the console they configure.
struct MessageOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print what is done, step by step.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var console: Console { Console(quiet: quiet, verbose: verbose) }
}
