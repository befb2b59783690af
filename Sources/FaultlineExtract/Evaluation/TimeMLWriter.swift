import FaultlineModel

/// Writes text with inline `<TIMEX3>` tags as a TimeML document that TempEval-3 scorers read.
public enum TimeMLWriter {
    /// A TimeML document for `text`.
    ///
    /// - Parameters:
    ///   - text: the text the expressions' UTF-8 offsets point into.
    ///   - dct: document creation time `YYYY-MM-DD`, written as `<DCT>` (`t0`); omitted when nil.
    ///   - expressions: tagged expressions; ones overlapping an earlier one or lying outside
    ///     the text are skipped (inline markup cannot nest them).
    ///   - docID: written as `<DOCID>` when given.
    /// - Returns: well-formed XML; text and attribute values are escaped.
    public static func write(text: String, dct: String?, expressions: [TimeExpression], docID: String? = nil) -> String {
        let bytes = Array(text.utf8)
        var out = "<?xml version=\"1.0\" ?>\n"
        out += "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n"
        if let docID { out += "<DOCID>\(escape(docID))</DOCID>\n" }
        if let dct {
            out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(escape(dct))\" temporalFunction=\"false\" "
            out += "functionInDocument=\"CREATION_TIME\">\(escape(dct))</TIMEX3></DCT>\n"
        }
        out += "<TEXT>"
        let sorted = expressions.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        var cursor = 0
        var tid = 0
        for e in sorted {
            guard e.start >= cursor, e.end > e.start, e.end <= bytes.count else { continue }
            out += escape(String(decoding: bytes[cursor..<e.start], as: UTF8.self))
            tid += 1
            out += "<TIMEX3 tid=\"t\(tid)\" type=\"\(e.type.rawValue)\" value=\"\(escape(e.value))\">"
            out += escape(String(decoding: bytes[e.start..<e.end], as: UTF8.self))
            out += "</TIMEX3>"
            cursor = e.end
        }
        out += escape(String(decoding: bytes[cursor...], as: UTF8.self))
        out += "</TEXT>\n</TimeML>\n"
        return out
    }

    /// Escapes `& < > " '` and drops characters XML 1.0 forbids.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = u.value
                if v < 0x20 && v != 0x9 && v != 0xA && v != 0xD { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
