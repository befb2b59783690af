import FaultlineModel

/// Small integers by key for the few dozen keys of one document (actor ids, what mentions
/// stand for), found through a 64-bit hash of the key's bytes that the caller computes
/// (`KeyIndexTable.Hash`).
///
/// The resolver looks up every mention's key and every new actor's id; `Dictionary` hashed
/// each String of those keys with a seeded SipHash on every lookup and insert. Here a key's
/// bytes are hashed once with FNV-1a, and a hit is confirmed with `==`. Callers hash the
/// bytes as stored: keys that are equal but stored differently (canonically equivalent
/// strings in other normal forms) may miss each other, so a table may only be a cache, or
/// hold keys whose equal values are byte-identical (slugs are ASCII).
struct KeyIndexTable<Key: Equatable> {
    /// The keys in order of insertion, each with its hash and value (one array, reserved
    /// once: three arrays growing from empty cost more than the lookups they served).
    private var entries: [(key: Key, hash: UInt64, value: Int)] = []
    /// Open addressing with linear probing: positions into `keys`, -1 when empty. The count
    /// is a power of two and at most half the slots are used.
    private var slots: [Int]

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n *= 2 }
        slots = [Int](repeating: -1, count: n)
        entries.reserveCapacity(n / 2)
    }

    /// Number of keys.
    var count: Int { entries.count }

    /// The value stored for `key`, whose hash is `hash`.
    func value(for key: Key, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Self.start(hash, mask)
        while slots[i] >= 0 {
            let k = slots[i]
            if entries[k].hash == hash && entries[k].key == key { return entries[k].value }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key` (hash `hash`), replacing the value of an equal key.
    mutating func set(_ value: Int, for key: Key, hash: UInt64) {
        let mask = slots.count - 1
        var i = Self.start(hash, mask)
        while slots[i] >= 0 {
            let k = slots[i]
            if entries[k].hash == hash && entries[k].key == key { entries[k].value = value; return }
            i = (i + 1) & mask
        }
        entries.append((key, hash, value))
        slots[i] = entries.count - 1
        if entries.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for k in entries.indices {
            var i = Self.start(entries[k].hash, mask)
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = k
        }
    }

    /// The first slot for a hash: its high bits after a multiplicative mix (FNV's low bits
    /// alone cluster for keys that differ in their last bytes).
    private static func start(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// FNV-1a over bytes, strings and small values, fed in the order of a key's fields.
    struct Hash {
        private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

        init() {}

        mutating func add(_ byte: UInt8) {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }

        /// The string's UTF-8 bytes, then 0xFF (never a UTF-8 byte) so that `ab`+`c` and
        /// `a`+`bc` hash apart.
        mutating func add(_ string: String) {
            var s = string
            s.withUTF8 { for b in $0 { add(b) } }
            add(0xFF)
        }

        mutating func add(_ string: String?) {
            if let string { add(1); add(string) } else { add(0) }
        }

        mutating func add(_ int: Int) {
            var v = UInt64(bitPattern: Int64(int))
            for _ in 0..<8 { add(UInt8(truncatingIfNeeded: v)); v >>= 8 }
        }
    }
}

extension ActorKey {
    /// `KeyIndexTable.Hash` of the key: its case and every field, strings by their bytes.
    var tableHash: UInt64 {
        var h = KeyIndexTable<ActorKey>.Hash()
        switch self {
        case .entry(let i): h.add(1); h.add(i)
        case .collective(let root, let sector, let kind, let template):
            h.add(2); h.add(root); h.add(sector); h.add(kind.tableByte); h.add(template)
        case .person(let i): h.add(3); h.add(i)
        case .unknown(let n): h.add(4); h.add(n)
        case .candidate(let n): h.add(5); h.add(n)
        case .place(let n, let root): h.add(6); h.add(n); h.add(root)
        case .patronized(let root, let sector, let kind, let name, let patron):
            h.add(7); h.add(root); h.add(sector); h.add(kind.tableByte); h.add(name); h.add(patron)
        }
        return h.value
    }
}

extension ActorKind {
    /// A byte per kind for `ActorKey.tableHash` (its raw value's bytes, hashed per key, cost more).
    var tableByte: UInt8 {
        switch self {
        case .country: return 1
        case .person: return 2
        case .organization: return 3
        case .armedGroup: return 4
        case .population: return 5
        case .media: return 6
        case .location: return 7
        case .group: return 8
        case .unknown: return 9
        }
    }
}

extension String {
    /// `KeyIndexTable.Hash` of the string alone.
    var tableHash: UInt64 {
        var h = KeyIndexTable<String>.Hash()
        h.add(self)
        return h.value
    }
}
