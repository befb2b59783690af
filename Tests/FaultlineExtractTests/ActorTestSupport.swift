import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Shared helpers for the actor tests: one built-in recognizer, sentences from plain text.
enum ActorTestSupport {
    static let recognizer: ActorRecognizer = {
        do { return try ActorRecognizer.builtIn() } catch { fatalError("built-in lexicon: \(error)") }
    }()

    /// Sentences from lines (one sentence per line, all body text).
    static func sentences(_ lines: [String]) -> [Sentence] {
        lines.enumerated().map { Sentence(index: $0.offset, text: $0.element, paragraph: $0.offset) }
    }

    static func recognize(_ lines: [String], language: String, date: String? = nil) -> ActorRecognition {
        recognizer.recognize(sentences(lines), language: language, date: date)
    }

    static func recognize(_ line: String, language: String) -> ActorRecognition {
        recognize([line], language: language)
    }

    /// The package root (the folder holding Package.swift), found from this file's path.
    static func packageRoot(file: String = #filePath) -> URL? {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return nil
    }

    /// `../shared/<path>` next to the package root, or nil when absent.
    static func sharedFile(_ path: String) -> URL? {
        guard let root = packageRoot() else { return nil }
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A compact dump for failure messages.
    static func dump(_ r: ActorRecognition) -> String {
        let actors = r.actors.map { "\($0.id) [\($0.kind.rawValue) \($0.code ?? "-")] \($0.aliases)" }.joined(separator: "\n")
        let mentions = r.mentions.map { "s\($0.sentence) '\($0.text)' → \($0.actor) (\($0.rule))" }.joined(separator: "\n")
        return actors + "\n--\n" + mentions
    }
}

extension ActorRecognition {
    /// Actor ids mentioned in a sentence.
    func ids(inSentence s: Int) -> Set<String> { Set(mentions.filter { $0.sentence == s }.map(\.actor)) }
    /// The code of an actor id.
    func code(_ id: String) -> String? { actor(id: id)?.code }
}
