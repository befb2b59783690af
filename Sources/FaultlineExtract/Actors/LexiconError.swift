/// A problem in a lexicon or dictionary file: which file, which line, what was wrong.
///
/// Loading never stops at a bad line: the line is skipped, an error is collected and the
/// rest of the file loads.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// File name (or the origin label given to an in-memory text).
    public var file: String
    /// 1-based line number; 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
