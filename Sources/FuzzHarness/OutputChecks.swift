import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that an output stays well-formed and inert whatever text went into it.
///
/// "Inert" means that nothing taken from an article can run or load anything: no
/// `<script>` element other than the page's own, no event-handler (`on…`) attribute, no
/// `javascript:`/`vbscript:` URL, no link leaving the document. Each check throws a
/// `FuzzFailure` naming the output and what is wrong, so the same functions serve the
/// fuzzers and the hostile-content tests.
public enum OutputChecks {
    // MARK: - XML and SVG

    /// Attributes whose value a browser loads or follows as a URL (local names, lower case).
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "data", "poster", "background", "lowsrc", "dynsrc", "codebase",
        "cite", "longdesc", "usemap", "srcset",
    ]
    /// Attributes of SVG animation that can assign a URL to another attribute.
    static let animationAttributes: Set<String> = ["from", "to", "values", "by"]

    /// Elements that run code or embed other documents.
    static let activeElements: Set<String> = ["script", "foreignobject", "iframe", "object", "embed", "handler", "listener", "frame"]

    /// `text` parses as XML; returns the elements seen (name and attributes, in order).
    @discardableResult
    public static func xml(_ text: String, _ what: String) throws -> [(name: String, attributes: [String: String])] {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // FoundationXML's `parse()` returns true for some documents libxml2 rejects (an
        // element left open, text after the root) and only sets `parserError`, so both
        // are checked, and the elements must close as they opened.
        guard parser.parse(), parser.parserError == nil, collector.open == 0 else {
            let reason = parser.parserError.map { "XMLParser error \(($0 as NSError).code)" } ?? "\(collector.open) element(s) left open"
            throw FuzzFailure(what, "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(reason)"
                              + " near «\(excerpt(text, line: parser.lineNumber))»")
        }
        guard collector.elements.count > 0 else { throw FuzzFailure(what, "XML without elements") }
        return collector.elements
    }

    /// `text` is well-formed XML and inert (see the type's summary).
    public static func inertXML(_ text: String, _ what: String) throws {
        for element in try xml(text, what) {
            try inertElement(name: element.name, attributes: element.attributes, what)
        }
    }

    /// An SVG picture: well-formed, `<svg>` root, inert.
    public static func svg(_ text: String, _ what: String) throws {
        let elements = try xml(text, what)
        guard let root = elements.first, localName(root.name) == "svg" else {
            throw FuzzFailure(what, "the root element is not <svg>")
        }
        for element in elements { try inertElement(name: element.name, attributes: element.attributes, what) }
    }

    static func inertElement(name: String, attributes: [String: String], _ what: String) throws {
        if activeElements.contains(localName(name).lowercased()) {
            throw FuzzFailure(what, "active element <\(name)>")
        }
        for (key, value) in attributes {
            try inertAttribute(key, value, element: name, what)
        }
    }

    static func inertAttribute(_ key: String, _ value: String, element: String, _ what: String) throws {
        let lower = localName(key).lowercased()
        if lower.hasPrefix("on") {
            throw FuzzFailure(what, "event-handler attribute \(key)=\"\(value.prefix(60))\" on <\(element)>")
        }
        guard urlAttributes.contains(lower) || animationAttributes.contains(lower) || lower == "style" else { return }
        let squeezed = squeeze(value)
        if has(squeezed, "javascript:") || has(squeezed, "vbscript:") {
            throw FuzzFailure(what, "script URL in \(key) on <\(element)>")
        }
        if lower == "style" {
            if has(squeezed, "expression(") || has(squeezed, "@import") || squeezed.utf8.count(of: "url(") > squeezed.utf8.count(of: "url(#") {
                throw FuzzFailure(what, "style that loads or runs something on <\(element)>: \(value.prefix(80))")
            }
            return
        }
        if urlAttributes.contains(lower) {
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !v.hasPrefix("#"), !squeezed.hasPrefix("data:image/") {
                throw FuzzFailure(what, "link leaving the document: \(key)=\"\(value.prefix(60))\" on <\(element)>")
            }
        }
    }

    // MARK: - HTML

    /// An HTML page: tags balanced, `&` only as entities, exactly `scripts` script elements
    /// (the page's own), no handler attributes or script URLs, each inline `<svg>` a
    /// well-formed inert XML fragment.
    public static func html(_ text: String, _ what: String, scripts expectedScripts: Int) throws {
        let page = try HTMLScan.scan(text, what)
        if page.scripts != expectedScripts {
            throw FuzzFailure(what, "\(page.scripts) <script> element(s), expected \(expectedScripts)")
        }
        for svg in page.svgFragments where !svg.isEmpty {
            // Inline SVG in HTML may use the `xlink:` prefix undeclared (the HTML parser
            // knows it); declare it so that the fragment can be read as XML.
            var xml = svg
            if !svg.contains("xmlns:xlink"), let space = svg.firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" }) {
                xml.insert(contentsOf: " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", at: space)
            }
            try inertXML(xml, what + " (inline SVG)")
        }
    }

    // MARK: - JSON, tables

    /// `text` is one JSON value; returns it.
    @discardableResult
    public static func json(_ text: String, _ what: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw FuzzFailure(what, "not valid JSON: \(error) near «\(text.prefix(120))»")
        }
    }

    /// Every non-empty line is one JSON object; returns the number of lines.
    @discardableResult
    public static func jsonLines(_ text: String, _ what: String) throws -> Int {
        var count = 0
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard try json(String(line), "\(what) line \(k + 1)") is [String: Any] else {
                throw FuzzFailure(what, "line \(k + 1) is not a JSON object")
            }
            count += 1
        }
        return count
    }

    /// RFC 4180 CSV: every record has as many fields as the header; returns the records
    /// (header included).
    @discardableResult
    public static func csv(_ text: String, _ what: String) throws -> [[String]] {
        var records: [[String]] = []
        var field = "", record: [String] = []
        var quoted = false, atFieldStart = true, afterQuote = false
        let scalars = Array(text.unicodeScalars)
        var recordStart = 0
        func fail(_ message: String, at i: Int) -> FuzzFailure {
            let context = String(String.UnicodeScalarView(scalars[max(recordStart, i - 60)..<i])) + "⟦HERE⟧" + String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 20)]))
            return FuzzFailure(what, "\(message) in record \(records.count + 1): «\(context.prefix(300))»")
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" { field.unicodeScalars.append("\""); i += 1; continue }
                    quoted = false; afterQuote = true
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case "\"": throw fail("quote inside an unquoted field", at: i)
            case ",":
                record.append(field); field = ""; atFieldStart = true; afterQuote = false
            case "\r":
                guard i < scalars.count, scalars[i] == "\n" else { throw fail("bare CR", at: i) }
                i += 1
                fallthrough
            case "\n":
                record.append(field); records.append(record)
                field = ""; record = []; atFieldStart = true; afterQuote = false
                recordStart = i
            default:
                if afterQuote { throw fail("text after a closing quote", at: i) }
                field.unicodeScalars.append(c); atFieldStart = false
            }
        }
        if quoted { throw FuzzFailure(what, "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let header = records.first else { throw FuzzFailure(what, "no header row") }
        for (k, r) in records.enumerated() where r.count != header.count {
            throw FuzzFailure(what, "record \(k + 1) has \(r.count) fields, the header \(header.count)")
        }
        return records
    }

    /// Tab-separated lines with as many columns as the header; no control characters other
    /// than the separators. Returns the number of rows (header included).
    @discardableResult
    public static func tsv(_ text: String, _ what: String) throws -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.last == "" ? lines.dropLast() : lines[...]
        guard let header = rows.first else { throw FuzzFailure(what, "no header row") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).count
        for (k, row) in rows.enumerated() {
            let n = row.split(separator: "\t", omittingEmptySubsequences: false).count
            if n != columns { throw FuzzFailure(what, "row \(k + 1) has \(n) columns, the header \(columns)") }
            if row.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
                throw FuzzFailure(what, "control character in row \(k + 1)")
            }
        }
        return rows.count
    }

    // MARK: - Helpers

    /// Whether `needle` occurs in `text` byte for byte. `String.contains` compares
    /// characters, so `javascript:` followed by a combining mark (one character with the
    /// colon) would not be found by it.
    static func has(_ text: String, _ needle: String) -> Bool { text.utf8.count(of: needle) > 0 }

    static func localName(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }

    /// Lower-cased with whitespace and control characters removed, as browsers read URLs.
    static func squeeze(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.lowercased().unicodeScalars where u.value > 0x20 && !(0x7F...0x9F).contains(u.value) { out.append(u) }
        return String(out)
    }

    static func excerpt(_ text: String, line: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        return String(lines[line - 1].prefix(160))
    }

    final class XMLCollector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var open = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append((elementName, attributeDict))
            open += 1
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open -= 1
        }
    }
}

extension String.UTF8View {
    /// Occurrences of `needle`'s bytes (overlapping ones counted once each start).
    func count(of needle: String) -> Int {
        let n = Array(needle.utf8), h = Array(self)
        guard !n.isEmpty, h.count >= n.count else { return 0 }
        var count = 0
        for i in 0...(h.count - n.count) where h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) { count += 1 }
        return count
    }
}
