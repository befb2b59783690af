/// A map from small non-negative integers (sentence and paragraph indexes) to values, read
/// and written like `[Int: Value]`.
///
/// `TemporalResolver` keeps several such maps per document and looks them up for every
/// sentence and every event: an array slot costs a bounds check where a dictionary hashes
/// the key and probes, and growing an array by appending costs less than rehashing a
/// dictionary. Keys outside `0..<denseLimit` (never met in practice: indexes count
/// sentences) go to a dictionary, so any key works.
struct IndexTable<Value> {
    private var dense: [Value?] = []
    private var sparse: [Int: Value] = [:]

    /// Keys below this are array slots.
    static var denseLimit: Int { 1 << 20 }

    init() {}

    /// A table whose keys `0..<denseCount` are array slots from the start, so that a caller
    /// who knows its keys (sentence indexes of a document) fills them with no growing: each
    /// growth copied every stored value, retaining its strings.
    init(denseCount: Int) {
        dense = Array(repeating: nil, count: min(max(0, denseCount), IndexTable.denseLimit))
    }

    subscript(key: Int) -> Value? {
        get {
            if key >= 0 && key < dense.count { return dense[key] }
            if key >= 0 && key < IndexTable.denseLimit { return nil }
            return sparse[key]
        }
        set {
            guard key >= 0 && key < IndexTable.denseLimit else { sparse[key] = newValue; return }
            if key >= dense.count {
                guard newValue != nil else { return }
                // Grown by `append`'s doubling: reserving exactly `key + 1` reallocated (and
                // copied every stored value) at each new key, as keys come one sentence at a time.
                while dense.count <= key { dense.append(nil) }
            }
            dense[key] = newValue
        }
    }
}

extension IndexTable: Sendable where Value: Sendable {}
