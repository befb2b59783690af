/// A number of people killed, wounded or otherwise harmed, as a claim states it.
struct CasualtyFigure: Hashable, Sendable {
    enum Category: String, Sendable { case killed, wounded, casualties }
    /// How the number is qualified: `at least 12`, `up to 12`, `about 12`, or plain.
    enum Bound: Sendable { case exact, atLeast, atMost, about }

    let category: Category
    let value: Int
    let bound: Bound

    /// True when two figures for the same thing cannot both be right.
    ///
    /// Each figure allows an interval: a plain number ±5 % (so 12 and 13 still agree, as
    /// rounding would have it, while 1 and 2 killed do not), `about n` ±10 %, `at least n` [n, ∞), `up to n` [0, n]. The figures conflict
    /// when their intervals are disjoint: `at least 20` and `25` agree, `at least 20` and `12` do not.
    func conflicts(with other: CasualtyFigure) -> Bool {
        guard category == other.category else { return false }
        let a = interval, b = other.interval
        return a.upper < b.lower || b.upper < a.lower
    }

    var interval: (lower: Double, upper: Double) {
        let v = Double(value)
        switch bound {
        case .exact: let t = v * 0.05; return (v - t, v + t)
        case .about: let t = max(1, v * 0.1); return (v - t, v + t)
        case .atLeast: return (v, .infinity)
        case .atMost: return (0, v)
        }
    }

    /// Relative difference of the two values, 0…1.
    func difference(to other: CasualtyFigure) -> Double {
        Double(abs(value - other.value)) / Double(max(1, max(value, other.value)))
    }
}

/// Reads casualty figures out of a claim's text in Vietnamese or English.
///
/// A figure is a number within a few words of a casualty word (`thiệt mạng`, `bị thương`,
/// `killed`, `wounded`, `death toll` …): up to six words before it (`12 người thiệt mạng`,
/// `12 people were killed`) or four after (`killing 12`, `death toll rose to 30`), the nearer
/// one winning, never past a neighbouring casualty word (`killed 12 and wounded 30`).
/// Digits may carry thousands separators (`1.200`, `1,200`); dates such as `14/12` are not
/// counts; number words count only before a word for people (`năm người`, `five civilians`),
/// since `năm` is also "year".
enum CasualtyFigures {
    static func extract(_ text: String) -> [CasualtyFigure] {
        // Most sentences name no casualties: check word hashes before building any token.
        var mentionsCasualties = false
        WordKeys.hashes(text) { if firstWordHashes.contains($0) { mentionsCasualties = true } }
        guard mentionsCasualties else { return [] }
        let tokens = tokenize(text)
        let keys = tokens.map(\.key)
        // Casualty words first, so that each number goes to the word it belongs to.
        var cues: [(start: Int, end: Int, category: CasualtyFigure.Category)] = []
        var i = 0
        while i < keys.count {
            if let (category, length) = category(at: i, keys) {
                cues.append((i, i + length, category)); i += length
            } else {
                i += 1
            }
        }
        var out: [CasualtyFigure] = []
        for (n, cue) in cues.enumerated() {
            let lower = n > 0 ? cues[n - 1].end : 0
            let upper = n + 1 < cues.count ? cues[n + 1].start : tokens.count
            var back: Int?
            var j = cue.start - 1
            while j >= max(lower, cue.start - 6) {
                if value(tokens, at: j, before: cue.start) != nil { back = j; break }
                j -= 1
            }
            var ahead: Int?
            j = cue.end
            while j < min(upper, cue.end + 4) {
                if value(tokens, at: j) != nil {
                    // `… killed, 30 wounded`: a number right before the next casualty word is that word's.
                    if !(n + 1 < cues.count && cues[n + 1].start - j <= 2) { ahead = j }
                    break
                }
                j += 1
            }
            let pick: Int?
            switch (back, ahead) {
            case let (b?, a?): pick = (cue.start - b) <= (a - cue.end + 1) ? b : a
            case let (b?, nil): pick = b
            case let (nil, a?): pick = a
            default: pick = nil
            }
            if let at = pick, let v = value(tokens, at: at, before: at < cue.start ? cue.start : nil) {
                let figure = CasualtyFigure(category: cue.category, value: v, bound: bound(keys, numberAt: at))
                if !out.contains(figure) { out.append(figure) }
            }
        }
        return out
    }

    struct Tok { let raw: String; let key: String }

    static let killedPhrases: [[String]] = phrases([
        "thiệt mạng", "tử vong", "tử nạn", "chết", "thiệt mạng", "hy sinh", "sát hại", "thi thể",
        "killed", "dead", "died", "deaths", "death toll", "killing", "lives",
    ])
    static let woundedPhrases: [[String]] = phrases([
        "bị thương", "thương tích", "wounded", "injured", "injuring", "wounding", "injuries",
    ])
    static let casualtyPhrases: [[String]] = phrases(["thương vong", "casualties", "casualty"])

    static let people: Set<String> = Set(phrases([
        "người", "dân thường", "thường dân", "binh sĩ", "lính", "trẻ em", "chiến binh", "tay súng", "nạn nhân",
        "people", "person", "persons", "civilians", "soldiers", "troops", "fighters", "children", "militants", "police",
        "policemen", "officers", "residents", "others", "men", "women",
    ]).map { $0[0] })

    static let numberWords: [String: Int] = {
        var m: [String: Int] = [:]
        let vi = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
        for (i, w) in vi.enumerated() { m[WordKeys.fold(w)] = i + 1 }
        let en = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (i, w) in en.enumerated() { m[w] = i + 1 }
        m["thirty"] = 30; m["forty"] = 40; m["fifty"] = 50; m["hundred"] = 100
        return m
    }()

    static let atLeast: [[String]] = phrases(["ít nhất", "hơn", "trên", "tối thiểu", "at least", "more than", "over", "upwards of"])
    static let atMost: [[String]] = phrases(["tối đa", "không quá", "up to", "at most", "as many as"])
    static let about: [[String]] = phrases(["khoảng", "gần", "chừng", "xấp xỉ", "about", "around", "nearly", "almost",
                                           "some", "approximately", "roughly", "an estimated", "estimated"])

    static func phrases(_ list: [String]) -> [[String]] { list.map { WordKeys.keys($0) } }

    /// Words and numbers (`1.200` and `14/12` stay whole) as keys.
    static func tokenize(_ text: String) -> [Tok] {
        var out: [Tok] = []
        WordKeys.scan(text) { key, _ in out.append(Tok(raw: key, key: key)) }
        return out
    }

    /// First words of every casualty phrase: a sentence without any of them has no figure.
    static let firstWords: Set<String> = Set((killedPhrases + woundedPhrases + casualtyPhrases).compactMap(\.first))
    static let firstWordHashes: Set<UInt64> = Set(firstWords.map(StableHash.fnv1a))

    static func match(_ seqs: [[String]], at i: Int, _ keys: [String]) -> Int? {
        var best: Int?
        for seq in seqs where !seq.isEmpty && i + seq.count <= keys.count {
            if zip(seq, keys[i..<i + seq.count]).allSatisfy({ $0 == $1 }) {
                if best == nil || seq.count > best! { best = seq.count }
            }
        }
        return best
    }

    static func category(at i: Int, _ keys: [String]) -> (CasualtyFigure.Category, Int)? {
        if let n = match(woundedPhrases, at: i, keys) { return (.wounded, n) }
        if let n = match(casualtyPhrases, at: i, keys) { return (.casualties, n) }
        if let n = match(killedPhrases, at: i, keys) { return (.killed, n) }
        return nil
    }

    /// A count written in digits, or nil (dates, decimals, years).
    static func digits(_ raw: String, next: String?) -> Int? {
        guard raw.first?.isNumber == true, !raw.contains("/") else { return nil }
        let groups = raw.split(whereSeparator: { $0 == "." || $0 == "," })
        if groups.count > 1 {
            // Thousands separators only: 1.200 / 1,200 / 12.500.000.
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard let n = Int(groups.joined()) else { return nil }
        if (1900...2100).contains(n) && groups.count == 1 && !(next.map(people.contains) ?? false) { return nil }
        return n
    }

    /// The count at token `j`. A number word counts before a word for people (`five
    /// civilians`), or when only forms of `be` stand between it and the casualty word starting
    /// at `cue` (`two dead`, `three were wounded`, `four have been killed`).
    static func value(_ tokens: [Tok], at j: Int, before cue: Int? = nil) -> Int? {
        let next = j + 1 < tokens.count ? tokens[j + 1].key : nil
        if let n = digits(tokens[j].raw, next: next) { return n }
        guard let n = numberWords[tokens[j].key] else { return nil }
        if let nx = next, people.contains(nx) { return n }
        // `no one was killed` is no count.
        if let c = cue, c > j, c - j <= 3, j == 0 || tokens[j - 1].key != "no",
           tokens[(j + 1)..<c].allSatisfy({ auxiliaries.contains($0.key) }) { return n }
        return nil
    }

    /// Forms of `be` that may stand between a number word and its casualty word.
    static let auxiliaries: Set<String> = ["were", "was", "are", "is", "have", "has", "had", "been", "being"]

    static func bound(_ keys: [String], numberAt j: Int) -> CasualtyFigure.Bound {
        for width in [2, 1] where j - width >= 0 {
            let start = j - width
            if match(atLeast, at: start, keys) == width { return .atLeast }
            if match(atMost, at: start, keys) == width { return .atMost }
            if match(about, at: start, keys) == width { return .about }
        }
        return .exact
    }
}
