/// A set of marker classes as one bit per class.
///
/// `SentenceContext` asks "has token `i` class `c`?" many times per token; a `Set<Class>`
/// per token hashes the class on every question and allocates per token, a bit mask
/// answers with one `and`.
struct MarkerSet: Sendable, Hashable {
    typealias Class = MarkerLexicon.Class

    private(set) var bits: UInt64 = 0

    init() {}

    /// The set whose members are the bits of `bits` (`bit(_:)` of each class).
    init(bits: UInt64) { self.bits = bits }

    init(_ classes: some Sequence<Class>) {
        for c in classes { bits |= MarkerSet.bit(c) }
    }

    var isEmpty: Bool { bits == 0 }

    @inline(__always)
    func contains(_ c: Class) -> Bool { bits & MarkerSet.bit(c) != 0 }

    mutating func formUnion(_ classes: some Sequence<Class>) {
        for c in classes { bits |= MarkerSet.bit(c) }
    }

    mutating func insert(_ c: Class) { bits |= MarkerSet.bit(c) }

    mutating func formUnion(_ other: MarkerSet) { bits |= other.bits }

    func isDisjoint(with other: MarkerSet) -> Bool { bits & other.bits == 0 }

    /// The classes in both sets.
    func intersection(_ other: MarkerSet) -> MarkerSet {
        var out = MarkerSet()
        out.bits = bits & other.bits
        return out
    }

    /// The classes in the set, in declaration order.
    var members: [Class] { Class.allCases.filter(contains) }

    /// The bit of a class: its position in `Class.allCases`.
    @inline(__always)
    static func bit(_ c: Class) -> UInt64 { 1 << UInt64(c.ordinal) }
}

extension MarkerLexicon.Class {
    /// Position in `allCases` (below 64), by a switch, so asking costs no hashing and a new
    /// class must be given one.
    var ordinal: Int {
        switch self {
        case .boundary: return 0
        case .subordinator: return 1
        case .relative: return 2
        case .purpose: return 3
        case .joiner: return 4
        case .locative: return 5
        case .agent: return 6
        case .passive: return 7
        case .be: return 8
        case .participle: return 9
        case .possessive: return 10
        case .classifier: return 11
        case .anaphor: return 12
        case .complementizer: return 13
        case .comitative: return 14
        case .against: return 15
        case .topic: return 16
        case .beneficiary: return 17
        case .attribution: return 18
        case .credit: return 19
        case .aspect: return 20
        case .adjunct: return 21
        case .superlative: return 22
        case .negation: return 23
        case .notNegation: return 24
        case .intent: return 25
        case .appeal: return 26
        case .demand: return 27
        case .hypothetical: return 28
        case .generic: return 29
        case .partitive: return 30
        case .sport: return 31
        case .weather: return 32
        case .market: return 33
        case .word: return 34
        }
    }
}
