import ArgumentParser
import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract
import FaultlinePipeline

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how one sentence was read: tokens, lexicon matches, role and modality decisions, and the events and claims that came out.")

    @OptionGroup var input: InputOptions
    @Option(help: "0-based sentence index (as in analysis.json); omit to list the sentences.") var sentence: Int?
    @Option(help: "Which document of the input, by id (default: the first).") var document: String?

    func run() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("give the file to explain") }
        let pipeline = try Pipeline(options: input.pipelineOptions)
        var ingestor = Ingestor(options: input.pipelineOptions.ingest)
        let read = ingestor.readAll(input.inputs)
        for e in read.issues { Diagnostics.printError(e.description) }
        guard let doc = document.map({ id in read.documents.first { $0.id == id } }) ?? read.documents.first else {
            throw CommandError(document.map { "no document with id \($0) in the input" } ?? "the input has no document")
        }
        guard let index = sentence else {
            for s in doc.sentences { print("\(s.index)\t\(s.role.rawValue)\t\(s.text)") }
            return
        }
        guard let explanation = Explainer(extractor: pipeline.extractor).explain(doc, sentence: index) else {
            throw CommandError("\(doc.id): no sentence \(index) (the document has \(doc.sentences.count), numbered from 0)")
        }
        print(explanation)
    }
}
