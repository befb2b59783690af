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
            let letters = t.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard let first = letters.first else { continue }
            let allUpper = letters.allSatisfy { $0.properties.isUppercase }
            if allUpper && letters.count >= 2 && letters.count <= 6 && tokens.count == 1 {
                upper |= 1 << UInt32(i)
            } else if first.properties.isUppercase {
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
    var name: String
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
    var origin: EntryOrigin = .builtIn

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
    var template: String
    /// A root that comes with the role itself (`IGO` for PETRARCH `[IGO~]` agents).
    var fixedRoot: String? = nil
    var origin: EntryOrigin = .builtIn

    /// The role label without the country (`foreign minister`), used to match repeats and
    /// counterparts.
    var key: String {
        template.replacingOccurrences(of: "{adj}", with: "").trimmingCharacters(in: .whitespaces).lowercased()
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
}

/// Country facts shared by all languages: canonical English name and adjective by root.
struct CountryFact: Sendable, Hashable {
    var name: String
    var adjective: String
}
