import Foundation
import FaultlineModel

/// A gold temporal expression read from a TimeML file.
public struct GoldTimex: Sendable, Hashable {
    public var tid: String
    public var type: TimexType?
    /// nil when the annotator left the value out.
    public var value: String?
    public var mod: String?
    /// UTF-8 offsets into `TimeMLDocument.text`.
    public var start: Int
    public var end: Int
    public var text: String
}

/// A TimeML document: its id, creation time, plain text and gold expressions.
public struct TimeMLDocument: Sendable, Hashable {
    public var id: String
    /// `YYYY-MM-DD` from the `<DCT>` element, nil when absent.
    public var dct: String?
    /// The content of `<TEXT>` with every tag removed and entities decoded.
    public var text: String
    public var timexes: [GoldTimex]
}

/// An error reading a TimeML file, naming the file and line.
public struct TimeMLError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads TimeML (TempEval-3, WikiWars TIMEX3): `<DCT>` and `<TEXT>` with inline `<TIMEX3>`.
///
/// A small hand-written reader rather than an XML parser: gold files in the wild contain
/// stray tags around text and other inline elements (`EVENT`, `SIGNAL`), which are
/// skipped; only `TIMEX3` inside `TEXT` becomes a gold expression. WikiWars files repeat
/// the creation time as a `TIMEX3` inside `TEXT` (the header line); it is kept, as the
/// TempEval scorer keeps it.
public enum TimeMLReader {
    public static func read(contentsOf url: URL) throws -> TimeMLDocument {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TimeMLError(file: url.lastPathComponent, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        let source = String(decoding: data, as: UTF8.self)
        var stem = url.deletingPathExtension().lastPathComponent
        if stem.hasSuffix(".key") { stem = String(stem.dropLast(4)) }
        return try parse(source, id: stem, file: url.lastPathComponent)
    }

    public static func parse(_ source: String, id: String, file: String = "-") throws -> TimeMLDocument {
        let bytes = Array(source.utf8)
        var docID = id
        var dct: String?
        var text: [UInt8] = []
        var timexes: [GoldTimex] = []
        var inText = false, inDCT = false, textSeen = false
        var open: (attrs: [String: String], start: Int, line: Int)?
        var line = 1
        var i = 0

        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                guard let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                    throw TimeMLError(file: file, line: line, message: "unclosed '<'")
                }
                let tag = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                line += tag.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                let (name, attrs, closing) = parseTag(tag)
                switch name.uppercased() {
                case "TEXT":
                    inText = !closing
                    if !closing { textSeen = true }
                case "DCT":
                    inDCT = !closing
                case "DOCID" where !closing:
                    if let end = findSubsequence(Array("</DOCID>".utf8), in: bytes, from: close + 1) {
                        docID = String(decoding: bytes[(close + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                case "TIMEX3":
                    if inDCT, !closing, dct == nil {
                        dct = attrs["value"].map { String($0.prefix(10)) }
                    } else if inText, !closing {
                        if open != nil { throw TimeMLError(file: file, line: line, message: "nested TIMEX3") }
                        open = (attrs, text.count, line)
                    } else if inText, closing, let o = open {
                        let surface = String(decoding: text[o.start..<text.count], as: UTF8.self)
                        timexes.append(GoldTimex(tid: o.attrs["tid"] ?? "", type: o.attrs["type"].flatMap(TimexType.init(rawValue:)),
                                                 value: o.attrs["value"].flatMap { $0.isEmpty ? nil : $0 },
                                                 mod: o.attrs["mod"], start: o.start, end: text.count, text: surface))
                        open = nil
                    }
                default:
                    break
                }
                i = close + 1
                continue
            }
            if b == 10 { line += 1 }
            if inText {
                if b == UInt8(ascii: "&"), let semi = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                    let entity = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
                    if let decoded = decodeEntity(entity) {
                        text.append(contentsOf: Array(decoded.utf8))
                        i = semi + 1
                        continue
                    }
                }
                text.append(b)
            }
            i += 1
        }
        guard textSeen else { throw TimeMLError(file: file, line: line, message: "no <TEXT> element") }
        if open != nil { throw TimeMLError(file: file, line: line, message: "unclosed TIMEX3") }
        return TimeMLDocument(id: docID, dct: dct, text: String(decoding: text, as: UTF8.self), timexes: timexes)
    }

    /// Name, attributes and whether it is a closing tag, from the inside of `<…>`.
    static func parseTag(_ tag: String) -> (String, [String: String], Bool) {
        var s = Substring(tag)
        var closing = false
        if s.hasPrefix("/") { closing = true; s = s.dropFirst() }
        if s.hasPrefix("?") || s.hasPrefix("!") { return ("", [:], false) }
        if s.hasSuffix("/") { s = s.dropLast() }
        let nameEnd = s.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? s.endIndex
        let name = String(s[..<nameEnd])
        var attrs: [String: String] = [:]
        var rest = s[nameEnd...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: eq)...].drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let endQuote = after.firstIndex(of: quote) else { break }
            attrs[key] = decodeEntities(String(after[..<endQuote]))
            rest = after[after.index(after: endQuote)...]
        }
        return (name, attrs, closing)
    }

    static func decodeEntity(_ e: String) -> String? {
        switch e {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if e.hasPrefix("#x"), let v = UInt32(e.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { return String(Character(u)) }
            if e.hasPrefix("#"), let v = UInt32(e.dropFirst()), let u = Unicode.Scalar(v) { return String(Character(u)) }
            return nil
        }
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";"), let d = decodeEntity(String(after[..<semi])) {
                out += d
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    static func findSubsequence(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
