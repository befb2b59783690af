import FaultlineModel
import FaultlineText

/// What a mention points at before ids are assigned: a lexicon entry, a composed collective
/// (role + country), a person slot of the document, or an unknown name.
enum ActorKey: Hashable, Sendable {
    case entry(Int)
    case collective(root: String?, sector: String?, kind: ActorKind, template: String)
    case person(Int)
    case unknown(String)
    /// A single capitalised word: a person if it is the surname of a person named anywhere in
    /// the document (`Lavrov said …` before `Sergei Lavrov`), else nothing.
    case candidate(String)
    /// A place known only from the text (`the town of Enerhodar`, `thành phố Nikopol`,
    /// `Dnipropetrovsk region`): a location, with the country the text puts it in (`the
    /// town of Cizre in southeastern Turkey`, `Bam, Iran`) or none.
    case place(String, root: String?)
    /// An actor described by its patron (`Moscow-installed officials`, `phe ly khai được Nga
    /// hậu thuẫn`): `name` is its English name (`Russian-installed authorities`); `root` is
    /// the patron's country for agents, the territory's for proxies (nil: from the context,
    /// never the patron); `patron` is the patron's code (`RUS`, `IGOUNO`).
    case patronized(root: String?, sector: String?, kind: ActorKind, name: String, patron: String)
}

extension ActorKey {
    /// True for a person slot.
    var isPerson: Bool { if case .person = self { return true }; return false }
}

/// A mention before resolution.
struct RawMention: Sendable {
    var sentence: Int      // position in the input array
    var start: Int         // token range
    var end: Int
    var key: ActorKey
    var rule: String
    var isReference = false
    /// For person-entry hits from dictionaries: the code at that date.
    var code: String? = nil
}

/// A person of the document, built from every way the text names them.
struct PersonSlot: Sendable {
    /// Names as written (`Sergei Lavrov`, `Lavrov`). Added through `add(name:info:)`, which
    /// keys the new name only (recomputing the keys of every name on each change was a
    /// good part of the cost of composing persons).
    private(set) var names: [String] = []
    /// Per name, whether it holds a space (`names[i].contains(" ")`: a full name).
    private(set) var spaced: [Bool] = []
    /// `PersonNames.key` of each name, without repeats. A person has a handful of names: a
    /// comparison loop is cheaper than hashing the key into a set for every slot searched.
    private(set) var nameKeys: [String] = []
    /// Spelling-folded last word of each name, without an Arabic article (`al-Assad` →
    /// `assad`, `Zelenskiy` and `Zelensky` alike; see `PersonNames`); no repeats, no empty key.
    private(set) var surnameKeys: [String] = []
    var roleKey: String?
    var roleTemplate: String?
    var sector: String?
    var root: String?
    /// Code from a dictionary entry (PETRARCH person), used when the text gives no role.
    var dictCode: String?
    /// Slot merged into another (after a surname-first, full-name-later sequence).
    var mergedInto: Int?
    /// The well-known person of the lexicon this slot is (`ActorLexicon.persons` index).
    var known: Int?
    /// Introduced as someone unnamed (`a ministry spokesman`): never an office holder.
    var anonymous = false
    /// The place whose office the person holds (`Enerhodar` for `Thị trưởng Enerhodar`, `the
    /// mayor of Enerhodar`): two mayors of two towns are two people.
    var seat: String?
    /// Country root of `seat`.
    var seatRoot: String?
    /// `Russian-installed`, `pro-Russian`: how the text ties the person to a patron.
    var qualifier: String?
    /// Code of that patron (`RUS`).
    var patron: String?

    init(names: [String] = [], roleKey: String? = nil, roleTemplate: String? = nil, sector: String? = nil, root: String? = nil,
         dictCode: String? = nil, anonymous: Bool = false) {
        self.roleKey = roleKey; self.roleTemplate = roleTemplate; self.sector = sector
        self.root = root; self.dictCode = dictCode; self.anonymous = anonymous
        for n in names { add(name: n, info: PersonNameInfo(n)) }
    }

    /// Appends a name (the caller checks it is new) with its keys (`info` is of `name`).
    mutating func add(name: String, info: PersonNameInfo) {
        if names.isEmpty {
            // The first name (every slot's): each list made by a literal, not grown from
            // empty through the general reallocation path.
            names = [name]; spaced = [info.spaced]; nameKeys = [info.key]
            if !info.surnameKey.isEmpty { surnameKeys = [info.surnameKey] }
            return
        }
        names.append(name)
        spaced.append(info.spaced)
        if !nameKeys.contains(info.key) { nameKeys.append(info.key) }
        if !info.surnameKey.isEmpty, !surnameKeys.contains(info.surnameKey) { surnameKeys.append(info.surnameKey) }
    }

    /// True when some name holds a space (`names.contains { $0.contains(" ") }`).
    var hasSpacedName: Bool { spaced.contains(true) }

    /// True when one of `keys` is a surname key of this person.
    func sharesSurname(with keys: [String]) -> Bool { surnameKeys.contains { keys.contains($0) } }

    var fullName: String? {
        names.max { a, b in
            let ca = a.split(separator: " ").count, cb = b.split(separator: " ").count
            return ca != cb ? ca < cb : (a.count != b.count ? a.count < b.count : a > b)
        }
    }

    static func surnameKey(_ w: String) -> String { PersonNames.surnameKey(w) }

    static func nameKey(_ n: String) -> String { PersonNames.key(n) }
}

/// What person matching needs of one name as written, computed once per distinct name of a
/// document (`DocumentActors.nameInfo`): the same names are looked up on every mention.
struct PersonNameInfo: Sendable {
    /// `PersonNames.key(name)`.
    let key: String
    /// `PersonNames.surnameKey(name)`.
    let surnameKey: String
    /// `PersonNames.words(name).count == 1` (how the person table is searched).
    let singleWord: Bool
    /// `name.contains(" ")`.
    let spaced: Bool
    /// `name.split(separator: " ").count == 1`.
    let oneWord: Bool
    /// `PersonNames.surnameKey` of the last space-separated word.
    let lastWordKey: String

    init(_ name: String) {
        // An ASCII name (nearly all) is read in one byte pass (`PersonNames.asciiInfo`); it
        // has no precomposed letters, so the general path would leave it as it is. A
        // precomposed Latin name (`Nguyễn Văn Đức`, `Erdoğan`) has the keys of its ASCII
        // bases (`PersonNames.precomposedLatinBases`), which the byte paths read.
        var source = name
        let plain: (hasSpace: Bool, count: Int)?
        let wordCount: Int
        if let a = PersonNames.asciiInfo(name) {
            key = a.key
            surnameKey = a.surnameKey
            wordCount = a.wordCount
            plain = a.plain
        } else {
            source = PersonNames.precomposedLatinBases(name) ?? name
            let parts = PersonNames.parts(source)
            key = parts.key
            surnameKey = parts.surnameKey
            wordCount = parts.wordCount
            plain = PersonNames.plainSpaceRuns(source)
        }
        singleWord = wordCount == 1
        if let plain {
            // Spaces are the only separators and the last run holds a letter: that run is
            // the last word, so its surname key is the name's.
            spaced = plain.hasSpace
            oneWord = plain.count == 1
            lastWordKey = surnameKey
            return
        }
        let split = PersonNames.spaceSplit(source)
        spaced = split.hasSpace
        oneWord = split.count == 1
        // One space-separated word: its surname key is the name's (spaces separate words
        // of `PersonNames.words` too).
        lastWordKey = oneWord ? surnameKey : PersonNames.surnameKey(split.last)
    }
}

/// Document-level state: mentions, persons, the last country, used by the composer and
/// turned into `ActorRecognition` at the end.
struct DocumentActors {
    let lexicon: ActorLexicon
    let date: Int?
    var mentions: [RawMention] = []
    var persons: [PersonSlot] = []
    /// Root of the last country named (for `nước này`, `this country`).
    var lastCountry: String?
    /// Input position of the sentence that named `lastCountry`.
    var lastCountrySentence = -1
    /// The last ministry named (`Ukraine's Foreign Ministry`), for `a ministry spokesman`.
    var lastMinistry: (root: String, sector: String?, template: String)?
    /// Ambiguous words seen as personal names in this document (`Nga` in `chị Nga`).
    var nameWords: Set<String> = []
    /// The names met so far, in order of meeting, with their `Folding.canonicalHash` (equal
    /// for the names `==` equates) and their entries (keys and well-known person, see
    /// `NameEntry`) at the same index. A document names a few dozen: the hashes are searched
    /// in a list, the name confirmed on a hit, which answers what a dictionary by name would
    /// (a `Dictionary` hashed the name with SipHash on every lookup and insert, and reserving
    /// it cost more than its lookups). Three lists, not one of tuples: reading a tuple's hash
    /// copied the whole tuple, strings and all.
    private var cachedHashes: [UInt64] = []
    private var cachedNames: [String] = []
    private var cachedEntries: [NameEntry] = []
    /// The UTF-8 byte count of each cached name: most lookups repeat a name as written, found
    /// among the names of its length by bytes before any hash is computed.
    private var cachedLengths: [Int] = []

    /// What person matching knows of a name as written: its keys and the well-known person
    /// it stands for on the document's date (`ActorLexicon.knownPerson`, a cheap table
    /// lookup). One cache for both: the composer asks both of most names, and every
    /// question hashed the name again.
    struct NameEntry: Sendable {
        let info: PersonNameInfo
        let known: Int?
    }

    /// The entry of a name (cached per name).
    mutating func nameEntry(_ name: String) -> NameEntry {
        var written = name
        let repeated: Int? = written.withUTF8 { bytes in
            cachedLengths.withUnsafeBufferPointer { lengths in
                for k in lengths.indices where lengths[k] == bytes.count && Self.hasBytes(cachedNames[k], bytes) { return k }
                return nil
            }
        }
        if let repeated { return cachedEntries[repeated] }
        // Another normal form of a cached name (`==` equates them) is found by its hash.
        let hash = Folding.canonicalHash(name)
        let hit: Int? = cachedHashes.withUnsafeBufferPointer { hashes in
            for k in hashes.indices where hashes[k] == hash && ActorResolver.sameText(cachedNames[k], name) { return k }
            return nil
        }
        if let hit { return cachedEntries[hit] }
        let info = PersonNameInfo(name)
        let entry = NameEntry(info: info, known: lexicon.knownPerson(key: info.key, singleWord: info.singleWord, date: date))
        cachedHashes.append(hash)
        cachedNames.append(name)
        cachedEntries.append(entry)
        cachedLengths.append(name.utf8.count)
        return entry
    }

    /// True when the UTF-8 bytes of `text` are `bytes`.
    static func hasBytes(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var t = text
        return t.withUTF8 { u in
            guard u.count == bytes.count else { return false }
            for i in 0..<u.count where u[i] != bytes[i] { return false }
            return true
        }
    }

    /// The matching keys of a name as written (cached per name).
    mutating func nameInfo(_ name: String) -> PersonNameInfo { nameEntry(name).info }

    /// The well-known person a name stands for on the document's date (cached per name).
    mutating func known(_ name: String) -> Int? { nameEntry(name).known }

    init(lexicon: ActorLexicon, date: Int?) {
        self.lexicon = lexicon; self.date = date
        // A news article has dozens of mentions and names: growing from empty moved (and
        // rehashed) them several times.
        mentions.reserveCapacity(32)
        persons.reserveCapacity(8)
        cachedHashes.reserveCapacity(16)
        cachedNames.reserveCapacity(16)
        cachedEntries.reserveCapacity(16)
        cachedLengths.reserveCapacity(16)
    }

    // MARK: Persons

    func resolved(_ i: Int) -> Int {
        var j = i
        while let m = persons[j].mergedInto { j = m }
        return j
    }

    /// The person slot for a name, reusing a slot with the same full name or surname.
    mutating func person(named name: String?, roleKey: String?, template: String?, sector: String?, root: String?, dictCode: String? = nil,
                         office: OfficeDetail = OfficeDetail()) -> Int {
        let s = slot(named: name, roleKey: roleKey, template: template, sector: sector, root: root, dictCode: dictCode, office: office)
        refreshKnown(s)
        return s
    }

    /// Links a slot to the lexicon's well-known person its names stand for: a full name
    /// (`Recep Tayyip Erdoğan`, `Tayyip Erdogan`), or a one-word alias (`Kuleba`) while the
    /// slot has no longer name. A slot already linked keeps its link.
    mutating func refreshKnown(_ i: Int) {
        guard persons[i].known == nil, !persons[i].names.isEmpty else { return }
        // Read in place: a copied slot retained every name and key it holds.
        let multi = persons[i].hasSpacedName
        for j in persons[i].names.indices where persons[i].spaced[j] || !multi {
            if let k = known(persons[i].names[j]) { persons[i].known = k; return }
        }
    }

    private mutating func slot(named name: String?, roleKey: String?, template: String?, sector: String?, root: String?, dictCode: String?,
                               office: OfficeDetail) -> Int {
        var slot: Int? = nil
        let entry = name.map { nameEntry($0) }
        if let entry {
            slot = findPerson(entry, root: root)
        } else if let roleKey {
            slot = findPerson(roleKey: roleKey, root: root, office: office)
            // `người phát ngôn TNLA` after the junta's spokesman: another side, another person.
            if let s = slot, !ActorResolver.sameSide(persons[s].sector, sector) { slot = nil }
        }
        if let s = slot {
            // In place: a copy taken out and stored back would copy the name arrays.
            if let name, let entry, !persons[s].names.contains(name) { persons[s].add(name: name, info: entry.info) }
            if persons[s].roleKey == nil, let roleKey { persons[s].roleKey = roleKey; persons[s].roleTemplate = template }
            if persons[s].sector == nil { persons[s].sector = sector }
            if persons[s].root == nil { persons[s].root = root }
            if persons[s].dictCode == nil { persons[s].dictCode = dictCode }
            persons[s].take(office)
            return s
        }
        // Built in place in the array (a local slot appended was copied, then destroyed).
        persons.append(PersonSlot(roleKey: roleKey, roleTemplate: template, sector: sector, root: root, dictCode: dictCode))
        let s = persons.count - 1
        if let name, let entry { persons[s].add(name: name, info: entry.info) }
        persons[s].take(office)
        return s
    }

    /// The slot a name stands for: one with the same name key, the slot of the same
    /// well-known person, else by surname (see below); nil for a new person.
    mutating func findPerson(named name: String, root: String?) -> Int? {
        findPerson(nameEntry(name), root: root)
    }

    /// `findPerson(named:root:)` for a name whose entry the caller holds.
    func findPerson(_ entry: NameEntry, root: String?) -> Int? {
        let info = entry.info
        let key = info.key
        // Fields read in place: a slot copied out for each test retains all its strings.
        func candidate(_ i: Int) -> Bool {
            persons[i].mergedInto == nil && (root == nil || persons[i].root == nil || persons[i].root == root)
        }
        for i in persons.indices.reversed() where candidate(i) {
            if persons[i].nameKeys.contains(key) { return i }
        }
        // Another way of writing a well-known person named earlier (`Tayyip Erdogan` after
        // `Recep Tayyip Erdoğan`, `Zelensky` after `Volodymyr Zelenskiy`).
        if let k = entry.known,
           let i = persons.indices.last(where: { persons[$0].mergedInto == nil && persons[$0].known == k }) {
            return i
        }
        let sk = info.lastWordKey
        if info.oneWord {
            // A surname repeat: the most recent person with that last name.
            for i in persons.indices.reversed() where candidate(i) {
                if persons[i].surnameKeys.contains(sk) { return i }
            }
        } else {
            // A full name after a surname-only mention: upgrade that slot.
            for i in persons.indices.reversed() where candidate(i) {
                if !persons[i].names.isEmpty, !persons[i].hasSpacedName, persons[i].surnameKeys.contains(sk) { return i }
            }
        }
        return nil
    }

    /// The person last given this role (and country, seat and patron, when known).
    func findPerson(roleKey: String, root: String?, office: OfficeDetail = OfficeDetail()) -> Int? {
        for m in mentions.reversed() {
            guard case .person(let raw) = m.key else { continue }
            let i = resolved(raw)
            // Fields read in place (no slot copy per person mention walked).
            guard let k = persons[i].roleKey, k == roleKey || k.hasSuffix(" " + roleKey) else { continue }
            if let root, let pr = persons[i].root, pr != root { continue }
            guard office.fits(persons[i]) else { continue }
            return i
        }
        return nil
    }

    /// The person a pronoun in sentence `si` stands for: the first person named earlier in
    /// the same sentence (its subject: `Erdogan said he …`), else the first person of the
    /// closest earlier sentence from `since` on that names one (`Guterres toured Odesa. He …`).
    func subjectPerson(sentence si: Int, since: Int) -> Int? {
        var best: (sentence: Int, person: Int)? = nil
        for m in mentions.reversed() {
            guard m.sentence >= since else { break }
            guard case .person(let i) = m.key else { continue }
            if let b = best, m.sentence < b.sentence { break }
            best = (m.sentence, resolved(i))
        }
        return best?.person
    }

    /// The most recent person mentioned in sentences `from…` (by input position).
    func lastPerson(since sentence: Int) -> Int? {
        for m in mentions.reversed() {
            guard m.sentence >= sentence else { break }
            if case .person(let i) = m.key { return resolved(i) }
        }
        return nil
    }

    // MARK: Emitting

    /// Records a mention. `consuming`: the caller's new mention is moved into `mentions`,
    /// not copied (a copy retains every string of its key).
    mutating func emit(_ m: consuming RawMention) {
        // `countryRoot(of: m.key)` spelled out over the key in place: passing the key copied
        // it (all its strings) on every mention recorded.
        let root: String?
        switch m.key {
        case .entry(let i):
            root = lexicon.actors[i].kind == .country ? lexicon.actors[i].country : nil
        case .collective(let r?, _, _, _):
            root = r
        case .person(let i):
            root = persons[resolved(i)].root
        case .collective, .unknown, .candidate, .place, .patronized:
            root = nil
        }
        if let root, lexicon.hasCountry(root), !m.isReference || m.rule == "ref.this-country" {
            lastCountry = root
            lastCountrySentence = m.sentence
        }
        // Matched without binding first: binding copied three strings of every collective.
        if case .collective(.some, _, .organization, _) = m.key,
           case .collective(let root?, let sector, .organization, let template) = m.key, Self.namesMinistry(template) {
            lastMinistry = (root, sector, template)
        }
        mentions.append(m)
    }

    /// `template.contains("Ministry")` on bytes: Foundation's search cost thousands of
    /// instructions per group mention. A match followed by a byte that may start a combining
    /// mark (U+0300 and up) is left to `contains` itself.
    static func namesMinistry(_ template: String) -> Bool {
        var t = template
        let found: Bool? = t.withUTF8 { u -> Bool? in
            let needle = ministryBytes
            guard u.count >= needle.count else { return false }
            var i = 0
            while i + needle.count <= u.count {
                if u[i] == 0x4D {
                    var k = 1
                    while k < needle.count, u[i + k] == needle[k] { k += 1 }
                    if k == needle.count {
                        let next = i + needle.count
                        return next < u.count && u[next] >= 0xCC ? nil : true
                    }
                }
                i += 1
            }
            return false
        }
        return found ?? template.contains("Ministry")
    }

    private static let ministryBytes: [UInt8] = Array("Ministry".utf8)

    /// The country root a mention makes "the last country", if it names one.
    func countryRoot(of key: ActorKey) -> String? {
        switch key {
        case .entry(let i):
            // Fields read in place: a copied entry retains every string it holds.
            guard lexicon.actors[i].kind == .country, let c = lexicon.actors[i].country, lexicon.hasCountry(c) else { return nil }
            return c
        case .collective(let root, _, _, _):
            guard let root, lexicon.hasCountry(root) else { return nil }
            return root
        case .person(let i):
            guard let root = persons[resolved(i)].root, lexicon.hasCountry(root) else { return nil }
            return root
        case .unknown, .candidate, .place, .patronized:
            return nil
        }
    }

    /// The country root of any mention, places included (for context rules).
    func anyRoot(of key: ActorKey) -> String? {
        if case .entry(let i) = key, lexicon.actors[i].kind == .location { return lexicon.actors[i].country }
        if case .place(_, let root) = key { return root }
        return countryRoot(of: key)
    }

    /// The single country root named in the document (countries, places, composed actors),
    /// or nil when there are none or several.
    func onlyCountry() -> String? { MentionCountries(self).onlyCountry() }

    /// The document's conflict country for rebels and civilians named without one: places
    /// count twice (`Aleppo` → SYR: where things happen), named countries and composed
    /// actors once, persons not at all; ties go to the country named first.
    /// `excluding` leaves one country out (a proxy's patron is not its territory).
    func dominantCountry(excluding: String? = nil) -> String? { MentionCountries(self).dominant(excluding: excluding) }

    /// The country of each sentence for collectives named without one: the only country the
    /// sentence names (`Ukraine cáo buộc phe ly khai …` → UKR; not a person's), else its
    /// first place (`… sơ tán dân thường khỏi Aleppo` → SYR). With `placesFirst` (civilians,
    /// refugees: people are of the place they are in) a place wins over a named country.
    func sentenceCountries(placesFirst: Bool = false) -> [Int: String] {
        let both = sentenceCountryPair()
        return placesFirst ? both.placesFirst : both.any
    }

    /// `sentenceCountries()` and `sentenceCountries(placesFirst: true)` from one pass over
    /// the mentions (the resolver needs both).
    func sentenceCountryPair() -> (any: [Int: String], placesFirst: [Int: String]) {
        let countries = MentionCountries(self)
        let (any, placesFirst) = countries.sentencePair(count: countries.sentenceCount)
        var out: [Int: String] = [:], outPlacesFirst: [Int: String] = [:]
        for s in any.indices {
            if let c = any[s] { out[s] = c }
            if let c = placesFirst[s] { outPlacesFirst[s] = c }
        }
        return (out, outPlacesFirst)
    }
}

/// Where and for whom a person holds office (`Thị trưởng Enerhodar`, `a Moscow-installed
/// official`): two officials differing in either are two people.
struct OfficeDetail: Sendable, Hashable {
    var seat: String? = nil
    var seatRoot: String? = nil
    var qualifier: String? = nil
    var patron: String? = nil

    /// True when a person slot can be the holder: seats agree where both are known, and a
    /// qualified title (`the Moscow-installed official`) only names someone so qualified.
    func fits(_ p: PersonSlot) -> Bool {
        if let seat, let ps = p.seat, Slug.make(seat) != Slug.make(ps) { return false }
        if let qualifier, p.qualifier != qualifier { return false }
        return true
    }

    /// True when two persons' offices can be one: seats and qualifiers agree where both are known.
    func agrees(with other: OfficeDetail) -> Bool {
        if let a = seat, let b = other.seat, Slug.make(a) != Slug.make(b) { return false }
        if let a = qualifier, let b = other.qualifier, a != b { return false }
        return true
    }
}

extension PersonSlot {
    /// Adds the seat and patron facts a later mention gives.
    mutating func take(_ office: OfficeDetail) {
        if seat == nil { seat = office.seat; seatRoot = office.seatRoot }
        if qualifier == nil { qualifier = office.qualifier }
        if patron == nil { patron = office.patron }
    }

    /// The office details known of this person.
    var office: OfficeDetail { OfficeDetail(seat: seat, seatRoot: seatRoot, qualifier: qualifier, patron: patron) }
}
