import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Builds an `SVGElement` tree from XML text with Foundation's `XMLParser`.
final class SVGTreeParser: NSObject, XMLParserDelegate {
    private var stack: [SVGElement] = []
    private var root: SVGElement?
    private var pendingText = ""

    /// Parses `data`; returns the root element, or the parser's error message and line.
    static func parse(_ data: Data) -> Result<SVGElement, SVGParseFailure> {
        let builder = SVGTreeParser()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        // On Linux `parse()` can return true after an error (a premature end, for one),
        // so the error is checked as well, and every element must have closed: a picture
        // cut off part-way is refused, not closed for it.
        let ok = parser.parse() && parser.parserError == nil
        guard ok, let root = builder.root else {
            let message = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            return .failure(SVGParseFailure(message: message, line: parser.lineNumber, column: parser.columnNumber))
        }
        guard builder.stack.isEmpty else {
            return .failure(SVGParseFailure(message: "\(builder.stack.count) element(s) left open at the end (a truncated picture?)",
                                            line: parser.lineNumber, column: parser.columnNumber))
        }
        return .success(root)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        flushText()
        let element = SVGElement(name: qName ?? elementName, attributes: attributeDict)
        if let parent = stack.last { parent.children.append(.element(element)) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        flushText()
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        pendingText += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        pendingText += String(decoding: CDATABlock, as: UTF8.self)
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        stack.last?.children.append(.text(pendingText))
        pendingText = ""
    }
}

/// Why XML did not parse, with the parser's position.
struct SVGParseFailure: Error {
    var message: String
    var line: Int
    var column: Int
}
