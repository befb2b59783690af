import Foundation
import FaultlineModel
import FaultlineText

/// The actors of a document as the resolver makes them, in order of making, each with its
/// aliases as first written in `Actor.aliases` (few per actor: a list searched before
/// appending, sorted at the end, gives what a set would). A value the resolver owns and
/// mutates in place: an array captured by a nested function was read through its box, a
/// whole actor copied per field.
private struct ActorTable {
    private(set) var actors: [Actor] = []
    /// `ActorResolver.sortPrefix` of each actor's id, taken when it is added (`takeSorted`).
    private var prefixes: [UInt64] = []
    /// Ids are slugs (ASCII): equal ids are equal bytes, as `KeyIndexTable` requires.
    private var byId: KeyIndexTable<String>

    init(capacity: Int) {
        byId = KeyIndexTable(capacity: capacity)
        actors.reserveCapacity(capacity)
        prefixes.reserveCapacity(capacity)
    }

    /// The index of the actor with id `id` (`hash`: its `tableHash`): a new actor made of
    /// the other fields for a new id, else the one made first (two keys may name one actor:
    /// the table's person and the same name composed). The id is looked up before any actor
    /// is built, and a new one is built in its place in the array (an actor built first and
    /// passed in was copied, then destroyed).
    mutating func add(id: String, hash: UInt64, name: String, kind: ActorKind, code: String?, country: String?,
                      affiliation: String? = nil) -> Int {
        if let b = byId.value(for: id, hash: hash) { return b }
        byId.set(actors.count, for: id, hash: hash)
        prefixes.append(ActorResolver.sortPrefix(id))
        actors.append(Actor(id: id, name: name, kind: kind, code: code, country: country, affiliation: affiliation))
        return actors.count - 1
    }

    /// `add` of an actor whose id is the slug of its name.
    mutating func add(name: String, kind: ActorKind, code: String?, country: String?, affiliation: String? = nil) -> Int {
        let id = Slug.make(name)
        return add(id: id, hash: id.tableHash, name: name, kind: kind, code: code, country: country, affiliation: affiliation)
    }

    /// Counts a mention of actor `b` whose text is `bytes` (valid UTF-8: a sentence's bytes
    /// between token bounds) and returns the alias with those bytes, if any. An actor is
    /// mostly mentioned by names already among its aliases: that string is returned (no new
    /// one decoded and allocated per mention); nil leaves making the text to the caller
    /// (`addAlias`).
    mutating func mention(_ b: Int, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        actors[b].mentions += 1
        for k in actors[b].aliases.indices {
            var a = actors[b].aliases[k]
            let same = a.withUTF8 { u -> Bool in
                u.count == bytes.count && (u.count == 0 || memcmp(u.baseAddress!, bytes.baseAddress!, u.count) == 0)
            }
            if same { return a }
        }
        return nil
    }

    /// Adds `text` (whose bytes are `bytes`, equal to no alias's) to the aliases of actor `b`
    /// unless an alias equals it in another normal form. Whether all are ASCII is read only
    /// here, on a new text (then different bytes are different texts), not on every mention.
    mutating func addAlias(_ b: Int, _ text: String, bytes: UnsafeBufferPointer<UInt8>) {
        // The first alias as an array literal (most actors have one), the second too: reserving
        // room, or appending through the general growth path, cost more than building anew.
        switch actors[b].aliases.count {
        case 0:
            actors[b].aliases = [text]
            return
        case 1:
            if !(ActorResolver.isASCII(bytes) && ActorResolver.isASCII(actors[b].aliases[0])), actors[b].aliases[0] == text { return }
            actors[b].aliases = [actors[b].aliases[0], text]
        default:
            var ascii = ActorResolver.isASCII(bytes)
            if ascii { for a in actors[b].aliases where !ActorResolver.isASCII(a) { ascii = false; break } }
            if !ascii, actors[b].aliases.contains(text) { return }
            actors[b].aliases.append(text)
        }
    }

    /// The actors sorted by id, aliases sorted, moved out of the table (which is left empty).
    mutating func takeSorted() -> [Actor] {
        var out: [Actor] = []
        swap(&out, &actors)
        // Ids are slugs (ASCII), whose order is their bytes' order: most comparisons are
        // settled by the first eight bytes as one integer; the actors are then moved into
        // place (sorting them, or mapping indices to copies, retained every string). A
        // document has a few dozen actors with distinct ids: an insertion sort of their
        // indices, without a comparison closure.
        // Sorted in stack scratch: an array allocated per document, each store into it
        // checking its uniqueness.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(out.count, 1)) { scratch in
        let byId = UnsafeMutableBufferPointer(rebasing: scratch[0..<out.count])
        for k in byId.indices { byId[k] = k }
        prefixes.withUnsafeBufferPointer { p in
            for k in byId.indices.dropFirst() {
                let x = byId[k]
                var j = k
                while j > 0 {
                    let y = byId[j - 1]
                    let before = p[x] != p[y] ? p[x] < p[y] : out[x].id < out[y].id
                    guard before else { break }
                    byId[j] = y
                    j -= 1
                }
                byId[j] = x
            }
        }
        ActorResolver.permute(&out, UnsafeBufferPointer(byId))
        }
        // One alias (the usual case) is already sorted; two are ordered by one comparison
        // (the general sort's set-up cost more than its comparisons).
        for i in out.indices where out[i].aliases.count > 1 {
            if out[i].aliases.count == 2 {
                if out[i].aliases[1] < out[i].aliases[0] { out[i].aliases.swapAt(0, 1) }
            } else {
                out[i].aliases.sort()
            }
        }
        return out
    }
}

/// Turns the document's raw mentions into actors with stable ids: resolves collectives
/// without a country, merges title-only persons into named ones, names every actor.
struct ActorResolver {
    let sentences: [Sentence]
    let tokens: [[Token]]
    /// The document's lexicon, stored: read through a computed property of the document,
    /// every use copied the whole lexicon value (a retain and release of each of its tables).
    private let lexicon: ActorLexicon

    init(lexicon: ActorLexicon, sentences: [Sentence], tokens: [[Token]]) {
        self.sentences = sentences; self.tokens = tokens; self.lexicon = lexicon
    }

    /// The actors and mentions of the document whose state `doc` holds (`lexicon` is its
    /// lexicon). `consuming`: the state is moved in and changed in place, not copied.
    func result(_ doc: consuming DocumentActors) -> ActorRecognition {
        var doc = doc
        // Every country question below reads the mentions' roots from one pass.
        let countries = MentionCountries(mentions: doc.mentions, lexicon: lexicon)
        let dominantID = countries.dominantID()
        let dominant = countries.root(dominantID)
        // A person known only by role and name (`President Omar al-Bashir`) belongs to the one
        // country of the document, when the document names exactly one.
        // (Well-known persons have their country from the person table.)
        if let only = countries.onlyCountry() {
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
            guard !p.names.isEmpty, !p.hasSpacedName else { continue }
            let keys = p.surnameKeys
            let cands = doc.persons.indices.filter { c in
                c != i && doc.persons[c].mergedInto == nil && doc.persons[c].hasSpacedName &&
                    doc.persons[c].sharesSurname(with: keys) &&
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

        // Unknown names that turn out to be a known person's full name, and surnames that
        // name exactly one person: a document has a few persons, each with a few keys, so
        // their keys are searched in place (`personNamed`, `onlyPersonWithSurname`), not
        // hashed into two dictionaries per document.

        // The country of each sentence, for collectives that need one.
        let sentenceCount = max(tokens.count, countries.sentenceCount)
        let (placeRoot, populationRoot) = countries.sentenceRootIDs(count: sentenceCount)
        // Victims are not of their attacker's country (`MentionCountries.isAttacker`); troops
        // are of their spokesman's (`militaryPersonRoot`). Both are read per sentence when a
        // collective asks.

        // Actors by id, with their aliases as first written (`ActorTable`).
        var table = ActorTable(capacity: 32)
        // What a mention stands for gives the same actor wherever it is mentioned: each is
        // made (named, slugged, coded) once, then found by entry, person slot or key. (These
        // are caches: a key missed would make the same actor again, found by its id.) Person
        // slots are few and numbered: a table by slot (-1: not made yet).
        var entryBuilding = KeyIndexTable<Int>(capacity: 16)
        var personBuilding = [Int](repeating: -1, count: doc.persons.count)
        var keyBuilding = KeyIndexTable<ActorKey>(capacity: 16)
        // The output, built in mention order; sorted afterwards only when that order is not
        // already the output order (`inOrder`), so each mention and detail is built once.
        var mentions: [ActorMention] = [], details: [ActorMentionDetail] = []
        mentions.reserveCapacity(doc.mentions.count); details.reserveCapacity(doc.mentions.count)
        var inOrder = true

        // Mentions read in place, by index: a copied mention retained every string of its key.
        // Entries and persons (most mentions) are found by their index alone: only other
        // keys are copied out as an `ActorKey` (a key value per mention was copied and
        // destroyed through the enum's outlined value functions).
        for mi in doc.mentions.indices {
            var entry = -1, person = -1
            switch doc.mentions[mi].key {
            case .entry(let i):
                entry = i
            case .person(let p):
                person = p
            case .unknown(let n):
                let info = doc.nameInfo(n)
                if let p = Self.personNamed(info.key, in: doc.persons) {
                    person = p
                } else if !info.spaced, let p = Self.onlyPersonWithSurname(info.surnameKey, in: doc.persons) {
                    // `Guterres` in a headline above `Antonio Guterres` in the story.
                    person = p
                }
            case .candidate(let n):
                guard let p = Self.onlyPersonWithSurname(doc.nameInfo(n).surnameKey, in: doc.persons) else { continue }
                person = p
            default:
                break
            }
            let s = doc.mentions[mi].sentence
            let b: Int
            if entry >= 0 {
                let hash = UInt64(truncatingIfNeeded: entry)
                if let hit = entryBuilding.value(for: entry, hash: hash) { b = hit } else {
                    guard let made = makeActor(.entry(entry), doc: doc, countries: countries, sentence: s, into: &table) else { continue }
                    b = made
                    entryBuilding.set(b, for: entry, hash: hash)
                }
            } else if person >= 0 {
                let r = doc.resolved(person)
                if personBuilding[r] >= 0 { b = personBuilding[r] } else {
                    guard let made = makeActor(.person(person), doc: doc, countries: countries, sentence: s, into: &table) else { continue }
                    b = made
                    // A person without a country of their own takes the sentence's territory.
                    if !(doc.persons[r].root == nil && doc.persons[r].known == nil && doc.persons[r].patron != nil) { personBuilding[r] = b }
                }
            } else {
                // An unknown name of no person, a collective, a place or a patronized actor.
                var key = doc.mentions[mi].key
                var sentenceRoot = s < placeRoot.count ? placeRoot[s] : MentionCountries.none
                if case .collective(nil, let sector?, let kind, let template) = key {
                    if Self.isPopulation(sector, refugeesOnly: false) {
                        sentenceRoot = s < populationRoot.count ? populationRoot[s] : MentionCountries.none
                    }
                    if Self.hasPrefix(sector, 0x4D, 0x49, 0x4C), let r = doc.militaryPersonRoot(sentence: s, countries: countries) {   // MIL
                        key = .collective(root: r, sector: sector, kind: kind, template: template)
                    } else if Self.isPopulation(sector, refugeesOnly: true) {
                        let r = sentenceRoot >= 0 ? sentenceRoot : dominantID
                        let words = lexicon.attackWords
                        if r >= 0, countries.isAttacker(r, sentence: s, tokens: tokens, words: words) {
                            // Another country of the sentence, else no country (and no actor).
                            let other = countries.otherRootID(sentence: s) { countries.isAttacker($0, sentence: s, tokens: tokens, words: words) }
                            guard other >= 0 else { continue }
                            key = .collective(root: countries.roots[Int(other)], sector: sector, kind: kind, template: template)
                        }
                    }
                }
                switch key {
                case .collective(let r, let sector, let kind, let template):
                    guard let root = r ?? countries.root(sentenceRoot) ?? dominant else { continue }
                    let placed = ActorKey.collective(root: root, sector: sector, kind: kind, template: template)
                    let hash = placed.tableHash
                    if let hit = keyBuilding.value(for: placed, hash: hash) { b = hit } else {
                        guard let made = makeActor(placed, doc: doc, countries: countries, sentence: s, into: &table) else { continue }
                        b = made
                        keyBuilding.set(b, for: placed, hash: hash)
                    }
                case .unknown, .place:
                    let hash = key.tableHash
                    if let hit = keyBuilding.value(for: key, hash: hash) { b = hit } else {
                        guard let made = makeActor(key, doc: doc, countries: countries, sentence: s, into: &table) else { continue }
                        b = made
                        keyBuilding.set(b, for: key, hash: hash)
                    }
                case .patronized, .candidate, .entry, .person:
                    // (Entries and persons were taken above; kept here for a complete switch.)
                    guard let made = makeActor(key, doc: doc, countries: countries, sentence: s, into: &table) else { continue }
                    b = made
                }
            }
            let start = tokens[s][doc.mentions[mi].start].start, end = tokens[s][doc.mentions[mi].end - 1].end
            let rule = doc.mentions[mi].rule
            let alias = !Self.isBothOrPronoun(rule)
            var sentenceText = sentences[s].text
            let first = doc.mentions[mi].start, single = doc.mentions[mi].end - first == 1
            let text = sentenceText.withUTF8 { u -> String in
                let bytes = UnsafeBufferPointer(rebasing: u[start..<end])
                if let known = table.mention(b, bytes: bytes) { return known }
                // A one-token mention (most new ones) is its token's text when the bytes agree
                // (a token may read an underscore as a space), a longer one often the actor's
                // name as written (`Sergei Lavrov`): no string decoded then.
                let made = Self.string(bytes, as: single ? tokens[s][first].text : table.actors[b].name)
                if alias { table.addAlias(b, made, bytes: bytes) }
                return made
            }
            let mention = ActorMention(actor: table.actors[b].id, sentence: sentences[s].index, start: start, end: end,
                                       text: text, rule: rule)
            if inOrder, let last = mentions.last, Self.precedes(mention, last) { inOrder = false }
            let kind = table.actors[b].kind
            let code = table.actors[b].code, country = table.actors[b].country
            details.append(ActorMentionDetail(tokenRange: doc.mentions[mi].start..<doc.mentions[mi].end, kind: kind,
                                              code: code, country: country,
                                              speakerCapable: kind != .location, isReference: doc.mentions[mi].isReference))
            mentions.append(mention)
        }
        // In the order of sentence, range and actor, ties kept in mention order (what a
        // stable sort of the pairs gives). Mentions mostly come in that order already; when
        // not, indices are sorted, then the pairs moved into place.
        if !inOrder {
            let order = Self.mentionOrder(mentions.map { ($0.sentence, $0.start, $0.end, $0.actor) })
            Self.permute(&mentions, order)
            Self.permute(&details, order)
        }
        // By id (ids are unique: one actor of the table each).
        return ActorRecognition(actors: table.takeSorted(), mentions: mentions, details: details, tokens: tokens)
    }

    /// The last unmerged person with name key `key` (what a table of name keys filled in
    /// slot order, later slots overwriting, gives).
    static func personNamed(_ key: String, in persons: [PersonSlot]) -> Int? {
        for i in persons.indices.reversed() where persons[i].mergedInto == nil {
            for k in persons[i].nameKeys where sameText(k, key) { return i }
        }
        return nil
    }

    /// The one unmerged person with surname key `key`, nil when none or several.
    static func onlyPersonWithSurname(_ key: String, in persons: [PersonSlot]) -> Int? {
        var found: Int? = nil
        for i in persons.indices where persons[i].mergedInto == nil {
            for k in persons[i].surnameKeys where sameText(k, key) {
                if found != nil { return nil }
                found = i
                break
            }
        }
        return found
    }

    /// `a == b`, on bytes where that settles it: equal bytes are equal strings, and two
    /// ASCII strings with different bytes differ (no ASCII text has another canonical
    /// form). Other pairs are compared by `==` itself. Keys, aliases and rules are compared
    /// on every mention: the library's comparison cost a hundred instructions and more.
    static func sameText(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let bytes: Bool? = a.withUTF8 { x -> Bool? in
            b.withUTF8 { y -> Bool? in
                if x.count == y.count {
                    var i = 0
                    while i < x.count, x[i] == y[i] { i += 1 }
                    if i == x.count { return true }
                }
                for c in x where c >= 0x80 { return nil }
                for c in y where c >= 0x80 { return nil }
                return false
            }
        }
        return bytes ?? (a == b)
    }

    /// `word` when its bytes are `bytes`, else `bytes` decoded: the text of a one-token
    /// mention taken from its token (a retain) rather than decoded and validated again.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, as word: String) -> String {
        var w = word
        let same = w.withUTF8 { u in
            u.count == bytes.count && (u.count == 0 || memcmp(u.baseAddress!, bytes.baseAddress!, u.count) == 0)
        }
        return same ? word : String(decoding: bytes, as: UTF8.self)
    }

    /// True when every byte is below 0x80, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= bytes.count { any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self); i += 8 }
        while i < bytes.count { any |= UInt64(bytes[i]); i += 1 }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// `isASCII` of a string's bytes.
    static func isASCII(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { isASCII($0) }
    }

    /// `rule == "ref.both" || rule == "ref.pronoun"`: mentions by these rules give no alias.
    /// Rules of other lengths are told apart by their byte count alone.
    static func isBothOrPronoun(_ rule: String) -> Bool {
        let n = rule.utf8.count
        guard n == 8 || n == 11 else { return false }
        return rule == "ref.both" || rule == "ref.pronoun"
    }

    /// `s.hasPrefix` of the three ASCII letters `a`, `b`, `c` (what `s.prefix(3) == "abc"`
    /// also says), on bytes. A non-ASCII fourth byte may start a mark joining the third
    /// letter: that case is left to `hasPrefix` itself.
    static func hasPrefix(_ s: String, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        var s = s
        let bytes: Bool? = s.withUTF8 { u -> Bool? in
            guard u.count >= 3, u[0] == a, u[1] == b, u[2] == c else { return false }
            return u.count == 3 || u[3] < 0x80 ? true : nil
        }
        return bytes ?? s.hasPrefix(String(decoding: [a, b, c], as: UTF8.self))
    }

    /// Reorders `items` so that position k holds what was at `order[k]` (`order` is a
    /// permutation of the indices), moving each element once along the cycles of `order`:
    /// nothing is copied or retained (`swapAt` and index maps copied whole structs).
    static func permute<T>(_ items: inout [T], _ order: [Int]) {
        order.withUnsafeBufferPointer { permute(&items, $0) }
    }

    /// `permute` by an order in a buffer; the marks of placed elements are stack scratch
    /// (an array of them was allocated per call).
    static func permute<T>(_ items: inout [T], _ order: UnsafeBufferPointer<Int>) {
        precondition(order.count == items.count)
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(items.count, 1)) { done in
        done.initialize(repeating: false)
        items.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for i in 0..<buf.count where !done[i] {
                done[i] = true
                if order[i] == i { continue }
                // The cycle i → order[i] → … → i: each place takes its source's element, the
                // last place takes the one held from i.
                let held = (base + i).move()
                var j = i
                while true {
                    let k = order[j]
                    if k == i { (base + j).initialize(to: held); break }
                    (base + j).moveInitialize(from: base + k, count: 1)
                    done[k] = true
                    j = k
                }
            }
        }
        }
    }

    /// True when mention `a` sorts before `b` by (sentence, start, end, actor id): the
    /// output order that `mentionOrder` restores.
    static func precedes(_ a: ActorMention, _ b: ActorMention) -> Bool {
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.actor < b.actor
    }

    /// The first eight UTF-8 bytes of `id` as a big-endian integer (zero-padded): for ASCII
    /// ids without NUL bytes (slugs), `sortPrefix(a) < sortPrefix(b)` implies `a < b`, and
    /// unequal prefixes decide the order.
    static func sortPrefix(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { u in
            var v: UInt64 = 0
            let n = min(u.count, 8)
            for i in 0..<n { v = v << 8 | UInt64(u[i]) }
            // A smart shift: by 64 (an empty id) it gives 0.
            return v << (8 * (8 - n))
        }
    }

    /// The positions of `keys` in ascending order, equal keys in their original order.
    static func mentionOrder(_ keys: [(Int, Int, Int, String)]) -> [Int] {
        var inOrder = true
        for k in keys.indices.dropFirst() where keys[k] < keys[k - 1] { inOrder = false; break }
        if inOrder { return Array(keys.indices) }
        return keys.indices.sorted { a, b in keys[a] < keys[b] || (keys[a] == keys[b] && a < b) }
    }

    /// True for the sectors of people named without a country (civilians, refugees, the
    /// opposition: `CVL`, `REF`, `OPP`; with `refugeesOnly` only the first two), compared
    /// without building the prefix string for every mention.
    static func isPopulation(_ sector: String, refugeesOnly: Bool) -> Bool {
        hasPrefix(sector, 0x43, 0x56, 0x4C) || hasPrefix(sector, 0x52, 0x45, 0x46)
            || (!refugeesOnly && hasPrefix(sector, 0x4F, 0x50, 0x50))
    }

    /// The actor a key stands for in sentence `sentence` (a collective has its root filled in),
    /// added to `table` where it is made (no actor value returned and copied): its index
    /// there, the first actor's when the id is known; nil when the key names no actor.
    private func makeActor(_ key: ActorKey, doc: DocumentActors, countries: MentionCountries, sentence: Int,
                           into table: inout ActorTable) -> Int? {
        switch key {
        case .entry(let i):
            // Fields read in place: a copied entry retains every string it holds.
            let code = lexicon.actors[i].code(on: doc.date)
            return table.add(id: lexicon.actors[i].id, hash: lexicon.actors[i].idHash, name: lexicon.actors[i].name,
                             kind: lexicon.actors[i].kind, code: code, country: code.map(Self.root) ?? lexicon.actors[i].country)
        case .collective(let r, let sector, let kind, let template):
            guard let root = r else { return nil }
            // `root` is a country root, or an organisation's code for its people (`IGOUNO` +
            // `MIL` for `UN peacekeepers`).
            let name = Self.fill(template, adjective: lexicon.adjective(root))
            let code = root + (sector ?? "")
            return table.add(name: name, kind: kind, code: Self.isCode(code) ? code : root, country: Self.root(root))
        case .patronized(let r, let sector, let kind, let name, let patron):
            let root = r ?? territory(countries, sentence: sentence, patron: patron)
            var code = root.map { $0 + (sector ?? "") }
            if let c = code, !Self.isCode(c) { code = root }
            return table.add(name: name, kind: kind, code: code, country: root.map(Self.root), affiliation: patron)
        case .person(let raw):
            // The slot's fields read in place (a copied slot retains every name and key it
            // holds); only its root may change here, so it is the one local copy.
            let r = doc.resolved(raw)
            var root = doc.persons[r].root
            let sector = doc.persons[r].sector, patron = doc.persons[r].patron
            if root == nil, doc.persons[r].known == nil, let patron {
                // `a pro-Russian official`: of the territory, as for collectives.
                root = territory(countries, sentence: sentence, patron: patron)
            }
            var code: String? = nil
            if let root, let sector { code = root + sector }
            else if let d = doc.persons[r].dictCode { code = d }
            else if let root { code = root }
            let name: String
            if let k = doc.persons[r].known {
                // A well-known person: the table's name, and its code for the date (see
                // `knownCode`), unless the text puts them out of office (`former President …`).
                let usual = Self.knownCode(lexicon.persons[k], date: doc.date, dictCode: doc.persons[r].dictCode,
                                           textCode: sector != nil ? code : nil)
                if sector == "ELI", let root = root ?? usual.map(Self.root) {
                    code = root + "ELI"
                } else {
                    code = usual ?? code
                }
                return table.add(id: lexicon.persons[k].id, hash: lexicon.persons[k].idHash, name: lexicon.persons[k].name,
                                 kind: .person, code: code, country: code.map(Self.root) ?? root)
            }
            if let full = doc.persons[r].fullName { name = full }
            else if let n = Self.officeName(doc.persons[r]) { name = n }
            else if let t = doc.persons[r].roleTemplate, let root { name = Self.fill(t, adjective: lexicon.adjective(root)) }
            else { return nil }
            return table.add(name: name, kind: .person, code: code, country: root ?? code.map(Self.root), affiliation: patron)
        case .unknown(let n):
            return table.add(name: n, kind: .unknown, code: nil, country: nil)
        case .place(let n, let root):
            return table.add(name: n, kind: .location, code: nil, country: root)
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
                    let k = RoleEntry.key(of: t)
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
        // The first slot of each well-known person: a document names a few, so a list
        // searched in place, not a dictionary grown per document.
        var first: [(known: Int, slot: Int)] = []
        first.reserveCapacity(doc.persons.count)
        for i in doc.persons.indices where doc.persons[i].mergedInto == nil {
            guard let k = doc.persons[i].known else { continue }
            if let f = first.first(where: { $0.known == k })?.slot {
                doc.persons[i].mergedInto = f
                let p = doc.persons[i]
                if doc.persons[f].roleKey == nil { doc.persons[f].roleKey = p.roleKey; doc.persons[f].roleTemplate = p.roleTemplate }
                if doc.persons[f].sector == nil { doc.persons[f].sector = p.sector }
                if doc.persons[f].root == nil { doc.persons[f].root = p.root }
                for n in p.names where !doc.persons[f].names.contains(n) { doc.persons[f].add(name: n, info: doc.nameInfo(n)) }
            } else {
                first.append((k, i))
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
    private func territory(_ countries: MentionCountries, sentence: Int, patron: String) -> String? {
        let own = Self.root(patron)
        // A place of the sentence, not a country it names: that is as often the proxy's enemy
        // (`lực lượng thân Iran bắn rocket vào căn cứ của Mỹ`).
        if let c = countries.firstPlace(sentence: sentence, excluding: own) { return c }
        return countries.dominant(excluding: own)
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

    /// `String(code.prefix(3))`, the root of a code (`RUSGOV` → `RUS`), without the grapheme
    /// walk and substring when the code starts with printable ASCII (one character a byte:
    /// no byte of a combining mark or line break can join the third character). Read on the
    /// contiguous bytes: walking `utf8` indices and decoding a slice of the view cost
    /// hundreds of instructions per actor.
    static func root(_ code: String) -> String {
        var c = code
        let fast: String? = c.withUTF8 { u -> String? in
            if u.count <= 3 { return nil }
            for i in 0..<4 where u[i] <= 0x20 || u[i] >= 0x7F { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: u[0..<3]), as: UTF8.self)
        }
        guard let fast else { return code }
        return fast.isEmpty ? String(code.prefix(3)) : fast
    }

    /// `ActorCode(code) != nil` without building the code's parts: ASCII codes are checked
    /// on bytes (the rule `ActorCode` applies to them), others by `ActorCode` itself.
    static func isCode(_ code: String) -> Bool {
        var c = code
        let ascii: Bool? = c.withUTF8 { u -> Bool? in
            var letters = true
            for b in u {
                if b >= 0x80 { return nil }
                let upper = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
                if upper < 0x41 || upper > 0x5A { letters = false }
            }
            return letters && u.count > 0 && u.count % 3 == 0
        }
        return ascii ?? (ActorCode(code) != nil)
    }

    /// `{adj} foreign minister` + `Turkish` → `Turkish foreign minister`.
    static func fill(_ template: String, adjective: String) -> String {
        asciiFill(template, adjective: adjective) ?? fillByCharacters(template, adjective: adjective)
    }

    /// `fill` on bytes when template and adjective are ASCII (there `replacingText` is a
    /// byte search, trimming drops spaces and tabs, and a lowercase first character is a
    /// byte `a`…`z`); nil otherwise. Every composed actor is named through `fill`.
    static func asciiFill(_ template: String, adjective: String) -> String? {
        var t = template, a = adjective
        return t.withUTF8 { u -> String? in
            a.withUTF8 { adj -> String? in
                for b in adj where b >= 0x80 { return nil }
                // Written into stack scratch (at most one adjective per five template bytes),
                // not a heap array per composed name.
                let capacity = u.count + adj.count * (u.count / 5 + 1)
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { out -> String? in
                    var n = 0
                    var i = 0
                    while i < u.count {
                        let b = u[i]
                        guard b < 0x80 else { return nil }
                        // `{adj}`
                        if b == 0x7B, i + 5 <= u.count, u[i + 1] == 0x61, u[i + 2] == 0x64, u[i + 3] == 0x6A, u[i + 4] == 0x7D {
                            for a in adj { out[n] = a; n += 1 }
                            i += 5
                            continue
                        }
                        out[n] = b
                        n += 1
                        i += 1
                    }
                    var lo = 0, hi = n
                    while lo < hi, out[lo] == 0x20 || out[lo] == 0x09 { lo += 1 }
                    while hi > lo, out[hi - 1] == 0x20 || out[hi - 1] == 0x09 { hi -= 1 }
                    if lo < hi, out[lo] >= 0x61, out[lo] <= 0x7A { out[lo] -= 0x20 }
                    return String(decoding: UnsafeBufferPointer(rebasing: out[lo..<hi]), as: UTF8.self)
                }
            }
        }
    }

    /// `fill` character by character (any text; the definition `asciiFill` follows).
    static func fillByCharacters(_ template: String, adjective: String) -> String {
        var s = template.replacingText("{adj}", with: adjective).trimmingSpaces()
        if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
        return s
    }
}
