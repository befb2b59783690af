/// A set of cue kinds as one bit per kind.
///
/// `ScanItem` keeps the cue readings a span also has (`anh` a cue where `Anh` the country
/// was taken) in one of these rather than in an array: an array field made every item
/// reference-counted, so each copy of an item, of which the composer makes many per
/// sentence, retained and released it, and every list of items was destroyed element by
/// element. With this set an item is plain data.
struct CueSet: Sendable, Equatable {
    private var bits: UInt64 = 0

    init() {}

    init(_ kinds: [CueKind]) {
        for c in kinds { insert(c) }
    }

    var isEmpty: Bool { bits == 0 }

    mutating func insert(_ c: CueKind) { bits |= 1 << UInt64(Self.ordinal(c)) }

    func contains(_ c: CueKind) -> Bool { bits & (1 << UInt64(Self.ordinal(c))) != 0 }

    /// The position of a kind among `CueKind.allCases` (declaration order; fewer than 64).
    ///
    /// Written out rather than looked up: a `[CueKind: UInt64]` table hashed the kind's raw
    /// value (a string) at every question, and building it hashed every raw value once per
    /// process. `CueSetTests` checks this order against `allCases`.
    static func ordinal(_ c: CueKind) -> Int {
        switch c {
        case .block: return 0
        case .thisCountry: return 1
        case .counterpart: return 2
        case .bothPersons: return 3
        case .bothCountries: return 4
        case .bothSides: return 5
        case .pronoun: return 6
        case .countryContext: return 7
        case .nameContext: return 8
        case .honorific: return 9
        case .locative: return 10
        case .atPlace: return 11
        case .of: return 12
        case .meeting: return 13
        case .coordination: return 14
        case .modifier: return 15
        case .credit: return 16
        case .notName: return 17
        case .nameParticle: return 18
        case .dateWord: return 19
        case .placeNoun: return 20
        case .vessel: return 21
        case .namedThing: return 22
        case .possessive: return 23
        case .thisMinistry: return 24
        case .indefinite: return 25
        case .equipment: return 26
        case .thisGroup: return 27
        }
    }
}
