import Foundation
import FaultlineModel
import FaultlineText

/// Options of the extraction stage.
public struct ExtractorOptions: Sendable, Hashable {
    /// How relative dates are anchored (`news` anchors to the document date).
    public var mode: TemporalMode
    /// Overrides the language's order of all-numeric dates.
    public var dateOrder: DateOrder?
    /// User lexicon folder (`--lexicon DIR`): actor TSVs, and event lexicons
    /// (`verbs.tsv`, `reporting.tsv` …) directly in it or in `DIR/<lang>/`.
    public var lexiconDirectory: URL?
    /// PETRARCH/Phoenix dictionaries (`--dictionaries DIR`).
    public var dictionaryDirectory: URL?

    public init(mode: TemporalMode = .news, dateOrder: DateOrder? = nil, lexiconDirectory: URL? = nil,
                dictionaryDirectory: URL? = nil) {
        self.mode = mode; self.dateOrder = dateOrder
        self.lexiconDirectory = lexiconDirectory; self.dictionaryDirectory = dictionaryDirectory
    }
}

/// Extracts actors, time expressions, events and claims from one document.
///
/// Runs actors → time → events → claims. `analyze` is pure and the extractor is
/// `Sendable`, so documents can be analysed in parallel with one shared extractor.
public struct Extractor: Sendable {
    public let options: ExtractorOptions
    public let actors: ActorRecognizer
    /// Event and claim lexicons by language tag.
    public let events: [String: EventLexicons]
    /// Problems met while loading user lexicons and dictionaries (file and line named);
    /// the rest of each file is loaded.
    public let loadWarnings: [String]
    let coders: [String: EventCoder]
    let codebook: CameoCodebook

    /// Loads the built-in lexicons of every bundled language plus the user folders of `options`.
    /// - Throws: when a bundled lexicon is malformed, or a user event lexicon is (naming file and line).
    public init(options: ExtractorOptions = ExtractorOptions()) throws {
        let builtIn = try Extractor.builtIn.parts.get()
        var recognizer = builtIn.actors
        var warnings: [String] = []
        var extra: [String: [URL]] = [:]
        if let dir = options.lexiconDirectory {
            warnings += recognizer.loadLexicon(directory: dir).map(\.description)
            for lang in EventLexicons.bundledLanguages {
                extra[lang, default: []].append(dir)
                let sub = dir.appendingPathComponent(lang)
                if FileManager.default.fileExists(atPath: sub.path) { extra[lang, default: []].append(sub) }
            }
        }
        if let dir = options.dictionaryDirectory {
            warnings += recognizer.loadPetrarch(directory: dir).map(\.description)
        }
        var lexicons = builtIn.events
        for lang in EventLexicons.bundledLanguages {
            guard let dirs = extra[lang] else { continue }
            lexicons[lang] = try EventLexicons(language: lang, extraDirectories: dirs)
        }
        warnings += builtIn.timeProblems
        self.init(actors: recognizer, events: lexicons, options: options, warnings: warnings)
    }

    /// The bundled lexicons, read once per process: every extractor starts from these
    /// immutable values (user folders are added to copies), so creating an extractor after
    /// the first costs no parsing.
    struct BuiltInLexicons: @unchecked Sendable {  // the error, if any, is an immutable value
        struct Parts: Sendable {
            var actors: ActorRecognizer
            var events: [String: EventLexicons]
            var timeProblems: [String]
        }
        let parts: Result<Parts, Error>
    }

    static let builtIn = BuiltInLexicons(parts: Result {
        let actors = try ActorRecognizer.builtIn()
        var events: [String: EventLexicons] = [:]
        for lang in EventLexicons.bundledLanguages {
            events[lang] = try EventLexicons(language: lang, extraDirectories: [])
        }
        return BuiltInLexicons.Parts(actors: actors, events: events, timeProblems: TimeTagger.lexiconProblems)
    })

    /// An extractor over given recognizers and lexicons.
    public init(actors: ActorRecognizer, events: [String: EventLexicons], options: ExtractorOptions = ExtractorOptions(),
                warnings: [String] = [], codebook: CameoCodebook = .standard) {
        self.options = options
        self.actors = actors
        self.events = events
        self.loadWarnings = warnings
        self.codebook = codebook
        self.coders = events.mapValues { $0.coder(codebook: codebook) }
    }

    /// The language whose lexicons serve a BCP-47 tag; `und` is guessed from the letters.
    public func language(for document: Document) -> String {
        let tag = document.language.lowercased()
        let primary = String(tag.prefix { $0 != "-" && $0 != "_" })
        if events[primary] != nil { return primary }
        if primary == "und" || primary.isEmpty { return Extractor.guessLanguage(document.text + " " + document.title) }
        return events["en"] != nil ? "en" : (events.keys.sorted().first ?? "en")
    }

    /// Vietnamese when the text uses Vietnamese-only letters (`ư ơ đ ă` or stacked tone marks).
    static func guessLanguage(_ text: String) -> String {
        var hits = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0103, 0x0102, 0x01A1, 0x01A0, 0x01B0, 0x01AF, 0x0111, 0x0110, 0x1EA0...0x1EF9: hits += 1
            default: break
            }
            if hits >= 3 { return "vi" }
        }
        return "en"
    }

    /// Analyses one document.
    /// - Parameters:
    ///   - document: an ingested document (sentences with layout roles).
    ///   - dct: document creation time `YYYY-MM-DD`; overrides `document.published` when given.
    public func analyze(_ document: Document, dct: String? = nil) -> DocumentAnalysis {
        run(document, dct: dct).analysis
    }

    /// Everything one analysis computes, for `analyze` and `Explainer`.
    struct Run {
        var analysis: DocumentAnalysis
        var language: String
        var recognition: ActorRecognition
        var resolver: TemporalResolver
        var inputs: [CodingInput]
        var coded: DocumentEventCoder.Output
    }

    func run(_ document: Document, dct: String?) -> Run {
        let published = dct ?? document.published
        let lang = language(for: document)
        var info = document.info
        info.published = published
        let sentences = document.sentences
        let recognition = actors.recognize(sentences, language: lang, date: published)
        let resolver = TemporalResolver(sentences: sentences, tokens: recognition.tokens, dct: published, language: lang,
                                        mode: options.mode, dateOrder: options.dateOrder)
        let inputs = codingInputs(sentences, recognition: recognition, resolver: resolver)
        let coder = DocumentEventCoder(coders: coders, countryOf: { id in recognition.actor(id: id)?.country })
        let out = coder.code(documentID: document.id, language: lang, inputs: inputs) { s, offset in
            resolver.date(forSentence: s, at: offset)
        }
        var warnings: [String] = []
        for m in resolver.mentions where m.expression.ambiguous {
            warnings.append("\(document.origin): sentence \(m.sentence): `\(m.expression.text)` could be read two ways; read as \(m.expression.value)")
        }
        let analysis = DocumentAnalysis(document: info, actors: recognition.actors, mentions: recognition.mentions,
                                        timexes: resolver.mentions, events: out.events, claims: out.claims,
                                        sentenceTexts: sentences.map(\.text), sentenceRoles: sentences.map(\.role),
                                        warnings: warnings)
        return Run(analysis: analysis, language: lang, recognition: recognition, resolver: resolver, inputs: inputs, coded: out)
    }

    /// The coder's view of each sentence: tokens, actor spans, time-expression spans.
    ///
    /// Runs on every sentence: each sentence's mentions are found by binary search in the
    /// mention list (sorted by sentence), and spans are merged by a scan of the few spans
    /// already made, so no dictionary is built per document or per sentence.
    func codingInputs(_ sentences: [Sentence], recognition: ActorRecognition, resolver: TemporalResolver) -> [CodingInput] {
        let mentions = recognition.mentions, details = recognition.details
        let count = min(mentions.count, details.count)
        // Mention positions grouped by sentence, in list order within one (the list is sorted
        // by sentence as `ActorRecognition` returns it; sort here only if it is not).
        var order = Array(0..<count)
        if !(0..<max(0, count - 1)).allSatisfy({ mentions[$0].sentence <= mentions[$0 + 1].sentence }) {
            order.sort { (mentions[$0].sentence, $0) < (mentions[$1].sentence, $1) }
        }
        // By position, each sentence's fields read in place (`enumerated()` handed the closure a
        // copy of every sentence, retaining its strings).
        return sentences.indices.map { pos in
            let index = sentences[pos].index
            let tokens = pos < recognition.tokens.count ? recognition.tokens[pos] : Tokenizer.tokens(sentences[pos].text)
            // Mentions sharing a span (`hai ngoại trưởng`) become one span naming several actors.
            var lo = 0, hi = order.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[order[mid]].sentence < index { lo = mid + 1 } else { hi = mid }
            }
            var last = lo
            while last < order.count, mentions[order[last]].sentence == index { last += 1 }
            // Sized once: appending span by span regrew the array about twice per sentence.
            // (Not for a sentence without mentions: reserving nothing still called into the runtime.)
            var spans: [MentionSpan] = []
            if last > lo { spans.reserveCapacity(last - lo) }
            var k = lo
            while k < last {
                let m = order[k]
                k += 1
                let r = details[m].tokenRange
                guard !r.isEmpty, r.upperBound <= tokens.count else { continue }
                let actor = mentions[m].actor
                if let at = spans.firstIndex(where: { $0.start == r.lowerBound && $0.end == r.upperBound }) {
                    if !spans[at].actors.contains(actor) { spans[at].actors.append(actor) }
                } else {
                    spans.append(MentionSpan(actors: [actor], start: r.lowerBound, end: r.upperBound, kind: details[m].kind,
                                             code: details[m].code))
                }
            }
            let expressions = resolver.expressions(inSentence: index)
            var timexes: [Range<Int>] = []
            if !expressions.isEmpty { timexes.reserveCapacity(expressions.count) }
            for e in expressions {
                if let r = CodingInput.tokenRange(bytes: e.start, e.end, in: tokens) { timexes.append(r) }
            }
            // A name inside a date (`Aug. 16`) is part of the date, not a party.
            // (Asked first: `removeAll(where:)` rebuilds the list even when it removes nothing.)
            func inDate(_ span: MentionSpan) -> Bool { timexes.contains { $0.overlaps(span.start..<span.end) } }
            if !timexes.isEmpty, spans.contains(where: inDate) {
                spans.removeAll(where: inDate)
            }
            return CodingInput(index: index, text: sentences[pos].text, role: sentences[pos].role, paragraph: sentences[pos].paragraph, tokens: tokens,
                               mentions: spans, timexes: timexes)
        }
    }
}
