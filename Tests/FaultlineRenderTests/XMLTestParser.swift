import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses exported XML back with `XMLParser` (namespace-aware) for the tests: every
/// element with its attributes, text and parent, or the parser's error.
final class XMLTestParser: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var namespace: String?
        var attributes: [String: String]
        var text: String
        var parent: Int?
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []

    static func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLTestParser {
        let collector = XMLTestParser()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        guard parser.parse() else {
            XCTFail("not well-formed XML (line \(parser.lineNumber)): \(String(describing: parser.parserError))", file: file, line: line)
            throw XCTSkip("unparseable")
        }
        return collector
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parserDidStartDocument(_ parser: XMLParser) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(Element(name: elementName, namespace: namespaceURI, attributes: attributeDict, text: "", parent: stack.last))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { elements[i].text += string }
    }
}
