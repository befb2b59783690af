import FaultlineModel
import FaultlineText

/// Small reading rules found by running Faultline on articles about other conflicts than the
/// examples' (Gaza, Sudan, Myanmar, Yemen, the Congo, the Sahel, Korea): weapon models and
/// number words are not actors, and a known person's name may begin with a country word.
extension ActorComposer {
    /// English: the unknown name at item `j` stands before an equipment noun (`Merkava tanks`,
    /// `Shahed drones`, `Kinzhal hypersonic missiles`: one lowercase word may sit between).
    func isEquipmentModel(_ j: Int) -> Bool {
        let end = items[j].end
        func equipment(at pos: Int) -> Bool {
            guard let k = items.firstIndex(where: { $0.start == pos }) else { return false }
            return items[k].kind == .cue(.equipment) || items[k].alternativeCues.contains(.equipment)
        }
        if equipment(at: end) { return true }
        if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, !items.contains(where: { $0.start == end }) {
            return equipment(at: end + 1)
        }
        return false
    }

    /// Vietnamese: `xe tăng Merkava`, `tên lửa Shahed`: the unknown name after an equipment
    /// noun is its model; a country there stays a country (`tên lửa Mỹ`).
    func equipmentModel(_ j: Int) -> Int {
        let end = items[j].end
        if j + 1 < items.count, items[j + 1].start == end, items[j + 1].kind == .name { return j + 2 }
        return j + 1
    }

    /// Capitalised words that count or quantify (`Eight`, `Dozens`, `Hundreds`, `Hàng`):
    /// at the start of a sentence or after a dateline they are capitalised but name nothing.
    static let quantityWords = KeyList(keys: [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "dozen", "dozens", "scores", "tens", "several", "many", "few", "some", "most", "all",
        "more", "fewer", "nearly", "almost", "about", "around", "roughly", "only", "each", "every", "no", "none",
        "at", "another", "other", "both",
        "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "hàng", "hơn", "gần", "khoảng", "ít", "chừng",
    ].map { Folding.key($0) })

    /// True when the one-word country or capital at item `j` and the name right after it
    /// make a known person's full name (`Israel Katz`, `Jordan Bardella` if listed).
    func startsKnownName(_ j: Int) -> Bool {
        guard j + 1 < items.count, items[j + 1].start == items[j].end, items[j + 1].kind == .name else { return false }
        // Two words at least (the country word and a capitalised word), so the name is not
        // split into words again to ask whether it is a single one. An ASCII name is keyed
        // from its tokens' texts in place: the joined string cost a few thousand instructions.
        if let key = PersonNames.asciiKey(of: tokens, first: items[j].start, then: items[j + 1].start..<items[j + 1].end) {
            return lexicon.knownPerson(key: key, singleWord: false, date: doc.date) != nil
        }
        var full = tokens[items[j].start].text
        for k in items[j + 1].start..<items[j + 1].end {
            full.append(" ")
            full.append(tokens[k].text)
        }
        return lexicon.knownPerson(key: PersonNames.key(full), singleWord: false, date: doc.date) != nil
    }
}

// MARK: - The group's own people

extension ActorComposer {
    /// `Hezbollah said its fighters …`, `MONUSCO said its troops …`: when the last actor named
    /// before the possessive in this sentence is a non-state group or an organisation, the
    /// `its`/`their` people of a collective role are that group, not the last country's.
    /// `chain`: the title's roles, as indices into `lexicon.roles`.
    ///
    /// Static, given what it reads: called from `composeRole` (a mutating step), the instance
    /// method made the optimiser copy the whole composer for each call.
    static func possessorGroup(before start: Int, chain: RoleChain, lexicon: ActorLexicon, mentions: [RawMention], sentence si: Int) -> Int? {
        let roles = Roles(lexicon.roles)
        guard !chain.isEmpty, chain.allSatisfy({ isCollective(roles.kind($0)) }) else { return nil }
        guard let last = mentions.last(where: { $0.sentence == si && $0.end <= start }) else { return nil }
        guard case .entry(let i) = last.key else { return nil }
        return isGroupEntry(lexicon.actors[i]) ? i : nil
    }

    /// Vietnamese `các tay súng của nhóm`, `binh sĩ của lực lượng này`, `chiến binh của phong
    /// trào`: a collective role, `của`, a bare group noun (and `này`/`đó`): the armed group or
    /// organisation named last in this or the previous sentence. Returns it and the end token.
    func groupOwner(after pos: Int, chain: RoleChain) -> (Int, Int)? {
        guard headFirst, !chain.isEmpty, chain.allSatisfy({ Self.isCollective(Roles(lexicon.roles).kind($0)) }),
              pos + 1 < tokens.count, tokens[pos].key == Self.viOfKey else { return nil }
        var end = pos + 1
        var matched = false
        for noun in Self.groupNouns where end + noun.count <= tokens.count {
            if tokens[end..<(end + noun.count)].map(\.key) == noun { end += noun.count; matched = true; break }
        }
        guard matched else { return nil }
        if end < tokens.count, Self.demonstratives.contains(tokens[end].key) { end += 1 }
        // `của nhóm Wagner`, `của lực lượng Houthi`: a named group follows; the normal rules read it.
        if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { return nil }
        for m in doc.mentions.reversed() where m.sentence >= si - 1 {
            if case .entry(let i) = m.key, Self.isGroupEntry(lexicon.actors[i]) { return (i, end) }
        }
        return nil
    }

    /// Roles that name people in numbers: armed groups, groups, populations.
    static func isCollective(_ kind: ActorKind) -> Bool {
        kind == .armedGroup || kind == .group || kind == .population
    }

    /// Armed groups and non-state or international organisations (not countries, places,
    /// media or persons).
    static func isGroupEntry(_ e: ActorEntry) -> Bool {
        e.kind == .armedGroup || e.kind == .organization
    }

    static let viOfKey = Folding.key("của")
    static let groupNouns: [[String]] = ["lực lượng", "phong trào", "tổ chức", "nhóm"].map { $0.split(separator: " ").map { Folding.key(String($0)) } }
    static let demonstratives: Set<String> = Set(["này", "đó"].map { Folding.key($0) })
}

// MARK: - `the rebels` after a named rebel group

extension ActorComposer {
    /// The one armed group with a rebel code (`CODREB` M23, `SDNREB` RSF, `LBNREB` Hezbollah)
    /// named in this or the previous sentence; nil when none or several. `M23 shelled Sake …
    /// accused Rwanda of supporting the rebels`: the rebels are M23, not Rwandan rebels.
    func recentRebelGroup() -> Int? {
        var found: Set<Int> = []
        for m in doc.mentions.reversed() {
            guard m.sentence >= si - 1 else { break }
            if case .entry(let i) = m.key, lexicon.actors[i].kind == .armedGroup,
               let code = lexicon.actors[i].code, code.dropFirst(3).contains("REB") {
                found.insert(i)
            }
        }
        return found.count == 1 ? found.first : nil
    }
}

// MARK: - `the group`, `nhóm này`

extension ActorComposer {
    /// The non-state armed group (an armed-group entry whose code is not a state's army or
    /// government: `PSEREBHMS` Hamas, `SDNREB` RSF, `LBNREB` Hezbollah) the last four sentences
    /// (this one included) name most often, the latest on a tie; nil when they name none. A
    /// definite `the group` or a demonstrative `nhóm này` points back further than a bare
    /// `rebels` does (`recentRebelGroup`), so the window is wider; counting keeps a group
    /// named in passing (`Nhóm al-Shabaab, có liên hệ với al-Qaeda, …`) from taking over.
    func recentArmedGroup() -> Int? {
        var counts: [(entry: Int, n: Int)] = []   // latest first
        for m in doc.mentions.reversed() {
            guard m.sentence >= si - 3 else { break }
            guard case .entry(let i) = m.key, lexicon.actors[i].kind == .armedGroup,
                  let code = lexicon.actors[i].code, code.utf8.count >= 6 else { continue }
            let sector = code.dropFirst(3).prefix(3)
            if sector == "MIL" || sector == "GOV" || sector == "SPY" || sector == "COP" { continue }
            if let k = counts.firstIndex(where: { $0.entry == i }) { counts[k].n += 1 } else { counts.append((i, 1)) }
        }
        var best: (entry: Int, n: Int)? = nil
        for c in counts where best == nil || c.n > best!.n { best = c }
        return best?.entry
    }
}

// MARK: - Hyphenated words

extension ActorComposer {
    /// The parts of a hyphenated word (`Moscow-installed`, `pro-Russian`):
    /// `text.split(separator: "-", omittingEmptySubsequences: omittingEmpty)` as strings.
    ///
    /// ASCII text is cut at its hyphen bytes: asked of the word before every title that holds
    /// a hyphen, the split by characters walked grapheme breaks. In ASCII a character is one
    /// byte (or `\r\n`, never a hyphen), so the cuts are the same; other text is split by
    /// characters as before.
    static func hyphenParts(_ text: String, omittingEmpty: Bool) -> [String] {
        let u = text.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else {
            return text.split(separator: "-", omittingEmptySubsequences: omittingEmpty).map(String.init)
        }
        var parts: [String] = []
        var pieceStart = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == 0x2D {
                if !(omittingEmpty && pieceStart == i) { parts.append(String(text[pieceStart..<i])) }
                pieceStart = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if !(omittingEmpty && pieceStart == u.endIndex) { parts.append(String(text[pieceStart..<u.endIndex])) }
        return parts
    }
}
