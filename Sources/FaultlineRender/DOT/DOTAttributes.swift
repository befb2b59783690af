/// An ordered list of DOT attributes; order is kept so output is deterministic.
///
/// Written as a dictionary literal: `["shape": "box", "label": .text(name)]`. A later
/// value for the same key replaces the earlier one in place.
public struct DOTAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public private(set) var pairs: [(key: String, value: DOTValue)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    public subscript(key: String) -> DOTValue? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    public func makeIterator() -> IndexingIterator<[(key: String, value: DOTValue)]> { pairs.makeIterator() }

    public static func == (a: DOTAttributes, b: DOTAttributes) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
    }
}
