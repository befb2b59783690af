import FaultlineModel
import FaultlineText

/// A patron phrase found around a role: who stands behind the actor, and how.
struct PatronMatch: Sendable {
    /// The patron's code: a country root (`RUS`, `WST`) or an organisation's code (`IGOUNO`).
    var code: String
    /// The English word names are built from (`Russian`, `Western`, `United Nations`).
    var display: String
    var relation: PatronRelation
    /// First token of the mention (the compound before an English role, else the role).
    var start: Int
    /// Token after the phrase, when it follows the role (Vietnamese, `backed by X`); else
    /// the role's end.
    var end: Int
    /// Item index to resume the main loop at.
    var next: Int
    /// A place between a Vietnamese title and the phrase (`Thị trưởng Enerhodar do Kiev bổ
    /// nhiệm`): item index, canonical name and country.
    var seat: (item: Int, name: String, root: String)?
    /// A country between a collective and the phrase (`chính quyền Afghanistan được phương Tây
    /// hậu thuẫn`): the territory.
    var territory: String?
}

/// Actors described by who installed, appointed or backs them.
///
/// English puts the patron before the role (`a Moscow-installed official`, `U.S.-backed
/// forces`, `pro-Russian separatists`) or after it (`militias backed by Iran`); Vietnamese
/// after it, in a passive (`chính quyền do Nga thiết lập`, `phe ly khai được Nga hậu thuẫn`,
/// `thống đốc do Kiev bổ nhiệm`) or with `thân` (`lực lượng thân Iran`).
///
/// **Coding.** The CAMEO codebook codes an actor by the state or group it acts for. So:
/// - an *agent* (installed or appointed by the patron) takes the patron's country and the
///   role's sector: `a Moscow-installed official` in occupied Enerhodar → `RUSGOV`. Such an
///   official exercises the occupying state's authority and relays its figures; coding him
///   `UKRGOV` would make him speak for the government he replaced.
/// - a *proxy* (backed by, allied to, `pro-`, `thân`) is a local actor with its own cause: it
///   keeps the territory's country with the role's sector, as PETRARCH/Phoenix practice codes
///   `pro-Russian separatists` in Donbas `UKRREB` and Iran-backed militias in Iraq `IRQ…`; the
///   territory is the place the text gives, else the sentence's or document's country,
///   never the patron itself (with none at all, no code).
///
/// Either way `Actor.affiliation` records the patron's code, and `ActorSides` puts the actor
/// on the patron's side, so `Kremlin-backed separatists` and the Russian defence ministry do
/// not count as opposing sources while their claims and Kyiv's do.
///
/// **Names.** Stable across mentions and languages: the patron's English adjective, the
/// relation and the role (`Russian-installed official`, `Russian-installed authorities`,
/// `pro-Russian authorities`, `Iranian-backed armed forces`). Every government collective
/// (`officials`, `authorities`, `chính quyền`, `quan chức`) is `authorities`, since
/// Vietnamese `chính quyền` covers both government and authorities. An office holder with a
/// seat is `Mayor of Enerhodar` when the patron is the seat's own state (`Thị trưởng
/// Enerhodar do Kiev bổ nhiệm`) and `Russian-installed mayor of Enerhodar` otherwise.
extension ActorComposer {
    /// `lực lượng thân Iran`, `các nhóm vũ trang được Iran hậu thuẫn`: a generic noun that is
    /// no role by itself becomes one when a patron phrase follows it.
    mutating func addPatronHeads() {
        guard !lexicon.patronWords.headStarts.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard lexicon.patronWords.mayStartHead(keyHash: tokens[i].keyHash), let h = lexicon.patronWords.match(.head, in: tokens, at: i),
                  let phrase = h.word.value else { continue }
            // Only a capitalised first word (`Lực lượng …` opening the sentence) may stand in the way.
            let overlapping = items.indices.filter { items[$0].start < h.end && i < items[$0].end }
            guard overlapping.allSatisfy({ items[$0].kind == .name && items[$0].start >= i && items[$0].end <= h.end }) else { continue }
            let k = items.firstIndex(where: { $0.start >= h.end }) ?? items.count
            guard patronTail(at: h.end, k: k) != nil, let role = lexicon.roleIndex(phrase) else { continue }
            items.insert(ScanItem(start: i, end: h.end, kind: .role(role)), at: k)
            for o in overlapping.reversed() { items.remove(at: o) }
            i = h.end - 1
        }
    }

    /// The patron phrase of the role chain `j..<k` (tokens `chainStart..<pos`; `chain` its
    /// indices into `lexicon.roles`), if any.
    ///
    /// The patron lexicon is read in place (`lexicon.patronWords.…`) here and below, never
    /// bound to a local: a copy retained and released each of its tables, before every title.
    func patronPhrase(chainStart: Int, k: Int, pos: Int, chain: RoleChain) -> PatronMatch? {
        // Civilians and refugees are helped, not backed (`người dân được Nga hỗ trợ lương thực`).
        guard !lexicon.patronWords.isEmpty, !chain.contains(where: { Roles(lexicon.roles).kind($0) == .population }) else { return nil }
        if let m = patronBefore(chainStart: chainStart, k: k, pos: pos) { return m }
        return patronAfter(k: k, pos: pos)
    }

    /// `Moscow-installed`, `pro-Russian`, `U.S. - backed`, `United States-backed` right
    /// before the role (`the`/`a` may precede).
    private func patronBefore(chainStart: Int, k: Int, pos: Int) -> PatronMatch? {
        guard chainStart > 0 else { return nil }
        // Read in place (`tokens[ti]`): a copy of the token retained its strings, before every title.
        let ti = chainStart - 1
        guard tokens[ti].isWord else {
            return nil
        }
        // One token: `Moscow-installed`, `pro-Russian`, `States-backed` (after `United`).
        if tokens[ti].containsHyphen {
            let parts = Self.hyphenParts(tokens[ti].text, omittingEmpty: false)
            guard parts.count >= 2 else { return nil }
            if let r = lexicon.patronWords.prefixes[Folding.key(parts[0])] {
                guard let pat = patron(text: parts[1...].joined(separator: "-")) else { return nil }
                return PatronMatch(code: pat.code, display: pat.display, relation: r, start: chainStart - 1, end: pos, next: k)
            }
            if parts.count == 2, let r = lexicon.patronWords.suffixes[Folding.key(parts[1])] {
                // The first half may continue a name begun before (`United States-backed`).
                for back in 0...2 where chainStart - 1 - back >= 0 {
                    let lead = tokens[(chainStart - 1 - back)..<(chainStart - 1)]
                    guard lead.allSatisfy({ $0.isWord && $0.isCapitalized }) else { break }
                    let name = (lead.map(\.text) + [parts[0]]).joined(separator: " ")
                    if let pat = patron(text: name) {
                        return PatronMatch(code: pat.code, display: pat.display, relation: r, start: chainStart - 1 - back, end: pos, next: k)
                    }
                }
            }
            return nil
        }
        // Split by the tokenizer: `U.S. - backed`, `Iran – backed`.
        guard let r = lexicon.patronWords.suffix(tokens, at: ti), chainStart >= 3, ["-", "–", "—"].contains(tokens[chainStart - 2].text) else { return nil }
        guard let pi = items.lastIndex(where: { $0.end == chainStart - 2 }), let pat = patron(item: pi) else { return nil }
        return PatronMatch(code: pat.code, display: pat.display, relation: r, start: items[pi].start, end: pos, next: k)
    }

    /// The phrase after the role: `backed by Iran`, `loyal to Moscow`, `do Nga thiết lập`,
    /// `được Nga hậu thuẫn`, `thân Nga`, past a seat (`Thị trưởng Enerhodar do Kiev bổ nhiệm`),
    /// a country (`chính phủ Yemen được Ả Rập Xê Út hậu thuẫn`) or a body the actor belongs to
    /// (`quan chức thuộc chính quyền do Nga thiết lập`).
    private func patronAfter(k k0: Int, pos p0: Int) -> PatronMatch? {
        var k = k0, pos = p0
        var seat: (item: Int, name: String, root: String)? = nil
        var territory: String? = nil
        // A place or a country between (Vietnamese order: head, then what it is of).
        if headFirst {
            var kk = k, pp = pos
            if adjacent(kk, pp), items[kk].kind == .cue(.placeNoun) { pp = items[kk].end; kk += 1 }
            // The entry read in place, the country table (a string-keyed lookup) asked last.
            if adjacent(kk, pp), case .actor(let a) = items[kk].kind, let c = lexicon.actors[a].country {
                let kind = lexicon.actors[a].kind
                if kind == .location, !lexicon.actors[a].region, lexicon.hasCountry(c) {
                    seat = (kk, lexicon.actors[a].name, c); pos = items[kk].end; k = kk + 1
                } else if kind == .country, !lexicon.actors[a].demonym, lexicon.hasCountry(c) {
                    territory = c; pos = items[kk].end; k = kk + 1
                }
            }
            // `thuộc chính quyền`: the body the member belongs to.
            if let l = lexicon.patronWords.match(.link, in: tokens, at: pos), adjacent(k, l.end), case .role = items[k].kind {
                var kk = k, pp = l.end
                while adjacent(kk, pp), case .role = items[kk].kind { pp = items[kk].end; kk += 1 }
                if patronTail(at: pp, k: kk) != nil { pos = pp; k = kk }
            }
        }
        guard var m = patronTail(at: pos, k: k) else { return nil }
        m.seat = seat
        m.territory = territory
        return m
    }

    /// `do Nga thiết lập`, `được phương Tây hậu thuẫn`, `thân Nga`, `backed by Iran`, `loyal
    /// to Moscow` starting at token `pos` (item `k`).
    func patronTail(at pos: Int, k: Int) -> PatronMatch? {
        // `thân Nga`, `loyal to Moscow`, `backed by the United States`.
        if let w = lexicon.patronWords.match([.prefix, .by], in: tokens, at: pos), let r = w.word.relation {
            let at = skipArticle(w.end)
            // `loyal to Iraq's Al-Qaeda frontman`: a possessive country only qualifies the patron.
            if let pi = items.firstIndex(where: { $0.start == at }), !isPossessive(at: items[pi].end), let pat = patron(item: pi) {
                return PatronMatch(code: pat.code, display: pat.display, relation: r, start: pos, end: items[pi].end, next: pi + 1)
            }
            if let pw = lexicon.patronWords.match(.patron, in: tokens, at: at), let code = pw.word.value {
                let next = items.firstIndex(where: { $0.start >= pw.end }) ?? items.count
                return PatronMatch(code: code, display: lexicon.patronWords.display[code] ?? code, relation: r, start: pos, end: pw.end, next: next)
            }
            return nil
        }
        // `do Nga thiết lập`: marker, patron, verb.
        guard let mk = lexicon.patronWords.match(.marker, in: tokens, at: pos),
              let pi = items.firstIndex(where: { $0.start == mk.end }), let pat = patron(item: pi),
              let v = lexicon.patronWords.match(.verb, in: tokens, at: items[pi].end), let r = v.word.relation else { return nil }
        let next = items.firstIndex(where: { $0.start >= v.end }) ?? items.count
        return PatronMatch(code: pat.code, display: pat.display, relation: r, start: pos, end: v.end, next: next)
    }

    /// True when `'s` follows at token `pos`.
    private func isPossessive(at pos: Int) -> Bool { Self.isPossessive(tokens, at: pos) }

    /// The patron an item names: a country, a capital (its state), a state body (`Điện
    /// Kremlin` → `RUS`), the West, or an international organisation (`UN` → `IGOUNO`).
    func patron(item pi: Int) -> (code: String, display: String)? {
        guard case .actor(let a) = items[pi].kind else { return nil }
        return patron(entry: lexicon.actors[a])
    }

    private func patron(entry e: ActorEntry) -> (code: String, display: String)? {
        switch e.kind {
        case .country:
            guard let c = e.country else { return nil }
            return (c, patronDisplay(c, fallback: e.name))
        case .location:
            guard e.capital, let c = e.country, lexicon.hasCountry(c) else { return nil }
            return (c, patronDisplay(c, fallback: e.name))
        case .organization, .group, .armedGroup:
            guard let code = e.code, let ac = ActorCode(code) else { return nil }
            if lexicon.hasCountry(ac.root) || lexicon.patronWords.display[ac.root] != nil {
                return (ac.root, patronDisplay(ac.root, fallback: e.name))
            }
            // An armed group is no patron of a state's offices; organisations are.
            guard e.kind != .armedGroup else { return nil }
            return (code, e.name)
        default:
            return nil
        }
    }

    /// A patron written inside a compound (`Moscow` of `Moscow-installed`).
    private func patron(text: String) -> (code: String, display: String)? {
        let toks = Tokenizer.tokens(text)
        guard !toks.isEmpty else { return nil }
        if let w = lexicon.patronWords.match(.patron, in: toks, at: 0), w.end == toks.count, let code = w.word.value {
            return (code, lexicon.patronWords.display[code] ?? code)
        }
        for m in lexicon.matcher.allMatches(in: toks, at: 0).reversed() where m.end == toks.count {
            for r in m.values {
                guard case .actor(let a) = r.target else { continue }
                if let p = patron(entry: lexicon.actors[Int(a)]) { return p }
            }
        }
        return nil
    }

    /// `Russian`, `Western`: the adjective names are built from.
    private func patronDisplay(_ root: String, fallback: String) -> String {
        if let d = lexicon.patronWords.display[root] { return d }
        if let f = lexicon.countries[root] { return f.adjective }
        return fallback
    }

    /// Emits the actor of a role chain with a patron phrase and returns the item to go on at.
    /// - Parameters:
    ///   - chain: the roles of items `j..<k` (indices into `lexicon.roles`); `chainStart..<pos` their tokens.
    ///   - indefinite: `a`/`một` before the role: someone new.
    mutating func composePatron(_ j: Int, chain: RoleChain, chainStart: Int, pos: Int, k: Int, patron p: PatronMatch, indefinite: Bool) -> Int {
        let roles = Roles(lexicon.roles)
        let head = headFirst ? chain.first! : chain.last!
        let personRole = chain.first(where: { roles.isPerson($0) })
        let patronRoot = lexicon.hasCountry(p.code) ? p.code : nil
        // `một quan chức` / `an official`: one member of a government body.
        let onePerson = personRole == nil && indefinite && roles.kind(head) == .group && roles.sector(head) == "GOV"
        let qualifier = p.relation.qualifier(p.display)
        let before = p.start < chainStart
        var resume = before ? k : p.next
        let indefinite = indefinite || (before && p.start > 0 && Self.indefiniteWords.contains(tokens, at: p.start - 1))
        // `U.S. - backed forces`: the patron was read as an actor of its own before the role
        // was reached; it belongs to this mention.
        while let last = doc.mentions.last, last.sentence == si, last.end > p.start, last.start < chainStart {
            doc.mentions.removeLast()
        }

        // The territory of a proxy: a country between (Vietnamese), or a place the sentence
        // gives right after the phrase (`in Donetsk`, `tại Enerhodar`).
        var territory = p.territory ?? p.seat?.root
        if territory == nil, let place = placeAfter(pos: before ? pos : p.end) { territory = place }

        if personRole != nil || onePerson {
            let key = personRole.map { roles.key($0) } ?? "official"
            let institution = chain.last(where: { roles.kind($0) == .organization && roles.sector($0) != nil })
            // A person an organisation appointed takes its code (`a UN-appointed envoy` → IGOUNO).
            let sector = p.relation.isAgent && patronRoot == nil ? nil : (roles.sector(institution ?? personRole ?? head) ?? "GOV")
            // `the Russia-appointed governor of Kherson`, `Thị trưởng Enerhodar do Kiev bổ nhiệm`.
            var seat = p.seat.map { (name: $0.name, root: $0.root) }
            var end = before ? pos : p.end
            if seat == nil, let s = seatAfter(pos: end) { seat = s }
            var name: String? = nil
            if let n = items.firstIndex(where: { $0.start == end }), items[n].kind == .name, before || headFirst {
                name = Self.text(tokens, items[n].start, items[n].end); end = items[n].end; resume = max(resume, n + 1)
            }
            // `the Russia-appointed governor of Kherson, Vladimir Saldo, said …`: the name in
            // apposition after the seat is the person too; so is `Thống đốc do Nga bổ nhiệm ở
            // Kherson Vladimir Saldo`, the seat after a place preposition.
            var appositive: (place: Int, name: Int)? = nil
            if name == nil, headFirst, let at = items.firstIndex(where: { $0.start == end }), Self.isLocativeItem(items[at]),
               let e = entry(at + 1), adjacent(at + 1, items[at].end), e.kind == .location, !e.region,
               let c = e.country, lexicon.hasCountry(c), adjacent(at + 2, items[at + 1].end), items[at + 2].kind == .name {
                seat = (e.name, c)
                name = Self.text(tokens, items[at + 2].start, items[at + 2].end); appositive = (at + 1, at + 2)
            }
            if name == nil, appositive == nil, seat != nil, let of = items.firstIndex(where: { $0.start == end }), items[of].kind == .cue(.of),
               let pl = items.firstIndex(where: { $0.start == skipArticle(items[of].end) }), pl + 2 < items.count,
               items[pl].end < tokens.count, tokens[items[pl].end].text == ",", items[pl + 1].start == items[pl].end,
               items[pl + 2].start == items[pl].end + 1, items[pl + 2].kind == .name {
                let n = items[pl + 2]
                if n.end >= tokens.count || [",", ".", ";", ":"].contains(tokens[n.end].text) {
                    name = Self.text(tokens, n.start, n.end); appositive = (pl, pl + 2)
                }
            }
            let agent = p.relation.isAgent
            let root = agent ? (patronRoot ?? p.code) : territory
            // A mayor appointed by the seat's own state needs no qualifier.
            let shown = agent && seat != nil && seat?.root == patronRoot ? nil : qualifier
            let office = OfficeDetail(seat: seat?.name, seatRoot: seat?.root, qualifier: shown, patron: p.code)
            let slot: Int
            if indefinite, name == nil {
                var slotValue = PersonSlot(names: [], roleKey: key, roleTemplate: "{adj} " + key, sector: sector, root: root, anonymous: true)
                slotValue.take(office)
                doc.persons.append(slotValue)
                slot = doc.persons.count - 1
            } else {
                slot = doc.person(named: name, roleKey: key, template: "{adj} " + key, sector: sector, root: root, office: office)
            }
            let mentionEnd = headFirst && p.seat != nil && name == nil ? pos : end
            emit(min(p.start, chainStart), mentionEnd, .person(slot), "compose.patron+role")
            if headFirst, let s = p.seat, name == nil { emit(items[s.item].start, items[s.item].end, .entry(entryIndex(s.item)!), "lexicon.place") }
            if let a = appositive {
                if let e = entryIndex(a.place) { emit(items[a.place].start, items[a.place].end, .entry(e), "lexicon.place") }
                emit(items[a.name].start, items[a.name].end, .person(slot), "name.apposition")
                return a.name + 1
            }
            return resume
        }

        let sectorRole = roles.sector(head) != nil ? head : (chain.last(where: { roles.sector($0) != nil }) ?? head)
        let sector = roles.sector(sectorRole)
        let noun = sector == "GOV" && [.group, .organization].contains(roles.kind(sectorRole)) ? "authorities" : roles.key(sectorRole)
        let name = qualifier + " " + (noun.isEmpty ? roles.template(sectorRole) : noun)
        let root: String?
        if p.relation.isAgent {
            root = patronRoot ?? p.code
        } else {
            root = territory
        }
        let end = before ? pos : (p.seat != nil ? pos : p.end)
        emit(min(p.start, chainStart), end, .patronized(root: root, sector: root == p.code && patronRoot == nil ? nil : sector,
                                                         kind: roles.kind(sectorRole), name: name, patron: p.code), "compose.patron+role")
        if let s = p.seat { emit(items[s.item].start, items[s.item].end, .entry(entryIndex(s.item)!), "lexicon.place") }
        return resume
    }

    /// The country of a place right after `pos` behind a place preposition (`in Donetsk`,
    /// `tại Enerhodar`, `ở Iraq`), without consuming it.
    private func placeAfter(pos: Int) -> String? {
        guard let k = items.firstIndex(where: { $0.start == pos }), Self.isLocativeItem(items[k]) || items[k].kind == .cue(.of),
              let e = entry(k + 1), adjacent(k + 1, skipArticle(items[k].end)),
              e.kind == .location && !e.region || e.kind == .country && !e.demonym,
              let c = e.country, lexicon.hasCountry(c) else { return nil }
        return c
    }

    /// `of Kherson`, `of the Zaporizhzhia region` after a title: the seat, not consumed.
    private func seatAfter(pos: Int) -> (name: String, root: String)? {
        guard let k = items.firstIndex(where: { $0.start == pos }), items[k].kind == .cue(.of),
              let e = entry(k + 1), adjacent(k + 1, skipArticle(items[k].end)), e.kind == .location, !e.region,
              let c = e.country, lexicon.hasCountry(c) else { return nil }
        return (e.name, c)
    }
}
