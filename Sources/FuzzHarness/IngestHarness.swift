import Foundation
import FaultlineModel
import FaultlineText

/// Fuzz harness for ingestion: bytes → a plain-text, JSONL or HTML file (or a stream
/// whose format is sniffed) → `Ingestor` → documents, whose invariants are checked along
/// with those of the tokenizer, folding and sentence splitter on every sentence.
///
/// Input layout: one mode byte, then the file content.
/// - bits 0–1: `0` `.txt`, `1` `.jsonl`, `2` `.html`, `3` a stream (`read(handle:)`);
/// - bit 2: a 256-byte `maxDocumentBytes` limit (exercises the refusal paths);
/// - bit 3: `--language vi`; bit 4: `--published 2022-08-14`.
public enum IngestHarness {
    public static let formats = ["txt", "jsonl", "html", "stream"]

    /// The seed for `content` in `format` (0…3) with no options: the mode byte + content.
    public static func seed(_ content: [UInt8], format: Int) -> [UInt8] { [UInt8(format & 3)] + content }

    public static func run(_ bytes: [UInt8]) throws {
        var input = FuzzInput(bytes)
        let mode = input.byte()
        let content = input.rest()
        var options = IngestOptions()
        if mode & 4 != 0 { options.maxDocumentBytes = 256 }
        if mode & 8 != 0 { options.language = "vi" }
        if mode & 16 != 0 { options.published = "2022-08-14" }
        let format = formats[Int(mode & 3)]

        let path = try scratchFile(extension: format == "stream" ? "bin" : format, content)
        var documents: [Document] = []
        var issues: [IngestError] = []
        var ingestor = Ingestor(options: options)
        let collect: (IngestItem) -> Void = { item in
            switch item {
            case .document(let d): documents.append(d)
            case .issue(let e): issues.append(e)
            }
        }
        if format == "stream" {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw FuzzFailure("ingest", "cannot reopen \(path)") }
            ingestor.read(handle: handle, label: "-", each: collect)
            try? handle.close()
        } else {
            ingestor.read(path, each: collect)
        }
        try check(documents: documents, issues: issues, options: options, inputBytes: content.count)
    }

    /// Invariants of an ingestion result.
    public static func check(documents: [Document], issues: [IngestError], options: IngestOptions, inputBytes: Int) throws {
        var ids = Set<String>()
        for issue in issues {
            if issue.file.isEmpty || issue.message.isEmpty { throw FuzzFailure("ingest", "issue without file or message: \(issue)") }
            if let offset = issue.byteOffset, offset < 0 || offset > inputBytes {
                throw FuzzFailure("ingest", "issue byte offset \(offset) outside the input (\(inputBytes) bytes): \(issue)")
            }
        }
        for d in documents {
            guard !d.id.isEmpty, ids.insert(d.id).inserted else { throw FuzzFailure("ingest", "empty or repeated id «\(d.id)»") }
            try checkDocument(d, options: options)
        }
    }

    static func checkDocument(_ d: Document, options: IngestOptions) throws {
        let what = "ingest: document \(d.id)"
        if d.sentences.isEmpty { throw FuzzFailure(what, "a document without sentences") }
        if d.language.isEmpty || !d.language.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
            throw FuzzFailure(what, "language tag «\(d.language)»")
        }
        if let lang = options.language, d.language != lang { throw FuzzFailure(what, "language \(d.language), forced \(lang)") }
        if let p = d.published, !isISODate(p) { throw FuzzFailure(what, "published «\(p)» is not YYYY-MM-DD") }
        if let p = options.published, d.published != p { throw FuzzFailure(what, "published \(d.published ?? "nil"), forced \(p)") }
        try checkCleanText(d.title, what + " title", allowNewlines: false)
        try checkCleanText(d.text, what + " text", allowNewlines: true)
        for (k, s) in d.sentences.enumerated() {
            let sw = "\(what) sentence \(k)"
            if s.index != k { throw FuzzFailure(sw, "index \(s.index)") }
            if s.text.isEmpty { throw FuzzFailure(sw, "empty sentence") }
            if (s.role == .title) != (k == 0 && !d.title.isEmpty) { throw FuzzFailure(sw, "role \(s.role) at position \(k)") }
            try checkCleanText(s.text, sw, allowNewlines: true)
            try TextChecks.tokens(of: s.text, sw)
        }
        try TextChecks.sentenceRanges(of: d.text, what)
        let lang = LanguageIdentifier.identify(d.text)
        if !["vi", "en", "und"].contains(lang) { throw FuzzFailure(what, "language identifier answered «\(lang)»") }
        // The document survives JSON: well-formed, and read back unchanged.
        let data = try JSONOutput.data(d)
        try OutputChecks.json(String(decoding: data, as: UTF8.self), what + " JSON")
        let back = try JSONDecoder().decode(Document.self, from: data)
        if back != d { throw FuzzFailure(what, "JSON round trip changed the document") }
    }

    /// Normalised text: NFC, no control characters (other than line breaks where allowed),
    /// no zero-width, bidi or other format characters.
    static func checkCleanText(_ text: String, _ what: String, allowNewlines: Bool) throws {
        for s in text.unicodeScalars {
            if s == "\n" { if allowNewlines { continue } else { throw FuzzFailure(what, "line break in «\(text.prefix(80))»") } }
            switch s.properties.generalCategory {
            case .control, .format:
                throw FuzzFailure(what, "character U+\(String(s.value, radix: 16, uppercase: true)) survived normalisation")
            default: break
            }
        }
        if text != text.precomposedStringWithCanonicalMapping { throw FuzzFailure(what, "text is not NFC: «\(text.prefix(80))»") }
    }

    static func isISODate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }

    /// A file in this process's scratch folder holding `content` (rewritten on every call,
    /// in place: `FileManager`'s atomic writes cost milliseconds each, most of a run).
    static func scratchFile(extension ext: String, _ content: [UInt8]) throws -> String {
        let path = scratchDirectory + "/input." + ext
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw FuzzFailure("ingest", "cannot write \(path)") }
        defer { close(fd) }
        var written = 0
        while written < content.count {
            let n = content[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw FuzzFailure("ingest", "cannot write \(path)") }
            written += n
        }
        return path
    }

    /// A folder in memory when the system has one (`/dev/shm`), else the temporary folder.
    static let scratchDirectory: String = {
        let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        let dir = base + "faultline-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: IngestHarness.scratchDirectory) }
        return dir
    }()
}
