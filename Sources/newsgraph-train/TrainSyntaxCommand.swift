import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train syntax`: trains the tagger, lemmatizer and parser and writes one model file.
struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Train the part-of-speech tagger, lemmatizer and dependency parser on CoNLL-U treebanks.",
        discussion: """
        Deterministic: the same files and options give a byte-identical model.

        Example (the shipped model; see README "Syntax"):
          newsgraph-train syntax \\
            --train ../shared/corpora/ud-ewt/en_ewt-ud-train.conllu --train ../shared/corpora/ud-gum/en_gum-ud-train.conllu \\
            --dev ../shared/corpora/ud-ewt/en_ewt-ud-dev.conllu --dev ../shared/corpora/ud-gum/en_gum-ud-dev.conllu \\
            --test ../shared/corpora/ud-ewt/en_ewt-ud-test.conllu --test ../shared/corpora/ud-gum/en_gum-ud-test.conllu \\
            --exclude Evaluation/heldout-documents.txt -o Sources/NewsGraph/Models/english.syntax
        """
    )

    @Option(help: "A CoNLL-U training file (repeatable).") var train: [String] = []
    @Option(help: "A CoNLL-U development file, scored after every epoch (repeatable).") var dev: [String] = []
    @Option(help: "A CoNLL-U test file, scored once at the end (repeatable).") var test: [String] = []
    @Option(help: "A file listing documents (`# newdoc id`) to leave out of training, one per line.") var exclude: [String] = []
    @Option(name: .shortAndLong, help: "Where to write the model.") var output: String
    @Option(help: "Tagger training epochs.") var taggerEpochs = 10
    @Option(help: "Parser training epochs (0: train and score the tagger alone, write nothing).") var parserEpochs = 15
    @Option(help: "Folds for jackknifed training tags (1 trains the parser on gold tags).") var folds = 5
    @Option(help: "Drop the parser's averaged weights smaller than this.") var pruning: Float = 0
    @Option(help: "Drop the tagger's averaged weights smaller than this.") var taggerPruning: Float = 0
    @Option(help: "Pruning thresholds to try on the trained parser, reported on the development data.") var pruningSweep: [Float] = []
    @Flag(inversion: .prefixedNo, help: "Train the tagger's second pass, which reads the first pass's tags around each word (twice the tagger's size and time for about 0.1 point of UPOS).") var refine = false

    func validate() throws {
        if train.isEmpty { throw ValidationError("give at least one --train file") }
    }

    func run() throws {
        let log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        var excluded = Set<String>()
        for file in exclude { excluded.formUnion(try Treebank.documentList(file)) }
        let trainSentences = try Treebank.read(train, excluding: excluded)
        let devSentences = try Treebank.read(dev)
        log("read \(trainSentences.count) training sentences (\(excluded.count) documents left out), \(devSentences.count) development")
        var training = SyntaxTraining()
        training.tagger.epochs = taggerEpochs
        training.tagger.pruning = taggerPruning
        training.parser.epochs = parserEpochs
        training.parser.pruning = pruning
        training.folds = folds
        training.pruningSweep = pruningSweep
        training.refine = refine
        let files = train.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        var about = "Trained by newsgraph-train syntax on \(files) (\(trainSentences.count) sentences; \(excluded.count) documents left out); tagger \(taggerEpochs) epochs, parser \(parserEpochs) epochs, \(folds)-fold jackknifed tags, parser pruning \(pruning), tagger pruning \(taggerPruning)\(refine ? ", second tagger pass" : "")."
        if parserEpochs == 0 {
            // The tagger alone, to compare tagger settings quickly: nothing is written.
            _ = training.tagger.train(trainSentences) { epoch, tagger in
                log("  tagger epoch \(epoch): dev \(SyntaxEvaluation.tags(tagger, on: devSentences))")
            }
            return
        }
        var model = try training.run(train: trainSentences, dev: devSentences, describe: about, log: log)
        for file in test {
            let scores = SyntaxEvaluation.model(model, on: try Treebank.read([file]))
            log("test \((file as NSString).lastPathComponent): \(scores)")
            about += " Test \((file as NSString).lastPathComponent): \(scores)."
        }
        model = SyntaxModel(tagger: model.tagger, lemmatizer: model.lemmatizer, parser: model.parser, about: about)
        let bytes = model.encoded()
        guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
            throw ValidationError("cannot write \(output)")
        }
        log("wrote \(output) (\(bytes.count / 1024) KiB)")
    }
}
