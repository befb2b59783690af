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

    private var tokens: [Token] = []
    private var items: [ScanItem] = []
    private var si = 0

    /// Vietnamese: a capitalised word after a short country name makes it a personal name.
    let nameAfterIsEvidence: Bool

    init(lexicon: ActorLexicon, date: Int?, language: String) {
        self.lexicon = lexicon
        self.nameAfterIsEvidence = language.lowercased().hasPrefix("vi")
        self.doc = DocumentActors(lexicon: lexicon, date: date)
        var ce: [String: Int] = [:]
        for (i, e) in lexicon.actors.enumerated() where e.kind == .country && !e.demonym && !e.ambiguous {
            if let c = e.country, ce[c] == nil, e.code == c { ce[c] = i }
        }
        countryEntry = ce
    }

    mutating func process(sentence: Int, tokens: [Token], items: [ScanItem]) {
        self.si = sentence; self.tokens = tokens; self.items = items
        var j = 0
        while j < items.count {
            let next = step(j)
            j = max(next, j + 1)
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

    private func text(_ start: Int, _ end: Int) -> String {
        tokens[start..<end].map(\.text).joined(separator: " ")
            .replacingOccurrences(of: " - ", with: "-")
    }

    private func adjacent(_ k: Int, _ pos: Int) -> Bool { k < items.count && items[k].start == pos }

    private func entry(_ k: Int) -> ActorEntry? {
        guard k < items.count, case .actor(let a) = items[k].kind else { return nil }
        return lexicon.actors[a]
    }

    private mutating func emit(_ start: Int, _ end: Int, _ key: ActorKey, _ rule: String, ref: Bool = false, code: String? = nil) {
        doc.emit(RawMention(sentence: si, start: start, end: end, key: key, rule: rule, isReference: ref, code: code))
    }

    // MARK: - Lexicon actors

    private mutating func actorItem(_ j: Int, _ a: Int) -> Int {
        let e = lexicon.actors[a]
        let it = items[j]
        switch e.kind {
        case .country:
            if let k = prefixComposition(j, root: e.country) { return k }
            let single = it.end - it.start == 1
            if e.ambiguous || (single && e.origin == .builtIn) {
                let r = AmbiguityRules.reading(at: j, items: items, tokens: tokens, lexicon: lexicon,
                                               ambiguous: e.ambiguous, knownNames: doc.nameWords,
                                               nameAfter: nameAfterIsEvidence)
                if r != .country {
                    if e.ambiguous { doc.nameWords.insert(tokens[it.start].key) }
                    return j + 1
                }
            }
            emit(it.start, it.end, .entry(a), e.demonym ? "lexicon.demonym" : "lexicon")
            return j + 1
        case .location:
            if e.capital, !isPlaceReading(j), let root = e.country {
                if let k = prefixComposition(j, root: root) { return k }
                emit(it.start, it.end, .collective(root: root, sector: "GOV", kind: .organization, template: "{adj} government"), "metonym.capital")
            } else {
                emit(it.start, it.end, .entry(a), "lexicon.place")
            }
            return j + 1
        case .person:
            let words = it.end - it.start
            let name = words >= 2 ? text(it.start, it.end) : e.name
            let code = e.code(on: doc.date)
            let slot = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil, dictCode: code)
            emit(it.start, it.end, .person(slot), "lexicon.person")
            return j + 1
        default:
            // An organisation followed by a personal role: `UN Secretary-General Ban Ki-moon`,
            // `Russian Foreign Ministry spokeswoman …` is handled from the adjective.
            if adjacent(j + 1, it.end), case .role(let r) = items[j + 1].kind, let code = e.code {
                let role = lexicon.roles[r]
                if role.isPerson {
                    return composeRole(j + 1, preRoot: nil, preStart: it.start, orgCode: code)
                }
                if e.kind == .armedGroup {
                    // `Houthi rebels`, `IS fighters`, `Hamas militants`: the group itself.
                    emit(it.start, items[j + 1].end, .entry(a), "compose.organization+role")
                    return j + 2
                }
                if [.armedGroup, .population, .group].contains(role.kind), let sector = role.sector {
                    // `UN peacekeepers`, `NATO troops`: the organisation's people in that sector.
                    emit(it.start, items[j + 1].end,
                         .collective(root: code, sector: sector, kind: role.kind, template: "\(e.name) \(role.key)"),
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
        if j > 0, items[j - 1].end == items[j].start, [.cue(.locative), .cue(.meeting)].contains(items[j - 1].kind) { return true }
        if adjacent(j + 1, items[j].end), items[j + 1].kind == .cue(.meeting) { return true }
        return false
    }

    /// Skips an English article between a preposition and a name (`spokesman for the Pentagon`).
    private func skipArticle(_ pos: Int) -> Int {
        pos < tokens.count && tokens[pos].key == "the" ? pos + 1 : pos
    }

    /// English order: `Russian Foreign Minister Sergei Lavrov`, `Turkey's foreign minister`,
    /// `his Turkish counterpart`, `Hungarian and Romanian officials`.
    private mutating func prefixComposition(_ j: Int, root: String?) -> Int? {
        var pos = items[j].end
        if pos + 1 < tokens.count, ["'", "\u{2019}"].contains(tokens[pos].text), tokens[pos + 1].key == "s" { pos += 2 }
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
            // Only adjectives share the role: `Hungarian and Romanian officials`, not
            // `Syria and Palestinian leader Yasser Arafat`.
            guard pos == items[j].end, let e1 = entry(j), e1.demonym, let e2 = entry(k + 1), adjacent(k + 1, items[k].end),
                  e2.kind == .country, e2.demonym else { return nil }
            let before = doc.mentions.count
            guard let r = prefixComposition(k + 1, root: e2.country) else { return nil }
            if doc.mentions.count > before, case .collective(_, let sector, let kind, let template) = doc.mentions[before].key {
                emit(items[j].start, items[j].end, .collective(root: root, sector: sector, kind: kind, template: template), "compose.coordination")
            }
            return r
        default:
            return nil
        }
    }

    // MARK: - Roles

    /// `Ngoại trưởng Pháp Jean-Marc Ayrault`, `Bộ Ngoại giao Nga`, `lực lượng đối lập ở Aleppo`,
    /// `King Hassan of Morocco`, `rebels in Aleppo`, `Ngoại trưởng nước này Sergei Lavrov`.
    private mutating func composeRole(_ j: Int, preRoot: String?, preStart: Int?, orgCode initialOrg: String?) -> Int {
        var k = j
        var chain: [RoleEntry] = []
        var pos = items[j].start
        while adjacent(k, pos), case .role(let r) = items[k].kind {
            chain.append(lexicon.roles[r]); pos = items[k].end; k += 1
        }
        guard let lastRole = chain.last else { return j + 1 }
        var root = preRoot
        var orgCode = initialOrg
        var rule = preRoot != nil ? "compose.country+role" : "compose.role"
        var isRef = false
        var haveCountry = preRoot != nil
        var orgName: String? = nil

        // Right-hand country: `Bộ Ngoại giao Nga`, `Ngoại trưởng nước này`, `Tổng thư ký LHQ`.
        if root == nil && orgCode == nil && adjacent(k, pos) {
            switch items[k].kind {
            case .actor(let a):
                let e = lexicon.actors[a]
                if e.kind == .country || (e.capital && e.kind == .location) {
                    root = e.country; pos = items[k].end; k += 1; rule = "compose.role+country"; haveCountry = true
                } else if [.organization, .armedGroup, .media, .group].contains(e.kind), let c = e.code {
                    if !chain.contains(where: \.isPerson), case .actor(let a) = items[k].kind {
                        // `hãng tin Interfax`, `nhóm IS`: the role word only introduces the named actor.
                        emit(preStart ?? items[j].start, items[k].end, .entry(a), "compose.role+organization")
                        return k + 1
                    }
                    orgCode = c; orgName = e.name; pos = items[k].end; k += 1; rule = "compose.role+organization"
                }
            case .cue(.thisCountry):
                if let c = doc.lastCountry { root = c; pos = items[k].end; k += 1; rule = "ref.this-country"; isRef = true; haveCountry = true }
            case .cue(.of):
                if let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind == .country {
                    root = e.country; pos = items[k + 1].end; k += 2; rule = "compose.role+country"; haveCountry = true
                }
            default: break
            }
            // Vietnamese places the person title before the ministry: `người phát ngôn Bộ
            // Ngoại giao Mỹ`; English after the adjective: handled by the chain above.
        }
        let personRole = chain.first(where: \.isPerson)
        var name: String? = nil
        var dictCode: String? = nil
        // `Đại sứ Mỹ tại Liên hợp quốc Samantha Power`: the posting sits between title and name.
        if personRole != nil, haveCountry, adjacent(k, pos), items[k].kind == .cue(.locative),
           let e = entry(k + 1), adjacent(k + 1, items[k].end), e.kind != .person, adjacent(k + 2, items[k + 1].end),
           items[k + 2].kind == .name, case .actor(let a) = items[k + 1].kind {
            emit(items[k + 1].start, items[k + 1].end, .entry(a), "lexicon")
            pos = items[k + 1].end; k += 2
        }
        if personRole != nil, adjacent(k, pos) {
            if items[k].kind == .name {
                name = text(items[k].start, items[k].end); pos = items[k].end; k += 1
            } else if let e = entry(k), e.kind == .person {
                let it = items[k]
                name = it.end - it.start >= 2 ? text(it.start, it.end) : e.name
                dictCode = e.code(on: doc.date); pos = it.end; k += 1
            }
        }
        // `King Hassan of Morocco`, `the foreign minister of Turkey`, `a spokesman for the Pentagon`.
        if root == nil, orgCode == nil, adjacent(k, pos), items[k].kind == .cue(.of),
           let e = entry(k + 1), adjacent(k + 1, skipArticle(items[k].end)) {
            if e.kind == .country || e.capital {
                root = e.country; pos = items[k + 1].end; k += 2; haveCountry = true
                rule = "compose.role+of+country"
            } else if personRole != nil, [.organization, .armedGroup, .media].contains(e.kind), let c = e.code {
                orgCode = c; orgName = e.name; pos = items[k + 1].end; k += 2
                rule = "compose.role+of+organization"
            }
        }
        // Collectives located by a place: `lực lượng đối lập ở Aleppo`, `rebels in Aleppo`.
        // The place is left for the main loop, which mentions it as a place.
        if personRole == nil, root == nil, orgCode == nil, adjacent(k, pos), items[k].kind == .cue(.locative),
           let e = entry(k + 1), adjacent(k + 1, items[k].end), [.location, .country].contains(e.kind), let c = e.country,
           lexicon.countries[c] != nil {
            root = c; rule = "compose.role+place"
        }
        let start = preStart ?? items[j].start
        let sectorRole = chain.last(where: { $0.sector != nil }) ?? lastRole
        var sector = sectorRole.sector
        if let fixed = chain.first(where: { $0.fixedRoot != nil })?.fixedRoot, root == nil { root = fixed }

        if let pr = personRole {
            if name == nil && root == nil && orgCode == nil {
                // A title alone (`the minister`, `Ngoại trưởng` with no country): the last
                // person with that role.
                if let s = doc.findPerson(roleKey: pr.key, root: nil) {
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
            if name != nil {
                rule = haveCountry ? (isRef ? "ref.this-country" : "compose.role+country+name") : (orgCode != nil ? "compose.role+organization+name" : "compose.role+name")
            }
            // A title-only person of an organisation is named after it (`Pentagon spokesperson`).
            let template = name == nil && orgName != nil ? "\(orgName!) \(pr.key)" : pr.template
            let slot = doc.person(named: name, roleKey: pr.key, template: template, sector: sector,
                                  root: personRoot, dictCode: dictCode ?? (orgCode != nil && sector == nil ? orgCode : nil))
            emit(start, pos, .person(slot), rule, ref: isRef && name == nil)
            return k
        }
        // Collectives and institutions.
        if root == nil, let oc = orgCode, let code = ActorCode(oc) { root = code.root; if sector == nil { sector = code.sectors.first } }
        if root == nil {
            // Conflict roles without a country take it from the context (a place in the
            // sentence, else the document's conflict country); others are left out.
            guard let sec = sector, Self.contextSectors.contains(String(sec.prefix(3))) else { return k }
            rule = "compose.role+context"
        }
        emit(start, pos, .collective(root: root, sector: sector, kind: sectorRole.kind, template: sectorRole.template), rule, ref: isRef)
        return k
    }

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
        if adjacent(k, pos), items[k].kind == .name { name = text(items[k].start, items[k].end); pos = items[k].end; k += 1 }
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
            if let p = doc.lastPerson(since: max(0, si - 2)) { emit(it.start, it.end, .person(p), "ref.pronoun", ref: true) }
        case .honorific:
            if adjacent(j + 1, it.end), items[j + 1].kind == .name {
                let n = items[j + 1]
                let name = text(n.start, n.end)
                let slot = doc.person(named: name, roleKey: nil, template: nil, sector: nil, root: nil)
                emit(it.start, n.end, .person(slot), "compose.honorific+name")
                return j + 2
            }
            // `ông cho biết`: the honorific used as a pronoun.
            if it.end < tokens.count, tokens[it.end].isWord, !tokens[it.end].isCapitalized,
               let p = doc.lastPerson(since: max(0, si - 1)) {
                emit(it.start, it.end, .person(p), "ref.pronoun", ref: true)
            }
        case .block, .countryContext, .nameContext, .locative, .of, .meeting, .coordination, .modifier, .credit, .notName, .nameParticle:
            break
        }
        return j + 1
    }

    /// The two actors of the closest earlier sentence (or earlier in this one) that has two.
    private func bothActors(_ cue: CueKind) -> [ActorKey] {
        var bySentence: [Int: (persons: [Int], countries: [String])] = [:]
        var order: [Int] = []
        for m in doc.mentions.reversed() {
            if bySentence[m.sentence] == nil { bySentence[m.sentence] = ([], []); order.append(m.sentence) }
            if case .person(let p) = m.key {
                let r = doc.resolved(p)
                if !bySentence[m.sentence]!.persons.contains(r) { bySentence[m.sentence]!.persons.insert(r, at: 0) }
            }
            if let c = doc.countryRoot(of: m.key), !bySentence[m.sentence]!.countries.contains(c) {
                bySentence[m.sentence]!.countries.insert(c, at: 0)
            }
        }
        for s in order {
            let v = bySentence[s]!
            if cue != .bothCountries, v.persons.count >= 2 { return v.persons.prefix(2).map { .person($0) } }
            if cue != .bothPersons, v.countries.count >= 2 {
                return v.countries.prefix(2).compactMap { c in countryEntry[c].map { .entry($0) } }
            }
        }
        return []
    }

    // MARK: - Names

    private mutating func nameItem(_ j: Int) -> Int {
        let it = items[j]
        let name = text(it.start, it.end)
        if let s = doc.findPerson(named: name, root: nil) {
            let single = it.end - it.start == 1
            emit(it.start, it.end, .person(s), single ? "ref.surname" : "name.person", ref: single)
            return j + 1
        }
        if it.end - it.start >= 2 {
            emit(it.start, it.end, .unknown(name), "unknown.name")
        } else {
            emit(it.start, it.end, .candidate(name), "ref.surname", ref: true)
        }
        return j + 1
    }
}
