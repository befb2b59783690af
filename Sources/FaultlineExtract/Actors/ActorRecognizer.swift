import Foundation
import FaultlineModel
import FaultlineText

/// Recognises actors in the sentences of a document: lexicon names, role compositions,
/// references, unknown names; one actor id per real-world actor.
///
/// Holds one lexicon per language; `vi` and `en` are built in, other languages use `en`.
public struct ActorRecognizer: Sendable {
    var lexicons: [String: ActorLexicon]

    /// A recognizer with the given lexicons by language tag (`vi`, `en`).
    public init(lexicons: [String: ActorLexicon]) {
        self.lexicons = lexicons
    }

    /// The built-in Vietnamese and English lexicons.
    public static func builtIn() throws -> ActorRecognizer {
        ActorRecognizer(lexicons: ["vi": try ActorLexicon.builtIn(language: "vi"),
                                   "en": try ActorLexicon.builtIn(language: "en")])
    }

    /// Adds user TSV tables (`--lexicon DIR`): files directly in `DIR` go to every language,
    /// files in `DIR/<lang>/` to that language.
    public mutating func loadLexicon(directory: URL) -> [LexiconError] {
        var errors: [LexiconError] = []
        for lang in lexicons.keys.sorted() {
            var lex = lexicons[lang]!
            let e1 = lex.load(directory: directory, origin: .user)
            if lang == lexicons.keys.sorted().first { errors += e1 }
            let sub = directory.appendingPathComponent(lang)
            if FileManager.default.fileExists(atPath: sub.path) { errors += lex.load(directory: sub, origin: .user) }
            lexicons[lang] = lex
        }
        return errors
    }

    /// Adds PETRARCH/Phoenix dictionaries (`--dictionaries DIR`) to every language; the
    /// files are read once.
    public mutating func loadPetrarch(directory: URL) -> [LexiconError] {
        let dict = PetrarchDictionary(directory: directory)
        for lang in lexicons.keys.sorted() { lexicons[lang]!.add(dict) }
        return dict.errors
    }

    /// The lexicon used for a language tag.
    public func lexicon(for language: String) -> ActorLexicon {
        let l = language.lowercased()
        if let lex = lexicons[l] { return lex }
        if let lex = lexicons[String(l.prefix(2))] { return lex }
        return lexicons["en"] ?? lexicons.values.first ?? ActorLexicon()
    }

    /// Recognises the actors of one document.
    /// - Parameters:
    ///   - sentences: the document's sentences in reading order. `signoff` and `boilerplate`
    ///     sentences give no actors; photo credits (`Ảnh: AFP/TTXVN`) are skipped anywhere.
    ///   - language: BCP-47 tag of the document.
    ///   - date: the event/document date `YYYY-MM-DD` (chooses dated dictionary roles), or nil.
    public func recognize(_ sentences: [Sentence], language: String, date: String?) -> ActorRecognition {
        let lex = lexicon(for: language)
        let scanner = SentenceScanner(lexicon: lex)
        let day = date.flatMap(Self.parseDate)
        var composer = ActorComposer(lexicon: lex, date: day, language: language)
        var allTokens: [[Token]] = []
        // Scan every sentence first: `hai bên` may stand before the sentence that says who
        // is fighting (`WarringPairs`).
        var scanned: [(index: Int, items: [ScanItem])] = []
        var warring = WarringPairs()
        for (si, s) in sentences.enumerated() {
            let toks = Tokenizer.tokens(s.text)
            allTokens.append(toks)
            if s.role == .signoff || s.role == .boilerplate { continue }
            var items = scanner.scan(toks)
            let credits = scanner.creditRange(toks, items: items)
            if !credits.isEmpty {
                items = items.filter { it in !credits.contains { $0.contains(it.start) } && it.kind != .cue(.credit) }
            }
            if Self.isSignoffLike(toks, items: items, lexicon: lex) { continue }
            if let end = scanner.datelineEnd(toks, items: items) {
                // The dateline names where the report was filed and who filed it: only its
                // places are kept, as places.
                items = items.compactMap { it in
                    guard it.start < end else { return it }
                    guard case .actor(let a) = it.kind, lex.actors[a].kind == .location, it.end <= end else { return nil }
                    var place = it
                    place.placeOnly = true
                    return place
                }
            }
            warring.note(sentence: si, tokens: toks, items: items, lexicon: lex)
            scanned.append((si, items))
        }
        warring.finish()
        composer.warring = warring
        for (si, items) in scanned {
            composer.process(sentence: si, tokens: allTokens[si], items: items)
        }
        return ActorResolver(lexicon: lex, sentences: sentences, tokens: allTokens).result(composer.doc)
    }

    /// A line made only of outlet names and slashes (`TTXVN/Tin Tức`, `(AFP)`) is a sign-off.
    /// Media items are looked up among `items` for each token (a sentence has a few items):
    /// no filtered list or set of covered positions per sentence.
    static func isSignoffLike(_ tokens: [Token], items: [ScanItem], lexicon: ActorLexicon) -> Bool {
        func isMedia(_ it: ScanItem) -> Bool {
            if case .actor(let a) = it.kind { return lexicon.actors[a].kind == .media }
            return false
        }
        // Nearly every sentence has no outlet: items read in place by index, without the
        // predicate passed to `contains` (called through a closure per item).
        var anyMedia = false
        for k in items.indices {
            if case .actor(let a) = items[k].kind, lexicon.actors[a].kind == .media { anyMedia = true; break }
        }
        guard anyMedia else { return false }
        for i in tokens.indices where !items.contains(where: { $0.start <= i && i < $0.end && isMedia($0) }) {
            if tokens[i].kind == .punctuation || tokens[i].kind == .symbol { continue }
            return false
        }
        return true
    }

    /// `2016-12-15` → 20161215.
    static func parseDate(_ s: String) -> Int? {
        // `dddd-dd-dd` followed by nothing or an ASCII byte (which cannot join the last digit
        // into one character) is read on bytes; anything else as characters.
        let u = Array(s.utf8.prefix(11))
        if u.count >= 10, u.count == 10 || u[10] < 0x80, u[4] == 0x2D, u[7] == 0x2D,
           [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ u[$0] >= 0x30 && u[$0] <= 0x39 }) {
            func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(u[$1] - 0x30) } }
            return number(0..<4) * 10000 + number(5..<7) * 100 + number(8..<10)
        }
        let parts = s.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return y * 10000 + m * 100 + d
    }
}
