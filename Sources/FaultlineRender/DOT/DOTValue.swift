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
