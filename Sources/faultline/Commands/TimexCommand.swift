import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Tag temporal expressions (TIMEX3) in articles and print TimeML or JSON.",
        discussion: "TimeML output has a <DCT> and inline <TIMEX3 tid type value> tags, so TempEval-3 scorers read it. With several documents and no --out, documents follow one another on standard output.")

    enum Format: String, ExpressibleByArgument { case timeml, json }

    @Argument(help: "Articles (.txt, .jsonl, .html, folders, or -).") var inputs: [String]
    @Option(help: "Publication date (YYYY-MM-DD) used as the document creation time when a document gives none.") var published: String?
    @Option(help: "Language when a document does not say (vi or en).") var language: String?
    @Option(help: "news or narrative anchoring.") var mode: TemporalMode = .news
    @Option(help: "timeml or json.") var format: Format = .timeml
    @Option(help: ArgumentHelp("Write one file per document into this folder.", valueName: "dir")) var out: String?

    func validate() throws {
        if let p = published, !DateArgument.isDay(p) { throw ValidationError("--published \(p): expected YYYY-MM-DD") }
    }

    func run() throws {
        var ingestor = Ingestor(options: IngestOptions(published: published, language: language))
        var failed = false
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        for input in inputs {
            try ingestor.readThrowing(input) { item in
                switch item {
                case .issue(let e):
                    Diagnostics.printError(e.description)
                    if e.severity == .error { failed = true }
                case .document(let doc):
                    let text = doc.title.isEmpty ? doc.text : doc.title + "\n\n" + doc.text
                    let tagger = TimeTagger(language: doc.language, mode: mode)
                    let found = tagger.tag(text, dct: doc.published)
                    let rendered: String
                    switch format {
                    case .timeml:
                        rendered = TimeMLWriter.write(text: text, dct: doc.published, expressions: found, docID: doc.id)
                    case .json:
                        struct Out: Encodable { var document: String; var dct: String?; var timexes: [TimeExpression] }
                        rendered = try JSONOutput.string(Out(document: doc.id, dct: doc.published, timexes: found))
                    }
                    if let out {
                        let ext = format == .timeml ? "tml" : "json"
                        try OutputSink.write(rendered, to: URL(fileURLWithPath: out).appendingPathComponent("\(doc.id).\(ext)").path)
                    } else {
                        try OutputSink.write(rendered.hasSuffix("\n") ? rendered : rendered + "\n", to: nil)
                    }
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

extension Ingestor {
    /// `read` with a body that may throw: the first error stops this input and is rethrown.
    mutating func readThrowing(_ input: String, _ body: (IngestItem) throws -> Void) throws {
        var failure: Error?
        read(input) { item in
            guard failure == nil else { return }
            do { try body(item) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
