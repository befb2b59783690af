import FaultlineModel
import FaultlineText

/// One lexicon hit or capitalised name run in a sentence.
struct ScanItem: Sendable {
    enum Kind: Sendable, Equatable {
        case actor(Int)
        case role(Int)
        case cue(CueKind)
        /// Capitalised words not in the lexicon (`Sergei Lavrov`, `Mỹ Tâm`).
        case name
    }
    var start: Int
    var end: Int
    var kind: Kind
    /// Other readings of the same span (e.g. `anh` as a cue and `Anh` as a country).
    var alternatives: [Kind] = []
}

/// Finds lexicon phrases in one pass (leftmost-longest, case rules applied) and the runs of
/// capitalised words between them.
struct SentenceScanner {
    let lexicon: ActorLexicon

    /// True when most words are upper case (a shouted headline): capitalisation tells nothing.
    static func isShouted(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.isWord && $0.text.unicodeScalars.count > 1 }
        guard words.count >= 3 else { return false }
        let upper = words.filter { w in w.text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
        return upper.count * 10 >= words.count * 7
    }

    func passes(_ mask: CaseMask, tokens: [Token], at start: Int, shouted: Bool) -> Bool {
        if mask.capitalized == 0 && mask.upper == 0 { return true }
        var i = 0
        while i < 32, start + i < tokens.count {
            let bit: UInt32 = 1 << UInt32(i)
            let t = tokens[start + i]
            if mask.upper & bit != 0 {
                let letters = t.text.unicodeScalars.filter { $0.properties.isAlphabetic }
                if letters.contains(where: { $0.properties.isLowercase }) { return false }
            } else if mask.capitalized & bit != 0, !shouted, !t.isCapitalized {
                return false
            }
            i += 1
            if (mask.capitalized | mask.upper) >> UInt32(i) == 0 { break }
        }
        return true
    }

    /// Index of the first token of a photo credit (`Ảnh: AFP`, `Photo: Reuters`), or nil.
    /// The credit runs to the end of the sentence, or to the closing bracket when it is inside one.
    func creditRange(_ tokens: [Token], items: [ScanItem]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for it in items where it.kind == .cue(.credit) {
            guard it.end < tokens.count, tokens[it.end].text == ":" else { continue }
            let inBracket = it.start > 0 && ["(", "["].contains(tokens[it.start - 1].text)
            var end = tokens.count
            if inBracket, let close = tokens[it.end...].firstIndex(where: { $0.text == ")" || $0.text == "]" }) { end = close }
            out.append(it.start..<end)
        }
        return out
    }

    func scan(_ tokens: [Token]) -> [ScanItem] {
        let shouted = Self.isShouted(tokens)
        var items: [ScanItem] = []
        var i = 0
        while i < tokens.count {
            var chosen: ScanItem? = nil
            let all = lexicon.matcher.allMatches(in: tokens, at: i)
            for m in all.reversed() {
                let ok = m.values.filter { passes($0.mask, tokens: tokens, at: i, shouted: shouted) }
                guard !ok.isEmpty else { continue }
                // Blocking phrases beat everything; then hand-written entries beat imports;
                // then actors beat roles beat cues.
                func rank(_ r: ActorLexicon.Ref) -> Int {
                    var base = Int(r.origin.rawValue) * 10
                    switch r.target {
                    case .cue(.block): base += 100
                    case .actor: base += 3
                    case .role: base += 2
                    case .cue: base += 1
                    }
                    return base
                }
                let sorted = ok.sorted { a, b in
                    let ra = rank(a), rb = rank(b)
                    return ra != rb ? ra > rb : String(describing: a.target) < String(describing: b.target)
                }
                func kind(_ r: ActorLexicon.Ref) -> ScanItem.Kind {
                    switch r.target {
                    case .actor(let a): return .actor(Int(a))
                    case .role(let r): return .role(Int(r))
                    case .cue(let c): return .cue(c)
                    }
                }
                var seen: [ScanItem.Kind] = []
                for r in sorted.dropFirst() {
                    let k = kind(r)
                    if k != kind(sorted[0]) && !seen.contains(k) { seen.append(k) }
                }
                chosen = ScanItem(start: i, end: m.end, kind: kind(sorted[0]), alternatives: seen)
                break
            }
            if let c = chosen {
                items.append(c)
                i = c.end
            } else {
                i += 1
            }
        }
        return addNameRuns(tokens, items: items, shouted: shouted)
    }

    /// `al-Assad`, `el-Sisi`, `bin-Salman`: a lowercase article glued to a capitalised name.
    static func isArticleName(_ text: String) -> Bool {
        guard let dash = text.firstIndex(of: "-"), dash > text.startIndex, text.distance(from: text.startIndex, to: dash) <= 3 else { return false }
        let after = text.index(after: dash)
        return after < text.endIndex && text[after].isUppercase
    }

    /// Adds `.name` items for runs of capitalised words not covered by the lexicon. Lowercase
    /// name particles (`al`, `bin`, `de`) may sit inside a run.
    func addNameRuns(_ tokens: [Token], items: [ScanItem], shouted: Bool) -> [ScanItem] {
        guard !shouted else { return items }
        var covered = [Bool](repeating: false, count: tokens.count)
        var particle = [Bool](repeating: false, count: tokens.count)
        for it in items {
            for k in it.start..<it.end { covered[k] = true }
            if it.kind == .cue(.nameParticle) { for k in it.start..<it.end { particle[k] = true; covered[k] = false } }
        }
        func capWord(_ k: Int) -> Bool {
            k < tokens.count && !covered[k] && tokens[k].isWord && !particle[k] &&
                (tokens[k].isCapitalized || Self.isArticleName(tokens[k].text))
        }
        var runs: [ScanItem] = []
        var k = 0
        while k < tokens.count {
            guard capWord(k) else { k += 1; continue }
            let start = k
            var end = k + 1
            while end < tokens.count {
                if capWord(end) { end += 1; continue }
                if particle[end], capWord(end + 1) { end += 2; continue }
                break
            }
            runs.append(ScanItem(start: start, end: end, kind: .name))
            k = end
        }
        // Particle cues were only needed to glue runs; drop them from the item list.
        let kept = items.filter { $0.kind != .cue(.nameParticle) }
        return (kept + runs).sorted { $0.start < $1.start }
    }
}
