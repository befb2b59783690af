import FaultlineModel

/// What contradiction detection compares about one (merged) event, with sides and places as
/// small integers so that comparing two events allocates nothing.
struct EventFeatures {
    /// CAMEO root as a number (19 for `195`), −1 when unreadable.
    let root: Int
    let quad: Int
    /// Interned side keys (`ActorSides`), sorted, unique.
    let sources: [Int]
    let targets: [Int]
    /// Interned place ids, sorted, unique.
    let places: [Int]
    /// Day ordinal when the date is one day of a known year; month/day position when the year is unknown.
    let day: Int?
    let yearless: Int?
    let negated: Bool
    let modality: Modality
    /// Quad 3–4, said to have happened (not negated, not hypothetical).
    let harm: Bool
    /// Harm in answer to harm (`repelled`), judged by the trigger.
    let response: Bool
    /// Interned id of the `sources` list, for bucketing by dyad.
    let sourcesKey: Int
}

/// Gives small integers to strings (sides, places) and to lists of them.
struct Interner {
    private(set) var ids: [String: Int] = [:]
    private(set) var names: [String] = []
    private var lists: [[Int]: Int] = [:]

    mutating func id(_ s: String) -> Int {
        if let i = ids[s] { return i }
        let i = names.count
        ids[s] = i; names.append(s)
        return i
    }

    mutating func list(_ l: [Int]) -> Int {
        if let i = lists[l] { return i }
        let i = lists.count
        lists[l] = i
        return i
    }
}

/// Operations on sorted, unique integer arrays.
enum SortedInts {
    static func make(_ xs: [Int]) -> [Int] {
        if xs.count < 2 { return xs }
        var s = xs.sorted()
        var w = 1
        for i in 1..<s.count where s[i] != s[w - 1] { s[w] = s[i]; w += 1 }
        s.removeLast(s.count - w)
        return s
    }

    static func intersects(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    static func contains(_ a: [Int], _ x: Int) -> Bool {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < x { lo = m + 1 } else { hi = m } }
        return lo < a.count && a[lo] == x
    }

    static func subtracting(_ a: [Int], _ b: [Int]) -> [Int] { a.filter { !contains(b, $0) } }
}
