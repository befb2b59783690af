import Foundation

/// Turning arbitrary text (article sentences, actor names: hostile input) into DOT.
///
/// Three layers have to be satisfied at once: the DOT lexer (quotes and backslashes),
/// Graphviz's label escapes (`\n`, `\N`, `\G` …, so a literal backslash must be doubled)
/// and the XML Graphviz writes. Graphviz 2.43 writes some attributes (`class`, `URL`,
/// `href`) into SVG without escaping `&`, and keeps anything that looks like an entity
/// (`&D;`) raw in ids and titles; so `&` is always written as `&amp;`, which Graphviz
/// decodes in labels and tooltips and leaves as a valid reference everywhere else.
public enum DOTEscaping {
    /// `text` as a double-quoted DOT string, safe for any id or attribute value.
    ///
    /// Control, bidi-override and invisible formatting characters are dropped (they make
    /// the XML invalid or let a label display something other than it contains); tabs
    /// become spaces; line breaks become Graphviz's `\n` (a centred line break in labels).
    public static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count + 2)
        out.append("\"")
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\n":
                if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}":
                out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(" ")
            default:
                if isKept(scalar) { out.append(scalar) }
            }
        }
        out.append("\"")
        return String(out)
    }

    /// Text for the inside of an HTML-like label (`<TD>…</TD>`): markup characters as
    /// entities, line breaks as spaces, the same characters dropped as in `quoted(_:)`.
    public static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{85}": out.append(" ")
            default:
                if isKept(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Attributes Graphviz writes into SVG as links, without escaping quotes or markup.
    static let urlAttributes: Set<String> = ["URL", "href", "edgeURL", "edgehref", "headURL", "headhref",
                                             "tailURL", "tailhref", "labelURL", "labelhref"]

    /// A link value with the characters URLs may not contain raw (`"`, `<`, `>`, `\`, space,
    /// `{`, `}`, `|`, `^`, backquote) percent-encoded: Graphviz 2.43 copies links into the SVG
    /// without escaping them, so a raw `"` would end the attribute.
    public static func urlSafe(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in sanitized(text).unicodeScalars {
            switch scalar {
            case "\"", "<", ">", "\\", " ", "{", "}", "|", "^", "`", "\n", "\t":
                out += "%" + String(format: "%02X", scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` without the characters `quoted(_:)` drops, line breaks kept; for measuring
    /// and shortening labels before they are quoted.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar == "\n" || scalar == "\t" || isKept(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether a character other than the ones handled explicitly may appear in DOT output.
    static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F:                  // C0 and C1 controls
            return false
        case 0x200B, 0xFEFF, 0x2060:                    // zero-width space, BOM, word joiner
            return false
        case 0x200E, 0x200F, 0x061C:                    // LRM, RLM, Arabic letter mark
            return false
        case 0x202A...0x202E, 0x2066...0x2069:          // bidi embeddings, overrides, isolates
            return false
        case 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF:           // noncharacters (U+FFFE/FFFF are not XML)
            return false
        default:
            return true
        }
    }
}
