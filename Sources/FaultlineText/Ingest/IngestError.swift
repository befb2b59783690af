/// A problem met while reading one input: which file (and line / byte when known), what
/// went wrong, and whether the document was still produced (`warning`) or skipped (`error`).
///
/// Ingestion never throws past a document: every problem becomes one of these values and
/// the other documents are still read. The description reads like a compiler diagnostic,
/// `corpus.jsonl:12: malformed JSON: expected ',' or '}' at column 40`, with `warning: `
/// before the message of a warning.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The document was read, with a repair (e.g. invalid UTF-8 replaced by U+FFFD).
        case warning
        /// The document (or the whole input) was skipped.
        case error
    }

    /// What went wrong, for programs that react to a kind rather than a message.
    public enum Kind: String, Sendable, Hashable, Codable {
        case missingFile, unreadableFile, noArticles, invalidUTF8, binaryFile, emptyDocument,
             tooLarge, malformedJSON, missingField, invalidField
    }

    /// The input as the user named it (`corpus.jsonl`, `dir/a.txt`, `-` for standard input).
    public var file: String
    /// 1-based line number for line-oriented inputs (JSONL), nil otherwise.
    public var line: Int?
    /// 0-based byte offset into the file, when the problem has a position.
    public var byteOffset: Int?
    public var message: String
    public var severity: Severity
    public var kind: Kind

    public init(file: String, line: Int? = nil, byteOffset: Int? = nil, message: String,
                severity: Severity = .error, kind: Kind) {
        self.file = file; self.line = line; self.byteOffset = byteOffset
        self.message = message; self.severity = severity; self.kind = kind
    }

    public var isWarning: Bool { severity == .warning }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if severity == .warning { s += "warning: " }
        return s + message
    }
}
