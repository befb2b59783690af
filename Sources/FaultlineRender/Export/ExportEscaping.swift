/// Escaping for the text formats the exporters and the report write.
///
/// Article text is hostile input: it may hold markup, quotes, control characters, bidi
/// overrides and very long runs. Every string that leaves Faultline inside XML, HTML or a
/// delimited table goes through one of these functions, never through ad-hoc replacing.
enum ExportEscaping {
    /// Whether XML 1.0 allows the scalar at all (`Char` production): C0 controls other than
    /// tab, LF and CR, and U+FFFE/U+FFFF make a document ill-formed even when escaped.
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Text content of an XML element: `& < >` escaped, characters XML forbids dropped.
    static func xmlText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: if isXMLChar(s) { out.append(s) }
            }
        }
        return String(out)
    }

    /// An XML attribute value for a double-quoted attribute: also `"` and `'`, and tab, LF
    /// and CR as character references so attribute-value normalisation keeps them.
    static func xmlAttribute(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isXMLChar(s) { out.append(s) }
            }
        }
        return String(out)
    }

    /// HTML text or attribute value (double- or single-quoted): `& < > " '` as entities;
    /// C0/C1 controls other than tab, LF, CR dropped (HTML treats them as parse errors).
    static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: if isHTMLChar(s) { out.append(s) }
            }
        }
        return String(out)
    }

    static func isHTMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0...0x1F, 0x7F...0x9F: return false
        default: return isXMLChar(s)
        }
    }

    /// One field of a tab-separated line: tabs, line breaks and other controls become a
    /// single space, so a value never splits a row or a column.
    static func tsvField(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var lastWasSpace = false
        for s in text.unicodeScalars {
            let isBreak = s.value < 0x20 || (0x7F...0x9F).contains(s.value)
                || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x85
            if isBreak {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(s)
                lastWasSpace = s == " "
            }
        }
        return String(out)
    }

    /// Text with every C0/C1 control except tab, LF and CR removed (JSON and CSV keep the rest).
    static func droppingControls(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || (0x7F...0x9F).contains(v) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// A token safe as an HTML id, URL fragment or CSS class: `prefix` plus `id` with every
    /// scalar outside `[A-Za-z0-9-]` written as `_hex_`, so distinct ids stay distinct.
    static func token(_ prefix: String, _ id: String) -> String {
        var out = prefix
        for s in id.unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" {
                out.unicodeScalars.append(s)
            } else {
                out += "_" + String(s.value, radix: 16) + "_"
            }
        }
        return out
    }
}
