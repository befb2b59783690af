import XCTest
import FaultlineModel
@testable import FaultlineText
#if canImport(Glibc)
import Glibc
#endif

/// Every kind of bad input gives a clear issue naming the file, and never stops the others.
final class BadInputTests: XCTestCase {
    var dir: URL!
    var good: String!

    override func setUpWithError() throws {
        dir = try TestSupport.temporaryDirectory(self)
        good = try TestSupport.write("Good\n\nThe army said the talks had failed.", to: "good.txt", in: dir)
    }

    func read(_ inputs: [String], options: IngestOptions = IngestOptions()) -> IngestResult {
        var ingestor = Ingestor(options: options)
        return ingestor.readAll(inputs)
    }

    func testMissingFile() {
        let missing = dir.appendingPathComponent("nope.txt").path
        let r = read([missing, good])
        XCTAssertEqual(r.documents.map(\.id), ["good"])
        XCTAssertEqual(r.errors.map(\.kind), [.missingFile])
        XCTAssertEqual(r.errors[0].description, "\(missing): no such file or directory")
        XCTAssertFalse(r.succeeded)
    }

    func testUnreadableFile() throws {
        // A Unix socket cannot be opened for reading, even by root.
        let path = dir.appendingPathComponent("sock.txt").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        XCTAssertLessThan(bytes.count, MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, b) in bytes.enumerated() { raw[k] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        let r = read([path, good])
        XCTAssertEqual(r.documents.map(\.id), ["good"])
        XCTAssertEqual(r.errors.map(\.kind), [.unreadableFile])
        XCTAssertTrue(r.errors[0].description.hasPrefix("\(path): cannot read file: "), r.errors[0].description)

        if getuid() != 0 {
            let locked = try TestSupport.write("T\n\nText.", to: "locked.txt", in: dir)
            chmod(locked, 0)
            XCTAssertEqual(read([locked]).errors.map(\.kind), [.unreadableFile])
        }
    }

    func testInvalidUTF8IsReplacedAndReportedAsWarning() throws {
        var bytes = Array("Tiêu đề\n\nQuân đội ".utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array(" rút lui khỏi thành phố.".utf8)
        let path = try TestSupport.write(Data(bytes), to: "bad.txt", in: dir)
        let r = read([path])
        XCTAssertEqual(r.errors, [])
        XCTAssertEqual(r.warnings.map(\.kind), [.invalidUTF8])
        XCTAssertEqual(r.warnings[0].byteOffset, offset)
        XCTAssertEqual(r.warnings[0].description,
                       "\(path): warning: invalid UTF-8 at byte \(offset) (first bad byte 0xC3); decoded with U+FFFD replacement")
        XCTAssertEqual(r.documents.first?.text, "Quân đội \u{FFFD}(\u{FFFD} rút lui khỏi thành phố.")
        XCTAssertTrue(r.succeeded)

        let jsonl = try TestSupport.write(Data(Array("{\"text\":\"ok\"}\n{\"text\":\"x".utf8) + [0xE2, 0x82] + Array(" y\"}\n".utf8)),
                                          to: "bad.jsonl", in: dir)
        let j = read([jsonl])
        XCTAssertEqual(j.documents.count, 2)
        XCTAssertEqual(j.warnings.map { "\($0.line ?? 0)@\($0.byteOffset ?? 0)" }, ["2@24"])
    }

    func testBinaryFilesAreSkipped() throws {
        let nul = try TestSupport.write(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]), to: "archive.txt", in: dir)
        let controls = try TestSupport.write(Data((0..<200).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) }), to: "ctl.txt", in: dir)
        let jsonl = try TestSupport.write(Data([0x7B, 0x00, 0x01, 0x02, 0x0A]), to: "bin.jsonl", in: dir)
        let r = read([nul, controls, jsonl, good])
        XCTAssertEqual(r.documents.map(\.id), ["good"])
        XCTAssertEqual(r.errors.map(\.description), [
            "\(nul): binary file, skipped", "\(controls): binary file, skipped", "\(jsonl): binary file, skipped",
        ])
        // UTF-16 with a byte-order mark is text, not binary.
        var utf16 = Data([0xFF, 0xFE])
        for unit in "Tiêu đề\n\nNga và Thổ Nhĩ Kỳ.".utf16 { utf16.append(UInt8(unit & 0xFF)); utf16.append(UInt8(unit >> 8)) }
        let u = read([try TestSupport.write(utf16, to: "utf16.txt", in: dir)])
        XCTAssertEqual(u.documents.first?.text, "Nga và Thổ Nhĩ Kỳ.")
    }

    func testEmptyDocuments() throws {
        let empty = try TestSupport.write("", to: "empty.txt", in: dir)
        let blank = try TestSupport.write(" \n\t\n\u{200B}\n", to: "blank.txt", in: dir)
        let furniture = try TestSupport.write("<html><body><nav>Menu</nav><script>x()</script></body></html>", to: "nav.html", in: dir)
        let onlyBoilerplate = try TestSupport.write("{\"text\":\"Chia sẻ:\\n\\nAdvertisement\"}", to: "bp.jsonl", in: dir)
        let emptyJSONL = try TestSupport.write("\n\n", to: "none.jsonl", in: dir)
        let r = read([empty, blank, furniture, onlyBoilerplate, emptyJSONL, good])
        XCTAssertEqual(r.documents.map(\.id), ["good"])
        XCTAssertEqual(r.errors.map(\.kind), Array(repeating: .emptyDocument, count: 5))
        XCTAssertEqual(r.errors[0].description, "\(empty): empty document")
        XCTAssertEqual(r.errors[3].description, "\(onlyBoilerplate):1: empty document: only site boilerplate, no article text")
    }

    func testDocumentSizeLimit() throws {
        let big = try TestSupport.write(String(repeating: "a", count: 5_000), to: "big.txt", in: dir)
        let lines = try TestSupport.write("{\"text\":\"short line of text.\"}\n{\"text\":\"" + String(repeating: "b", count: 5_000) + "\"}\n{\"text\":\"The last one.\"}\n",
                                          to: "lines.jsonl", in: dir)
        let r = read([big, lines, good], options: IngestOptions(maxDocumentBytes: 1_000))
        XCTAssertEqual(r.documents.map(\.id), ["lines-1", "lines-3", "good"])
        XCTAssertEqual(r.errors.map(\.description), [
            "\(big): document is 4.9 KB, over the limit of 1000 bytes (--max-document-bytes, IngestOptions.maxDocumentBytes); skipped",
            "\(lines):2: document is 4.9 KB, over the limit of 1000 bytes (--max-document-bytes, IngestOptions.maxDocumentBytes); skipped",
        ])
    }

    func testLongSingleLineDocumentWorks() throws {
        // A single line of most of a megabyte: no title line (too long for one), every sentence found.
        let sentence = "Quân đội Syria ngày 14/12 đẩy lui các cuộc tấn công tại TP. Aleppo. "
        let text = String(repeating: sentence, count: 10_000)  // about 750 KB, one line
        let path = try TestSupport.write(text, to: "long.txt", in: dir)
        let r = read([path])
        XCTAssertEqual(r.issues, [])
        let d = try XCTUnwrap(r.documents.first)
        XCTAssertEqual(d.title, "")
        XCTAssertEqual(d.sentences.count, 10_000)
        XCTAssertEqual(d.language, "vi")
    }

    func testMalformedJSONLineNamesFileAndLine() throws {
        let path = try TestSupport.write("{\"text\": \"ok\"}\n{\"text\": \"ok\",}\n", to: "c.jsonl", in: dir)
        let r = read([path])
        XCTAssertEqual(r.documents.count, 1)
        XCTAssertEqual(r.errors.map(\.description), ["\(path):2: malformed JSON: expected a quoted key, found '}' at column 15"])
        XCTAssertEqual(r.errors.first?.byteOffset, 29)
    }
}
