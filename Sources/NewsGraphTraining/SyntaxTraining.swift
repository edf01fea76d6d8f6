import Dispatch
import NewsGraph

/// The whole training of the syntax models: the tagger; the parser on tags predicted by taggers
/// that did not see the sentence (jackknifing, so it learns from the tags it will really get);
/// the lemmatizer. Deterministic: the same data and settings give a byte-identical model.
package struct SyntaxTraining: Sendable {
    package var tagger = TaggerTrainer()
    package var parser = ParserTrainer()
    package var lemmatizer = LemmatizerTrainer()
    /// Folds for jackknifed training tags (1: train the parser on gold tags).
    package var folds = 5
    /// Threads for the jackknife folds (results do not depend on it).
    package var threads = 2
    /// Train the tagger's second pass (needs jackknifing: `folds` > 1).
    package var refine = true
    /// Pruning thresholds to try on the parser once trained (reported, not applied).
    package var pruningSweep: [Float] = []

    package init() {}

    package func run(train: [TreebankSentence], dev: [TreebankSentence], describe: String,
                     log: @escaping @Sendable (String) -> Void) throws -> SyntaxModel {
        guard !train.isEmpty else { throw TrainingError.noData("no training sentences") }
        log("training the tagger on \(train.count) sentences, \(tagger.epochs) epochs")
        var finalTagger = tagger.train(train) { epoch, model in
            if !dev.isEmpty { log("  tagger epoch \(epoch): dev \(SyntaxEvaluation.tags(model, on: dev))") }
        }
        let classOf = Dictionary(uniqueKeysWithValues: finalTagger.classes.enumerated().map { ($1, UInt8($0)) })
        let trainingTags = jackknifedTags(train, classOf: classOf, log: log)
        if refine, folds > 1 {
            log("training the tagger's second pass on the jackknifed first-pass tags")
            finalTagger = tagger.refine(finalTagger, on: train, firstPass: trainingTags.map(\.classes)) { epoch, model in
                if !dev.isEmpty { log("  second pass epoch \(epoch): dev \(SyntaxEvaluation.tags(model, on: dev))") }
            }
        }
        let lemmas = lemmatizer.train(train)
        let trainingLemmas = train.indices.map { s in
            let syntax = SyntaxSentence(forms: train[s].forms)
            return (0..<syntax.count).map { i in
                FeatureHash.string(lemmas.lemma(train[s].forms[i], word: syntax.atoms(i),
                                                tag: finalTagger.classes[Int(trainingTags[s].classes[i])].upos))
            }
        }
        let punctuation = finalTagger.classes.map { $0.upos == .punct }
        log("training the parser, \(parser.epochs) epochs")
        let finalParser = parser.train(train, tags: trainingTags, lemmas: trainingLemmas, punctuationClasses: punctuation, epochEnded: { epoch, model in
            if !dev.isEmpty {
                log("  parser epoch \(epoch): dev \(SyntaxEvaluation.parse(model, tagger: finalTagger, lemmatizer: lemmas, on: dev))")
            }
        }, finished: { transitions, labeler, labels in
            for threshold in pruningSweep {
                let pruned = DependencyParser(transitions: transitions.model(threshold: threshold),
                                              labeler: labeler.model(threshold: threshold), labels: labels,
                                              punctuationClasses: punctuation)
                log("  pruning \(threshold): \(pruned.transitions.featureCount) + \(pruned.labeler.featureCount) features, \((pruned.transitions.byteCount + pruned.labeler.byteCount) / 1024) KiB: dev \(SyntaxEvaluation.parse(pruned, tagger: finalTagger, lemmatizer: lemmas, on: dev))")
            }
        })
        log("weights: tagger \(finalTagger.weights.featureCount) features, parser \(finalParser.transitions.featureCount), labeler \(finalParser.labeler.featureCount)")
        return SyntaxModel(tagger: finalTagger, lemmatizer: lemmas, parser: finalParser, about: describe)
    }

    /// Each training sentence tagged by a tagger trained on the other folds, as classes of the
    /// final tagger (`classOf`; a fold's tagger may know fewer classes).
    private func jackknifedTags(_ train: [TreebankSentence], classOf: [PartOfSpeech: UInt8],
                                log: @escaping @Sendable (String) -> Void) -> [TaggedSentence] {
        @Sendable func classes(_ parts: [PartOfSpeech]) -> [UInt8] {
            parts.map { part in classOf[part] ?? classOf.filter { $0.key.upos == part.upos }.map(\.value).min() ?? 0 }
        }
        func gold(_ sentence: TreebankSentence) -> TaggedSentence {
            TaggedSentence(classes: classes(sentence.parts), alternatives: Array(repeating: .none, count: sentence.count))
        }
        guard folds > 1 else { return train.map(gold) }
        log("jackknifing the training tags over \(folds) folds")
        let results = Results(count: folds)
        let trainer = tagger
        let folds = self.folds
        let perThread = (folds + threads - 1) / max(threads, 1)
        DispatchQueue.concurrentPerform(iterations: max(threads, 1)) { thread in
            for fold in (thread * perThread)..<min(folds, (thread + 1) * perThread) {
                let rest = train.indices.filter { $0 % folds != fold }.map { train[$0] }
                let model = trainer.train(rest)
                let tagged = train.indices.filter { $0 % folds == fold }.map { index -> (index: Int, tags: [PartOfSpeech], alternatives: [TaggedSentence.Alternative]) in
                    let result = model.tagWithAlternatives(SyntaxSentence(forms: train[index].forms))
                    // The fold's classes, as the final tagger's.
                    let alternatives = result.alternatives.map { a in
                        a.class == 255 ? a : TaggedSentence.Alternative(class: classes([model.classes[Int(a.class)]])[0], margin: a.margin)
                    }
                    return (index, result.classes.map { model.classes[Int($0)] }, alternatives)
                }
                results.set(fold, tagged)
                log("  fold \(fold + 1) of \(folds) done")
            }
        }
        var tags = train.map(gold)
        for fold in results.all() {
            for (index, predicted, alternatives) in fold {
                tags[index] = TaggedSentence(classes: classes(predicted), alternatives: alternatives)
            }
        }
        return tags
    }

    /// The folds' results, filled from several threads.
    private final class Results: @unchecked Sendable {
        private var values: [[(index: Int, tags: [PartOfSpeech], alternatives: [TaggedSentence.Alternative])]]
        private let lock = NSLockShim()

        init(count: Int) { values = Array(repeating: [], count: count) }

        func set(_ fold: Int, _ value: [(index: Int, tags: [PartOfSpeech], alternatives: [TaggedSentence.Alternative])]) {
            lock.locked { values[fold] = value }
        }

        func all() -> [[(index: Int, tags: [PartOfSpeech], alternatives: [TaggedSentence.Alternative])]] { lock.locked { values } }
    }
}
