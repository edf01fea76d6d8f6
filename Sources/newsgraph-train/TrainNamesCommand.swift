import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train names`: trains the name recognizer and writes its model file.
struct TrainNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Train the name recognizer (people, organizations, locations) on GUM, WikiGold and BTC.",
        discussion: """
        Deterministic: the same corpora and options give a byte-identical model. Sentences are tagged
        by the shipped syntax model's tagger and matched against the built-in knowledge base, as
        extraction does. Splits: GUM's own (train, tune on dev, report on test); WikiGold documents
        and BTC tweets numbered in file order, number mod 10 = 8 dev, = 9 test, the rest train.

        The shipped model (see README "Names"; about a minute in a release build):
          newsgraph-train names --corpora ../shared/corpora --exclude Evaluation/heldout-documents.txt \\
            --test -o Sources/NewsGraph/Models/english.names
        """
    )

    @Option(help: "The folder holding ud-gum/ and ner/ (wikigold/, btc/).") var corpora: String
    @Option(help: "A file listing GUM documents (`# newdoc id`) to leave out of training, one per line.") var exclude: [String] = []
    @Option(name: .shortAndLong, help: "Where to write the model.") var output: String
    @Option(help: "Training epochs.") var epochs = 8
    @Option(help: "Drop averaged weights smaller than this.") var pruning: Float = 1
    @Option(help: "Also learn every n-th sentence written in capitals (0: none).") var capitalsEvery = 6
    @Option(help: "Train on at most this many sentences of each corpus (0: all; for quick trials).") var limit = 0
    @Option(help: "Learn GUM's training sentences this many times (GUM is the corpus closest to news).") var gumRepeats = 1
    @Flag(help: "Score every epoch on the development splits.") var devEveryEpoch = false
    @Flag(help: "Score the finished model on the test splits (and record the figures in the model).") var test = false

    func run() throws {
        let log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        var excluded = Set<String>()
        for file in exclude { excluded.formUnion(try Treebank.documentList(file)) }
        var corpora = [try NameCorpora.gum("\(self.corpora)/ud-gum", excluding: excluded),
                       try NameCorpora.wikiGold("\(self.corpora)/ner/wikigold/wikigold.conll.txt"),
                       try NameCorpora.btc("\(self.corpora)/ner/btc")]
        if limit > 0 { for c in corpora.indices { corpora[c].train = Array(corpora[c].train.prefix(limit)) } }
        let knowledge = try KnowledgeBase.builtIn
        let syntax = try SyntaxModel.builtIn
        var trainer = NameTrainer()
        trainer.epochs = epochs
        trainer.pruning = pruning
        trainer.capitalsEvery = capitalsEvery
        var train: [NameTrainer.Example] = []
        for c in corpora {
            let examples = trainer.examples(c.train, knowledge: knowledge, syntax: syntax, forTraining: true)
            for _ in 0..<(c.name == "GUM" ? max(gumRepeats, 1) : 1) { train += examples }
        }
        let dev = corpora.map { (name: $0.name, examples: trainer.examples($0.dev, knowledge: knowledge, syntax: syntax)) }
        let counts = corpora.map { "\($0.name) \($0.train.count)/\($0.dev.count)/\($0.test.count)" }.joined(separator: ", ")
        log("sentences train/dev/test: \(counts); \(train.count) training examples (capitals copies included)")
        var about = "Trained by newsgraph-train names on GUM (train, \(excluded.count) documents left out), WikiGold and BTC (train splits: \(counts) sentences), \(epochs) epochs, pruning \(pruning), capitals every \(capitalsEvery), GUM learned \(gumRepeats)×."
        let recognizer = trainer.train(train, about: about) { epoch, model in
            guard devEveryEpoch || epoch == epochs else { return }
            for d in dev { log("  epoch \(epoch) dev \(d.name): \(NameScores.of(model, on: d.examples))") }
        }
        var model = recognizer
        if test {
            for c in corpora {
                let scores = NameScores.of(recognizer, on: trainer.examples(c.test, knowledge: knowledge, syntax: syntax))
                log("test \(c.name): \(scores)")
                about += " Test \(c.name): \(scores)."
            }
            model = NameRecognizer(weights: recognizer.weights, about: about)
        }
        let bytes = model.encoded()
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        log("wrote \(output): \(bytes.count / 1024) KiB, \(model.weights.featureCount) features")
    }
}
