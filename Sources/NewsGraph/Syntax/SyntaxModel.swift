import Foundation

/// The trained syntax models of one language: tagger, lemmatizer and dependency parser, read from
/// one model file.
public struct SyntaxModel: Sendable {
    package let tagger: PartOfSpeechTagger
    package let lemmatizer: Lemmatizer
    package let parser: DependencyParser
    /// How the model was trained and what it scored, as the trainer wrote it.
    public let about: String

    /// The file's first word, and the version of the features it was trained with: a model trained
    /// with other features would score nonsense, so it is refused.
    static let magic = "NewsGraphSyntax/2"
    static let featureSignature = "tagger:\(TaggerFeatures.count)+\(RefinerFeatures.count) parser:\(ParserFeatures.count) labels:\(LabelFeatures.count)"

    package init(tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser, about: String) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.about = about
    }

    /// Tags, lemmatizes and parses one sentence given as its words.
    public func parse(_ words: [String]) -> ParsedSentence {
        parse(words, tagged: nil)
    }

    /// The tagger's reading of one sentence, as `parse` starts with it.
    package func tag(_ words: [String]) -> TaggedSentence {
        tagger.tagWithAlternatives(SyntaxSentence(forms: words))
    }

    /// `parse`, with the tags `tag` gave for the same words when a stage already asked for them.
    package func parse(_ words: [String], tagged known: TaggedSentence?) -> ParsedSentence {
        let sentence = SyntaxSentence(forms: words)
        let tagged = known ?? tagger.tagWithAlternatives(sentence)
        let classes = tagged.classes
        let tags = classes.map { tagger.classes[Int($0)].upos }
        let lemmas = words.indices.map { lemmatizer.lemma(words[$0], word: sentence.atoms($0), tag: tags[$0]) }
        let (heads, labels) = parser.parse(sentence, tags: tagged, lemmas: lemmas.map(FeatureHash.string))
        return ParsedSentence(forms: words, tags: tags, xpos: classes.map { tagger.classes[Int($0)].xpos }, lemmas: lemmas,
                              heads: heads, relations: labels.map { parser.labels[Int($0)] })
    }

    // MARK: Files

    package func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.featureSignature)
        writer.write(about)
        writer.write(tagger.classes.map(\.encoded))
        tagger.weights.write(to: &writer)
        writer.write(UInt8(tagger.refiner == nil ? 0 : 1))
        tagger.refiner?.write(to: &writer)
        tagger.ambiguity.write(to: &writer)
        tagger.unambiguous.write(to: &writer)
        lemmatizer.write(to: &writer)
        writer.write(parser.labels)
        parser.transitions.write(to: &writer)
        parser.labeler.write(to: &writer)
        return writer.bytes
    }

    /// Reads a model file.
    ///
    /// - Throws: `ModelError` when the file is missing, of another format or damaged.
    public init(contentsOf path: String) throws {
        var reader: BinaryReader
        (reader, about) = try ModelFiles.open(path, magic: Self.magic, signature: Self.featureSignature)
        let classes = try reader.readStrings().map { encoded in
            guard let part = PartOfSpeech(encoded: encoded) else {
                throw ModelError.corrupt(path: path, reason: "unknown part of speech '\(encoded.prefix(20))'")
            }
            return part
        }
        let weights = try LinearModel(reading: &reader)
        let refiner = try reader.read(UInt8.self) == 1 ? try LinearModel(reading: &reader) : nil
        tagger = PartOfSpeechTagger(classes: classes, weights: weights, refiner: refiner, ambiguity: try PackedMap(reading: &reader),
                                    unambiguous: try PackedMap(reading: &reader))
        lemmatizer = try Lemmatizer(reading: &reader)
        let labels = try reader.readStrings()
        let transitions = try LinearModel(reading: &reader)
        let labeler = try LinearModel(reading: &reader)
        guard weights.classCount == classes.count, !classes.isEmpty, transitions.classCount == 3,
              refiner.map({ $0.classCount == classes.count }) ?? true,
              tagger.unambiguous.pairs.allSatisfy({ Int($0.value) < classes.count }),
              labeler.classCount == labels.count, labels.contains("root"), reader.isAtEnd else {
            throw ModelError.corrupt(path: path, reason: "model parts do not fit together")
        }
        parser = DependencyParser(transitions: transitions, labeler: labeler, labels: labels,
                                  punctuationClasses: classes.map { $0.upos == .punct })
    }

    /// The model file shipped with NewsGraph.
    public static let builtInFileName = "english.syntax"

    /// The model shipped with NewsGraph, loaded once per process.
    public static var builtIn: SyntaxModel {
        get throws { try builtInCache.get { Result { try SyntaxModel(contentsOf: try ModelFiles.path(builtInFileName)) } }.get() }
    }

    private static let builtInCache = Lazy<Result<SyntaxModel, any Error>>()
}
