import Foundation

/// An attribute value in DOT: ordinary text (always quoted and escaped) or an HTML-like label.
public enum DOTValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
                      ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// Text written as a quoted DOT string; any content is safe.
    case text(String)
    /// An HTML-like label written between `<` and `>`: markup built by the caller, whose
    /// text pieces went through `DOTEscaping.html(_:)`.
    case html(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .text(String(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .text(value ? "true" : "false") }

    /// A number with at most `digits` decimals and no trailing zeros (`1.5`, `2`), locale-free.
    public static func number(_ value: Double, digits: Int = 3) -> DOTValue {
        .text(DOTValue.format(value, digits: digits))
    }

    static func format(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(max(0, digits))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

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
