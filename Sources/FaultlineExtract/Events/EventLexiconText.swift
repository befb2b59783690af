import Foundation

/// Reading helpers shared by the event, claim and CAMEO lexicon loaders.
///
/// Lexicons are UTF-8 text: one entry a line, `#` starts a comment line, blank lines are
/// skipped. Line numbers are 1-based so errors can name them.
enum EventLexiconText {
    /// Reads a file as UTF-8, naming the file when it cannot.
    static func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EventLexiconError(file: url.lastPathComponent, line: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EventLexiconError(file: url.lastPathComponent, line: 0, message: "not UTF-8 text")
        }
        return text
    }

    /// True when every scalar of `text` is one NFC leaves alone and none can combine with
    /// a neighbour (no combining marks): ASCII, Latin up to U+02FF, Latin Extended
    /// Additional (Vietnamese), general punctuation. Such text needs no normalising.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x205E).contains(v)
        }
    }

    /// Non-empty, non-comment lines with their 1-based line numbers; NFC-normalised,
    /// trailing `\r` removed.
    static func lines(_ text: String) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var n = 0
        for raw in text.lineSlices() {
            n += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.append((n, isNFC(line) ? line : line.precomposedStringWithCanonicalMapping))
        }
        return out
    }
}

/// A malformed line in an event, claim or CAMEO lexicon: names the file and the line.
public struct EventLexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Where the bundled event resources live.
enum EventResourceFiles {
    /// `Resources/` inside the module bundle.
    static var root: URL {
        if let u = Bundle.module.url(forResource: "Resources", withExtension: nil) { return u }
        return Bundle.module.bundleURL.appendingPathComponent("Resources")
    }
    static var sharedDirectory: URL { root.appendingPathComponent("shared") }
    static func directory(language: String) -> URL { root.appendingPathComponent(language) }
}
