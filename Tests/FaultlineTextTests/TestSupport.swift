import Foundation
import XCTest
@testable import FaultlineText
import FaultlineModel

/// Helpers shared by the text tests: temporary files and the shared seed article.
enum TestSupport {
    /// A fresh temporary folder, removed when the test case ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("faultline-text-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    @discardableResult
    static func write(_ text: String, to name: String, in dir: URL) throws -> String {
        try write(Data(text.utf8), to: name, in: dir)
    }

    @discardableResult
    static func write(_ data: Data, to name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// The package root: the nearest folder above this file holding Package.swift.
    static func packageRoot(file: String = #filePath) -> URL? {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    /// Path of the shared seed article, or a skip when the shared folder is absent.
    static func seedPath() throws -> String {
        guard let root = packageRoot() else { throw XCTSkip("package root not found") }
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/seed/aleppo-2016-12-14.vi.txt").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("shared seed article not present") }
        return path
    }

    /// A document laid out from in-memory text (first line = title).
    static func document(_ text: String, id: String = "t") throws -> Document {
        var ingestor = Ingestor()
        return try ingestor.document(fromText: text, id: id)
    }

    static func sentences(_ d: Document, _ role: SentenceRole) -> [String] {
        d.sentences.filter { $0.role == role }.map(\.text)
    }
}
