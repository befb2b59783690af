import FaultlineModel

/// How the letter case of a lexicon phrase must show in the text.
///
/// Derived from how the phrase is written in the lexicon: a capitalised token (`Nga`, `Tin
/// Tức`) must be capitalised in the text, an acronym (`IS`, `AP`, `US`) must be upper case,
/// a lowercase token (`ngoại trưởng`, `foreign minister`) matches in any case. This is what
/// keeps `ý kiến`, `us`, `is` and `tin tức` from becoming actors.
struct CaseMask: Sendable, Hashable {
    /// Bit i: token i must start with an upper-case letter.
    var capitalized: UInt32 = 0
    /// Bit i: token i must be written in upper case.
    var upper: UInt32 = 0

    static let none = CaseMask()

    /// The mask implied by the written tokens of a built-in or user phrase.
    init(tokens: [String]) {
        for (i, t) in tokens.prefix(32).enumerated() {
            var letterCount = 0, firstUpper = false, allUpper = true
            if t.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: letters are A–Z and a–z, upper case is A–Z.
                for b in t.utf8 where (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    let up = b <= 0x5A
                    if letterCount == 0 { firstUpper = up }
                    if !up { allUpper = false }
                    letterCount += 1
                }
            } else {
                let letters = t.unicodeScalars.filter { $0.properties.isAlphabetic }
                letterCount = letters.count
                firstUpper = letters.first?.properties.isUppercase ?? false
                allUpper = letters.allSatisfy { $0.properties.isUppercase }
            }
            guard letterCount > 0 else { continue }
            if allUpper && letterCount >= 2 && letterCount <= 6 && tokens.count == 1 {
                upper |= 1 << UInt32(i)
            } else if firstUpper {
                capitalized |= 1 << UInt32(i)
            }
        }
    }

    init() {}
}

/// A code together with the dates it applies to (PETRARCH dated roles such as
/// `[RUSGOV 990809-000507]`, `[RUSGOV >080508]`).
struct DatedCode: Sendable, Hashable {
    /// nil stands for PETRARCH's null code `---`.
    var code: String?
    /// Inclusive bounds as `yyyymmdd` integers; nil means open.
    var from: Int?
    var to: Int?

    func applies(to date: Int) -> Bool {
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }
}

/// Where a lexicon line came from: hand-written entries win over dictionary imports.
enum EntryOrigin: UInt8, Sendable, Comparable {
    case petrarch = 0, user = 1, builtIn = 2
    static func < (a: EntryOrigin, b: EntryOrigin) -> Bool { a.rawValue < b.rawValue }
}

/// One named actor of the lexicon (a country, an organisation, a place, a known person).
struct ActorEntry: Sendable {
    /// Canonical English name: the actor id is `Slug.make(name)`, so the Vietnamese and the
    /// English article about the same actor give the same id.
    var name: String { didSet { setID() } }
    /// `Slug.make(name)` and its `KeyIndexTable` hash, kept with the name (see `setID`): the
    /// resolver names an actor of the lexicon in every document that mentions it, and made
    /// the slug (a new string) and hashed it each time.
    private(set) var id: String = ""
    private(set) var idHash: UInt64 = 0
    var kind: ActorKind
    /// Default code (`RUS`, `IGOUNO`, `RUSGOV`); for places the code is nil and `country` is set.
    var code: String?
    /// Country root (`RUS`, `IGO`, `NGO` …), nil when none.
    var country: String?
    /// Dated codes (PETRARCH); the first that applies to the event date wins over `code`.
    var dated: [DatedCode] = []
    var ambiguous = false
    var demonym = false
    var capital = false
    /// A continent, sea or other region (`Europe`, `châu Âu`, `Black Sea`): a place of
    /// events only after a place preposition (`in Europe`, `ở châu Âu`), not as a modifier
    /// (`Europe's largest plant`, `Black Sea grain deal`).
    var region = false
    var origin: EntryOrigin = .builtIn

    init(name: String, kind: ActorKind, code: String?, country: String?, dated: [DatedCode] = [], origin: EntryOrigin = .builtIn) {
        self.name = name; self.kind = kind; self.code = code; self.country = country
        self.dated = dated; self.origin = origin
        setID()
    }

    private mutating func setID() {
        id = Slug.make(name)
        idHash = id.tableHash
    }

    /// The code that holds on `date` (`yyyymmdd`), or the default.
    func code(on date: Int?) -> String? {
        guard !dated.isEmpty else { return code }
        if let date {
            for d in dated where d.from != nil || d.to != nil {
                if d.applies(to: date) { return d.code }
            }
        } else {
            // Without a date, the open-ended latest restriction is the best guess.
            if let open = dated.last(where: { $0.to == nil && $0.from != nil }) { return open.code }
        }
        if let plain = dated.first(where: { $0.from == nil && $0.to == nil }) { return plain.code }
        return code
    }
}

/// A role word: a title, an institution or a collective noun that gives a sector.
struct RoleEntry: Sendable {
    /// Sector codes appended to the country root (`GOV`, `MIL`, `GOVMIL`), nil when none.
    var sector: String?
    /// What the role makes: a person (`Ngoại trưởng`), an organisation (`Bộ Ngoại giao`), an
    /// armed group (`phiến quân`), a population (`dân thường`) …
    var kind: ActorKind
    /// English name pattern for actors known only by the role: `{adj} foreign minister`.
    var template: String { didSet { key = Self.key(of: template) } }
    /// A root that comes with the role itself (`IGO` for PETRARCH `[IGO~]` agents).
    var fixedRoot: String? = nil
    var origin: EntryOrigin = .builtIn

    /// The role label without the country (`foreign minister`), used to match repeats and
    /// counterparts. Stored with the template (kept in step by its `didSet`): computed on
    /// every read it cost three string passes per composed title.
    private(set) var key: String

    init(sector: String?, kind: ActorKind, template: String, fixedRoot: String? = nil, origin: EntryOrigin = .builtIn) {
        self.sector = sector; self.kind = kind; self.template = template
        self.fixedRoot = fixedRoot; self.origin = origin
        key = Self.key(of: template)
    }

    /// The definition of `key`: the template without `{adj}`, trimmed, lowercased.
    static func definitionKey(_ template: String) -> String {
        template.replacingText("{adj}", with: "").trimmingSpaces().lowercased()
    }

    /// `definitionKey`, in one pass over the bytes of an ASCII template (what
    /// `replacingText`, `trimmingSpaces` and `lowercased` do there); other templates by the
    /// definition itself.
    static func key(of template: String) -> String {
        var template = template
        let fast: String? = template.withUTF8 { u -> String? in
            for b in u where b >= 0x80 { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var i = 0
            while i < u.count {
                // `{adj}`
                if u[i] == 0x7B, i + 5 <= u.count, u[i + 1] == 0x61, u[i + 2] == 0x64, u[i + 3] == 0x6A, u[i + 4] == 0x7D {
                    i += 5
                    continue
                }
                let b = u[i]
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                i += 1
            }
            var lo = 0, hi = out.count
            while lo < hi, out[lo] == 0x20 || out[lo] == 0x09 { lo += 1 }
            while hi > lo, out[hi - 1] == 0x20 || out[hi - 1] == 0x09 { hi -= 1 }
            return String(decoding: out[lo..<hi], as: UTF8.self)
        }
        return fast ?? definitionKey(template)
    }

    /// True for roles that name a single person and can take a name after them.
    var isPerson: Bool { kind == .person }
}

/// Context and reference words (see `cues.tsv`).
enum CueKind: String, Sendable, CaseIterable {
    /// A phrase that is not an actor although it starts like one (`ý kiến`, `Mỹ phẩm`, `anh ấy`).
    case block
    /// `nước này`, `quốc gia này`, `this country`: the last country mentioned.
    case thisCountry = "this-country"
    /// `người đồng cấp`, `counterpart`: same role as the previous person, another country.
    case counterpart
    /// `hai ngoại trưởng`, `the two ministers`: the two persons of the previous sentence.
    case bothPersons = "both-persons"
    /// `hai nước`, `the two countries`.
    case bothCountries = "both-countries"
    /// `hai bên`, `both sides`: persons if the previous sentence had two, else countries.
    case bothSides = "both-sides"
    /// `he`, `she`, `ông ấy`: the last person.
    case pronoun
    /// Words after which a short ambiguous name is a country (`nước`, `phía`, `chính phủ`).
    case countryContext = "country-context"
    /// Words after which a short ambiguous name is a person (`chị`, `cô`, `ca sĩ`).
    case nameContext = "name-context"
    /// `ông`, `bà`, `Mr`: the following capitalised words are a person's name.
    case honorific
    /// Place prepositions (`tại`, `ở`, `in`): a capital after them is a place, not a government.
    case locative
    /// Prepositions of being somewhere (`in`, `at`, `near`, `tại`, `ở`): like `locative`, and
    /// an unknown name after them is a place (`in Atlanta`); motion and source words (`to`,
    /// `from`, `đến`, `từ`) name addressees and sources too (`according to Energoatom`).
    case atPlace = "at-place"
    /// `of`, `của`, `for`: role + of + country.
    case of
    /// Meetings and agreements named after a city (`Minsk agreement`, `hòa đàm Geneva`): a
    /// capital next to them is the place, not the government.
    case meeting
    /// `và`, `and`, `,`: coordination of countries.
    case coordination
    /// Words that may sit between a country adjective and a role (`new`, `former`, `top`).
    case modifier
    /// `Ảnh`, `Photo`: with a following colon, the rest is a photo credit.
    case credit
    /// Capitalised words that never begin a name (`The`, `Monday`, `Theo`, `Ngày`).
    case notName = "not-name"
    /// Lowercase particles inside names (`al`, `bin`, `de`, `van`).
    case nameParticle = "name-particle"
    /// Month and weekday abbreviations, `AM`/`PM` (`Aug`, `Tue`, `PM`): not a name when next
    /// to a number (`Aug 14`, `Tue 16`, `6:40 PM`), which leaves `Jan Egeland` a name.
    case dateWord = "date-word"
    /// Place nouns (`town`, `port`, `region`, `thành phố`, `tỉnh`, `cảng`, `biển`): a name
    /// after them (`the town of Enerhodar`, `thành phố Nikopol`) or, in English, before them
    /// (`Dnipropetrovsk region`, `Black Sea`) is a place. They also work as place prepositions.
    case placeNoun = "place-noun"
    /// Vessel nouns (`ship`, `vessel`, `tàu`, `cruiser`): the capitalised name after them is a
    /// ship (`tàu Brave Commander`, `the cruiser Moskva`), not an actor; a country after them
    /// is the ship's flag (`tàu Nga`).
    case vessel
    /// Other nouns that name a thing with a capitalised name (`Storm Bolaven`, `bão Noru`,
    /// `Operation Z`): the name is not an actor.
    case namedThing = "named-thing"
    /// Possessives that point back to the last country (`its troops`, `their forces`).
    case possessive
    /// `the ministry`, `ministry`: the ministry last named (`a ministry spokesman`).
    case thisMinistry = "this-ministry"
    /// Indefinite articles (`a`, `an`, `một`): a title after them is a new person, not the
    /// last one with that title.
    case indefinite
    /// Weapon and equipment nouns (`tanks`, `drones`, `xe tăng`, `tên lửa`): an unknown name
    /// next to them is the model (`Merkava tanks`, `tên lửa Shahed`), not an actor.
    case equipment
    /// `the group`, `the militant group`, `nhóm này`, `lực lượng này`: the non-state armed
    /// group named last, within the last few sentences (`Hamas denied … The militant group
    /// said its fighters …`). Declared last: cue order breaks ties between readings.
    case thisGroup = "this-group"
}

extension CueKind {
    /// Place prepositions and place nouns: after them a capital is a place.
    var isLocative: Bool { self == .locative || self == .atPlace || self == .placeNoun }
}

/// Country facts shared by all languages: canonical English name and adjective by root.
struct CountryFact: Sendable, Hashable {
    var name: String
    var adjective: String
}

/// A well-known person of the person table (`persons.tsv`): one canonical name for every
/// way the press writes it, dated codes, and the offices held.
struct PersonEntry: Sendable {
    /// An office held between two dates (`president` of `RUS`, `secretary-general` of `IGOUNO`).
    struct Office: Sendable, Hashable {
        /// Role key as the role tables name it without the country (`foreign minister`,
        /// `defence ministry spokesperson`).
        var key: String
        /// Country root (`RUS`) or organisation code (`IGOUNO`).
        var code: String
        var from: Int?
        var to: Int?

        func holds(on date: Int) -> Bool {
            DatedCode(code: code, from: from, to: to).applies(to: date)
        }
    }

    /// Canonical name: the actor id is its slug in every document and language.
    var name: String { didSet { setID() } }
    /// `Slug.make(name)` and its `KeyIndexTable` hash, made once with the name (as for
    /// `ActorEntry.id`).
    private(set) var id: String = ""
    private(set) var idHash: UInt64 = 0
    /// Codes, dated or not; see `code(on:)`.
    var codes: [DatedCode]
    var offices: [Office]
    var origin: EntryOrigin = .builtIn

    init(name: String, codes: [DatedCode], offices: [Office], origin: EntryOrigin = .builtIn) {
        self.name = name; self.codes = codes; self.offices = offices; self.origin = origin
        setID()
    }

    private mutating func setID() {
        id = Slug.make(name)
        idHash = id.tableHash
    }

    /// The dated code covering `date`, if any.
    func datedCode(on date: Int) -> String? {
        codes.first { ($0.from != nil || $0.to != nil) && $0.applies(to: date) }?.code
    }

    /// The undated code, if any.
    var plainCode: String? { codes.first { $0.from == nil && $0.to == nil }?.code }

    /// The code in force on `date` (`yyyymmdd`): the dated code covering it, else the
    /// undated one; without a date, the open-ended latest code.
    func code(on date: Int?) -> String? {
        let dated = codes.filter { $0.from != nil || $0.to != nil }
        if let date, let hit = dated.first(where: { $0.applies(to: date) }) { return hit.code }
        if let plain = codes.first(where: { $0.from == nil && $0.to == nil }) { return plain.code }
        if date == nil, let open = dated.last(where: { $0.to == nil }) { return open.code }
        if let date {
            // Outside every dated period: the nearest earlier period's code, else the first.
            let before = dated.filter { ($0.to ?? Int.max) < date }.max { ($0.to ?? 0) < ($1.to ?? 0) }
            return (before ?? dated.first)?.code
        }
        return dated.last?.code
    }
}
