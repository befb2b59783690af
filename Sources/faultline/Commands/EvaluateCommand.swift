import ArgumentParser
import Foundation
import FaultlineExtract
import FaultlinePipeline

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score Faultline against gold data (TimeML folders, PLOVER gold records).",
        subcommands: [EvaluateTimex.self, EvaluateActors.self, EvaluateEvents.self])
}

struct EvaluateTimex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score temporal tagging on a folder of gold .tml files (TempEval-3 measures).")
    @Option(help: ArgumentHelp("Folder of gold TimeML files.", valueName: "dir")) var gold: String
    @Option(help: "news or narrative anchoring (WikiWars is narrative).") var mode: TemporalMode = .narrative
    @Option(help: "Language of the gold texts.") var language: String = "en"
    @Flag(help: "Also print every difference from the gold.") var differences = false

    func run() throws {
        let url = URL(fileURLWithPath: gold)
        let (scores, diffs) = try TimexEvaluation.evaluate(goldDirectory: url, mode: mode, language: language)
        if differences { for d in diffs { print(d) } }
        print(scores)
    }
}

struct EvaluateActors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Score actor country codes and sectors against PLOVER gold records.")
    @Option(help: ArgumentHelp("PLOVER gold records (JSON array).", valueName: "file")) var ploverGsr: String
    @Option(name: .customLong("dictionaries"), help: ArgumentHelp("Also load PETRARCH dictionaries from this folder.", valueName: "dir"))
    var dictionaries: [String] = []
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Also load actor TSV files from this folder.", valueName: "dir"))
    var lexicons: [String] = []

    func run() throws {
        var recognizer = try ActorRecognizer.builtIn()
        var failed = false
        for d in lexicons {
            for e in recognizer.loadLexicon(directory: URL(fileURLWithPath: d)) { Diagnostics.printError("error: \(e)"); failed = true }
        }
        for d in dictionaries {
            for e in recognizer.loadPetrarch(directory: URL(fileURLWithPath: d)) { Diagnostics.printError("error: \(e)"); failed = true }
        }
        print(try ActorEvaluation.run(gsrFile: URL(fileURLWithPath: ploverGsr), recognizer: recognizer))
        if failed { throw ExitCode(1) }
    }
}

struct EvaluateEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score event coding against PLOVER gold records: category accuracy, false events, source/target agreement, confusion table.")
    @Option(help: ArgumentHelp("PLOVER gold records (JSON array).", valueName: "file")) var ploverGsr: String
    @Option(name: .customLong("dictionaries"), help: ArgumentHelp("Also load PETRARCH dictionaries from this folder.", valueName: "dir"))
    var dictionaries: String?
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Also load lexicon TSV files from this folder.", valueName: "dir"))
    var lexicon: String?

    func run() throws {
        let pipeline = try Pipeline(options: PipelineOptions(lexiconDirectory: lexicon, dictionaryDirectory: dictionaries))
        Diagnostics.report(pipeline.setupProblems)
        print(try EventEvaluation.run(gsrFile: URL(fileURLWithPath: ploverGsr), extractor: pipeline.extractor))
        if pipeline.setupProblems.contains(where: { $0.isError }) { throw ExitCode(1) }
    }
}
