/// A set of cue kinds as one bit per kind.
///
/// `ScanItem` keeps the cue readings a span also has (`anh` a cue where `Anh` the country
/// was taken) in one of these rather than in an array: an array field made every item
/// reference-counted, so each copy of an item, of which the composer makes many per
/// sentence, retained and released it, and every list of items was destroyed element by
/// element. With this set an item is plain data.
struct CueSet: Sendable, Equatable {
    private var bits: UInt64 = 0

    /// The bit of each kind, by its position among `CueKind.allCases` (fewer than 64).
    private static let bitOf: [CueKind: UInt64] = {
        precondition(CueKind.allCases.count <= 64, "CueSet holds at most 64 kinds")
        var out: [CueKind: UInt64] = [:]
        for (i, c) in CueKind.allCases.enumerated() { out[c] = 1 << UInt64(i) }
        return out
    }()

    init() {}

    init(_ kinds: [CueKind]) {
        for c in kinds { insert(c) }
    }

    var isEmpty: Bool { bits == 0 }

    mutating func insert(_ c: CueKind) { bits |= Self.bitOf[c]! }

    func contains(_ c: CueKind) -> Bool { bits & Self.bitOf[c]! != 0 }
}
