import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train`: trains and evaluates the learned models shipped with NewsGraph. Kept out of
/// the `newsgraph` product; run it with `swift run -c release newsgraph-train …`.
@main
struct NewsGraphTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph-train",
        abstract: "Train and evaluate NewsGraph's learned models (syntax, names) from annotated corpora, and score coreference.",
        subcommands: [TrainSyntaxCommand.self, EvaluateSyntaxCommand.self, TrainNamesCommand.self, BenchmarkNamesCommand.self,
                      CoreferenceEvaluationCommand.self]
    )
}
