import FaultlineModel
import FaultlineText

/// Turns the document's raw mentions into actors with stable ids: resolves collectives
/// without a country, merges title-only persons into named ones, names every actor.
struct ActorResolver {
    var doc: DocumentActors
    let sentences: [Sentence]
    let tokens: [[Token]]

    private var lexicon: ActorLexicon { doc.lexicon }

    func result() -> ActorRecognition {
        var doc = self.doc
        let dominant = doc.dominantCountry()
        // A person known only by role and name (`President Omar al-Bashir`) belongs to the one
        // country of the document, when the document names exactly one.
        // (Well-known persons have their country from the person table.)
        if let only = doc.onlyCountry() {
            for i in doc.persons.indices where doc.persons[i].mergedInto == nil && doc.persons[i].root == nil
                && doc.persons[i].roleKey != nil && doc.persons[i].dictCode == nil && doc.persons[i].known == nil {
                doc.persons[i].root = only
            }
        }

        // Title-only persons: the one named person with the same role and country.
        for i in doc.persons.indices where doc.persons[i].names.isEmpty && doc.persons[i].mergedInto == nil {
            let p = doc.persons[i]
            guard let key = p.roleKey else { continue }
            let cands = doc.persons.indices.filter { c in
                c != i && doc.persons[c].mergedInto == nil && !doc.persons[c].names.isEmpty &&
                    doc.persons[c].roleKey == key && (p.root == nil || doc.persons[c].root == p.root) &&
                    doc.persons[c].office.agrees(with: p.office) &&
                    // `người phát ngôn TNLA` is not the junta's spokesman of the same country.
                    Self.sameSide(p.sector, doc.persons[c].sector)
            }
            if cands.count == 1 { doc.persons[i].mergedInto = cands[0] }
        }
        // Surname-only persons whose full name appears only later.
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil {
            let p = doc.persons[i]
            guard !p.names.isEmpty, p.names.allSatisfy({ !$0.contains(" ") }) else { continue }
            let keys = p.surnameKeys
            let cands = doc.persons.indices.filter { c in
                c != i && doc.persons[c].mergedInto == nil && doc.persons[c].names.contains { $0.contains(" ") } &&
                    !doc.persons[c].surnameKeys.isDisjoint(with: keys) &&
                    (p.root == nil || doc.persons[c].root == nil || doc.persons[c].root == p.root)
            }
            if cands.count == 1 {
                doc.persons[i].mergedInto = cands[0]
                var t = doc.persons[cands[0]]
                if t.roleKey == nil { t.roleKey = p.roleKey; t.roleTemplate = p.roleTemplate }
                if t.sector == nil { t.sector = p.sector }
                if t.root == nil { t.root = p.root }
                if t.dictCode == nil { t.dictCode = p.dictCode }
                t.take(p.office)
                doc.persons[cands[0]] = t
            }
        }
        // Fold role/country facts of merged slots into their targets.
        for i in doc.persons.indices where doc.persons[i].mergedInto != nil {
            let t = doc.resolved(i)
            let p = doc.persons[i]
            if doc.persons[t].roleKey == nil { doc.persons[t].roleKey = p.roleKey; doc.persons[t].roleTemplate = p.roleTemplate }
            if doc.persons[t].sector == nil { doc.persons[t].sector = p.sector }
            if doc.persons[t].root == nil { doc.persons[t].root = p.root }
            doc.persons[t].take(p.office)
        }
        // Well-known persons: link slots to the person table, merge slots of one person,
        // and name title-only persons by the office they hold on the date.
        resolveKnownPersons(&doc)

        // Unknown names that turn out to be a known person's full name.
        var personByName: [String: Int] = [:]
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil {
            for k in doc.persons[i].nameKeys { personByName[k] = i }
        }

        // Surnames that name exactly one person.
        var surnameCount: [String: Set<Int>] = [:]
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil {
            for k in doc.persons[i].surnameKeys { surnameCount[k, default: []].insert(i) }
        }
        let personBySurname = surnameCount.compactMapValues { $0.count == 1 ? $0.first : nil }

        // The country of each sentence, for collectives that need one.
        let (placeRoot, populationRoot) = doc.sentenceCountryPair()
        // Victims are not of their attacker's country; troops are of their spokesman's.
        let attackers = doc.attackerRoots(tokens: tokens)
        let militaryRoot = doc.militaryPersonRoots()

        struct Building { var actor: Actor; var aliases: Set<String> }
        var byId: [String: Building] = [:]
        var outMentions: [(ActorMention, ActorMentionDetail)] = []
        // A lexicon entry gives the same actor wherever it is mentioned (its code on the
        // document's date): made once per entry.
        var entryActors: [Int: Actor] = [:]

        for m in doc.mentions {
            var key = m.key
            if case .unknown(let n) = key {
                if let p = personByName[PersonSlot.nameKey(n)] {
                    key = .person(p)
                } else if !n.contains(" "), let p = personBySurname[PersonSlot.surnameKey(n)] {
                    // `Guterres` in a headline above `Antonio Guterres` in the story.
                    key = .person(p)
                }
            }
            if case .candidate(let n) = key {
                guard let p = personBySurname[PersonSlot.surnameKey(n)] else { continue }
                key = .person(p)
            }
            var roots = placeRoot
            if case .collective(nil, let sector?, _, _) = key, ["CVL", "REF", "OPP"].contains(String(sector.prefix(3))) { roots = populationRoot }
            if case .collective(nil, let sector?, let kind, let template) = key {
                let s = m.sentence
                if sector.hasPrefix("MIL"), let r = militaryRoot[s] {
                    key = .collective(root: r, sector: sector, kind: kind, template: template)
                } else if ["CVL", "REF"].contains(String(sector.prefix(3))), let hit = attackers[s],
                          let r = roots[s] ?? dominant, hit.contains(r) {
                    // Another country of the sentence, else no country (and no actor).
                    guard let other = doc.otherRoot(sentence: s, excluding: hit) else { continue }
                    key = .collective(root: other, sector: sector, kind: kind, template: template)
                }
            }
            let actor: Actor
            if case .entry(let i) = key, let made = entryActors[i] {
                actor = made
            } else {
                guard let made = makeActor(key, doc: doc, sentence: m.sentence, placeRoot: roots, dominant: dominant) else { continue }
                if case .entry(let i) = key { entryActors[i] = made }
                actor = made
            }
            let toks = tokens[m.sentence]
            let start = toks[m.start].start, end = toks[m.end - 1].end
            let text = Self.slice(sentences[m.sentence].text, start, end)
            // Updated in place: a copy taken out and stored back would copy the alias set.
            byId[actor.id, default: Building(actor: actor, aliases: [])].actor.mentions += 1
            if m.rule != "ref.both" && m.rule != "ref.pronoun" { byId[actor.id]!.aliases.insert(text) }
            let b = byId[actor.id]!
            let mention = ActorMention(actor: actor.id, sentence: sentences[m.sentence].index, start: start, end: end, text: text, rule: m.rule)
            let detail = ActorMentionDetail(tokenRange: m.start..<m.end, kind: b.actor.kind, code: b.actor.code, country: b.actor.country,
                                            speakerCapable: b.actor.kind != .location, isReference: m.isReference)
            outMentions.append((mention, detail))
        }
        outMentions.sort { a, b in
            (a.0.sentence, a.0.start, a.0.end, a.0.actor) < (b.0.sentence, b.0.start, b.0.end, b.0.actor)
        }
        var actors = byId.values.map { b -> Actor in
            var a = b.actor
            a.aliases = b.aliases.sorted()
            return a
        }
        actors.sort { $0.id < $1.id }
        return ActorRecognition(actors: actors, mentions: outMentions.map(\.0), details: outMentions.map(\.1), tokens: tokens)
    }

    private func makeActor(_ key: ActorKey, doc: DocumentActors, sentence: Int, placeRoot: [Int: String], dominant: String?) -> Actor? {
        switch key {
        case .entry(let i):
            let e = lexicon.actors[i]
            let code = e.code(on: doc.date)
            return Actor(id: Slug.make(e.name), name: e.name, kind: e.kind, code: code,
                         country: code.map { String($0.prefix(3)) } ?? e.country)
        case .collective(let r, let sector, let kind, let template):
            guard let root = r ?? placeRoot[sentence] ?? dominant else { return nil }
            // `root` is a country root, or an organisation's code for its people (`IGOUNO` +
            // `MIL` for `UN peacekeepers`).
            let name = Self.fill(template, adjective: lexicon.adjective(root))
            let code = root + (sector ?? "")
            return Actor(id: Slug.make(name), name: name, kind: kind, code: ActorCode(code) != nil ? code : root,
                         country: String(root.prefix(3)))
        case .patronized(let r, let sector, let kind, let name, let patron):
            let root = r ?? territory(doc: doc, sentence: sentence, patron: patron)
            var code = root.map { $0 + (sector ?? "") }
            if let c = code, ActorCode(c) == nil { code = root }
            return Actor(id: Slug.make(name), name: name, kind: kind, code: code, country: root.map { String($0.prefix(3)) },
                         affiliation: patron)
        case .person(let raw):
            var p = doc.persons[doc.resolved(raw)]
            if p.root == nil, p.known == nil, let patron = p.patron {
                // `a pro-Russian official`: of the territory, as for collectives.
                p.root = territory(doc: doc, sentence: sentence, patron: patron)
            }
            var code: String? = nil
            if let root = p.root, let sector = p.sector { code = root + sector }
            else if let d = p.dictCode { code = d }
            else if let root = p.root { code = root }
            let name: String
            if let k = p.known {
                // A well-known person: the table's name, and its code for the date (see
                // `knownCode`), unless the text puts them out of office (`former President …`).
                let entry = lexicon.persons[k]
                name = entry.name
                let usual = Self.knownCode(entry, date: doc.date, dictCode: p.dictCode, textCode: p.sector != nil ? code : nil)
                if p.sector == "ELI", let root = p.root ?? usual.map({ String($0.prefix(3)) }) {
                    code = root + "ELI"
                } else {
                    code = usual ?? code
                }
                return Actor(id: Slug.make(name), name: name, kind: .person, code: code,
                             country: code.map { String($0.prefix(3)) } ?? p.root)
            }
            if let full = p.fullName { name = full }
            else if let n = Self.officeName(p) { name = n }
            else if let t = p.roleTemplate, let root = p.root { name = Self.fill(t, adjective: lexicon.adjective(root)) }
            else { return nil }
            return Actor(id: Slug.make(name), name: name, kind: .person, code: code,
                         country: p.root ?? code.map { String($0.prefix(3)) }, affiliation: p.patron)
        case .unknown(let n):
            return Actor(id: Slug.make(n), name: n, kind: .unknown, code: nil, country: nil)
        case .place(let n, let root):
            return Actor(id: Slug.make(n), name: n, kind: .location, code: nil, country: root)
        case .candidate:
            return nil
        }
    }

    /// Links every person slot to the person table where its names allow, merges slots
    /// that turn out to be one well-known person, and gives a title-only person (`Tổng thống
    /// Nga`, `the U.N. secretary-general`) the one holder of that office on the date.
    private func resolveKnownPersons(_ doc: inout DocumentActors) {
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil { doc.refreshKnown(i) }
        if let date = doc.date {
            for i in doc.persons.indices where doc.persons[i].mergedInto == nil && doc.persons[i].known == nil && doc.persons[i].names.isEmpty
                && !doc.persons[i].anonymous {
                let p = doc.persons[i]
                guard let roleKey = p.roleKey, let code = p.dictCode ?? p.root, p.sector != "ELI" else { continue }
                var keys = [roleKey]
                if let t = p.roleTemplate {
                    let k = t.replacingText("{adj}", with: "").trimmingSpaces().lowercased()
                    if k != roleKey { keys.append(k) }
                }
                // The institution's own title first (`foreign ministry spokesperson`), then the
                // bare role (`secretary-general` of `IGOUNO`). The table lists a bare role only
                // where it names one holder (no `spokesperson` of a country).
                let holder = (keys.count > 1 ? lexicon.officeHolder(keys: [keys[1]], code: code, on: date) : nil)
                    ?? lexicon.officeHolder(keys: [roleKey], code: code, on: date)
                if let h = holder { doc.persons[i].known = h }
            }
        }
        var first: [Int: Int] = [:]
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil {
            guard let k = doc.persons[i].known else { continue }
            if let f = first[k] {
                doc.persons[i].mergedInto = f
                let p = doc.persons[i]
                if doc.persons[f].roleKey == nil { doc.persons[f].roleKey = p.roleKey; doc.persons[f].roleTemplate = p.roleTemplate }
                if doc.persons[f].sector == nil { doc.persons[f].sector = p.sector }
                if doc.persons[f].root == nil { doc.persons[f].root = p.root }
                doc.persons[f].names += p.names.filter { !doc.persons[f].names.contains($0) }
            } else {
                first[k] = i
            }
        }
    }

    /// The code of a well-known person, by strength of evidence: a title and country the text
    /// gives, when the country is the person's; the table's code for a period covering the date; a dictionary's dated code or the organisation the text names
    /// (`dictCode`); without a date, the role and country the text gives; the table's undated
    /// code; its nearest period.
    static func knownCode(_ entry: PersonEntry, date: Int?, dictCode: String?, textCode: String?) -> String? {
        // A title the text gives in the person's own country (`Russian President Boris Yeltsin`)
        // says what they were when it was written, whatever the document's date.
        if let t = textCode, entry.codes.contains(where: { $0.code.map { $0.prefix(3) == t.prefix(3) } ?? false }) { return t }
        if let date, let c = entry.datedCode(on: date) { return c }
        if let d = dictCode { return d }
        if date == nil, let t = textCode { return t }
        return entry.plainCode ?? entry.code(on: date)
    }

    /// The territory of a proxy named without one: the sentence's country, else the
    /// document's, never the patron's own (`Kremlin-backed separatists` in a story naming
    /// Russia more often than Ukraine are still Ukraine's).
    private func territory(doc: DocumentActors, sentence: Int, patron: String) -> String? {
        let own = String(patron.prefix(3))
        // A place of the sentence, not a country it names: that is as often the proxy's enemy
        // (`lực lượng thân Iran bắn rocket vào căn cứ của Mỹ`).
        for m in doc.mentions where m.sentence == sentence {
            guard case .entry(let i) = m.key, lexicon.actors[i].kind == .location, let c = lexicon.actors[i].country,
                  lexicon.countries[c] != nil, c != own else { continue }
            return c
        }
        return doc.dominantCountry(excluding: own)
    }

    /// The name of an unnamed office holder known by seat or patron: `Mayor of Enerhodar`,
    /// `Russian-installed mayor of Enerhodar`, `Russian-installed official`.
    static func officeName(_ p: PersonSlot) -> String? {
        guard let key = p.roleKey, p.seat != nil || p.qualifier != nil else { return nil }
        var parts: [String] = []
        if let q = p.qualifier { parts.append(q) }
        parts.append(key)
        if let seat = p.seat { parts.append("of " + seat) }
        return fill(parts.joined(separator: " "), adjective: "")
    }

    /// Two sectors that may belong to one person: equal primary sectors, or one unknown
    /// (`GOV` and `GOVMIL` agree; `REB` and `GOVMIL` do not).
    static func sameSide(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.prefix(3) == b.prefix(3)
    }

    /// The text between two UTF-8 offsets of `text`, read in place (not by copying the
    /// sentence's bytes for every mention).
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: start), b = u.index(u.startIndex, offsetBy: end)
        return String(decoding: u[a..<b], as: UTF8.self)
    }

    /// `{adj} foreign minister` + `Turkish` → `Turkish foreign minister`.
    static func fill(_ template: String, adjective: String) -> String {
        var s = template.replacingText("{adj}", with: adjective).trimmingSpaces()
        if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
        return s
    }
}
