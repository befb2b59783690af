import XCTest
import FaultlineModel
@testable import FaultlineText

final class IngestorFolderTests: XCTestCase {
    func testFolderIsReadRecursivelySortedAndFiltered() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        try TestSupport.write("B\n\nThe army advanced.", to: "b.txt", in: dir)
        try TestSupport.write("A\n\nQuân đội tiến công.", to: "a.vi.txt", in: dir)
        try TestSupport.write("{\"id\":\"j1\",\"text\":\"The rebels withdrew from the town.\"}\n", to: "sub/c.jsonl", in: dir)
        try TestSupport.write("<html><body><p>The page has text in it.</p></body></html>", to: "sub/deeper/d.htm", in: dir)
        try TestSupport.write("# M\n\nThe body of the note is here.", to: "sub/e.md", in: dir)
        try TestSupport.write("Hidden\n\nSkip me.", to: ".hidden.txt", in: dir)
        try TestSupport.write("Hidden\n\nSkip me too.", to: ".git/x.txt", in: dir)
        try TestSupport.write("ignored", to: "notes.csv", in: dir)
        try TestSupport.write("# About this corpus\n\nIt has five articles.", to: "README.md", in: dir)
        try TestSupport.write("Licence text.", to: "sub/LICENSE.txt", in: dir)
        try TestSupport.write(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]), to: "photo.png", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([dir.path])
        XCTAssertEqual(r.issues, [])
        // Markdown articles are read; a folder's README and LICENSE files describe it and are not.
        XCTAssertEqual(r.documents.map(\.id), ["a", "b", "j1", "d", "e"])
        XCTAssertEqual(r.documents.map(\.language), ["vi", "en", "en", "en", "en"])
    }

    func testDirectoryWithoutArticles() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        try TestSupport.write("a,b", to: "data.csv", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        var ingestor = Ingestor()
        let r = ingestor.readAll([dir.path])
        XCTAssertEqual(r.documents, [])
        XCTAssertEqual(r.errors.map(\.kind), [.noArticles])
        XCTAssertEqual(r.errors.first?.description, "\(dir.path): directory contains no articles (.txt, .jsonl, .html, .htm, .md)")
    }

    func testSymlinkedFoldersAreNotFollowed() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        try TestSupport.write("T\n\nBody text.", to: "a/x.txt", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("a/loop").path, withDestinationPath: dir.path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: dir.appendingPathComponent("a/x.txt").path)
        var ingestor = Ingestor()
        XCTAssertEqual(ingestor.readAll([dir.path]).documents.map(\.id), ["x", "link"])
    }
}
