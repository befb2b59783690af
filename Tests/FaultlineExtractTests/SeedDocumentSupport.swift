import Foundation
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// Locates `../shared/data` and `../shared/seed` from the package root (the folder holding
/// Package.swift), or nil when absent.
func sharedFolder(_ name: String, file: String = #filePath) -> URL? {
    var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
    while dir.path != "/" {
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            let u = dir.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: u.path) ? u : nil
        }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

/// A small stand-in for the ingestion layer, for tests only: paragraphs at blank lines,
/// sentences at `. ` before a capital, and layout roles given by the caller per paragraph.
func makeDocument(id: String, text: String, language: String, published: String?,
                  roles: (Int, String) -> SentenceRole) -> Document {
    let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var sentences: [Sentence] = []
    for (p, para) in paragraphs.enumerated() {
        var current = ""
        let chars = Array(para)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            if chars[i] == ".", i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase {
                sentences.append(Sentence(index: sentences.count, text: current.trimmingCharacters(in: .whitespaces), paragraph: p, role: roles(p, para)))
                current = ""
            }
            i += 1
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty {
            sentences.append(Sentence(index: sentences.count, text: current.trimmingCharacters(in: .whitespaces), paragraph: p, role: roles(p, para)))
        }
    }
    let title = paragraphs.first ?? ""
    return Document(id: id, title: title, text: paragraphs.dropFirst().joined(separator: "\n\n"), language: language,
                    published: published, origin: "\(id).txt", sentences: sentences)
}

/// The seed article read by the ingestion layer (`Ingestor`), with its document date.
func seedDocument(published: String? = "2016-12-15") -> Document? {
    guard let dir = sharedFolder("seed") else { return nil }
    var ingestor = Ingestor(options: IngestOptions(published: published))
    let path = dir.appendingPathComponent("aleppo-2016-12-14.vi.txt")
    if published == nil {
        // The file's name carries a date, which would become the document date: read the
        // text alone so that the document has none.
        guard let text = try? String(contentsOf: path, encoding: .utf8) else { return nil }
        return try? ingestor.document(fromText: text, id: "aleppo-2016-12-14", origin: path.path, language: "vi")
    }
    return ingestor.readAll([path.path]).documents.first
}
