import Foundation
import FaultlineText

/// The kinds of time word listed in `Resources/<lang>/time.tsv` (see the file headers).
enum TimeWordClass: String, Sendable, CaseIterable {
    case month, weekday, season
    case partOfDay = "pod"
    case unit
    case number = "num"
    case ordinal
    case relativeDay = "relday"
    case anaphoricDay = "anaday"
    case premodifier = "premod"
    case postmodifier = "postmod"
    case numberPostmodifier = "numpost"
    case podRelative = "podrel"
    case reference = "ref"
    case setWord = "set"
    case every
    case position = "mod"
    case era, holiday
    case context = "ctx"
}

extension TimeWordClass {
    /// This class's bit in `TimexScanner.TokenSlot.mask` for an entry of `language`: one bit per
    /// class for each of `TimeLexicon.languages`, and a shared bit for any other language.
    func bit(language: String) -> UInt64 {
        let index = UInt64(ordinal)
        if language == "en" { return 1 << index }
        if language == "vi" { return 1 << (index + 21) }
        return 1 << (index + 42)
    }

    /// The bits of `TimexScanner.TokenSlot.mask` that show an entry of this class in `language` (any language when nil).
    /// An unknown language keeps every bit, so the mask never hides an entry.
    @inline(__always)
    func mask(language: String?) -> UInt64 {
        let index = UInt64(ordinal)
        guard let language else { return 1 << index | 1 << (index + 21) | 1 << (index + 42) }
        if language == "en" { return 1 << index }
        if language == "vi" { return 1 << (index + 21) }
        return ~0
    }

    /// `mask(language: nil)` and `mask(language: "en")` without comparing strings, for the
    /// dispatch run at every candidate token.
    @inline(__always)
    var anyLanguageMask: UInt64 {
        let index = UInt64(ordinal)
        return 1 << index | 1 << (index + 21) | 1 << (index + 42)
    }
    @inline(__always)
    var englishMask: UInt64 { 1 << UInt64(ordinal) }
    @inline(__always)
    var vietnameseMask: UInt64 { 1 << (UInt64(ordinal) + 21) }

    /// A number below 21 per class (a switch, so a new class must be given one).
    @inline(__always)
    var ordinal: Int {
        switch self {
        case .month: return 0
        case .weekday: return 1
        case .season: return 2
        case .partOfDay: return 3
        case .unit: return 4
        case .number: return 5
        case .ordinal: return 6
        case .relativeDay: return 7
        case .anaphoricDay: return 8
        case .premodifier: return 9
        case .postmodifier: return 10
        case .numberPostmodifier: return 11
        case .podRelative: return 12
        case .reference: return 13
        case .setWord: return 14
        case .every: return 15
        case .position: return 16
        case .era: return 17
        case .holiday: return 18
        case .context: return 19
        }
    }
}

/// One lexicon entry: a word class with its value columns.
///
/// A final class with constant fields: the scanner hands entries from rule to rule many
/// times per sentence, and a class reference is copied with one retain where the struct
/// it replaces retained its four strings. `intValue` and `bit` are worked out once here
/// rather than at every question.
final class TimeWord: Sendable {
    let cls: TimeWordClass
    let value: String
    let extra: String
    let flag: String
    /// `vi` or `en`: which file the entry came from.
    let language: String
    /// `Int(value)`.
    let intValue: Int?
    /// `cls.bit(language: language)`: class and language as one bit of `TimexScanner.TokenSlot.mask`.
    let bit: UInt64

    init(cls: TimeWordClass, value: String, extra: String, flag: String, language: String) {
        self.cls = cls; self.value = value; self.extra = extra; self.flag = flag; self.language = language
        intValue = Int(value)
        bit = cls.bit(language: language)
    }
}

/// The time words of every language, in one trie so mixed-language text is scanned once.
///
/// Loaded once from the bundled `time.tsv` files; entries are data, so a language or a
/// word is added by editing the files, not the rules. A final class: every scanner holds
/// the shared lexicon, and copying a reference retains once where copying the struct
/// retained each table.
final class TimeLexicon: Sendable {
    let matcher: PhraseMatcher<TimeWord>
    /// Key hashes of the first token of every entry: a token whose hash is not here starts
    /// no entry, so the scanner asks the trie only about the few tokens that are.
    let openers: KeyHashSet
    /// Per trie node, the classes (`TimeWord.bit`) of its entries OR-ed together, built once:
    /// the scanner's setup wants each phrase's mask, and OR-ing the node's values there
    /// retained and released every `TimeWord` of every phrase of every sentence.
    let nodeMasks: [UInt64]
    /// Problems met while reading the files (file and line), for tests and `explain`.
    let problems: [String]
    /// The entries of every one-word phrase, by its key, worked out once: the rules that read
    /// the halves of a hyphenated word (`twenty-five`, `two-day`, `year-long`) look each half
    /// up here, where tokenizing it and walking the trie cost thousands of instructions a word.
    let oneWordEntries: [String: [TimeWord]]

    static let languages = ["en", "vi"]

    init(_ loader: Loader) {
        matcher = loader.matcher; openers = loader.openers; nodeMasks = loader.nodeMasks; problems = loader.problems
        let matcher = loader.matcher
        oneWordEntries = loader.oneWordNodes.mapValues { matcher.values(ofNode: $0) }
    }

    /// The entries of the phrase matched by the longest match of `key`'s tokens (nil: none),
    /// as `matcher.longestMatch(in: Tokenizer.tokens(key), at: 0)?.values`. A key of ASCII
    /// lowercase letters only is one token whose key is itself, so it is looked up in
    /// `oneWordEntries`; other keys take the trie.
    func longestEntries(ofKey key: String) -> [TimeWord]? {
        if TimeLexicon.isOneWordKey(key) { return oneWordEntries[key] }
        return matcher.longestMatch(in: Tokenizer.tokens(key), at: 0)?.values
    }

    /// The value of the first number word (class `number`) among the phrases starting at
    /// `key`'s first token, shortest first (nil: none), looked up as in `longestEntries(ofKey:)`.
    func numberWordValue(ofKey key: String) -> String? {
        if TimeLexicon.isOneWordKey(key) { return oneWordEntries[key]?.first(where: { $0.cls == .number })?.value }
        for m in matcher.allMatches(in: Tokenizer.tokens(key), at: 0) {
            if let w = m.values.first(where: { $0.cls == .number }) { return w.value }
        }
        return nil
    }

    /// True when `key` is non-empty and all ASCII lowercase letters: the tokenizer makes it
    /// one word token whose key is `key` itself.
    static func isOneWordKey(_ key: String) -> Bool {
        var any = false
        for b in key.utf8 {
            guard b &- 0x61 < 26 else { return false }
            any = true
        }
        return any
    }

    /// The OR of `TimeWord.bit` over the entries of trie node `node` (a node returned by
    /// `matcher.collectMatches`).
    @inline(__always)
    func mask(ofNode node: Int32) -> UInt64 {
        let k = Int(node)
        if k < nodeMasks.count { return nodeMasks[k] }
        var mask: UInt64 = 0
        for w in matcher.values(ofNode: node) { mask |= w.bit }
        return mask
    }

    /// The bundled lexicon, read once.
    static let shared: TimeLexicon = {
        var lex = Loader()
        for lang in languages {
            guard let url = resourceURL(language: lang) else {
                lex.problems.append("time.tsv for '\(lang)' is missing from the bundle")
                continue
            }
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                lex.load(text, language: lang, origin: "\(lang)/time.tsv")
            } catch {
                lex.problems.append("\(lang)/time.tsv: \(error)")
            }
        }
        return TimeLexicon(lex)
    }()

    static func resourceURL(language: String) -> URL? {
        let base = Bundle.module.resourceURL
        let candidates = [
            base?.appendingPathComponent("Resources/\(language)/time.tsv"),
            base?.appendingPathComponent("\(language)/time.tsv"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The tables being filled from the files, before they are frozen in a `TimeLexicon`.
    struct Loader {
        var matcher = PhraseMatcher<TimeWord>()
        var openers = KeyHashSet()
        /// See `TimeLexicon.nodeMasks`; a node past its end has its mask computed when asked.
        var nodeMasks: [UInt64] = []
        var problems: [String] = []
        /// The trie node of every one-word phrase, by its key (see `TimeLexicon.oneWordEntries`).
        var oneWordNodes: [String: Int32] = [:]

        /// Adds the entries of one `time.tsv` text; malformed lines are reported, not fatal.
        mutating func load(_ text: String, language: String, origin: String) {
            var lineNumber = 0
            for raw in text.lineSlices() {
                lineNumber += 1
                let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
                if line.isEmpty || line.hasPrefix("#") { continue }
                let cols = line.tabFields().map(String.init)
                guard cols.count >= 2, let cls = TimeWordClass(rawValue: cols[1]) else {
                    problems.append("\(origin):\(lineNumber): expected 'phrase<TAB>class[<TAB>value…]'")
                    continue
                }
                let word = TimeWord(cls: cls, value: cols.count > 2 ? cols[2] : "",
                                    extra: cols.count > 3 ? cols[3] : "", flag: cols.count > 4 ? cols[4] : "",
                                    language: language)
                matcher.insert(cols[0], word)
                let phrase = Tokenizer.tokens(cols[0])
                if let first = phrase.first { openers.insert(first.keyHash) }
                // The node the phrase ends at: the longest match of its own tokens.
                var found: [(end: Int, node: Int32)] = []
                let count = matcher.collectMatches(in: phrase, at: 0, into: &found)
                if count > 0, found[count - 1].end == phrase.count {
                    let node = Int(found[count - 1].node)
                    if node >= nodeMasks.count { nodeMasks.append(contentsOf: repeatElement(0, count: node + 1 - nodeMasks.count)) }
                    nodeMasks[node] |= word.bit
                    if phrase.count == 1 { oneWordNodes[phrase[0].key] = Int32(node) }
                }
            }
        }
    }
}
