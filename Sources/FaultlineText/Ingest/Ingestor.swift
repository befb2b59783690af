import Foundation
import FaultlineModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads articles into `Document`s: plain text, JSONL, HTML, folders and standard input.
///
/// Streaming: `read(_:each:)` hands over each document as soon as it is built, so a
/// million-line JSONL is processed in bounded memory (one line at a time); `readAll(_:)`
/// collects everything for small runs.
///
/// Inputs:
/// - **plain text** (`.txt`, `.md`, anything not listed below): the first non-empty line
///   is the title (unless it is over 300 characters: then the file has no title line), the
///   rest is the body. `name.vi.txt` / `name.en.txt` give the language.
/// - **JSONL** (`.jsonl`, `.ndjson`): one article per line with `id`, `title`, `text`,
///   `published` (a date or timestamp; its day is kept), `source`, `language`, `url`.
/// - **HTML** (`.html`, `.htm`): see `HTMLExtractor`; metadata from `<title>`/`<h1>`,
///   `<html lang>`, `article:published_time`, `og:site_name`, `og:url`/canonical.
/// - a **folder**: its `.txt`, `.jsonl`, `.html`, `.htm` and `.md` files (not `README`,
///   `LICENSE`, `CHANGELOG` and the like), recursively,
///   sorted by path; hidden files and folders are skipped.
/// - `-`: standard input, read as JSONL when it starts with `{`, else as text (HTML
///   when it starts with `<`).
///
/// The publication date: `--published` (`IngestOptions.published`), else what the input says
/// (JSONL `published`, HTML `<meta>`), else a `YYYY-MM-DD` or `YYYYMMDD` date in the file's
/// name (`2024-10-02-lebanon.txt`; not for JSONL lines or standard input), else none.
///
/// Document ids are the file stem (`aleppo.vi.txt` → `aleppo`) or the JSONL `id`
/// (`stem-LINE` when missing); an id met again gets `-2`, `-3`, … in reading order.
///
/// Bad input never stops the run: each problem is an `IngestError` naming the file (and
/// line and byte offset when known) and the remaining documents are still read. Invalid
/// UTF-8 is decoded with U+FFFD replacement and reported as a warning with the offset of
/// the first bad byte: the document is kept.
public struct Ingestor: Sendable {
    public var options: IngestOptions
    private var usedIDs: Set<String> = []
    private var checkedOverride = false
    private var publishedOverride: String?

    public static let articleExtensions: Set<String> = ["txt", "jsonl", "html", "htm", "md"]

    /// Files that describe a folder rather than hold an article (`README.md`, `LICENSE.txt`,
    /// `CHANGELOG.md`): skipped when a folder is read; named on the command line, they are read.
    static let projectFileStems: Set<String> = ["readme", "license", "licence", "changelog", "contributing", "notice", "authors"]

    static func isProjectFile(_ name: String) -> Bool {
        projectFileStems.contains((name as NSString).deletingPathExtension.lowercased())
    }

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    // MARK: - Public entry points

    /// Reads every input in order and collects the documents and problems.
    public mutating func readAll(_ inputs: [String]) -> IngestResult {
        var result = IngestResult()
        read(inputs) { item in
            switch item {
            case .document(let d): result.documents.append(d)
            case .issue(let e): result.issues.append(e)
            }
        }
        return result
    }

    /// Streams the documents and problems of several inputs, in order.
    public mutating func read(_ inputs: [String], each: (IngestItem) -> Void) {
        for input in inputs { read(input, each: each) }
    }

    /// Streams the documents and problems of one input: a file, a folder, or `-` for
    /// standard input.
    public mutating func read(_ input: String, each: (IngestItem) -> Void) {
        checkOverride(each)
        if input == "-" {
            read(handle: FileHandle.standardInput, label: "-", each: each)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            each(.issue(IngestError(file: input, message: "no such file or directory", kind: .missingFile)))
            return
        }
        if isDirectory.boolValue {
            readDirectory(input, each: each)
        } else {
            readFile(input, each: each)
        }
    }

    /// Streams documents from an open stream (standard input, a pipe): JSONL when the first
    /// non-blank byte is `{`, HTML when it is `<`, else plain text. `label` names the
    /// stream in messages and document origins; ids of a text document are `label` (`stdin`
    /// for `-`), of JSONL lines `label-LINE`.
    public mutating func read(handle: FileHandle, label: String, each: (IngestItem) -> Void) {
        checkOverride(each)
        let stem = label == "-" ? "stdin" : Self.stem(of: label).stem
        let first = (try? handle.read(upToCount: 64 * 1024)).flatMap { $0 } ?? Data()
        var k = 0
        let bytes = [UInt8](first)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { k = 3 }
        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
        if k < bytes.count, bytes[k] == UInt8(ascii: "{") {
            readJSONL(handle: handle, prefix: bytes, label: label, stem: stem, each: each)
            return
        }
        let format: Format = k < bytes.count && bytes[k] == UInt8(ascii: "<") ? .html : .text
        guard var all = readBytes(handle: handle, prefix: bytes, expectedSize: nil, label: label, each: each) else { return }
        readDocumentBytes(&all, format: format, label: label, stem: stem, languageHint: nil, each: each)
    }

    /// Builds one document from text already in memory, laid out like a plain-text file
    /// (first line = title). Throws `IngestError` (`emptyDocument`) when there is no text.
    public mutating func document(fromText text: String, id: String, origin: String? = nil,
                                  language: String? = nil, published: String? = nil,
                                  source: String? = nil, url: String? = nil) throws -> Document {
        let label = origin ?? id
        let (title, blocks) = Self.plainText(text, markdown: false)
        var found: Result<Document, IngestError>?
        build(idBase: id, origin: label, label: label, line: nil, title: title,
              blocks: blocks, languageHint: language, published: published.flatMap(PublishedDate.normalize),
              source: source, url: url) { item in
            switch item {
            case .document(let d): found = .success(d)
            case .issue(let e): if e.severity == .error { found = .failure(e) }
            }
        }
        switch found {
        case .success(let d): return d
        case .failure(let e): throw e
        case nil: throw IngestError(file: label, message: "empty document", kind: .emptyDocument)
        }
    }

    // MARK: - Inputs

    enum Format { case text, jsonl, html }

    static func format(ofExtension ext: String) -> Format {
        switch ext.lowercased() {
        case "jsonl", "ndjson": return .jsonl
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    /// File stem without extension and language suffix, and the language the suffix names.
    static func stem(of path: String) -> (stem: String, language: String?) {
        var name = (path as NSString).lastPathComponent
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        for lang in ["vi", "en"] where name.hasSuffix(".\(lang)") && name.count > 3 {
            return (String(name.dropLast(3)), lang)
        }
        return (name, nil)
    }

    private mutating func checkOverride(_ each: (IngestItem) -> Void) {
        guard !checkedOverride else { return }
        checkedOverride = true
        if let p = options.published {
            publishedOverride = PublishedDate.normalize(p)
            if publishedOverride == nil {
                each(.issue(IngestError(file: "--published", message: "\"\(p)\" is not a date (expected YYYY-MM-DD); ignored",
                                        kind: .invalidField)))
            }
        }
    }

    private mutating func readDirectory(_ path: String, each: (IngestItem) -> Void) {
        let fm = FileManager.default
        var files: [String] = []
        var pending = [path]
        while let dir = pending.popLast() {
            let names: [String]
            do {
                names = try fm.contentsOfDirectory(atPath: dir)
            } catch {
                each(.issue(IngestError(file: dir, message: "cannot read directory: \(Self.reason(error))", kind: .unreadableFile)))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let attributes = try? fm.attributesOfItem(atPath: full)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    pending.append(full)
                    continue
                }
                var isDirectory: ObjCBool = false
                // Symbolic links to folders are not followed (no cycles); links to files are read.
                if type == .typeSymbolicLink, fm.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                if Self.articleExtensions.contains(ext), !Self.isProjectFile(name) { files.append(full) }
            }
        }
        guard !files.isEmpty else {
            each(.issue(IngestError(file: path, message: "directory contains no articles (.txt, .jsonl, .html, .htm, .md)",
                                    kind: .noArticles)))
            return
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for f in files { readFile(f, each: each) }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }

    private mutating func readFile(_ path: String, each: (IngestItem) -> Void) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            let kind: IngestError.Kind = code == ENOENT ? .missingFile : .unreadableFile
            each(.issue(IngestError(file: path, message: "cannot read file: \(String(cString: strerror(code)))", kind: kind)))
            return
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let (stem, languageHint) = Self.stem(of: path)
        let format = Self.format(ofExtension: (path as NSString).pathExtension)
        if format == .jsonl {
            readJSONL(handle: handle, prefix: [], label: path, stem: stem, each: each)
            return
        }
        var info = stat()
        var size: Int?
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            size = Int(info.st_size)
            if Int(info.st_size) > options.maxDocumentBytes {
                each(.issue(tooLarge(file: path, line: nil, size: Int(info.st_size))))
                return
            }
        }
        guard var bytes = readBytes(handle: handle, prefix: [], expectedSize: size, label: path, each: each) else { return }
        readDocumentBytes(&bytes, format: format, label: path, stem: stem, languageHint: languageHint, each: each)
    }

    private func tooLarge(file: String, line: Int?, size: Int) -> IngestError {
        IngestError(file: file, line: line,
                    message: "document is \(Self.formatBytes(size)), over the limit of \(Self.formatBytes(options.maxDocumentBytes)) (\(Self.limitOption)); skipped",
                    kind: .tooLarge)
    }

    /// How the size-limit messages name the limit: the command-line flag and the library
    /// option, so both CLI users and library users know what to raise.
    static let limitOption = "--max-document-bytes, IngestOptions.maxDocumentBytes"

    static func formatBytes(_ n: Int) -> String {
        if n >= 1024 * 1024 { return String(format: "%.1f MB", Double(n) / 1048576) }
        if n >= 1024 { return String(format: "%.1f KB", Double(n) / 1024) }
        return "\(n) bytes"
    }

    /// Reads a whole stream, refusing more than `maxDocumentBytes`. `expectedSize` (a
    /// regular file's size) reserves the buffer once rather than growing it by doubling.
    private func readBytes(handle: FileHandle, prefix: [UInt8], expectedSize: Int?, label: String,
                           each: (IngestItem) -> Void) -> [UInt8]? {
        var bytes = prefix
        if let expectedSize { bytes.reserveCapacity(min(expectedSize, options.maxDocumentBytes) + 1) }
        do {
            while bytes.count <= options.maxDocumentBytes {
                guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { return bytes }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            each(.issue(IngestError(file: label, message: "cannot read file: \(Self.reason(error))", kind: .unreadableFile)))
            return nil
        }
        each(.issue(IngestError(file: label,
                                message: "document is over the limit of \(Self.formatBytes(options.maxDocumentBytes)) (\(Self.limitOption)); skipped",
                                kind: .tooLarge)))
        return nil
    }

    /// Decodes and lays out one document. The bytes are released once decoded, and the
    /// decoded text once normalised, so a large document is not held three times over
    /// while it is laid out.
    private mutating func readDocumentBytes(_ bytes: inout [UInt8], format: Format, label: String, stem: String,
                                            languageHint: String?, each: (IngestItem) -> Void) {
        var raw: String
        if let utf16 = ByteDecoding.decodeUTF16(bytes) {
            raw = utf16
        } else {
            if ByteDecoding.looksBinary(bytes) {
                each(.issue(IngestError(file: label, message: "binary file, skipped", kind: .binaryFile)))
                return
            }
            let (text, bad) = ByteDecoding.decode(bytes)
            if let bad {
                each(.issue(IngestError(file: label, byteOffset: bad,
                                        message: "invalid UTF-8 at byte \(bad) (first bad byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); decoded with U+FFFD replacement",
                                        severity: .warning, kind: .invalidUTF8)))
            }
            raw = text
        }
        bytes = []
        switch format {
        case .html:
            let page = HTMLExtractor.extract(raw)
            raw = ""
            let blocks = page.blocks.map {
                ArticleLayout.Block(text: Substring(TextNormalizer.normalize($0.text)), isCaption: $0.isCaption, hardLines: true,
                                    isByline: $0.isByline)
            }
            let published = page.published.flatMap(PublishedDate.normalize) ?? fileNameDate(label)
            build(idBase: stem, origin: label, label: label, line: nil,
                  title: page.title.map { TextNormalizer.normalize($0) }, blocks: blocks,
                  languageHint: languageHint ?? page.language, published: published,
                  source: page.siteName.map { TextNormalizer.normalize($0) }, url: page.url, each: each)
        case .text, .jsonl:
            let (title, blocks) = Self.plainText(raw, markdown: label.lowercased().hasSuffix(".md"))
            raw = ""
            build(idBase: stem, origin: label, label: label, line: nil, title: title, blocks: blocks,
                  languageHint: languageHint, published: fileNameDate(label), source: nil, url: nil, each: each)
        }
    }

    /// The title and paragraph blocks of a plain-text document. The normalised text is
    /// referred to by the blocks only, so the layout can let it go once it has the
    /// document's own text.
    static func plainText(_ raw: String, markdown: Bool) -> (title: String?, blocks: [ArticleLayout.Block]) {
        let (title, body) = splitTitle(TextNormalizer.normalize(raw), markdown: markdown)
        return (title, textBlocks(body))
    }

    /// The publication date a file's name gives (`2024-10-02-lebanon.txt`), the fallback when
    /// the file states none; never for standard input. `--published` still wins (see `build`).
    private func fileNameDate(_ label: String) -> String? {
        label == "-" ? nil : PublishedDate.fromFileName(label)
    }

    /// The first non-empty line as title (without `#` marks in Markdown) and the rest.
    static func splitTitle(_ text: String, markdown: Bool) -> (title: String?, body: Substring) {
        var rest = Substring(text)
        while let nl = rest.firstIndex(of: "\n") {
            let line = rest[..<nl]
            if !line.allSatisfy({ $0 == " " }) { break }
            rest = rest[rest.index(after: nl)...]
        }
        let end = rest.firstIndex(of: "\n") ?? rest.endIndex
        // A first line over the title length is body: its characters are counted only up
        // to the limit, and it is not copied (it may be the whole document).
        let line = rest[..<end].trimmingSpacesSlice
        guard !line.isEmpty, line.prefix(ArticleLayout.maxTitleCharacters + 1).count <= ArticleLayout.maxTitleCharacters
        else { return (nil, rest) }
        var first = String(line)
        if markdown {
            while first.hasPrefix("#") { first.removeFirst() }
            first = first.trimmingSpaces
        }
        return (first.isEmpty ? nil : first, rest[end...])
    }

    /// Paragraph blocks of a plain-text body: runs of lines separated by blank lines (lines
    /// of spaces only). Each block is a slice of `body`, not a copy; the text is normalised,
    /// so a line break is the byte `\n` and a line of spaces is made of the byte ` `.
    static func textBlocks(_ body: Substring) -> [ArticleLayout.Block] {
        var blocks: [ArticleLayout.Block] = []
        let u = body.utf8
        var blockStart: Substring.Index?  // start of the current block's first line
        var blockEnd = u.startIndex        // end of its last line
        var lineStart = u.startIndex
        var blank = true
        var i = u.startIndex
        while true {
            let atEnd = i == u.endIndex
            if atEnd || u[i] == 0x0A {
                if blank {
                    if let start = blockStart { blocks.append(.init(text: body[start..<blockEnd])); blockStart = nil }
                } else {
                    if blockStart == nil { blockStart = lineStart }
                    blockEnd = i
                }
                if atEnd { break }
                i = u.index(after: i)
                lineStart = i
                blank = true
                continue
            }
            if u[i] != 0x20 { blank = false }
            i = u.index(after: i)
        }
        if let start = blockStart { blocks.append(.init(text: body[start..<blockEnd])) }
        return blocks
    }

    // MARK: - JSONL

    private mutating func readJSONL(handle: FileHandle, prefix: [UInt8], label: String, stem: String,
                                    each: (IngestItem) -> Void) {
        var reader = LineReader(handle: handle, maxLineBytes: options.maxDocumentBytes, prefix: prefix)
        var produced = 0
        var sniffed = false
        while let line = reader.next() {
            if !sniffed {
                sniffed = true
                if ByteDecoding.looksBinary(line.bytes) {
                    each(.issue(IngestError(file: label, message: "binary file, skipped", kind: .binaryFile)))
                    return
                }
            }
            if let size = line.overflow {
                each(.issue(tooLarge(file: label, line: line.number, size: size)))
                produced += 1
                continue
            }
            if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            produced += 1
            if readJSONLine(line, label: label, stem: stem, each: each) { continue }
        }
        if produced == 0 {
            each(.issue(IngestError(file: label, message: "no articles (the JSONL input has no lines)", kind: .emptyDocument)))
        }
    }

    /// Builds the document of one JSONL line; false when the line was rejected.
    @discardableResult
    private mutating func readJSONLine(_ line: LineReader.Line, label: String, stem: String,
                                       each: (IngestItem) -> Void) -> Bool {
        func issue(_ message: String, _ kind: IngestError.Kind, offset: Int? = nil, _ severity: IngestError.Severity = .error) {
            each(.issue(IngestError(file: label, line: line.number, byteOffset: offset, message: message,
                                    severity: severity, kind: kind)))
        }
        let bad = line.bytes.withUnsafeBufferPointer { ByteDecoding.firstInvalidUTF8($0) }
        if let bad {
            issue("invalid UTF-8 at byte \(line.offset + bad) (column \(bad + 1)); decoded with U+FFFD replacement",
                  .invalidUTF8, offset: line.offset + bad, .warning)
        }
        let fields: [String: JSONLineParser.Value]
        switch JSONLineParser.parse(line.bytes) {
        case .failure(let f):
            issue("malformed JSON: \(f.message) at column \(f.offset + 1)", .malformedJSON, offset: line.offset + f.offset)
            return false
        case .success(.object(let o)):
            fields = o
        case .success:
            issue("malformed JSON: expected an object ({…}) with a \"text\" field", .malformedJSON, offset: line.offset)
            return false
        }
        func string(_ key: String) -> String? {
            switch fields[key] {
            case .string(let s)?: return s
            case .number(let n)?: return n
            default: return nil
            }
        }
        guard let textValue = fields["text"], textValue != .null else {
            issue("missing \"text\" field", .missingField)
            return false
        }
        guard case .string(let text) = textValue else {
            issue("\"text\" must be a string", .invalidField)
            return false
        }
        var published: String?
        if let p = string("published"), !p.trimmingSpaces.isEmpty {
            published = PublishedDate.normalize(p)
            if published == nil {
                issue("unrecognised date \"\(p.prefix(40))\" in \"published\"; ignored", .invalidField, offset: nil, .warning)
            }
        }
        let id = string("id").map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 } ?? "\(stem)-\(line.number)"
        let title = string("title").map { TextNormalizer.normalize($0) }.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        build(idBase: id, origin: "\(label):\(line.number)", label: label, line: line.number,
              title: title, blocks: Self.textBlocks(Substring(TextNormalizer.normalize(text))),
              languageHint: string("language"), published: published,
              source: string("source").map { TextNormalizer.normalize($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 },
              url: string("url").map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }, each: each)
        return true
    }

    // MARK: - Building documents

    /// Lays out and hands over one document. `blocks` is consumed: the layout releases
    /// them (and the text they are cut from) as soon as it has the document's text.
    private mutating func build(idBase: String, origin: String, label: String, line: Int?, title: String?,
                                blocks: consuming [ArticleLayout.Block], languageHint: String?, published: String?,
                                source: String?, url: String?, each: (IngestItem) -> Void) {
        let hadText = blocks.contains { $0.text.contains { !$0.isWhitespace } }
        let layout = ArticleLayout.layout(title: title, blocks: &blocks)
        let hasBody = layout.sentences.contains { $0.role != .title }
        if layout.sentences.isEmpty || (!hasBody && line != nil) {
            let message = hadText ? "empty document: only site boilerplate, no article text" : "empty document"
            each(.issue(IngestError(file: label, line: line, message: message, kind: .emptyDocument)))
            return
        }
        let language = options.language.flatMap(PublishedDate.languageTag)
            ?? languageHint.flatMap(PublishedDate.languageTag)
            ?? LanguageIdentifier.identify(layout.title + "\n" + String(decoding: layout.text.utf8.prefix(LanguageIdentifier.sampleBytes), as: UTF8.self))
        let id = uniqueID(idBase)
        let document = Document(id: id, title: layout.title, text: layout.text, language: language,
                                published: publishedOverride ?? published,
                                source: source ?? layout.inferredSource, url: url, origin: origin,
                                sentences: layout.sentences)
        each(.document(document))
    }

    /// `base`, or `base-2`, `base-3`, … when already used in this run.
    private mutating func uniqueID(_ base: String) -> String {
        let root = base.isEmpty ? "document" : base
        if usedIDs.insert(root).inserted { return root }
        var n = 2
        while !usedIDs.insert("\(root)-\(n)").inserted { n += 1 }
        return "\(root)-\(n)"
    }
}
