import FaultlineModel
import FaultlineText

/// Turns the scan items of a sentence into mentions: composition (role + country + name),
/// references (`nước này`, `người đồng cấp`, `hai bên`, `he`, surname repeats) and plain
/// lexicon hits. Runs left to right over the document, keeping state in `DocumentActors`.
struct ActorComposer {
    let lexicon: ActorLexicon
    var doc: DocumentActors
    /// Country entry index by root, to mention a country found through a reference.
    let countryEntry: [String: Int]

    var tokens: [Token] = []
    var items: [ScanItem] = []
    var si = 0
    /// `Rafael Grossi, director general of the IAEA`: the title starting at this token
    /// describes the person named just before it.
    private var apposition: (pos: Int, slot: Int)?
    /// `Enerhodar's Ukrainian mayor`: a place in the possessive gives the title starting at
    /// `pos` its seat.
    private var possessiveSeat: (pos: Int, name: String, root: String)?
    /// The countries the document shows fighting, for `hai bên` / `both sides`.
    var warring = WarringPairs()

    /// Vietnamese: a capitalised word after a short country name makes it a personal name.
    let nameAfterIsEvidence: Bool
    /// Vietnamese puts the head noun first (`cơ quan tình báo quân đội` = military
    /// intelligence), English last (`military intelligence`).
    let headFirst: Bool
    /// English proper nouns inside a sentence are kept as unknown actors even when single.
    let singleNamesAreActors: Bool

    init(lexicon: ActorLexicon, date: Int?, language: String) {
        self.lexicon = lexicon
        let vi = language.lowercased().hasPrefix("vi")
        self.nameAfterIsEvidence = vi
        self.headFirst = vi
        self.singleNamesAreActors = !vi
        self.doc = DocumentActors(lexicon: lexicon, date: date)
        countryEntry = lexicon.countryEntry
    }

    mutating func process(sentence: Int, tokens: [Token], items: [ScanItem]) {
        self.si = sentence; self.tokens = tokens; self.items = items; self.apposition = nil; self.possessiveSeat = nil
        mergeNameParts()
        if singleNamesAreActors { mergeNameTitles() }
        addPatronHeads()
        var j = 0
        let before = doc.mentions.count
        while j < self.items.count {
            let next = step(j)
            j = max(next, j + 1)
        }
        leaderCompounds(since: before)
    }

    /// `the US-led war`, `a Saudi-led offensive`: the leading country takes part, even where
    /// no title follows (a `Saudi-led coalition` was composed already).
    private mutating func leaderCompounds(since first: Int) {
        // A key holds a hyphen only where the text does (folding makes none): the token's
        // hyphen flag rejects almost every word before its key is read.
        for k in tokens.indices where tokens[k].containsHyphen && tokens[k].isWord && tokens[k].key.hasSimpleSuffix("-led") {
            if doc.mentions[first...].contains(where: { $0.start <= k && k < $0.end }) { continue }
            guard let c = Self.compoundRoot(tokens, at: k, lexicon: lexicon), let e = countryEntry[c] else { continue }
            emit(k, k + 1, .entry(e), "compose.compound")
        }
    }

    /// Joins a one-word country or capital that reads as part of a personal name with the
    /// capitalised words around it (`Thúy Nga`, `Mỹ Tâm`, `Jordan Henderson`, `Paris Hilton`),
    /// so the whole name is one item. A role before the word keeps it a country
    /// (`Ngoại trưởng Nga Sergei Lavrov`).
    private mutating func mergeNameParts() {
        var j = 0
        while j < items.count {
            guard case .actor(let a) = items[j].kind, items[j].end - items[j].start == 1 else { j += 1; continue }
            // Adjectives (`Iraqi Kurds`, `Danish Web sites`) are never given names, nor are
            // acronyms (`Recent US Predator attacks`).
            guard (lexicon.actors[a].kind == .country && !lexicon.actors[a].demonym) || lexicon.actors[a].capital else { j += 1; continue }
            // Read in place: a copy of the entry retained and released each of its strings.
            let ambiguous = lexicon.actors[a].ambiguous
            if Self.isAcronym(tokens[items[j].start]) { j += 1; continue }
            // `Israel Katz`: a known person's full name beginning with a country word, even
            // after a title (`Israel's foreign minister Israel Katz`).
            if startsKnownName(j) {
                items.replaceSubrange(j...(j + 1), with: [ScanItem(start: items[j].start, end: items[j + 1].end, kind: .name)])
                j += 1; continue
            }
            if j > 0, items[j - 1].end == items[j].start {
                // After a title or `người đồng cấp` the word is the person's country.
                if case .role = items[j - 1].kind { j += 1; continue }
                // Compared directly: an array literal here was built for every such word.
                if items[j - 1].kind == .cue(.counterpart) || items[j - 1].kind == .cue(.modifier) { j += 1; continue }
            }
            let reading = AmbiguityRules.reading(at: j, items: items, tokens: tokens, lexicon: lexicon, ambiguous: ambiguous,
                                                 knownNames: doc.nameWords, nameAfter: nameAfterIsEvidence)
            guard reading == .name else { j += 1; continue }
            var lo = j, hi = j
            if j > 0, items[j - 1].end == items[j].start, items[j - 1].kind == .name { lo = j - 1 }
            if j + 1 < items.count, items[j + 1].start == items[j].end, items[j + 1].kind == .name { hi = j + 1 }
            guard lo != hi else { j += 1; continue }
            if ambiguous { doc.nameWords.insert(tokens[items[j].start].key) }
            let merged = ScanItem(start: items[lo].start, end: items[hi].end, kind: .name)
            items.replaceSubrange(lo...hi, with: [merged])
            j = lo + 1
        }
    }

    /// English: a capitalised title right after an unknown name, with no name after it, is
    /// part of that name (`the Brave Commander`, a ship), not a person's title.
    private mutating func mergeNameTitles() {
        var j = 0
        while j + 1 < items.count {
            defer { j += 1 }
            guard items[j].kind == .name, items[j + 1].start == items[j].end, case .role = items[j + 1].kind else { continue }
            let role = items[j + 1]
            guard tokens[role.start..<role.end].allSatisfy({ $0.isWord && $0.isCapitalized }) else { continue }
            if j + 2 < items.count, items[j + 2].start == role.end, items[j + 2].kind == .name { continue }
            if j + 2 < items.count, items[j + 2].start == role.end, case .role = items[j + 2].kind { continue }
            items.replaceSubrange(j...(j + 1), with: [ScanItem(start: items[j].start, end: role.end, kind: .name)])
        }
    }

    // MARK: - Dispatch

    private mutating func step(_ j: Int) -> Int {
        switch items[j].kind {
        case .role: return composeRole(j, preRoot: nil, preStart: nil, orgCode: nil)
        case .actor(let a): return actorItem(j, a)
        case .name: return nameItem(j)
        case .cue(let c): return cueItem(j, c)
        }
    }

    /// The written words of tokens `start..<end`, spaced, with `U.S. - backed` closed up to
    /// `U.S.-backed`.
    ///
    /// Built for every name and title: only text holding a hyphen can contain ` - `, so the
    /// replacement (a second pass over a second string) is skipped without one, and a single
    /// word is its own text.
    ///
    /// Static, given the tokens: called from the composer's mutating steps, an instance
    /// method (even inlined) made the optimiser copy the whole composer for each call.
    static func text(_ tokens: [Token], _ start: Int, _ end: Int) -> String {
        var hyphen = false
        for k in start..<end where tokens[k].containsHyphen { hyphen = true; break }
        if !hyphen, end - start == 1 { return tokens[start].text }
        if !hyphen {
            // The joined bytes written once into a string of the exact length: appending
            // each text and space grew the string several times per name.
            var total = end - start - 1
            for k in start..<end { total += tokens[k].text.utf8.count }
            let joined = String(unsafeUninitializedCapacity: total) { buf -> Int in
                var o = 0
                for k in start..<end {
                    if k > start { buf[o] = 0x20; o += 1 }
                    let copied = tokens[k].text.utf8.withContiguousStorageIfAvailable { u -> Int in
                        if let from = u.baseAddress, let to = buf.baseAddress { (to + o).update(from: from, count: u.count) }
                        return u.count
                    }
                    if let copied { o += copied } else {
                        for b in tokens[k].text.utf8 { buf[o] = b; o += 1 }
                    }
                }
                return o
            }
            return joined
        }
        var out = ""
        for k in start..<end {
            if k > start { out.append(" ") }
            out.append(tokens[k].text)
        }
        return hyphen ? out.replacingText(" - ", with: "-") : out
    }

    func adjacent(_ k: Int, _ pos: Int) -> Bool { k < items.count && items[k].start == pos }

    func entryIndex(_ k: Int) -> Int? {
        guard k < items.count, case .actor(let a) = items[k].kind else { return nil }
        return a
    }

    /// The lexicon actor item `k` names, read in place (`EntryView`).
    func entry(_ k: Int) -> EntryView? {
        guard k < items.count, case .actor(let a) = items[k].kind else { return nil }
        return EntryView(actors: lexicon.actors, index: a)
    }

    mutating func emit(_ start: Int, _ end: Int, _ key: ActorKey, _ rule: String, ref: Bool = false, code: String? = nil) {
        doc.emit(RawMention(sentence: si, start: start, end: end, key: key, rule: rule, isReference: ref, code: code))
    }

    // MARK: - Lexicon actors

    private mutating func actorItem(_ j: Int, _ a: Int) -> Int {
        // The entry is read in place (`lexicon.actors[a].kind`): a copy retained and released
        // every string of it, for each lexicon item of each sentence.
        let it = items[j]
        switch lexicon.actors[a].kind {
        case .country:
            if let k = prefixComposition(j, root: lexicon.actors[a].country) { return k }
            let single = it.end - it.start == 1
            if lexicon.actors[a].ambiguous || (single && lexicon.actors[a].origin == .builtIn) {
                let r = AmbiguityRules.reading(at: j, items: items, tokens: tokens, lexicon: lexicon,
                                               ambiguous: lexicon.actors[a].ambiguous, knownNames: doc.nameWords,
                                               nameAfter: nameAfterIsEvidence, checkNext: !lexicon.actors[a].demonym)
                if r != .country {
                    if lexicon.actors[a].ambiguous { doc.nameWords.insert(tokens[it.start].key) }
                    return j + 1
                }
            }
            emit(it.start, it.end, .entry(a), lexicon.actors[a].demonym ? "lexicon.demonym" : "lexicon")
            return j + 1
        case .location:
            // `Europe's largest plant`, `Black Sea grain deal`: a region is a place of events
            // only after a preposition of place (`in Europe`, `across Europe`, `ở châu Âu`),
            // not after `to`/`from` (`pointing to the Black Sea grain deal`).
            if lexicon.actors[a].region, !(j > 0 && skipArticle(items[j - 1].end) == it.start && items[j - 1].kind == .cue(.atPlace))
                || Self.isPossessive(tokens, at: it.end) {
                return j + 1
            }
            if lexicon.actors[a].capital, !it.placeOnly, AmbiguityRules.reading(at: j, items: items, tokens: tokens, lexicon: lexicon, ambiguous: false,
                                                 knownNames: [], nameAfter: nameAfterIsEvidence) == .name {
                return j + 1          // `Paris Hilton`, `Sydney Smith`: part of a personal name
            }
            // `Darfur rebels`, `Donetsk separatists`: a place before a group noun locates it.
            // (The country table, a string-keyed lookup, is asked last.)
            if !lexicon.actors[a].capital, adjacent(j + 1, it.end), case .role(let r) = items[j + 1].kind, !lexicon.roles[r].isPerson,
               let c = lexicon.actors[a].country, lexicon.hasCountry(c) {
                emit(it.start, it.end, .entry(a), "lexicon.place")
                return composeRole(j + 1, preRoot: c, preStart: nil, orgCode: nil)
            }
            // `Enerhodar mayor Dmytro Orlov`, `Kherson's governor`, `Kyiv's mayor`: the place is
            // the office's seat (English order only).
            // (The country table, a string-keyed lookup, is asked only once a title is there.)
            if !headFirst, !lexicon.actors[a].region, !it.placeOnly, let c = lexicon.actors[a].country {
                var p = it.end
                let possessive = Self.isPossessive(tokens, at: p)
                if possessive { p += 2 }
                if let r = items.firstIndex(where: { $0.start == p }), case .role(let ri) = items[r].kind, lexicon.roles[ri].isPerson,
                   !lexicon.actors[a].capital || Self.localOffices.contains(lexicon.roles[ri].key), lexicon.hasCountry(c) {
                    emit(it.start, it.end, .entry(a), "lexicon.place")
                    return composeRole(r, preRoot: c, preStart: nil, orgCode: nil, seat: (lexicon.actors[a].name, c))
                }
                // `Enerhodar's Ukrainian mayor`: the demonym composes; the title takes the seat.
                if possessive, !lexicon.actors[a].capital, lexicon.hasCountry(c) { possessiveSeat = (p, lexicon.actors[a].name, c) }
            }
            if lexicon.actors[a].capital, !it.placeOnly, !isPlaceReading(j), let root = lexicon.actors[a].country {
                if let k = prefixComposition(j, root: root) { return k }
                emit(it.start, it.end, .collective(root: root, sector: "GOV", kind: .organization, template: "{adj} government"), "metonym.capital")
            } else {
                // A dateline's place is where the story was filed (`CAIRO, May 20 –` over a
                // strike in Gaza): marked, so it places its sentence only when nothing else does.
                emit(it.start, it.end, .entry(a), it.placeOnly ? "place.dateline" : "lexicon.place")
            }
            return j + 1
        case .person:
            let words = it.end - it.start
            let name = words >= 2 ? Self.text(tokens, it.start, it.end) : lexicon.actors[a].name
            let code = lexicon.actors[a].code(on: doc.date)
            let slot = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil, dictCode: code)
            emit(it.start, it.end, .person(slot), "lexicon.person")
            return j + 1
        default:
            // An organisation followed by a personal role: `UN Secretary-General Ban Ki-moon`,
            // `Russian Foreign Ministry spokeswoman …` is handled from the adjective.
            if adjacent(j + 1, it.end), case .role(let r) = items[j + 1].kind, let code = lexicon.actors[a].code {
                if lexicon.roles[r].isPerson {
                    return composeRole(j + 1, preRoot: nil, preStart: it.start, orgCode: code, orgName: lexicon.actors[a].name)
                }
                if lexicon.roles[r].kind == .group, lexicon.roles[r].sector == "GOV", let root = ActorCode(code)?.root, root == "IGO" || root == "NGO" {
                    // `U.N. officials`, `EU diplomats`: the organisation speaking.
                    emit(it.start, items[j + 1].end, .entry(a), "compose.organization+role")
                    return j + 2
                }
                if lexicon.actors[a].kind == .armedGroup {
                    // `Houthi rebels`, `IS fighters`, `Hamas militants`: the group itself.
                    emit(it.start, items[j + 1].end, .entry(a), "compose.organization+role")
                    return j + 2
                }
                if [.armedGroup, .population, .group].contains(lexicon.roles[r].kind), let sector = lexicon.roles[r].sector {
                    // `UN peacekeepers`, `NATO troops`: the organisation's people in that sector.
                    emit(it.start, items[j + 1].end,
                         .collective(root: code, sector: sector, kind: lexicon.roles[r].kind, template: "\(lexicon.actors[a].name) \(lexicon.roles[r].key)"),
                         "compose.organization+role")
                    return j + 2
                }
            }
            emit(it.start, it.end, .entry(a), "lexicon")
            return j + 1
        }
    }

    /// A capital is a place after a place word (`in Moscow`, `tại Moskva`) or next to a
    /// meeting word (`Minsk agreement`, `hòa đàm Geneva`); otherwise it stands for the government.
    private func isPlaceReading(_ j: Int) -> Bool {
        if j > 0, items[j - 1].end == items[j].start, Self.isLocativeItem(items[j - 1]) || items[j - 1].kind == .cue(.meeting) { return true }
        if adjacent(j + 1, items[j].end), items[j + 1].kind == .cue(.meeting) { return true }
        return false
    }

    static func isLocativeItem(_ item: ScanItem) -> Bool {
        if case .cue(let c) = item.kind { return c.isLocative }
        return false
    }

    /// Skips an English article between a preposition and a name (`spokesman for the Pentagon`).
    func skipArticle(_ pos: Int) -> Int {
        pos < tokens.count && tokens[pos].key == "the" ? pos + 1 : pos
    }

    /// True for an apostrophe token, `'` or `’` (U+2019), told by its bytes: asked around
    /// every name and title, `["'", "\u{2019}"].contains(text)` compared the text with the
    /// non-ASCII literal by the slow Unicode path. Neither has another canonically
    /// equivalent spelling, so the bytes decide exactly what `==` decided.
    static func isApostrophe(_ token: Token) -> Bool {
        let u = token.text.utf8
        switch u.count {
        case 1: return u.first == 0x27
        case 3:
            var b = u.makeIterator()
            return b.next() == 0xE2 && b.next() == 0x80 && b.next() == 0x99
        default: return false
        }
    }

    /// True for a word of two or more letters none of them lowercase (`US`, `UK`, `IS`).
    /// Asked of every one-word country: the token's lowercase flag is
    /// `letterCase.hasLowercaseLetter` (every Lowercase scalar is Alphabetic), so letters are
    /// counted only in words without one.
    static func isAcronym(_ token: Token) -> Bool {
        !token.hasLowercase && token.text.letterCase.letters >= 2
    }

    /// True when `'s` (or `’s`) stands at token `pos`: `Kyiv's mayor`, `Turkey's foreign minister`.
    static func isPossessive(_ tokens: [Token], at pos: Int) -> Bool {
        pos + 1 < tokens.count && isApostrophe(tokens[pos]) && tokens[pos + 1].key == "s"
    }

    /// English order: `Russian Foreign Minister Sergei Lavrov`, `Turkey's foreign minister`,
    /// `his Turkish counterpart`, `Hungarian and Romanian officials`.
    private mutating func prefixComposition(_ j: Int, root: String?) -> Int? {
        var pos = items[j].end
        if Self.isPossessive(tokens, at: pos) { pos += 2 }
        var k = j + 1
        while k < items.count, items[k].start < pos { k += 1 }
        while adjacent(k, pos), items[k].kind == .cue(.modifier) { pos = items[k].end; k += 1 }
        guard adjacent(k, pos) else { return nil }
        switch items[k].kind {
        case .role:
            return composeRole(k, preRoot: root, preStart: items[j].start, orgCode: nil)
        case .cue(.counterpart):
            return counterpart(k, root: root, start: items[j].start)
        case .cue(.coordination):
            // Coordinated adjectives share the role (`Hungarian and Romanian officials`); a
            // country noun shares only a group noun (`US and British forces`), never a title
            // (`Syria and Palestinian leader Yasser Arafat`).
            guard pos == items[j].end, entry(j) != nil, let e2 = entry(k + 1), adjacent(k + 1, items[k].end),
                  e2.kind == .country, e2.demonym else { return nil }
            var rk = k + 2
            while rk < items.count, items[rk].start == items[rk - 1].end, items[rk].kind == .cue(.modifier) { rk += 1 }
            guard rk < items.count, items[rk].start == items[rk - 1].end, case .role(let ri) = items[rk].kind else { return nil }
            if lexicon.roles[ri].isPerson && !(entry(j)?.demonym ?? false) { return nil }
            let before = doc.mentions.count
            guard let r = prefixComposition(k + 1, root: e2.country) else { return nil }
            if doc.mentions.count > before, case .collective(_, let sector, let kind, let template) = doc.mentions[before].key {
                emit(items[j].start, items[j].end, .collective(root: root, sector: sector, kind: kind, template: template), "compose.coordination")
            } else {
                emit(items[j].start, items[j].end, .entry(entryIndex(j)!), "lexicon")
            }
            return r
        default:
            return nil
        }
    }

    // MARK: - Roles

    /// `Ngoại trưởng Pháp Jean-Marc Ayrault`, `Bộ Ngoại giao Nga`, `lực lượng đối lập ở Aleppo`,
    /// `King Hassan of Morocco`, `rebels in Aleppo`, `Ngoại trưởng nước này Sergei Lavrov`.
    mutating func composeRole(_ j: Int, preRoot: String?, preStart: Int?, orgCode initialOrg: String?, orgName initialOrgName: String? = nil,
                              seat initialSeat: (name: String, root: String)? = nil) -> Int {
        var k = j
        // The chain's roles as indices into `roles`, read in place: copied into the chain,
        // every entry retained and released its strings, several times per title. The
        // indices are read from the items themselves (`RoleChain`), with no list built.
        let roles = Roles(lexicon.roles)
        var pos = items[j].start
        while adjacent(k, pos), case .role = items[k].kind {
            pos = items[k].end; k += 1
        }
        let chain = RoleChain(items: items, range: j..<k)
        guard let lastRole = chain.last else { return j + 1 }
        var root = preRoot
        var orgCode = initialOrg
        var rule = preRoot != nil ? "compose.country+role" : "compose.role"
        var isRef = false
        var haveCountry = preRoot != nil
        var orgName: String? = initialOrgName
        let chainStart = preStart ?? items[j].start
        var indefinite = false
        var institutionTemplate: String? = nil
        // The place whose office a title names (`Thị trưởng Enerhodar`, `the mayor of Enerhodar`).
        var seat = initialSeat
        if seat == nil, let ps = possessiveSeat, ps.pos == (preStart ?? items[j].start) { seat = (ps.name, ps.root) }

        // What stands right before the title: `its troops` (the last country), `a ministry
        // spokesman` (the last ministry), `Moscow-installed officials` (that country), `an
        // official` (a new person).
        var compound: String? = nil
        var ministryStart: Int? = nil
        if preRoot == nil, initialOrg == nil {
            var b = j - 1
            var nextStart = items[j].start
            if b >= 0, items[b].end == nextStart, items[b].kind == .cue(.thisMinistry), let m = doc.lastMinistry {
                root = m.root; institutionTemplate = m.template; haveCountry = true; rule = "ref.ministry"; isRef = true
                nextStart = items[b].start
                ministryStart = items[b].start
                b -= 1
            }
            if b >= 0, items[b].end == nextStart {
                switch items[b].kind {
                case .cue(.possessive):
                    // `Hezbollah said its fighters`: the group's own people are the group.
                    if root == nil, let owner = Self.possessorGroup(before: items[b].start, chain: chain, lexicon: lexicon, mentions: doc.mentions, sentence: si) {
                        emit(items[b].start, pos, .entry(owner), "ref.possessive-group", ref: true)
                        return k
                    }
                    if root == nil, let c = doc.lastCountry, doc.lastCountrySentence >= si - 1 {
                        root = c; rule = "ref.possessive"; isRef = true; haveCountry = true
                    }
                case .cue(.indefinite):
                    indefinite = true
                default: break
                }
            }
            if root == nil, chainStart > 0, let c = Self.compoundRoot(tokens, at: chainStart - 1, lexicon: lexicon) { compound = c }
        }
        // `a Ukrainian foreign ministry spokesman`, `an official`, `một quan chức`.
        let before = compound != nil ? chainStart - 2 : chainStart - 1
        if before >= 0, Self.indefiniteWords.contains(tokens, at: before) { indefinite = true }
        // `a Moscow-installed official`, `chính quyền do Nga thiết lập`, `pro-Russian separatists`.
        if preRoot == nil, initialOrg == nil, ministryStart == nil, let p = patronPhrase(chainStart: chainStart, k: k, pos: pos, chain: chain) {
            return composePatron(j, chain: chain, chainStart: chainStart, pos: pos, k: k, patron: p, indefinite: indefinite)
        }

        // `các tay súng của nhóm`: the fighters of the group just named are the group.
        if root == nil, orgCode == nil, preRoot == nil, let (owner, end) = groupOwner(after: pos, chain: chain) {
            emit(chainStart, end, .entry(owner), "ref.possessive-group", ref: true)
            return k
        }
        // Right-hand country: `Bộ Ngoại giao Nga`, `Ngoại trưởng nước này`, `Tổng thư ký LHQ`.
        if root == nil && orgCode == nil && adjacent(k, pos) {
            switch items[k].kind {
            case .actor(let a):
                // The entry's fields are read in place (`EntryView`): a copy of the whole
                // entry retained and released all its strings.
                let e = EntryView(actors: lexicon.actors, index: a)
                let kind = e.kind, capital = e.capital
                if kind == .country || (capital && kind == .location) {
                    // `Thị trưởng Kiev`: a capital is a local office's seat.
                    if capital, let c = e.country, chain.contains(where: { roles.isPerson($0) && Self.localOffices.contains(roles.key($0)) }) { seat = (e.name, c) }
                    root = e.country; pos = items[k].end; k += 1; rule = "compose.role+country"; haveCountry = true
                } else if kind == .location, !e.region, let c = e.country, lexicon.hasCountry(c) {
                    // `phiến quân Donetsk`: the place locates the group and stays a place mention.
                    // `Thị trưởng Enerhodar`: the official is of the place's country; with a name
                    // after the place, the place is part of the person's mention.
                    root = c; rule = "compose.role+place"
                    if chain.contains(where: { roles.isPerson($0) }) {
                        haveCountry = true
                        seat = (e.name, c)
                        if adjacent(k + 1, items[k].end), items[k + 1].kind == .name { pos = items[k].end; k += 1 }
                    }
                } else if kind == .organization || kind == .armedGroup || kind == .media || kind == .group, let c = e.code {
                    if !chain.contains(where: { roles.isPerson($0) }), case .actor(let a) = items[k].kind {
                        // `hãng tin Interfax`, `nhóm IS`: the role word only introduces the named actor.
                        emit(preStart ?? items[j].start, items[k].end, .entry(a), "compose.role+organization")
                        return k + 1
                    }
                    orgCode = c; orgName = e.name; pos = items[k].end; k += 1; rule = "compose.role+organization"
                    (pos, k) = skipAcronym(after: pos, k)
                }
            case .cue(.placeNoun):
                // `Thống đốc tỉnh Dnipropetrovsk Valentyn Reznichenko`.
                if chain.contains(where: { roles.isPerson($0) }), let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind == .location,
                   !e.capital, !e.region, let c = e.country, lexicon.hasCountry(c) {
                    root = c; rule = "compose.role+place"; haveCountry = true
                    seat = (e.name, c)
                    if adjacent(k + 2, items[k + 1].end), items[k + 2].kind == .name { pos = items[k + 1].end; k += 2 }
                }
            case .cue(.thisCountry):
                if let c = doc.lastCountry { root = c; pos = items[k].end; k += 1; rule = "ref.this-country"; isRef = true; haveCountry = true }
            case .cue(.of):
                if let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind == .country {
                    root = e.country; pos = items[k + 1].end; k += 2; rule = "compose.role+country"; haveCountry = true
                }
            default: break
            }
        }
        let personRole = chain.first(where: { roles.isPerson($0) })
        var name: String? = nil
        var dictCode: String? = nil
        // `Đại sứ Mỹ tại Liên hợp quốc Samantha Power`: the posting sits between title and name.
        if personRole != nil, haveCountry, adjacent(k, pos), Self.isLocativeItem(items[k]),
           let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind != .person, adjacent(k + 2, items[k + 1].end),
           items[k + 2].kind == .name, case .actor = items[k + 1].kind {
            // The posting is part of the person's mention (mentions do not overlap).
            pos = items[k + 1].end; k += 2
        }
        if personRole != nil, adjacent(k, pos) {
            if items[k].kind == .name {
                name = Self.text(tokens, items[k].start, items[k].end); pos = items[k].end; k += 1
            } else if let e = entry(k), e.kind == .person {
                let it = items[k]
                name = it.end - it.start >= 2 ? Self.text(tokens, it.start, it.end) : e.name
                dictCode = e.code(on: doc.date); pos = it.end; k += 1
            }
        }
        // `Russia's ambassador to the United Nations, Vassily Nebenzia, told …`: a posting and
        // a name in apposition.
        if personRole != nil, name == nil, haveCountry || orgCode != nil, let a = appositionName(k, pos) {
            name = a.name; pos = a.pos; k = a.k
        }
        // `King Hassan of Morocco`, `the foreign minister of Turkey`, `a spokesman for the Pentagon`.
        if root == nil, orgCode == nil, adjacent(k, pos), items[k].kind == .cue(.of),
           let e = entry(k + 1), adjacent(k + 1, skipArticle(items[k].end)) {
            if e.kind == .country || e.capital {
                if e.capital, let c = e.country, personRole.map({ Self.localOffices.contains(roles.key($0)) }) == true { seat = (e.name, c) }
                root = e.country; pos = items[k + 1].end; k += 2; haveCountry = true
                rule = "compose.role+of+country"
            } else if personRole != nil, e.kind == .location, !e.region, let c = e.country, lexicon.hasCountry(c) {
                // `the mayor of Enerhodar`: the town is the seat and stays a place mention.
                root = c; haveCountry = true; seat = (e.name, c)
                rule = "compose.role+of+place"
            } else if personRole != nil, [.organization, .armedGroup, .media].contains(e.kind), let c = e.code {
                orgCode = c; orgName = e.name; pos = items[k + 1].end; k += 2
                rule = "compose.role+of+organization"
                (pos, k) = skipAcronym(after: pos, k)
                // `Người phát ngôn quân sự của Houthi Yahya Saree`: the name follows the group.
                if headFirst, name == nil, adjacent(k, pos), items[k].kind == .name {
                    name = Self.text(tokens, items[k].start, items[k].end); pos = items[k].end; k += 1
                }
            }
            // `the governor of Ukraine's Dnipropetrovsk region, Valentyn Reznichenko, said …`.
            if personRole != nil, name == nil, let a = appositionName(k, pos) {
                name = a.name; pos = a.pos; k = a.k
            }
        }
        // Collectives located by a place: `lực lượng đối lập ở Aleppo`, `rebels in Aleppo`.
        // The place is left for the main loop, which mentions it as a place.
        // A country counts only as the place the group is in (`security forces in Guinea`), not
        // as a modifier (`troops near Ukraine's border`).
        if personRole == nil, root == nil, orgCode == nil, adjacent(k, pos), Self.isLocativeItem(items[k]),
           let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind == .location && !e.region || e.kind == .country,
           e.kind == .location || items[k].kind == .cue(.atPlace), let c = e.country, lexicon.hasCountry(c),
           !(items[k + 1].end + 1 < tokens.count && Self.isApostrophe(tokens[items[k + 1].end])) {
            root = c; rule = "compose.role+place"
        }
        // The head of a chain of role words names the actor; a person's sector comes from the
        // institution in the chain (`người phát ngôn Bộ Quốc phòng` → MIL), a collective's
        // from its head (`cơ quan tình báo quân đội` → SPY).
        let head = headFirst ? chain.first! : lastRole
        // A person's institution may be an armed force too (`army chief`, `người phát ngôn quân đội`).
        let institution = chain.last(where: { roles.kind($0) == .organization && roles.sector($0) != nil })
            ?? (personRole != nil ? chain.last(where: { roles.kind($0) == .armedGroup && roles.sector($0) != nil }) : nil)
        let sectorRole = personRole != nil ? (institution ?? head)
            : (roles.sector(head) != nil ? head : (chain.last(where: { roles.sector($0) != nil }) ?? head))
        var sector = roles.sector(sectorRole)
        if let fixed = chain.first(where: { roles.fixedRoot($0) != nil }).flatMap({ roles.fixedRoot($0) }), root == nil { root = fixed }
        // `Moscow-installed official`, `Russian-installed authorities`: officials of that
        // country; `Saudi-led coalition`, `Vietnamese-led forces`: any group that country leads.
        var start = ministryStart ?? preStart ?? items[j].start
        let leads = chainStart > 0 && tokens[chainStart - 1].containsHyphen && tokens[chainStart - 1].key.hasSuffix("-led")
        if root == nil, orgCode == nil, let c = compound, sector == "GOV" || leads {
            root = c; rule = "compose.compound+role"; haveCountry = true
            start -= 1
        }
        if let m = doc.lastMinistry, institutionTemplate != nil, personRole != nil { sector = m.sector ?? sector }

        // `former President …`, `cựu Tổng thống …`: out of office, an elite (ELI) not the government.
        if personRole != nil, start > 0, Self.formerWords.contains(tokens, at: start - 1) { sector = "ELI" }
        if let pr = personRole {
            let roleKey = roles.key(pr)
            if name == nil && root == nil && orgCode == nil, apposition?.pos != items[j].start {
                // A title alone (`the minister`, `Ngoại trưởng` with no country): the last
                // person with that role; after `a`/`an` someone new, unnamed and unplaced.
                if !indefinite, let s = doc.findPerson(roleKey: roleKey, root: nil) {
                    emit(start, pos, .person(s), "ref.title", ref: true)
                }
                return k
            }
            var personRoot = root
            if let oc = orgCode, let code = ActorCode(oc) {
                // A person of an organisation takes its code (`Tổng thư ký LHQ` → IGOUNO).
                personRoot = code.root
                if code.root == "IGO" || code.root == "NGO" || code.sectors.isEmpty {
                    dictCode = oc; sector = nil
                } else {
                    sector = code.sectors.first ?? sector
                }
            }
            if name != nil, rule != "ref.ministry" {
                rule = haveCountry ? (isRef ? "ref.this-country" : "compose.role+country+name") : (orgCode != nil ? "compose.role+organization+name" : "compose.role+name")
            }
            // A title-only person of an organisation is named after it (`Pentagon spokesperson`,
            // `Ukrainian Foreign Ministry spokesperson`).
            var template = roles.template(pr)
            if name == nil, let orgName { template = "\(orgName) \(roleKey)" }
            else if name == nil, let inst = institution, roles.kind(inst) == .organization { template = "\(roles.template(inst)) \(roleKey)" }
            else if name == nil, let inst = institutionTemplate { template = "\(inst) \(roleKey)" }
            let code = dictCode ?? (orgCode != nil && sector == nil ? orgCode : nil)
            let office = OfficeDetail(seat: seat?.name, seatRoot: seat?.root)
            let slot: Int
            if name == nil, let a = apposition, a.pos == start || a.pos == items[j].start {
                // The title describes the person just named: it gives them role and country.
                slot = a.slot
                var p = doc.persons[slot]
                if p.roleKey == nil { p.roleKey = roleKey; p.roleTemplate = template }
                if p.sector == nil { p.sector = sector }
                if p.root == nil { p.root = personRoot }
                if p.dictCode == nil { p.dictCode = code }
                p.take(office)
                doc.persons[slot] = p
                emit(start, pos, .person(slot), "ref.apposition", ref: true)
                return k
            } else if indefinite, name == nil {
                // `a Moscow-installed official`: someone new, not the last official, and not
                // the holder of the office either.
                var fresh = PersonSlot(names: [], roleKey: roleKey, roleTemplate: template, sector: sector, root: personRoot,
                                       dictCode: code, anonymous: true)
                fresh.take(office)
                doc.persons.append(fresh)
                slot = doc.persons.count - 1
            } else {
                slot = doc.person(named: name, roleKey: roleKey, template: template, sector: sector, root: personRoot, dictCode: code,
                                  office: office)
            }
            emit(start, pos, .person(slot), rule, ref: isRef && name == nil)
            return k
        }
        // Collectives and institutions.
        if root == nil, let oc = orgCode, let code = ActorCode(oc) { root = code.root; if sector == nil { sector = code.sectors.first } }
        // `the rebels`, `phiến quân` just after `M23`: the one rebel group named last.
        if root == nil, orgCode == nil, sector?.hasPrefix("REB") == true, let g = recentRebelGroup() {
            emit(start, pos, .entry(g), "ref.rebel-group", ref: true)
            return k
        }
        if root == nil {
            // Conflict roles without a country take it from the context (a place in the
            // sentence, else the document's conflict country); others are left out.
            guard let sec = sector, Self.contextSectors.contains(String(sec.prefix(3))) else { return k }
            rule = "compose.role+context"
        }
        // Officials of an institution are the institution (`Defence Ministry officials`,
        // `quan chức Bộ Ngoại giao`).
        var group = sectorRole
        if roles.kind(head) == .group, roles.sector(head) == "GOV", let inst = institution, roles.kind(inst) == .organization {
            group = inst; sector = roles.sector(inst)
        }
        emit(start, pos, .collective(root: root, sector: sector, kind: roles.kind(group), template: roles.template(group)), rule, ref: isRef)
        return k
    }

    /// A name in apposition after a title, past a posting (`to the United Nations`) or a
    /// region (`'s Dnipropetrovsk region`): `, Vassily Nebenzia,`. Returns the name and where
    /// the mention ends.
    func appositionName(_ k0: Int, _ pos0: Int) -> (name: String, pos: Int, k: Int)? {
        var k2 = k0, p2 = pos0
        if adjacent(k2, p2), Self.isLocativeItem(items[k2]), let e = entry(k2 + 1), e.kind != .person,
           adjacent(k2 + 1, skipArticle(items[k2].end)) {
            p2 = items[k2 + 1].end; k2 += 2
        } else if Self.isPossessive(tokens, at: p2),
                  let k3 = items.firstIndex(where: { $0.start == p2 + 2 }) {
            // `'s Dnipropetrovsk region`: a place of the country.
            var place = false
            if case .actor(let a) = items[k3].kind, lexicon.actors[a].kind == .location { place = true }
            guard place || items[k3].kind == .name else { return nil }
            p2 = items[k3].end; k2 = k3 + 1
            if adjacent(k2, p2), items[k2].kind == .cue(.placeNoun) { p2 = items[k2].end; k2 += 1 }
        }
        guard p2 + 1 < tokens.count, tokens[p2].text == ",", adjacent(k2, p2), items[k2].kind == .cue(.coordination),
              adjacent(k2 + 1, p2 + 1), items[k2 + 1].kind == .name else { return nil }
        let n = items[k2 + 1]
        let after = n.end < tokens.count ? tokens[n.end].text : ","
        guard [",", ".", ";", ":"].contains(after) || !tokens[n.end].isWord || !tokens[n.end].isCapitalized else { return nil }
        return (Self.text(tokens, n.start, n.end), n.end, k2 + 2)
    }

    /// `Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) Rafael Grossi`: skips the bracketed
    /// acronym after an organisation's name, so the name after it is reached.
    private func skipAcronym(after pos: Int, _ k: Int) -> (Int, Int) {
        guard pos < tokens.count, tokens[pos].text == "(", adjacent(k, pos + 1), case .actor = items[k].kind,
              items[k].end < tokens.count, tokens[items[k].end].text == ")" else { return (pos, k) }
        return (items[k].end + 1, k + 1)
    }

    /// The country of a compound adjective before a title: `Moscow-installed`,
    /// `Russian-backed`, `Kyiv-appointed`, `pro-Russian` → `RUS`/`UKR`.
    /// Static, so that the composer's mutating steps need not copy the composer to ask it.
    private static func compoundRoot(_ tokens: [Token], at i: Int, lexicon: ActorLexicon) -> String? {
        // Asked before every title: without a hyphen there is no compound. The token is read
        // in place (taken as an argument it was a copy, its strings retained).
        guard tokens[i].containsHyphen else { return nil }
        let parts = hyphenParts(tokens[i].text, omittingEmpty: true)
        guard parts.count == 2 else { return nil }
        let place: String
        if Folding.key(parts[0]) == "pro" { place = parts[1] }
        else if Self.compoundHeads.contains(Folding.key(parts[1])) { place = parts[0] }
        else { return nil }
        let toks = Tokenizer.tokens(place)
        guard !toks.isEmpty else { return nil }
        for m in lexicon.matcher.allMatches(in: toks, at: 0) where m.end == toks.count {
            for r in m.values {
                guard case .actor(let a) = r.target else { continue }
                let e = lexicon.actors[Int(a)]
                if e.kind == .country || e.capital, let c = e.country, lexicon.hasCountry(c) { return c }
            }
        }
        return nil
    }

    /// Titles of local offices: a capital after them is their seat (`the mayor of Kyiv`),
    /// not the state (`the foreign minister of Ukraine`).
    static let localOffices: Set<String> = ["mayor", "deputy mayor", "governor", "deputy governor", "regional governor"]

    /// Indefinite articles: a title after them is someone new.
    static let indefiniteWords = KeyList(keys: ["a", "an", Folding.key("một")])

    /// Second halves of compound adjectives that tie officials to a country.
    static let compoundHeads: Set<String> = ["installed", "backed", "appointed", "led", "controlled", "imposed",
                                             "sponsored", "supported", "aligned", "allied", "run", "friendly"]

    /// Words before a title that put its holder out of office.
    static let formerWords = KeyList(keys: ["former", "ousted", "ex", "exiled", Folding.key("cựu"), Folding.key("nguyên")])

    /// Sectors whose actors take the conflict country from the context when none is named.
    static let contextSectors: Set<String> = ["REB", "MIL", "CVL", "REF", "OPP", "INS", "UAF"]

    // MARK: - References

    /// `người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu`, `his Turkish counterpart`: the previous
    /// person's role, another country.
    private mutating func counterpart(_ k0: Int, root r0: String?, start: Int) -> Int {
        var k = k0 + 1
        var pos = items[k0].end
        var root = r0
        if root == nil, let e = entry(k), adjacent(k, pos), e.kind == .country { root = e.country; pos = items[k].end; k += 1 }
        var name: String? = nil
        if adjacent(k, pos), items[k].kind == .name { name = Self.text(tokens, items[k].start, items[k].end); pos = items[k].end; k += 1 }
        if root == nil, adjacent(k, pos), items[k].kind == .cue(.of), let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind == .country {
            root = e.country; pos = items[k + 1].end; k += 2
        }
        let prev = doc.lastPerson(since: max(0, si - 1))
        let p = prev.map { doc.persons[$0] }
        var slot: Int
        if name == nil, let key = p?.roleKey, let s = doc.findPerson(roleKey: key, root: root), s != prev {
            slot = s
        } else if name == nil {
            doc.persons.append(PersonSlot(names: [], roleKey: p?.roleKey, roleTemplate: p?.roleTemplate, sector: p?.sector, root: root))
            slot = doc.persons.count - 1
        } else {
            slot = doc.person(named: name, roleKey: p?.roleKey, template: p?.roleTemplate, sector: p?.sector, root: root)
        }
        emit(start, pos, .person(slot), "ref.counterpart", ref: name == nil)
        return k
    }

    private mutating func cueItem(_ j: Int, _ cue: CueKind) -> Int {
        let it = items[j]
        switch cue {
        case .thisCountry:
            if let c = doc.lastCountry, let e = countryEntry[c] {
                emit(it.start, it.end, .entry(e), "ref.this-country", ref: true)
            }
        case .counterpart:
            return counterpart(j, root: nil, start: it.start)
        case .bothPersons, .bothCountries, .bothSides:
            for key in bothActors(cue) { emit(it.start, it.end, key, "ref.both", ref: true) }
        case .pronoun:
            if let p = doc.subjectPerson(sentence: si, since: max(0, si - 2)) { emit(it.start, it.end, .person(p), "ref.pronoun", ref: true) }
        case .honorific:
            if adjacent(j + 1, it.end), items[j + 1].kind == .name {
                let n = items[j + 1]
                let name = Self.text(tokens, n.start, n.end)
                let slot = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil)
                emit(it.start, n.end, .person(slot), "compose.honorific+name")
                return j + 2
            }
            // `ông cho biết`: the honorific used as a pronoun.
            if it.end < tokens.count, tokens[it.end].isWord, !tokens[it.end].isCapitalized,
               let p = doc.subjectPerson(sentence: si, since: max(0, si - 1)) {
                emit(it.start, it.end, .person(p), "ref.pronoun", ref: true)
            }
        case .placeNoun:
            // `thành phố Nikopol`, `the town of Enerhodar`, `Biển Đen`: the name is a place.
            var k = j + 1
            var pos = it.end
            if adjacent(k, pos), items[k].kind == .cue(.of) { pos = skipArticle(items[k].end); k += 1 }
            if adjacent(k, pos), items[k].kind == .name {
                let n = items[k]
                // A feature noun the lexicon writes capitalised is part of the name (`Biển Đen`).
                let start = it.capitalised && k == j + 1 ? it.start : n.start
                emit(start, n.end, .place(Self.text(tokens, start, n.end), root: placeCountry(after: n.end)), "place.noun+name")
                return k + 1
            }
        case .vessel, .namedThing:
            return vessel(j)
        case .equipment:
            return equipmentModel(j)
        case .thisGroup:
            // `accused the group of using civilians` is the group; `the group of experts` is not.
            let ofNoun = it.end + 1 < tokens.count && tokens[it.end].key == "of" && !tokens[it.end + 1].key.hasSuffix("ing")
            if !ofNoun, let g = recentArmedGroup() { emit(it.start, it.end, .entry(g), "ref.this-group", ref: true) }
        case .thisMinistry:
            // `the ministry said`: the ministry last named.
            if let m = doc.lastMinistry, !(adjacent(j + 1, it.end) && { if case .role = items[j + 1].kind { return true }; return false }()) {
                emit(it.start, it.end, .collective(root: m.root, sector: m.sector, kind: .organization, template: m.template), "ref.ministry", ref: true)
            }
        case .block, .countryContext, .nameContext, .locative, .atPlace, .of, .meeting, .coordination, .modifier, .credit, .notName,
             .nameParticle, .dateWord, .possessive, .indefinite:
            break
        }
        return j + 1
    }

    /// `administration`, `'s government` right after a person's name: the institution role.
    private func personsInstitution(after end: Int) -> (item: Int, role: Int, end: Int)? {
        var pos = end
        if Self.isPossessive(tokens, at: pos) { pos += 2 }
        guard let k = items.firstIndex(where: { $0.start == pos }), case .role(let r) = items[k].kind else { return nil }
        let role = lexicon.roles[r]
        guard role.kind == .organization, role.sector == "GOV", role.template == "{adj} government" else { return nil }
        return (k, r, items[k].end)
    }

    /// The country a text puts an unknown place in: `Bam, Iran`, `Cizre in southeastern
    /// Turkey`, `Maiskoye ở bán đảo Crimea` → the country, or the country of a known place.
    func placeCountry(after end: Int) -> String? {
        guard end < tokens.count else { return nil }
        var pos = end
        if tokens[pos].text == "," {
            pos += 1
        } else if let k = items.firstIndex(where: { $0.start == pos }), Self.isLocativeItem(items[k]) {
            pos = items[k].end
            // `in southeastern Turkey`: up to two lowercase words between.
            var words = 0
            while pos < tokens.count, words < 2, items.firstIndex(where: { $0.start == pos }) == nil,
                  tokens[pos].isWord, !tokens[pos].isCapitalized { pos += 1; words += 1 }
            if let k2 = items.firstIndex(where: { $0.start == pos }), Self.isLocativeItem(items[k2]) { pos = items[k2].end }
        } else {
            return nil
        }
        guard let k = items.firstIndex(where: { $0.start == pos }), case .actor(let a) = items[k].kind else { return nil }
        let e = lexicon.actors[a]
        guard e.kind == .country || e.kind == .location, !e.demonym, let c = e.country, lexicon.hasCountry(c) else { return nil }
        return c
    }

    /// The item index of a person's title right after `, ` (and an article): `Rafael Grossi,
    /// director general of …`, `John Smith, a spokesman for …`.
    /// `, UN secretary-general`, `, Russia's foreign minister`: an organisation or a country
    /// may stand before the title. Returns the token where the description starts.
    private func appositiveTitle(after end: Int) -> Int? {
        guard end < tokens.count, tokens[end].text == "," else { return nil }
        var pos = end + 1
        if pos < tokens.count, tokens[pos].key == "a" || tokens[pos].key == "an" || tokens[pos].key == "the" { pos += 1 }
        guard var k = items.firstIndex(where: { $0.start == pos }) else { return nil }
        let start = pos
        if case .actor(let a) = items[k].kind, [.organization, .country].contains(lexicon.actors[a].kind) {
            var p = items[k].end
            if Self.isPossessive(tokens, at: p) { p += 2 }
            guard let k2 = items.firstIndex(where: { $0.start == p }) else { return nil }
            k = k2
        }
        guard case .role(let r) = items[k].kind, lexicon.roles[r].isPerson else { return nil }
        return start
    }

    private mutating func noteApposition(after end: Int, slot: Int) {
        if let p = appositiveTitle(after: end) { apposition = (p, slot) }
    }

    /// `X, the first ship …`, `X, a tanker …`: a vessel noun within three words after a comma.
    private func isVesselApposition(after end: Int) -> Bool {
        guard end < tokens.count, tokens[end].text == "," else { return false }
        var pos = end + 1
        var words = 0
        while pos < tokens.count, words <= 3 {
            if let k = items.firstIndex(where: { $0.start == pos }), items[k].kind == .cue(.vessel) { return true }
            guard tokens[pos].isWord, !tokens[pos].isCapitalized || words == 0 else { return false }
            pos += 1; words += 1
        }
        return false
    }

    /// `tàu Brave Commander`, `the cruiser Moskva`: the capitalised name after a vessel noun
    /// is a ship, not an actor (and a capital there is not its government). A country after
    /// it is the ship's flag (`tàu Nga`, `Russian ship`), read as usual.
    private mutating func vessel(_ j: Int) -> Int {
        let it = items[j]
        var pos = skipArticle(it.end)
        var k = j + 1
        var consumed = false
        while adjacent(k, pos), pos < tokens.count, tokens[pos].isCapitalized {
            if case .actor(let a) = items[k].kind {
                let e = lexicon.actors[a]
                guard e.kind == .location || e.kind == .person || e.kind == .unknown else { break }
            } else if items[k].kind != .name, !({ if case .role = items[k].kind { return true }; return false }()) {
                break
            }
            consumed = true; pos = items[k].end; k += 1
        }
        return consumed ? k : j + 1
    }

    /// The two actors of the closest earlier sentence (or earlier in this one) that has two.
    ///
    /// In a sentence of fighting or mutual blame (`hai bên vẫn cáo buộc lẫn nhau về các vụ
    /// pháo kích`, `urged both sides to halt the shelling`) the two sides are the warring
    /// countries or armed groups (`WarringPairs`), not the two people who just met. Nor are they ever a pair
    /// holding someone this sentence already named (`Theo ông Erdogan, … hai bên vẫn có thể
    /// hợp tác`): that person speaks about the sides; the document's warring pair is meant.
    private func bothActors(_ cue: CueKind) -> [ActorKey] {
        func sides(_ pair: (Int, Int)) -> [ActorKey]? { [.entry(pair.0), .entry(pair.1)] }
        if cue != .bothPersons, lexicon.hostilityWords.occurs(in: tokens),
           let pair = warring.latest(atOrBefore: si) ?? warring.main, let keys = sides(pair) {
            return keys
        }
        // The mentions are read in place, by index: a `for m in mentions.reversed()` loop
        // copied each one (its key, rule and code strings) on the way back.
        var named = Set<Int>()
        var back = doc.mentions.count - 1
        while back >= 0, doc.mentions[back].sentence == si {
            if case .person(let p) = doc.mentions[back].key { named.insert(doc.resolved(p)) }
            back -= 1
        }
        // Mentions are appended sentence by sentence, so walking back from the end meets each
        // sentence's mentions together, the latest sentence first; the first sentence naming
        // two persons (or countries) decides, and older sentences need not be read (reading
        // them all made every `hai bên` cost the whole document so far).
        var persons: [Int] = []
        var countryRoots: [String] = []
        // An earlier `hai bên` keeps meaning the same two (`Hai bên cáo buộc … Hai bên cũng …`).
        var earlierPair: [ActorKey] = []
        var current: Int?
        func decision() -> [ActorKey]? {
            if earlierPair.count == 2, current != si { return earlierPair }
            if cue != .bothCountries, persons.count >= 2 {
                let pair = Array(persons.prefix(2))
                if current != si, pair.contains(where: named.contains), cue == .bothSides, let w = warring.main, let keys = sides(w) { return keys }
                return pair.map { .person($0) }
            }
            if cue != .bothPersons, countryRoots.count >= 2 {
                let keys: [ActorKey] = countryRoots.prefix(2).compactMap { c in countryEntry[c].map { .entry($0) } }
                // `Egypt and Qatar urged both sides to return to talks`: two countries of this
                // very sentence that are neither of the document's warring sides are the ones
                // speaking to the sides, not the sides.
                if current == si, cue == .bothSides, let w = warring.latest(atOrBefore: si) ?? warring.main,
                   !keys.contains(.entry(w.0)), !keys.contains(.entry(w.1)) {
                    return sides(w)
                }
                return keys
            }
            return nil
        }
        for m in doc.mentions.indices.reversed() {
            if doc.mentions[m].sentence != current {
                if current != nil, let found = decision() { return found }
                current = doc.mentions[m].sentence; persons = []; countryRoots = []; earlierPair = []
            }
            if doc.mentions[m].rule == "ref.both" {
                if cue == .bothSides || doc.mentions[m].key.isPerson == (cue == .bothPersons) { earlierPair.insert(doc.mentions[m].key, at: 0) }
                continue
            }
            if case .person(let p) = doc.mentions[m].key {
                let r = doc.resolved(p)
                if !persons.contains(r) { persons.insert(r, at: 0) }
            }
            if let c = doc.countryRoot(of: doc.mentions[m].key), !countryRoots.contains(c) {
                countryRoots.insert(c, at: 0)
            }
        }
        if current != nil, let found = decision() { return found }
        return []
    }

    // MARK: - Names

    private mutating func nameItem(_ j: Int) -> Int {
        let it = items[j]
        let name = Self.text(tokens, it.start, it.end)
        // English `Dnipropetrovsk region`, `Black Sea`: a name before a place noun is a place.
        if !headFirst, adjacent(j + 1, it.end), items[j + 1].kind == .cue(.placeNoun) {
            let end = items[j + 1].capitalised ? items[j + 1].end : it.end
            emit(it.start, end, .place(Self.text(tokens, it.start, end), root: placeCountry(after: end)), "place.name+noun")
            return items[j + 1].capitalised ? j + 2 : j + 1
        }
        // `the Brave Commander, the first ship chartered …`: a ship named in apposition.
        if isVesselApposition(after: it.end) { return j + 1 }
        // `Merkava tanks`, `Shahed drones`: a weapon's model, not an actor.
        if !headFirst, isEquipmentModel(j) { return j + 1 }
        // `Eight Israeli soldiers`, `Dozens of …`: a capitalised number or quantity word.
        if it.end - it.start == 1, Self.quantityWords.contains(tokens, at: it.start) { return j + 1 }
        // `in Atlanta`, `tại Maiskoye`, `near Vuhledar`: an unknown name after a place
        // preposition is a place (not a possessor: `in Smith's view`).
        // The person a name stands for, looked up once: the search reads every person of the
        // document (and the lexicon's well-known persons).
        let entry = doc.nameEntry(name)
        let person = doc.findPerson(entry, root: nil)
        if j > 0, items[j - 1].end == it.start, items[j - 1].kind == .cue(.atPlace),
           !(it.end + 1 < tokens.count && Self.isApostrophe(tokens[it.end])),
           person == nil, entry.known == nil {
            emit(it.start, it.end, .place(name, root: placeCountry(after: it.end)), "place.locative+name")
            return j + 1
        }
        if let s = person {
            let single = it.end - it.start == 1
            emit(it.start, it.end, .person(s), single ? "ref.surname" : "name.person", ref: single)
            noteApposition(after: it.end, slot: s)
            return j + 1
        }
        let known = entry.known
        if let known, let inst = personsInstitution(after: it.end),
           let code = lexicon.persons[known].code(on: doc.date), let c = ActorCode(code), lexicon.hasCountry(c.root) {
            // `the Bush administration`, `Putin's government`: the government the person leads.
            let role = lexicon.roles[inst.role]
            emit(it.start, inst.end, .collective(root: c.root, sector: role.sector, kind: role.kind, template: role.template), "compose.person+institution")
            return inst.item + 1
        }
        if known != nil {
            // A well-known person, by full name or alone by surname (`Kuleba accused …`).
            let s = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil)
            emit(it.start, it.end, .person(s), "name.known-person")
            noteApposition(after: it.end, slot: s)
            return j + 1
        }
        if appositiveTitle(after: it.end) != nil {
            // `John Smith, a spokesman for the Pentagon, said …`: a person, described next.
            let s = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil)
            emit(it.start, it.end, .person(s), "name.apposition")
            noteApposition(after: it.end, slot: s)
            return j + 1
        }
        let sentenceInitial = it.start == 0 || (it.start <= 2 && tokens[..<it.start].allSatisfy { !$0.isWord })
        // `Moscow-installed`, `Saudi-led`: a compound adjective, not a name.
        let compoundAdjective = it.end - it.start == 1 && tokens[it.start].containsHyphen && tokens[it.start].text.split(separator: "-").dropFirst().contains { $0.first?.isLowercase ?? false }
        if it.end - it.start >= 2 || (singleNamesAreActors && !sentenceInitial && !compoundAdjective) {
            emit(it.start, it.end, .unknown(name), "unknown.name")
        } else {
            emit(it.start, it.end, .candidate(name), "ref.surname", ref: true)
        }
        return j + 1
    }
}
