import Foundation
import FaultlineText

/// Closed-class words the coder reasons with: negation and modality markers, clause
/// boundaries, prepositions, passive markers, topic words of non-political domains.
///
/// Loaded from `grammar.tsv`, `modality.tsv` and `domains.tsv` (`phrase<TAB>class`); a
/// phrase may have several classes. Unknown classes are errors, so a typo cannot
/// silently disable a rule.
struct MarkerLexicon: Sendable {
    enum Class: String, Sendable, CaseIterable {
        // grammar.tsv
        /// Starts a new clause with its own subject (`tuy nhiên`, `but`, `while`).
        case boundary
        /// Starts a subordinate clause only when a new subject follows (`sau khi`, `after`).
        case subordinator
        /// Starts a relative clause (`which`, `where`, `nơi`): always a new clause, whose
        /// subject is never carried over.
        case relative
        /// Introduces a purpose (`nhằm`, `để`, `in order to`): ends an object, not a governed act.
        case purpose
        /// Joins actors into one compound party (`và`, `and`).
        case joiner
        /// Puts a place after it (`tại`, `ở`, `in`, `near`).
        case locative
        /// Introduces the agent of a passive (`bởi`, `by`).
        case agent
        /// Vietnamese passive marker before a verb (`bị`, `được`).
        case passive
        /// English forms of `be`/`get` before a participle.
        case be
        /// Irregular English past participles (`hit`, `struck`, `shot`).
        case participle
        /// Possessive link from a noun to its owner (`của`, `of`).
        case possessive
        /// Determiners and classifiers that make the next word a noun (`cuộc`, `các`, `the`).
        case classifier
        /// Points back to an act already mentioned (`này`, `đó`, `these`).
        case anaphor
        /// Introduces a reported or complement clause (`rằng`, `that`).
        case complementizer
        /// Comitative (`với`, `with`): the partner of a joint act.
        case comitative
        /// Marks the target of an act (`vào`, `nhằm vào`, `against`, `on`).
        case against
        /// Introduces what is talked about (`về`, `about`, `over`): never a party.
        case topic
        /// Introduces who benefits (`cho`, `for`): not the subject.
        case beneficiary
        /// Introduces who says something (`theo`, `according to`): that name starts no list.
        case attribution
        /// Photo credit or source marker that ends a caption's text (`Ảnh:`, `Photo:`).
        case credit
        /// Tense/aspect words allowed between a passive marker and its verb.
        case aspect
        /// Introduces a time or circumstance adjunct (`during`, `amid`, `nhân dịp`): the owner
        /// of a noun after it is not the subject of the clause.
        case adjunct
        /// Superlatives (`lớn nhất`, `largest`): a place after them ranks a thing, it is not
        /// where an act happened (`nhà máy lớn nhất châu Âu`).
        case superlative
        // modality.tsv
        case negation
        /// Cancels a following negation (`không chỉ` = not only).
        case notNegation = "negation-cancel"
        case intent
        /// Soft obligation (`cần phải`, `should`): an appeal.
        case appeal
        /// Hard obligation (`phải`, `must`): a demand.
        case demand
        case hypothetical
        /// A quantifier that makes its noun anyone at all (`any`, `bất kỳ`): an act of `any
        /// soldier who fires` or `bất kỳ binh sĩ nào bắn` is supposed, not reported.
        case generic
        /// A quantity before `of` (`one third of`, `dozens of`): what follows is a part of a
        /// group, the subject itself, not an owner.
        case partitive
        // domains.tsv
        case sport, weather, market
        /// A compound listed only so its syllables are not read as markers
        /// (`chuẩn bị` holds `bị`, `không quân` holds `không`, `tự do` holds `do`).
        case word
    }

    private var matcher = PhraseMatcher<Class>()
    /// First keys of every phrase: `scan` walks the trie only at tokens in this set.
    private var firstKeys = KeyHashSet()
    /// The same first keys as a list, for `FirstKeyTable`.
    private(set) var firstKeyHashes: [UInt64] = []

    init() {}

    mutating func load(_ text: String, file: String) throws {
        for (n, line) in EventLexiconText.lines(text) {
            let f = line.tabFields().map { $0.trimmingSpaces() }
            guard f.count >= 2, !f[0].isEmpty else {
                throw EventLexiconError(file: file, line: n, message: "expected `phrase<TAB>class`")
            }
            guard let c = Class(rawValue: f[1]) else {
                throw EventLexiconError(file: file, line: n, message: "unknown class `\(f[1])`")
            }
            // `a|b` lists alternatives; a multi-word phrase is one alternative.
            for form in f[0].simpleSplit("|").map(String.init) where !form.isEmpty {
                let keys = Tokenizer.tokens(form).map(\.key)
                if let first = keys.first { firstKeys.insert(key: first); firstKeyHashes.append(Token.hash(key: first)) }
                matcher.insert(keys: keys, c)
            }
        }
    }

    /// Leftmost-longest marker phrases of the sentence.
    func matches(in tokens: [Token]) -> [PhraseMatch<Class>] {
        var out: [PhraseMatch<Class>] = []
        scan(tokens) { start, end, values in out.append(PhraseMatch(start: start, end: end, values: values)) }
        return out
    }

    /// Calls `body` with each leftmost-longest marker phrase (start, end, classes), in
    /// order: `matches` without building the array (run on every sentence).
    func scan(_ tokens: [Token], _ body: (Int, Int, [Class]) -> Void) {
        var i = 0
        while i < tokens.count {
            if firstKeys.contains(tokens[i].keyHash), let m = matcher.longestMatch(in: tokens, at: i) {
                body(i, m.end, m.values)
                i = m.end
            } else {
                i += 1
            }
        }
    }

    /// The longest marker phrase starting at token `i` (`scan` when the caller already knows
    /// which tokens may start one).
    func longestMatch(in tokens: [Token], at i: Int) -> (end: Int, values: [Class])? {
        matcher.longestMatch(in: tokens, at: i)
    }

    /// False when no marker phrase starts with a key of this hash (`scan`'s test of a token).
    func mayStart(_ keyHash: UInt64) -> Bool { firstKeys.contains(keyHash) }

    /// The longest marker phrase starting at token `i`: its end and its trie node, whose
    /// classes `classes(ofNode:)` reads (no list of classes handed out per match).
    func longestMatchNode(in tokens: [Token], at i: Int) -> (end: Int, node: Int32)? {
        matcher.longestMatchNode(in: tokens, at: i)
    }

    /// The classes of a phrase found by `longestMatchNode`, read from the node in place.
    func classes(ofNode node: Int32) -> MarkerSet {
        var set = MarkerSet()
        for k in 0..<matcher.valueCount(ofNode: node) { set.insert(matcher.value(ofNode: node, at: k)) }
        return set
    }

    /// Every marker phrase starting at each token (longest first), for lookups that must
    /// see overlapping markers (`không` inside `không chỉ`).
    func allMatches(in tokens: [Token], at i: Int) -> [(end: Int, values: [Class])] {
        matcher.allMatches(in: tokens, at: i).reversed()
    }
}
