import FaultlineModel

/// Adjacent actor mentions joined into one party (`Nga và Thổ Nhĩ Kỳ`, `A, B and C`).
///
/// A plain value of positions and flags, with no reference inside: the groups of a
/// sentence are one array of these (`ActorGroups`), and reading or copying a group retains
/// nothing. (As a class, each group was an object allocated, retained at every read and
/// freed per sentence, with three lists of its own.) Its actors, their kinds and codes are
/// asked of `ActorGroups`, which reads them from the member mention or, for a group joining
/// several lists, from the lists it made for it.
///
/// What the coder asks of the kinds (media only, places only, a party) is decided once here.
struct ActorGroup: Sendable, Equatable {
    /// Indices of the member mentions (consecutive: a group joins neighbouring names).
    let mentions: Range<Int>
    let start: Int
    let end: Int
    /// The kinds of its actors (none for a mention naming no actor).
    let kinds: Kinds
    let isMediaOnly: Bool
    let isLocationOnly: Bool
    /// Some actor that is neither an outlet nor a place has a code.
    let hasParty: Bool
    /// Index of its lists in `ActorGroups`' joined lists, or -1 when they are its one
    /// mention's (its actors, each of the mention's kind and code).
    let joined: Int32

    /// A set of actor kinds as one bit per kind: `kinds.contains(.person)` without a list.
    struct Kinds: Sendable, Equatable {
        private(set) var bits: UInt16 = 0

        init() {}

        init(_ kinds: [ActorKind]) { for k in kinds { insert(k) } }

        var isEmpty: Bool { bits == 0 }

        func contains(_ kind: ActorKind) -> Bool { bits & Kinds.bit(kind) != 0 }

        mutating func insert(_ kind: ActorKind) { bits |= Kinds.bit(kind) }

        /// Whether every kind in the set is `kind` (true for the empty set, as `allSatisfy`).
        func only(_ kind: ActorKind) -> Bool { bits & ~Kinds.bit(kind) == 0 }

        /// One bit per kind (a switch: no hashing, and a new kind must be given one).
        static func bit(_ kind: ActorKind) -> UInt16 {
            switch kind {
            case .country: return 1 << 0
            case .person: return 1 << 1
            case .organization: return 1 << 2
            case .armedGroup: return 1 << 3
            case .population: return 1 << 4
            case .media: return 1 << 5
            case .location: return 1 << 6
            case .group: return 1 << 7
            case .unknown: return 1 << 8
            }
        }
    }
}
